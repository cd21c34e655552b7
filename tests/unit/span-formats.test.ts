// The span formats MLflow has served, each recorded from that MLflow version itself
// (tests/fixtures/record-legacy.ts for 3.5.0 and 2.22.1, record.ts for 3.17.2 and its OTLP-shaped batchGet).
import { describe, expect, test } from 'vitest';
import { createMlflowClient } from '../../lib/mlflow/client';
import { planTurnText, textsFromSpans, TRANSCRIPT_TEXT_CHARS } from '../../lib/turn-text/plan';
import { findRootSpan, normaliseSpans, spanTree } from '../../lib/trace/spans';
import { discoverTurnSchema } from '../../lib/turn-text/discover';
import { loadRecording, replayFetch } from '../fixtures/recording';

interface LegacyManifest {
  traceId: string;
  input: string;
  output: string;
  toolError: string;
  spanNames: string[];
}

describe.each(['3.5.0', '2.22.1'])('spans written by MLflow %s', (version) => {
  const recording = loadRecording<LegacyManifest>(`legacy-${version}`);
  const seeded = recording.manifest;
  const spansOf = async () =>
    normaliseSpans(
      await createMlflowClient({ baseUrl: recording.baseUrl, fetch: replayFetch(recording).fetch }).getTraceSpans(seeded.traceId),
    );

  test('the tree: one root, its children linked to it', async () => {
    const spans = await spansOf();
    const root = findRootSpan(spans)!;
    expect(root.name).toBe(seeded.spanNames[0]);
    expect(root.parentId).toBeNull();
    expect(
      spanTree(spans)
        .childrenOf(root)
        .map((span) => span.name),
    ).toEqual(seeded.spanNames.slice(1));
    expect(spans.every((span) => span.startNs !== null && span.endNs !== null && span.endNs >= span.startNs)).toBe(true);
  });

  test('states, types and the exception of the failing tool', async () => {
    const spans = await spansOf();
    const tool = spans.find((span) => span.name === 'billing_tool')!;
    expect(tool.status).toBe('ERROR');
    expect(tool.type).toBe('TOOL');
    expect(tool.events.map((event) => [event.name, event.attributes['exception.message']])).toEqual([['exception', seeded.toolError]]);
    expect(spans.filter((span) => span.name !== 'billing_tool').map((span) => span.status)).toEqual(['OK', 'OK']);
  });

  test("the turn's text is found as in today's format", async () => {
    const spans = await spansOf();
    const discovered = discoverTurnSchema(spans);
    expect([discovered.input?.text, discovered.output?.text]).toEqual([seeded.input, seeded.output]);
    const texts = textsFromSpans(spans, planTurnText(undefined, spans), TRANSCRIPT_TEXT_CHARS);
    expect(texts.output?.toolCalls).toEqual([{ name: 'billing_tool', arguments: '{"plan":"premium"}', result: '' }]);
  });
});
