// The header's totals (lib/session/totals.ts) against the same figures worked out separately, straight from
// the recorded search answers of a real server: every turn summed, not the last one's.
import { describe, expect, test } from 'vitest';
import type { Turn } from '../../lib/model';
import { sessionTotals } from '../../lib/session/totals';
import { createMlflowClient } from '../../lib/mlflow/client';
import { createSessionService } from '../../lib/service';
import { DEFAULT_READING, serverAt } from '../fixtures/reading';
import { loadRecording, replayFetch } from '../fixtures/recording';
import type { BaseScenario } from '../fixtures/scenarios';

const recording = loadRecording<BaseScenario>('base');
const { sessions, assessments } = recording.manifest;

interface RawTraceInfo {
  trace_id: string;
  request_time: string;
  execution_duration: string;
  state: string;
  trace_metadata: Record<string, string>;
}

/** Session A's trace infos as MLflow sent them, from the recording's search answers. */
function rawTurnsOfA(): RawTraceInfo[] {
  const ids = new Set(sessions.A.turns.map((turn) => turn.traceId));
  const infos = recording.exchanges
    .filter((exchange) => exchange.path.endsWith('traces/search'))
    .flatMap((exchange) => (JSON.parse(exchange.body) as { traces: RawTraceInfo[] }).traces)
    .filter((info) => ids.has(info.trace_id));
  return [...new Map(infos.map((info) => [info.trace_id, info])).values()];
}

describe('session totals', () => {
  test('session A: tokens and cost summed over all six turns, latency total and percentiles, scorer errors', async () => {
    const service = createSessionService({
      createClient: ({ baseUrl }) => createMlflowClient({ baseUrl, fetch: replayFetch(recording).fetch }),
    });
    const session = await service.getSessionOfTrace(serverAt(recording.baseUrl), sessions.A.turns[3]!.traceId, DEFAULT_READING);

    const raw = rawTurnsOfA();
    expect(raw).toHaveLength(6);
    const usage = raw.map((info) => JSON.parse(info.trace_metadata['mlflow.trace.tokenUsage']!) as Record<string, number>);
    const cost = raw.map((info) => JSON.parse(info.trace_metadata['mlflow.trace.cost']!) as Record<string, number>);
    const durations = raw.map((info) => Math.round(parseFloat(info.execution_duration) * 1000)).sort((a, b) => a - b);
    const starts = raw.map((info) => Date.parse(info.request_time));
    const lastStart = Math.max(...starts);
    const lastDuration = Math.round(parseFloat(raw[starts.indexOf(lastStart)]!.execution_duration) * 1000);

    expect(session.totals).toEqual(sessionTotals(session));
    expect(session.totals).toMatchObject({
      turns: 6,
      spanMs: lastStart + lastDuration - Math.min(...starts),
      inputTokens: usage.reduce((total, one) => total + one.input_tokens!, 0),
      outputTokens: usage.reduce((total, one) => total + one.output_tokens!, 0),
      turnsWithUsage: 6,
      traceErrors: raw.filter((info) => info.state === 'ERROR').length,
      scorerErrors: assessments.scorerErrors.length,
      gaps: {},
    });
    expect(session.totals.costUsd).toBeCloseTo(
      cost.reduce((total, one) => total + one.total_cost!, 0),
      12,
    );
    // Six durations: the median is the third (nearest rank), the 95th percentile the sixth.
    expect(session.totals.latency).toEqual({ totalMs: durations.reduce((a, b) => a + b, 0), p50Ms: durations[2], p95Ms: durations[5] });
    // The last turn alone would have shown a sixth of the tokens or so: the sum is over every turn.
    expect(session.totals.inputTokens!).toBeGreaterThan(usage.at(-1)!.input_tokens! * 2);
  });

  test('gaps of more than five minutes between turns are marked before the turn that follows, and only those', () => {
    const minute = 60_000;
    const turn = (traceId: string, startMs: number, durationMs: number): Turn => ({
      index: 0,
      traceId,
      state: 'OK',
      startTime: null,
      startMs,
      durationMs,
      input: null,
      output: null,
      assessments: [],
      usage: null,
    });
    const totals = sessionTotals({
      turns: [turn('a', 0, minute), turn('b', 6 * minute, 1000), turn('c', 11 * minute + 1000, 1000), turn('d', 16 * minute + 2001, 0)],
      sessionAssessments: [],
      startMs: 0,
      endMs: 16 * minute + 2001,
    });
    // a→b and b→c pause exactly five minutes: not marked; c→d one millisecond more.
    expect(totals.gaps).toEqual({ d: 5 * minute + 1 });
  });
});
