// The one place that talks HTTP to an MLflow tracking server. Written against an injected `fetch` so it runs
// unchanged in the service worker, in Node tests and in the benchmark.
import type { z } from 'zod';
import { describeError } from '../json';
import { plural } from '../text';
import {
  batchGetTracesResponseSchema,
  createAssessmentResponseSchema,
  ignoredBodySchema,
  errorBodySchema,
  getTraceInfoResponseSchema,
  searchTracesResponseSchema,
  serverInfoResponseSchema,
  traceArtifactResponseSchema,
  traceInfoSchema,
  type WireSpan,
  type WireTraceInfo,
} from './schemas';

export type MlflowErrorKind = 'http' | 'network' | 'timeout' | 'malformed' | 'too-large' | 'sign-in';

/** Every failure of a call to MLflow, with what a user needs to see: URL, status and MLflow's own message. */
export class MlflowError extends Error {
  override readonly name = 'MlflowError';
  constructor(
    readonly kind: MlflowErrorKind,
    message: string,
    readonly url: string,
    readonly status?: number,
    readonly errorCode?: string,
    /** From a 429 or 503 answer's `Retry-After`, when it gave a number of seconds. */
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
  }
}

export interface MlflowClientOptions {
  /** The UI's base URL, ending in `/`: API paths are resolved against it the way the UI resolves them. */
  baseUrl: string;
  fetch: typeof globalThis.fetch;
  /** Per-request limit; a slow server gets an error the panel can show instead of an endless spinner. */
  timeoutMs?: number;
  /** Sent with every request: the workspace the UI selected, the user's credentials for this server. */
  headers?: Readonly<Record<string, string>>;
}

export interface SearchTracesParams {
  experimentId: string;
  filter: string;
  orderBy?: string[];
  maxResults?: number;
  pageToken?: string;
}

/** The most the server accepts per page; 501 is refused with INVALID_PARAMETER_VALUE (verified on 3.17.2). */
const MAX_TRACES_PER_PAGE = 500;
const DEFAULT_TIMEOUT_MS = 30_000;
/** The largest answer read from MLflow: the biggest real one measured is a 500-trace search page of a few MB. */
export const MAX_RESPONSE_BYTES = 64 * 1024 * 1024;
/** Search pages read for one session at most: 20,000 turns. */
export const MAX_SEARCH_PAGES = 40;

export interface SearchPage {
  traces: WireTraceInfo[];
  /** Traces left out because their shape is not a trace's, each with what was wrong. */
  unreadable: string[];
  nextPageToken?: string;
}

/** A search read page by page; `complete` is false when it stopped early, and `stoppedBecause` says why. */
export interface UncheckedSearchPage {
  /** The traces as the server sent them: not checked, to be looked at only as `unknown`. */
  sent: readonly unknown[];
  nextPageToken?: string;
  read: () => Pick<SearchPage, 'traces' | 'unreadable'>;
}

export interface SearchResult {
  traces: WireTraceInfo[];
  unreadable: string[];
  complete: boolean;
  stoppedBecause?: string;
}

/**
 * A trace or assessment id as one URL path segment. Ids come from the page (a trace id in the URL) and from
 * the server; `.` and `..` would move the request elsewhere in the API, so they are refused.
 */
function pathSegment(id: string): string {
  if (id === '' || /^\.+$/.test(id)) throw new MlflowError('malformed', `“${id}” is not an id Session Lens sends to MLflow`, '');
  return encodeURIComponent(id);
}

export function createMlflowClient({ baseUrl, fetch: fetchImpl, timeoutMs = DEFAULT_TIMEOUT_MS, headers = {} }: MlflowClientOptions) {
  async function requestJson<Schema extends z.ZodType>(
    path: string,
    schema: Schema,
    init: RequestInit & { signal?: AbortSignal } = {},
  ): Promise<z.infer<Schema>> {
    const url = new URL(path, baseUrl).toString();
    // Every request stays inside the API under the UI's base URL, whatever an id held.
    if (!url.startsWith(`${baseUrl}ajax-api/`))
      throw new MlflowError('malformed', 'Session Lens refused to send a request outside MLflow’s API', url);
    const timeout = AbortSignal.timeout(timeoutMs);
    const signal = init.signal ? AbortSignal.any([init.signal, timeout]) : timeout;
    let response: Response;
    try {
      response = await fetchImpl(url, {
        ...init,
        headers: { ...headers, ...(init.headers as Record<string, string> | undefined) },
        // The browser's sign-in to this server (its cookies, its cached Basic credentials) goes along; a proxy's
        // redirect to its sign-in page is not followed but reported.
        credentials: 'include',
        redirect: 'manual',
        signal,
      });
    } catch (error) {
      if (init.signal?.aborted) throw init.signal.reason;
      if (timeout.aborted) {
        throw new MlflowError('timeout', `MLflow did not answer within ${Math.round(timeoutMs / 1000)} s`, url);
      }
      throw new MlflowError('network', `Could not reach MLflow: ${describeError(error)}`, url);
    }
    if (response.type === 'opaqueredirect' || (response.status >= 300 && response.status < 400)) {
      throw new MlflowError(
        'sign-in',
        'The server sent a redirect instead of an answer: most often a sign-in page in front of MLflow',
        url,
        response.status,
      );
    }
    let text: string;
    try {
      text = await readBody(response, url);
    } catch (error) {
      if (error instanceof MlflowError) throw error;
      if (init.signal?.aborted) throw init.signal.reason;
      if (timeout.aborted) {
        throw new MlflowError('timeout', `MLflow did not finish its answer within ${Math.round(timeoutMs / 1000)} s`, url);
      }
      throw new MlflowError('network', `The connection to MLflow broke: ${describeError(error)}`, url, response.status);
    }
    if (!response.ok) throw httpError(url, response.status, text, retryAfterSeconds(response));
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      throw new MlflowError('malformed', `MLflow sent something that is not JSON (${preview(text)})`, url, response.status);
    }
    const parsed = schema.safeParse(body);
    if (!parsed.success) {
      throw new MlflowError(
        'malformed',
        `MLflow's answer has an unexpected shape at ${describeIssue(parsed.error.issues[0])}`,
        url,
        response.status,
      );
    }
    return parsed.data;
  }

  function postJson<Schema extends z.ZodType>(path: string, payload: unknown, schema: Schema, signal?: AbortSignal) {
    return requestJson(path, schema, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(payload),
      signal,
    });
  }

  function searchPage(params: SearchTracesParams, signal?: AbortSignal) {
    return postJson(
      'ajax-api/3.0/mlflow/traces/search',
      {
        locations: [{ type: 'MLFLOW_EXPERIMENT', mlflow_experiment: { experiment_id: params.experimentId } }],
        filter: params.filter,
        max_results: params.maxResults ?? MAX_TRACES_PER_PAGE,
        order_by: params.orderBy ?? [],
        ...(params.pageToken ? { page_token: params.pageToken } : {}),
      },
      searchTracesResponseSchema,
      signal,
    );
  }

  /**
   * One page of a search with its traces checked only when `read` is called: what to ask for next can be
   * decided from the traces as sent (their times), and asked for, before the check of 500 traces (tens of ms).
   */
  async function searchTracesUnchecked(params: SearchTracesParams, signal?: AbortSignal): Promise<UncheckedSearchPage> {
    const page = await searchPage(params, signal);
    return { sent: page.traces, nextPageToken: page.next_page_token || undefined, read: () => readTraces(page.traces) };
  }

  return {
    baseUrl,

    async getTraceInfo(traceId: string, signal?: AbortSignal): Promise<WireTraceInfo> {
      const body = await requestJson(`ajax-api/3.0/mlflow/traces/${pathSegment(traceId)}`, getTraceInfoResponseSchema, { signal });
      return body.trace.trace_info;
    },

    /** What the server supports: MLflow 3.10+ says whether workspaces are on; older servers have no such route. */
    async getServerInfo(signal?: AbortSignal): Promise<{ workspacesEnabled: boolean }> {
      try {
        const body = await requestJson('ajax-api/3.0/mlflow/server-info', serverInfoResponseSchema, { signal });
        return { workspacesEnabled: body.workspaces_enabled === true };
      } catch (error) {
        if (error instanceof MlflowError && error.kind === 'http' && error.status === 404) return { workspacesEnabled: false };
        throw error;
      }
    },

    /** One page of a search; traces whose shape is not a trace's are left out and described in `unreadable`. */
    async searchTraces(params: SearchTracesParams, signal?: AbortSignal): Promise<SearchPage> {
      const { read, nextPageToken } = await searchTracesUnchecked(params, signal);
      return { ...read(), nextPageToken };
    },

    searchTracesUnchecked,

    /**
     * Every page of a search, in order, up to `maxPages` (from `params.pageToken` when given); a page token seen
     * twice ends it. The next page is asked for before this one's traces are checked: the check of 500 traces
     * costs tens of milliseconds.
     */
    async searchAllTraces(
      params: SearchTracesParams,
      signal?: AbortSignal,
      {
        maxPages = MAX_SEARCH_PAGES,
        onPage,
      }: {
        maxPages?: number;
        /** After each page: the traces so far, and whether more pages are coming. */
        onPage?: (traces: readonly WireTraceInfo[], more: boolean) => void;
      } = {},
    ): Promise<SearchResult> {
      const traces: WireTraceInfo[] = [];
      const unreadable: string[] = [];
      const tokensSeen = new Set<string>(params.pageToken ? [params.pageToken] : []);
      let next = searchPage(params, signal);
      for (let pages = 1; ; pages++) {
        const page = await next;
        const pageToken = page.next_page_token || undefined;
        const repeated = pageToken !== undefined && tokensSeen.has(pageToken);
        const more = pageToken !== undefined && !repeated && pages < maxPages;
        if (more) {
          tokensSeen.add(pageToken);
          next = searchPage({ ...params, pageToken }, signal);
        }
        const read = readTraces(page.traces);
        traces.push(...read.traces);
        unreadable.push(...read.unreadable);
        onPage?.(traces, more);
        if (more) continue;
        if (!pageToken) return { traces, unreadable, complete: true };
        return {
          traces,
          unreadable,
          complete: false,
          stoppedBecause: repeated ? 'MLflow sent the same next page twice' : `it has more than ${plural(traces.length, 'trace')}`,
        };
      }
    },

    /**
     * Spans of one trace, wherever the server keeps them (SQL store or artifact store). The 2.0 route is
     * served by every version measured (3.5.0 has no 3.0 route for it; 3.17.2 has both).
     */
    async getTraceSpans(traceId: string, signal?: AbortSignal): Promise<WireSpan[]> {
      const body = await requestJson(
        `ajax-api/2.0/mlflow/get-trace-artifact?request_id=${encodeURIComponent(traceId)}`,
        traceArtifactResponseSchema,
        { signal },
      );
      return body.spans;
    },

    /** Logs a human feedback assessment on a trace; returns its id. */
    async createFeedback(
      traceId: string,
      feedback: {
        name: string;
        value: unknown;
        rationale: string;
        sourceId: string;
        metadata?: Record<string, string>;
        /** The assessment this one replaces: MLflow keeps it, marked superseded (`valid: false`). */
        overrides?: string;
      },
      signal?: AbortSignal,
    ): Promise<string> {
      const body = await postJson(
        `ajax-api/3.0/mlflow/traces/${pathSegment(traceId)}/assessments`,
        {
          assessment: {
            assessment_name: feedback.name,
            trace_id: traceId,
            source: { source_type: 'HUMAN', source_id: feedback.sourceId },
            feedback: { value: feedback.value },
            rationale: feedback.rationale,
            ...(feedback.metadata ? { metadata: feedback.metadata } : {}),
            ...(feedback.overrides ? { overrides: feedback.overrides } : {}),
          },
        },
        createAssessmentResponseSchema,
        signal,
      );
      return body.assessment.assessment_id;
    },

    async deleteAssessment(traceId: string, assessmentId: string, signal?: AbortSignal): Promise<void> {
      await requestJson(`ajax-api/3.0/mlflow/traces/${pathSegment(traceId)}/assessments/${pathSegment(assessmentId)}`, ignoredBodySchema, {
        method: 'DELETE',
        signal,
      });
    },

    /**
     * Spans of several traces in one request (MLflow 3.6+). The answer holds only the traces the server
     * found with spans in its SQL store; the caller fetches any other one on its own.
     */
    async batchGetSpans(traceIds: readonly string[], signal?: AbortSignal): Promise<Map<string, WireSpan[]>> {
      const query = traceIds.map((id) => `trace_ids=${encodeURIComponent(id)}`).join('&');
      const body = await requestJson(`ajax-api/3.0/mlflow/traces/batchGet?${query}`, batchGetTracesResponseSchema, { signal });
      return new Map(body.traces.filter((trace) => trace.spans.length > 0).map((trace) => [trace.trace_info.trace_id, trace.spans]));
    },
  };
}

export type MlflowClient = ReturnType<typeof createMlflowClient>;

/** A page's traces that fit the schema, and a line for each that does not (the rest of the page still counts). */
function readTraces(raw: readonly unknown[]): { traces: WireTraceInfo[]; unreadable: string[] } {
  const traces: WireTraceInfo[] = [];
  const unreadable: string[] = [];
  for (const [index, trace] of raw.entries()) {
    const parsed = traceInfoSchema.safeParse(trace);
    if (parsed.success) traces.push(parsed.data);
    else unreadable.push(`trace ${index + 1} of the page: ${describeIssue(parsed.error.issues[0])}`);
  }
  return { traces, unreadable };
}

function describeIssue(issue: z.core.$ZodIssue | undefined): string {
  const where = issue?.path.length ? issue.path.join('.') : 'the top level';
  return `${where}: ${issue?.message ?? 'unknown'}`;
}

/** The body as text, refused past MAX_RESPONSE_BYTES (as declared, or as it streams in). */
async function readBody(response: Response, url: string): Promise<string> {
  const tooLarge = () =>
    new MlflowError(
      'too-large',
      `MLflow's answer is larger than ${MAX_RESPONSE_BYTES / 1024 / 1024} MiB, more than Session Lens reads in one request`,
      url,
      response.status,
    );
  const declared = Number(response.headers.get('content-length') ?? Number.NaN);
  if (declared > MAX_RESPONSE_BYTES) throw tooLarge();
  if (!response.body) return response.text();
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  const parts: string[] = [];
  let bytes = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    bytes += value.byteLength;
    if (bytes > MAX_RESPONSE_BYTES) {
      await reader.cancel();
      throw tooLarge();
    }
    parts.push(decoder.decode(value, { stream: true }));
  }
  parts.push(decoder.decode());
  return parts.join('');
}

/** `Retry-After` as seconds (its HTTP-date form is read as the time until that date). */
function retryAfterSeconds(response: Response): number | undefined {
  const header = response.headers.get('retry-after');
  if (!header) return undefined;
  const seconds = /^\d+$/.test(header.trim()) ? Number(header) : (Date.parse(header) - Date.now()) / 1000;
  return Number.isFinite(seconds) && seconds >= 0 ? Math.ceil(seconds) : undefined;
}

function httpError(url: string, status: number, text: string, retryAfter?: number): MlflowError {
  // Error bodies are parsed leniently: MLflow's JSON errors carry a message, proxies and the security
  // middleware answer in plain text or HTML.
  let message: string | undefined;
  let errorCode: string | undefined;
  try {
    const parsed = errorBodySchema.safeParse(JSON.parse(text));
    if (parsed.success) ({ message, error_code: errorCode } = parsed.data);
  } catch {
    message = text.trim() ? preview(text) : undefined;
  }
  return new MlflowError('http', message ?? `HTTP ${status}`, url, status, errorCode, retryAfter);
}

function preview(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 120 ? `${flat.slice(0, 120)}…` : flat || 'an empty body';
}
