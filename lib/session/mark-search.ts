// The searches behind the marks on MLflow's own pages, one per page of rows: the sessions of a page of
// traces (one search by trace id), and the turns of a page of sessions (one search for all of them).
import type { MlflowClient } from '../mlflow/client';
import { sessionIdOf } from './build';
import { sessionsFilter } from './filter';
import { marksOfSessions, type MarkedSession, type MarkOptions } from './marks';

/** Trace ids a filter can quote (MLflow's are `tr-` and hex; anything else is left unmarked). */
const QUOTABLE_TRACE_ID = /^[\w.:-]+$/;

/** The session of each trace (null: in none), from one search by trace id. Unknown ids are left out. */
export async function sessionsOfTraces(
  client: MlflowClient,
  experimentId: string,
  traceIds: readonly string[],
  signal?: AbortSignal,
): Promise<Map<string, string | null>> {
  const quotable = traceIds.filter((id) => QUOTABLE_TRACE_ID.test(id));
  if (quotable.length === 0) return new Map();
  const page = await client.searchTraces(
    { experimentId, filter: `trace.request_id IN (${quotable.map((id) => `'${id}'`).join(', ')})` },
    signal,
  );
  return new Map(page.traces.map((info) => [info.trace_id, sessionIdOf(info)]));
}

/**
 * Every turn of the named sessions, from one search (all its pages) with one filter for all of them; a
 * session the search did not find (or whose id no filter can name) is absent from the answer.
 */
export async function searchMarkedSessions(
  client: MlflowClient,
  experimentId: string,
  sessionIds: readonly string[],
  options: MarkOptions,
  signal?: AbortSignal,
): Promise<MarkedSession[]> {
  const { filter } = sessionsFilter(sessionIds);
  if (filter === null) return [];
  const wanted = new Set(sessionIds);
  const found = await client.searchAllTraces({ experimentId, filter, orderBy: ['timestamp_ms ASC'] }, signal);
  return marksOfSessions(
    found.traces,
    (info) => {
      const sessionId = sessionIdOf(info);
      return sessionId !== null && wanted.has(sessionId) ? sessionId : null;
    },
    options,
    found.complete,
  );
}
