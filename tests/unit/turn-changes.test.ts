// What changed for the model from one turn to the next (lib/analysis/turn-changes.ts), on sessions recorded
// from a real MLflow server (rig/rootcause.py), and the word diff's rules.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { wordDiff } from '../../lib/analysis/turn-changes';
import { createMlflowClient } from '../../lib/mlflow/client';
import { createSessionService } from '../../lib/service';
import { DEFAULT_READING, serverAt } from '../fixtures/reading';
import { loadRecording, replayFetch } from '../fixtures/recording';
import type { RootCauseScenario } from '../fixtures/scenarios';

const recording = loadRecording<RootCauseScenario>('rootcause');
const { refundWindow, slidingWindow } = recording.manifest;
const server = serverAt(recording.baseUrl);

/** The panel's worker after it opened the session and analysed it (every turn's spans read). */
async function analysed(openTraceId: string) {
  const replay = replayFetch(recording);
  const service = createSessionService({ createClient: ({ baseUrl }) => createMlflowClient({ baseUrl, fetch: replay.fetch }) });
  await service.getSessionOfTrace(server, openTraceId, DEFAULT_READING);
  await service.getAnalysis(server, openTraceId, DEFAULT_READING);
  return { service, requests: replay.requests };
}

describe('what changed since the turn before', () => {
  test('a sliding window of two messages: at turn 3 the first exchange left the model input', async () => {
    const { service, requests } = await analysed(slidingWindow.turns[5]!.traceId);
    const before = requests.length;
    const changes = await service.getTurnChanges(server, slidingWindow.turns[2]!.traceId, DEFAULT_READING);
    // Both turns' spans were read by the analysis: nothing is asked again.
    expect(requests).toHaveLength(before);
    const [first, second, third] = slidingWindow.turns;
    expect(changes).toMatchObject({ index: 3, previousIndex: 2, systemPrompt: null, toolCalls: [] });
    expect(changes.context).toEqual({
      added: [
        { role: 'assistant', text: second!.output },
        { role: 'user', text: third!.input },
      ],
      dropped: [
        { role: 'user', text: first!.input },
        { role: 'assistant', text: first!.output },
      ],
    });
    expect(changes.documents).toEqual({ added: [], removed: [], changed: [] });
  });

  test('the turn that first retrieved the outdated policy: the document added, nothing dropped', async () => {
    const { service } = await analysed(refundWindow.turns[4]!.traceId);
    const changes = await service.getTurnChanges(server, refundWindow.turns[2]!.traceId, DEFAULT_READING);
    expect(changes.context?.dropped).toEqual([]);
    expect(changes.documents.added.map((document) => document.id)).toEqual([refundWindow.outdatedDocument]);
    // The word diff of the two answers holds both whole.
    const answer = (kinds: string[]) =>
      changes.answers
        .filter((part) => kinds.includes(part.kind))
        .map((part) => part.text)
        .join('');
    expect(answer(['same', 'removed'])).toBe(refundWindow.turns[1]!.output);
    expect(answer(['same', 'added'])).toBe(refundWindow.turns[2]!.output);
  });

  test('the first turn has none before it', async () => {
    const { service } = await analysed(refundWindow.turns[4]!.traceId);
    await expect(service.getTurnChanges(server, refundWindow.turns[0]!.traceId, DEFAULT_READING)).rejects.toThrow('no turn before it');
  });
});

describe('word diff', () => {
  const text = fc
    .array(fc.constantFrom('the', 'refund', '60', 'days', 'card.', ' ', '\n'), { maxLength: 40 })
    .map((words) => words.join(''));

  test('kept and removed words give back the old answer, kept and added ones the new', () => {
    fc.assert(
      fc.property(text, text, (before, after) => {
        const parts = wordDiff(before, after);
        const join = (kind: string) =>
          parts
            .filter((part) => part.kind === 'same' || part.kind === kind)
            .map((part) => part.text)
            .join('');
        expect(join('removed')).toBe(before);
        expect(join('added')).toBe(after);
      }),
    );
  });

  test('a changed number is one word out and one in', () => {
    expect(wordDiff('returned within 30 days.', 'returned within 60 days.')).toEqual([
      { kind: 'same', text: 'returned within ' },
      { kind: 'removed', text: '30' },
      { kind: 'added', text: '60' },
      { kind: 'same', text: ' days.' },
    ]);
  });
});
