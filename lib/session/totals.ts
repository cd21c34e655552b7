// What a session adds up to, for the panel's header: every turn counted, not the last one's figures (MLflow's
// own session page shows the last turn's tokens). Built in the worker with the session.
import { isNegativeJudgement, scorerErrorCount, type Session, type SessionTotals, type Turn } from '../model';

/** A pause between two turns longer than this is marked in the list: the user went away and came back. */
const GAP_MS = 5 * 60 * 1000;

/** The nearest-rank percentile of sorted values. */
function percentile(sorted: readonly number[], fraction: number): number {
  return sorted[Math.max(0, Math.ceil(fraction * sorted.length) - 1)]!;
}

function sumOf(turns: readonly Turn[], field: 'inputTokens' | 'outputTokens' | 'costUsd'): number | null {
  const values = turns.flatMap((turn) => (turn.usage?.[field] != null ? [turn.usage[field]] : []));
  return values.length > 0 ? values.reduce((total, value) => total + value, 0) : null;
}

export function sessionTotals(session: Pick<Session, 'turns' | 'sessionAssessments' | 'startMs' | 'endMs'>): SessionTotals {
  const durations = session.turns.flatMap((turn) => (turn.durationMs !== null ? [turn.durationMs] : [])).sort((a, b) => a - b);
  const assessments = [...session.sessionAssessments, ...session.turns.flatMap((turn) => turn.assessments)];
  return {
    turns: session.turns.length,
    spanMs: session.startMs !== null && session.endMs !== null ? session.endMs - session.startMs : null,
    latency:
      durations.length > 0
        ? { totalMs: durations.reduce((total, ms) => total + ms, 0), p50Ms: percentile(durations, 0.5), p95Ms: percentile(durations, 0.95) }
        : null,
    inputTokens: sumOf(session.turns, 'inputTokens'),
    outputTokens: sumOf(session.turns, 'outputTokens'),
    costUsd: sumOf(session.turns, 'costUsd'),
    turnsWithUsage: session.turns.filter((turn) => turn.usage !== null).length,
    traceErrors: session.turns.filter((turn) => turn.state === 'ERROR').length,
    negativeJudgements: assessments.filter(isNegativeJudgement).length,
    scorerErrors: scorerErrorCount(session),
    gaps: gapsBefore(session.turns),
  };
}

/** The pause before each turn that began more than GAP_MS after the previous one ended, by trace id. */
function gapsBefore(turns: readonly Turn[]): Record<string, number> {
  const gaps: Record<string, number> = {};
  for (const [position, turn] of turns.entries()) {
    const previous = turns[position - 1];
    if (!previous || previous.startMs === null || turn.startMs === null) continue;
    const pause = turn.startMs - (previous.startMs + (previous.durationMs ?? 0));
    if (pause > GAP_MS) gaps[turn.traceId] = pause;
  }
  return gaps;
}
