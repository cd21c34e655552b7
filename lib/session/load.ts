// From one trace id to its whole session, in the fewest requests: the trace's info (for its session id and
// experiment), every page of one search filtered on the session, and the first turn's spans.
import type { MlflowClient } from '../mlflow/client';
import { normaliseSpans, type Span } from '../trace/spans';
import type { AttributeOverride } from '../turn-text/discover';
import { buildSession, isTurnTrace, sessionIdOf } from './build';
import { SESSION_METADATA_KEY, sessionFilter } from './filter';
import type { Session } from './model';

export interface LoadOptions {
  signal?: AbortSignal;
  /** The user's choice of attributes for this experiment, when detection picks the wrong ones. */
  overrideFor?: (experimentId: string) => Promise<AttributeOverride | undefined>;
}

export async function loadSessionOfTrace(client: MlflowClient, traceId: string, options: LoadOptions = {}): Promise<Session> {
  const { signal, overrideFor } = options;
  const openTrace = await client.getTraceInfo(traceId, signal);
  const experimentId = openTrace.trace_location?.mlflow_experiment?.experiment_id ?? '';
  const sessionId = sessionIdOf(openTrace);
  const override = await overrideFor?.(experimentId);
  let traces = [openTrace];
  if (sessionId !== null && experimentId !== '') {
    const { filter, needsExactCheck } = sessionFilter(sessionId);
    const found = await client.searchAllTraces({ experimentId, filter, orderBy: ['timestamp_ms ASC'] }, signal);
    traces = needsExactCheck ? found.filter((info) => info.trace_metadata[SESSION_METADATA_KEY] === sessionId) : found;
    // The search and the trace can disagree for a moment while a trace is still being written.
    if (!traces.some((info) => info.trace_id === openTrace.trace_id)) traces = [...traces, openTrace];
  }
  const firstTurn = traces.find(isTurnTrace);
  const notices: string[] = [];
  let firstTurnSpans: Span[] | null = null;
  if (firstTurn) {
    try {
      firstTurnSpans = normaliseSpans(await client.getTraceSpans(firstTurn.trace_id, signal));
    } catch (error) {
      if (signal?.aborted) throw error;
      // The transcript can still be shown from the search's previews.
      notices.push(`The first turn's spans could not be read (${error instanceof Error ? error.message : String(error)}); texts come from previews.`);
    }
  }
  const session = buildSession({ baseUrl: client.baseUrl, experimentId, sessionId, traces, firstTurnSpans, override });
  return { ...session, notices: [...session.notices, ...notices] };
}
