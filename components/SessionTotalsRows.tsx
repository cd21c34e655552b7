// The session's totals in the header's grid: latency over every turn, tokens and cost summed over every turn
// (not the last one's), and what went wrong, counted.
import type { SessionTotals } from '../lib/model';
import { formatDuration } from '../lib/panel/format';
import { formatCount, plural } from '../lib/text';

export function SessionTotalsRows({ totals }: { totals: SessionTotals }) {
  const { latency, inputTokens, outputTokens, costUsd, turnsWithUsage, turns } = totals;
  const problems = [
    totals.traceErrors > 0 && plural(totals.traceErrors, 'trace error'),
    totals.negativeJudgements > 0 && plural(totals.negativeJudgements, 'negative judgement'),
    totals.scorerErrors > 0 && `${plural(totals.scorerErrors, 'scorer error')} hidden`,
  ].filter(Boolean);
  return (
    <>
      {latency && (
        <>
          <dt>Latency</dt>
          <dd data-testid="latency-totals">
            {formatDuration(latency.totalMs)} in all · p50 {formatDuration(latency.p50Ms)} · p95 {formatDuration(latency.p95Ms)}
          </dd>
        </>
      )}
      {turnsWithUsage > 0 && (
        <>
          <dt>Tokens</dt>
          <dd data-testid="token-totals">
            {inputTokens !== null && `${formatCount(inputTokens)} in`}
            {inputTokens !== null && outputTokens !== null && ' · '}
            {outputTokens !== null && `${formatCount(outputTokens)} out`}
            {costUsd !== null && ` · $${costUsd < 0.01 ? costUsd.toFixed(6) : costUsd.toFixed(2)}`}
            {turnsWithUsage < turns && ` (${formatCount(turnsWithUsage)} of ${plural(turns, 'turn')})`}
          </dd>
        </>
      )}
      <dt>Problems</dt>
      <dd data-testid="problem-totals">{problems.length > 0 ? problems.join(' · ') : 'none'}</dd>
    </>
  );
}
