// MLflow's UI uses a hash router, so everything about the page lives after `#` (which match patterns never
// see). Routes seen on MLflow 3.17.2:
//   #/experiments/<exp>/traces?traceId=<trace>                   what 3.17 writes when a row, or the drawer's
//                                                                previous/next, opens a trace
//   #/experiments/<exp>/traces?selectedEvaluationId=<trace>      also opens the drawer (3.x before 3.17 wrote it)
//   #/experiments/<exp>/traces/<trace>                           redirected by the UI to the forms above
//   #/experiments/<exp>/chat-sessions/<session>[?selectedTraceId=<trace>]   the native session page
// and on MLflow 3.2.0, whose Traces tab is the runs page in traces mode:
//   #/experiments/<exp>?compareRunsMode=TRACES&selectedTraceId=<trace>
// MLflow's sidebar links carry `traceId` along to other tabs (Overview...), where no trace is open, so that
// parameter counts only on the pages that show a trace drawer.

type MlflowPage = 'traces' | 'chat-sessions' | 'other';

export interface MlflowRoute {
  /** The UI's base URL (origin plus any `--static-prefix`), ending in `/`; REST calls resolve against it. */
  base: string;
  experimentId: string | null;
  traceId: string | null;
  sessionId: string | null;
  page: MlflowPage;
  /**
   * The workspace the UI has selected (`--enable-workspaces` servers, 3.10+): MLflow writes it into every route
   * as `?workspace=<name>`; null when the route names none (then the UI's stored choice applies).
   */
  workspace: string | null;
}

/** MLflow's rule for workspace names (3.17.2: `^[a-z0-9]([-a-z0-9]*[a-z0-9])?$`, at most 63 characters). */
const WORKSPACE_NAME = /^[a-z0-9](?:[-a-z0-9]{0,61}[a-z0-9])?$/;

/** A workspace name as MLflow allows it, or null: it goes into a request header, so nothing else passes. */
export function workspaceName(value: string | null | undefined): string | null {
  return value && WORKSPACE_NAME.test(value) ? value : null;
}

/** Query parameters that name the open trace, in the order they are read. */
const TRACE_PARAMETERS = ['traceId', 'selectedEvaluationId', 'selectedTraceId'] as const;
const PAGES_WITH_TRACE_DRAWER = new Set(['traces', 'chat-sessions', 'evaluation-runs']);

const EXPERIMENT_PATH = /^\/experiments\/([^/?#]+)(?:\/([^/?#]+)(?:\/([^/?#]+))?)?/;

export function parseMlflowUrl(href: string): MlflowRoute | null {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  const base = `${url.origin}${url.pathname.replace(/[^/]*$/, '')}`;
  const { path, query } = splitHash(url);
  const match = EXPERIMENT_PATH.exec(path);
  const experimentId = match ? safeDecode(match[1]!) : null;
  const tab = match?.[2] ?? null;
  const tabItem = match?.[3] ? safeDecode(match[3]) : null;
  const tracesMode = experimentId !== null && tab === null && query.get('compareRunsMode') === 'TRACES';
  const page: MlflowPage = tab === 'traces' || tracesMode ? 'traces' : tab === 'chat-sessions' ? 'chat-sessions' : 'other';
  const parameters =
    (tab !== null && PAGES_WITH_TRACE_DRAWER.has(tab)) || tracesMode ? TRACE_PARAMETERS : (['selectedEvaluationId'] as const);
  const fromQuery = parameters.map((name) => query.get(name)).find((value) => value);
  const openTrace = fromQuery || (page === 'traces' ? tabItem : null);
  return {
    base,
    experimentId,
    traceId: openTrace || null,
    sessionId: page === 'chat-sessions' ? tabItem : null,
    page,
    workspace: workspaceName(query.get('workspace')),
  };
}

/** The hash route's path and its query: `#/experiments/1/traces?traceId=x` → `/experiments/1/traces`, `traceId=x`. */
function splitHash(url: URL): { path: string; query: URLSearchParams } {
  const hash = url.hash.replace(/^#/, '');
  const queryStart = hash.indexOf('?');
  return {
    path: queryStart >= 0 ? hash.slice(0, queryStart) : hash,
    query: new URLSearchParams(queryStart >= 0 ? hash.slice(queryStart + 1) : ''),
  };
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/**
 * The URL that opens `traceId` in MLflow's own drawer, on the page the user is on. It keeps the parameter
 * the page already uses (each MLflow version reads the one it writes), so the link works for anyone.
 */
export function urlForTrace(href: string, traceId: string): string {
  const url = new URL(href);
  let { path, query } = splitHash(url);
  const route = parseMlflowUrl(href);
  if (route?.page === 'traces') path = path.replace(/^(\/experiments\/[^/]+\/traces)\/[^/]+$/, '$1');
  else if (route?.page !== 'chat-sessions' && route?.experimentId) path = `/experiments/${encodeURIComponent(route.experimentId)}/traces`;
  const used = TRACE_PARAMETERS.filter((name) => query.has(name));
  const parameter = used[0] ?? (route?.page === 'chat-sessions' ? 'selectedTraceId' : 'traceId');
  for (const name of used) query.delete(name);
  query.set(parameter, traceId);
  url.hash = `${path}?${query.toString()}`;
  return url.toString();
}

/**
 * The turn MLflow's drawer shows, from the short id in its header (3.17.2: the first 8 hex digits after
 * `tr-`); null unless exactly one turn matches.
 */
export function traceWithShortId(traceIds: readonly string[], shortId: string): string | null {
  if (shortId.length < 6) return null;
  const matches = traceIds.filter((id) => id.replace(/^tr-/, '').startsWith(shortId) || id.startsWith(shortId));
  return matches.length === 1 ? matches[0]! : null;
}
