// The searches behind the marks on MLflow's own pages, one per page of rows: the sessions of a page of
// traces (one search by trace id), and the turns of a page of sessions (one search for all of them).
import type { MlflowClient } from '../mlflow/client';
import type { WireTraceInfo } from '../mlflow/schemas';
import { sessionIdOf } from './build';
import { sessionFilter, sessionsFilter } from './filter';
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

/** Sessions no pattern can name (quotes, backslashes) are searched one by one; a page of rows asks at most this many. */
const MAX_SINGLE_SEARCHES = 5;

/**
 * Every turn of the named sessions: one search (all its pages) with one filter for all of them, and one each
 * for the few ids no pattern can name. A session the searches did not find is absent from the answer;
 * `complete` false: a search stopped early or an id was left unsearched, so an absent session may only not
 * have been reached.
 */
export async function searchMarkedSessions(
  client: MlflowClient,
  experimentId: string,
  sessionIds: readonly string[],
  options: MarkOptions,
  signal?: AbortSignal,
): Promise<{ sessions: MarkedSession[]; complete: boolean }> {
  const { filter, left } = sessionsFilter(sessionIds);
  // A backslash would end MLflow's quoted value early: such ids get no search (and no mark).
  const single = left.filter((id) => id !== '' && !id.includes('\\'));
  const searches = [
    ...(filter === null ? [] : [{ filter, names: new Set(sessionIds.filter((id) => !left.includes(id))) }]),
    ...single.slice(0, MAX_SINGLE_SEARCHES).map((id) => ({ filter: sessionFilter(id).filter, names: new Set([id]) })),
  ];
  const sessions: MarkedSession[] = [];
  let complete = single.length <= MAX_SINGLE_SEARCHES;
  for (const [position, { filter: each, names }] of searches.entries()) {
    let found: Awaited<ReturnType<MlflowClient['searchAllTraces']>>;
    try {
      found = await client.searchAllTraces({ experimentId, filter: each, orderBy: ['timestamp_ms ASC'] }, signal);
    } catch (error) {
      // The batch's failure is the page's; one odd id's costs that id its mark only.
      if (position === 0 && filter !== null) throw error;
      complete = false;
      continue;
    }
    complete &&= found.complete;
    // Each search names its own sessions exactly (a LIKE for an id with both quotes matches more).
    const sessionOf = (info: WireTraceInfo) => {
      const sessionId = sessionIdOf(info);
      return sessionId !== null && names.has(sessionId) ? sessionId : null;
    };
    sessions.push(...marksOfSessions(found.traces, sessionOf, options, found.complete));
  }
  return { sessions, complete };
}
