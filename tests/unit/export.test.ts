// The session as Markdown and JSON (lib/session/export.ts), from sessions recorded from a real server and
// analysed as the panel analyses them.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { z } from '../../lib/zod';
import { sessionExportSchema, sessionToJson, sessionToMarkdown } from '../../lib/session/export';
import { createMlflowClient } from '../../lib/mlflow/client';
import { createSessionService } from '../../lib/service';
import { DEFAULT_READING, serverAt } from '../fixtures/reading';
import { loadRecording, replayFetch, type Recording } from '../fixtures/recording';
import type { BaseScenario, RootCauseScenario } from '../fixtures/scenarios';

const REPO = join(import.meta.dirname, '..', '..');
const EXPECTED_MARKDOWN = join(REPO, 'tests/fixtures/expected/rootcause-refund-window.md');
const SCHEMA_FILE = join(REPO, 'docs/session-export.schema.json');

/** The session and (where the recording has its spans) the analysis the worker holds once the panel opened `traceId`. */
async function opened(recording: Recording, traceId: string, { analysed = true } = {}) {
  const sessions = createSessionService({
    createClient: ({ baseUrl }) => createMlflowClient({ baseUrl, fetch: replayFetch(recording).fetch }),
  });
  const server = serverAt(recording.baseUrl);
  const session = await sessions.getSessionOfTrace(server, traceId, DEFAULT_READING);
  const analysis = analysed ? await sessions.getAnalysis(server, traceId, DEFAULT_READING) : null;
  return { session, analysis };
}

const rootcause = loadRecording<RootCauseScenario>('rootcause');
const base = loadRecording<BaseScenario>('base');

const markdownish = fc.string({ unit: fc.constantFrom('`', '~', '<', '>', '*', '\n', 'a', ' ', '#') });
/** Text with a line of backticks inside, the one way a text could close a fence. */
const textWithFenceLines = fc
  .tuple(markdownish, fc.integer({ min: 3, max: 8 }), markdownish)
  .map(([before, run, after]) => `${before}\n${'`'.repeat(run)}\n${after}`);

describe('Markdown', () => {
  test('the refund session opened at turn 5 reads as the reviewed file: every turn, judgements with rationale, the root cause', async () => {
    const { refundWindow } = rootcause.manifest;
    const { session, analysis } = await opened(rootcause, refundWindow.turns[4]!.traceId);
    const markdown = sessionToMarkdown(session, analysis, { includeScorerErrors: false });
    // To review a change: UPDATE_EXPECTED=1 npx vitest run tests/unit/export.test.ts, then read the diff.
    if (process.env.UPDATE_EXPECTED) writeFileSync(EXPECTED_MARKDOWN, markdown);
    expect(markdown).toBe(readFileSync(EXPECTED_MARKDOWN, 'utf8'));
    for (const turn of refundWindow.turns) expect(markdown).toContain(turn.traceId);
    expect(markdown).toContain('the turn where it first went wrong: turn 3');
  });

  test('scorer errors are left out and counted, and come back when asked for', async () => {
    const { sessions, assessments } = base.manifest;
    const { session, analysis } = await opened(base, sessions.A.turns[3]!.traceId, { analysed: false });
    const without = sessionToMarkdown(session, analysis, { includeScorerErrors: false });
    expect(without).toContain(`- ${assessments.scorerErrors.length} scorer errors left out`);
    for (const error of assessments.scorerErrors) expect(without).not.toContain(error.message);
    const withErrors = sessionToMarkdown(session, analysis, { includeScorerErrors: true });
    for (const error of assessments.scorerErrors)
      expect(withErrors).toContain(`scorer error: ${error.message.replace(/[\\`*[\]<>|]/g, '\\$&')}`);
    // The superseded judgement is gone from the export as from the panel.
    expect(withErrors).not.toContain(assessments.superseded.rationale);
  });

  test('no trace text can close its fence or become markup: it comes back verbatim from between the fences', async () => {
    const { session, analysis } = await opened(base, base.manifest.sessions.A.turns[3]!.traceId, { analysed: false });
    fc.assert(
      fc.property(textWithFenceLines, (hostile) => {
        const turn = session.turns[0]!;
        const changed = {
          ...session,
          turns: [{ ...turn, output: { ...turn.output!, text: hostile, fullLength: hostile.length } }, ...session.turns.slice(1)],
        };
        const markdown = sessionToMarkdown(changed, analysis, { includeScorerErrors: false });
        const block = /\*\*Assistant\*\*\n\n(`{3,})text\n([\s\S]*?)\n\1\n/.exec(markdown.slice(markdown.indexOf('## Turn 1')));
        expect(block?.[2]).toBe(hostile);
      }),
    );
  });
});

describe('JSON', () => {
  test('matches its published schema, with turns, assessments and the analysis', async () => {
    const { refundWindow } = rootcause.manifest;
    const { session, analysis } = await opened(rootcause, refundWindow.turns[4]!.traceId);
    const exported = JSON.parse(JSON.stringify(sessionToJson(session, analysis, { includeScorerErrors: false })));
    expect(sessionExportSchema.parse(exported)).toEqual(exported);
    expect(exported.turns.map((turn: { traceId: string }) => turn.traceId)).toEqual(refundWindow.turns.map((turn) => turn.traceId));
    expect(exported.rootCause).toMatchObject({ failingTurn: 5, candidates: [{ index: 3, traceId: refundWindow.turns[2]!.traceId }] });
    expect(exported.rootCause.candidates[0].evidence.join('\n')).toContain(refundWindow.outdatedDocument);
  });

  test('docs/session-export.schema.json is the schema the code exports (regenerate: UPDATE_EXPECTED=1)', () => {
    const schema = `${JSON.stringify(z.toJSONSchema(sessionExportSchema), null, 2)}\n`;
    if (process.env.UPDATE_EXPECTED) writeFileSync(SCHEMA_FILE, schema);
    expect(readFileSync(SCHEMA_FILE, 'utf8')).toBe(schema);
  });
});
