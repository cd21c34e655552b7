// MLflow's UI uses a hash router, so everything about the page lives after `#` (which match patterns never
// see). Routes verified on MLflow 3.17.2:
//   #/experiments/<exp>/traces?selectedEvaluationId=<trace>      an open trace on the Traces tab
//   #/experiments/<exp>/traces/<trace>                           redirected by the UI to the form above
//   #/experiments/<exp>/chat-sessions/<session>[?selectedTraceId=<trace>]   the native session page
//   ...?selectedTraceId=<trace>                                  older builds' name for the open trace

export type MlflowPage = 'traces' | 'chat-sessions' | 'other';

export interface MlflowRoute {
  /** The UI's base URL (origin plus any `--static-prefix`), ending in `/`; REST calls resolve against it. */
  base: string;
  experimentId: string | null;
  traceId: string | null;
  sessionId: string | null;
  page: MlflowPage;
}

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
  const hash = url.hash.replace(/^#/, '');
  const queryStart = hash.indexOf('?');
  const path = queryStart >= 0 ? hash.slice(0, queryStart) : hash;
  const query = new URLSearchParams(queryStart >= 0 ? hash.slice(queryStart + 1) : '');
  const match = EXPERIMENT_PATH.exec(path);
  const experimentId = match ? safeDecode(match[1]!) : null;
  const tab = match?.[2] ?? null;
  const tabItem = match?.[3] ? safeDecode(match[3]) : null;
  const page: MlflowPage = tab === 'traces' ? 'traces' : tab === 'chat-sessions' ? 'chat-sessions' : 'other';
  const openTrace = query.get('selectedEvaluationId') || query.get('selectedTraceId') || (page === 'traces' ? tabItem : null);
  return {
    base,
    experimentId,
    traceId: openTrace || null,
    sessionId: page === 'chat-sessions' ? tabItem : null,
    page,
  };
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** The URL that opens `traceId` in MLflow's own drawer, on the page the user is on. */
export function urlForTrace(href: string, traceId: string): string {
  const url = new URL(href);
  const route = parseMlflowUrl(href);
  const hash = url.hash.replace(/^#/, '');
  const queryStart = hash.indexOf('?');
  let path = queryStart >= 0 ? hash.slice(0, queryStart) : hash;
  const query = new URLSearchParams(queryStart >= 0 ? hash.slice(queryStart + 1) : '');
  if (route?.page === 'chat-sessions') {
    query.set('selectedTraceId', traceId);
  } else {
    if (route?.experimentId && route.page !== 'traces') path = `/experiments/${encodeURIComponent(route.experimentId)}/traces`;
    if (route?.page === 'traces') path = path.replace(/^(\/experiments\/[^/]+\/traces)\/[^/]+$/, '$1');
    query.delete('selectedTraceId');
    query.set('selectedEvaluationId', traceId);
  }
  url.hash = `${path}?${query.toString()}`;
  return url.toString();
}
