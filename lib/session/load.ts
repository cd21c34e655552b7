// From one trace id to its whole session, in the fewest requests: the trace's info (its session id and
// experiment), then every page of one search filtered on the session and, beside it, the open turn's spans.
// Other turns' spans are fetched only for turns whose text the search results do not hold, in batches.
import { describeError, own } from '../json';
import { MAX_SEARCH_PAGES, MAX_TRACES_PER_PAGE, MlflowError, type MlflowClient, type SearchResult } from '../mlflow/client';
import { DEFAULT_REVIEWER, labelSetOf, type ReadingSettings } from '../settings';
import { plural } from '../text';
import type { WireTraceInfo } from '../mlflow/schemas';
import { outlineSpans } from '../trace/outline';
import { normaliseSpans, type Span } from '../trace/spans';
import type { AttributeOverride } from '../turn-text/discover';
import { FULL_TEXT_CHARS, planTurnText, textsFromSpans, turnsNeedingSpans, type TextPlan } from '../turn-text/plan';
import { buildSession, isTurnTrace, parseTime, sessionIdOf } from './build';
import { SESSION_METADATA_KEY } from '../mlflow/keys';
import { sessionFilter } from './filter';
import type { JudgeSettings } from '../judgement/polarity';
import type { Session, SessionPreview, TurnDetail } from '../model';

export interface LoadOptions {
  signal?: AbortSignal;
  /** The user's choice of attributes, by experiment id, when detection picks the wrong ones. */
  overrides?: Readonly<Record<string, AttributeOverride>>;
  /** How to read judges that are not MLflow's built-in ones. */
  judges?: JudgeSettings;
  /** The source id of the user's own assessments. */
  reviewerName?: string;
  /** The user's label sets of this server, by experiment id. */
  labelSets?: ReadingSettings['labelSets'];
  /** Called once, when the open turn's page came and more pages are to come: the turns around it, to show meanwhile. */
  onPreview?: (preview: SessionPreview) => void;
}

/** Turns on each side of the open one in a preview. */
const PREVIEW_NEIGHBOURS = 5;

/** Trace ids per batch request: keeps the URL well under the server's limits (about 4.5 kB). */
const SPANS_PER_BATCH = 100;

export async function loadSessionOfTrace(client: MlflowClient, traceId: string, options: LoadOptions = {}): Promise<Session> {
  return (await loadSessionWithSpans(client, traceId, options)).session;
}

export interface LoadedSession {
  session: Session;
  /** How this session's text was found, to read other turns' spans the same way later. */
  plan: TextPlan;
  /** The spans fetched while loading (the open turn's, and those of turns whose text needed them). */
  spansByTrace: Map<string, Span[]>;
}

export async function loadSessionWithSpans(client: MlflowClient, traceId: string, options: LoadOptions = {}): Promise<LoadedSession> {
  const { signal, overrides = {}, judges, reviewerName = DEFAULT_REVIEWER, labelSets = {}, onPreview } = options;
  const openTrace = await client.getTraceInfo(traceId, signal);
  const experimentId = openTrace.trace_location?.mlflow_experiment?.experiment_id ?? '';
  const sessionId = sessionIdOf(openTrace);
  const notices: string[] = [];
  const override = own(overrides, experimentId);
  // The schema is discovered on the open turn, whose spans are fetched while the session is searched: one
  // round trip less than discovering on the first turn after the search, and the open turn's full text
  // and tool calls come with it. A trace made by a scorer is no sample of the app's turns: then the first
  // turn is used, once the search has found it.
  const sampleIsOpenTurn = isTurnTrace(openTrace);
  const openSpansRead = sampleIsOpenTurn ? spansOrNotice(client, traceId, notices, signal) : Promise.resolve(null);
  const build = (traces: WireTraceInfo[], plan: TextPlan, spansByTrace: Map<string, Span[]>) =>
    buildSession({
      baseUrl: client.baseUrl,
      experimentId,
      sessionId: sessionId === null ? null : unquoteSessionId(sessionId),
      traces,
      plan,
      spansByTrace,
      judges,
      reviewer: reviewerName,
      labelSet: labelSetOf(labelSets, experimentId),
    });
  // The newest turns come first: the one a user opens is most often among them, and its neighbours can be
  // shown while the older pages are read.
  let previewSent = !onPreview || !sampleIsOpenTurn;
  const onPage = (found: readonly WireTraceInfo[], more: boolean, readFrom: SearchEnd) => {
    if (previewSent || !more) return;
    const at = found.findIndex((info) => info.trace_id === traceId);
    if (at < 0) return;
    previewSent = true;
    const near = found.slice(Math.max(0, at - PREVIEW_NEIGHBOURS), at + PREVIEW_NEIGHBOURS + 1).filter(isTurnTrace);
    const around = readFrom === 'newest' ? near.reverse() : near;
    // `found` grows (and is turned oldest first) after this page: what the preview needs is taken now.
    const open = found[at]!;
    const turnsRead = found.filter(isTurnTrace).length;
    // Best effort: a preview that cannot be made leaves the panel waiting for the session, as without one.
    void openSpansRead
      .then((spans) => {
        if (signal?.aborted) return;
        const plan = planTurnText(open, spans, override ?? {});
        const { turns } = build(around, plan, new Map(spans ? [[traceId, spans]] : []));
        onPreview!({ turns, openTraceId: traceId, turnsRead, readFrom });
      })
      .catch(() => {});
  };
  const [searched, openSpans] = await Promise.all([
    sessionId !== null && experimentId !== ''
      ? searchSession(client, experimentId, sessionId, openTrace, signal, onPage)
      : Promise.resolve({ traces: [openTrace], notices: [] }),
    openSpansRead,
  ]);
  const { traces } = searched;
  notices.push(...searched.notices);
  const sample = sampleIsOpenTurn ? (traces.find((info) => info.trace_id === traceId) ?? openTrace) : traces.find(isTurnTrace);
  const sampleSpans = sampleIsOpenTurn ? openSpans : sample ? await spansOrNotice(client, sample.trace_id, notices, signal) : null;
  const spansByTrace = new Map<string, Span[]>();
  if (sample && sampleSpans) spansByTrace.set(sample.trace_id, sampleSpans);
  const plan = planTurnText(sample, sampleSpans, override ?? {});
  const needed = turnsNeedingSpans(traces.filter(isTurnTrace), plan, new Set(spansByTrace.keys()));
  if (needed.length > 0) {
    try {
      for (const [id, spans] of await fetchSpansOf(client, needed, signal)) spansByTrace.set(id, spans);
    } catch (error) {
      if (signal?.aborted) throw error;
      notices.push(`${needed.length} turns keep their text only in their spans, which could not be read (${describeError(error)}).`);
    }
  }
  const session = build(traces, plan, spansByTrace);
  return { session: { ...session, notices }, plan, spansByTrace };
}

/** One turn read from its own spans, the way its session's text was found; the spans come back for the cache. */
export async function loadTurnDetail(
  client: MlflowClient,
  traceId: string,
  plan: TextPlan,
  knownSpans?: Span[],
  signal?: AbortSignal,
): Promise<{ detail: TurnDetail; spans: Span[] }> {
  const spans = knownSpans ?? normaliseSpans(await client.getTraceSpans(traceId, signal));
  const { spans: outline, notShown } = outlineSpans(spans);
  return { detail: { traceId, ...textsFromSpans(spans, plan, FULL_TEXT_CHARS), spans: outline, spansNotShown: notShown }, spans };
}

async function searchSession(
  client: MlflowClient,
  experimentId: string,
  storedId: string,
  openTrace: WireTraceInfo,
  signal?: AbortSignal,
  onPage?: (found: readonly WireTraceInfo[], more: boolean, readFrom: SearchEnd) => void,
): Promise<{ traces: WireTraceInfo[]; notices: string[] }> {
  // An id stored JSON-encoded (`"sess-42"`, OTLP ingest before a 2026 fix) belongs to the same session as
  // the plain id that later versions store, so both forms are searched (and no preview is made of either).
  const forms = unquoteSessionId(storedId) === storedId ? [storedId] : [storedId, unquoteSessionId(storedId)];
  const byForm = await Promise.all(
    forms.map((form) => searchOneForm(client, experimentId, form, openTrace.trace_id, signal, forms.length === 1 ? onPage : undefined)),
  );
  const found = byForm.map((result) => result.traces);
  // Newest first from the search; oldest first from here on.
  const traces =
    found.length === 1
      ? found[0]!.reverse()
      : found.flat().sort((a, b) => (parseTime(a.request_time) ?? 0) - (parseTime(b.request_time) ?? 0));
  const unreadable = byForm.flatMap((result) => result.unreadable);
  const notices = [
    ...byForm.flatMap(({ complete, stoppedBecause, oldestRead }) =>
      complete
        ? []
        : [
            oldestRead
              ? `Showing the oldest ${plural(traces.length - MAX_TRACES_PER_PAGE, 'turn')} and the newest ${MAX_TRACES_PER_PAGE}, numbered from the first: the search stopped because ${stoppedBecause}.`
              : `Showing the newest ${plural(traces.length, 'turn')}, numbered from the first of them: the search stopped because ${stoppedBecause}.`,
          ],
    ),
    ...(unreadable.length > 0
      ? [
          `${plural(unreadable.length, 'trace')} of this session could not be read and ${unreadable.length === 1 ? 'is' : 'are'} left out (${unreadable[0]}).`,
        ]
      : []),
  ];
  // The search and the trace can disagree for a moment while a trace is still being written.
  return { traces: traces.some((info) => info.trace_id === openTrace.trace_id) ? traces : [...traces, openTrace], notices };
}

/** Which end of a session a search reads first. */
type SearchEnd = SessionPreview['readFrom'];

/**
 * Every trace of one form of the session id, newest first. The first page is the newest turns; when the open
 * turn is not among them, the rest is read from the oldest turn up to that page (the same number of pages as
 * reading on, newest first), so an early turn (the one MLflow's session page opens) is reached, and previewed,
 * in its first pages rather than its last.
 */
async function searchOneForm(
  client: MlflowClient,
  experimentId: string,
  sessionId: string,
  openTraceId: string,
  signal?: AbortSignal,
  onPage?: (found: readonly WireTraceInfo[], more: boolean, readFrom: SearchEnd) => void,
): Promise<SearchResult & { oldestRead?: boolean }> {
  const { filter, keep } = searchFor(sessionId);
  const kept = (traces: readonly WireTraceInfo[]) => (keep ? traces.filter(keep) : [...traces]);
  const newest = await client.searchTraces({ experimentId, filter, orderBy: ['timestamp_ms DESC'] }, signal);
  const first = kept(newest.traces);
  if (!newest.nextPageToken) {
    onPage?.(first, false, 'newest');
    return { traces: first, unreadable: newest.unreadable, complete: true };
  }
  const joined = (rest: SearchResult, traces: WireTraceInfo[]) => ({
    ...rest,
    traces,
    unreadable: [...newest.unreadable, ...rest.unreadable],
  });
  if (first.some((info) => info.trace_id === openTraceId)) {
    onPage?.(first, true, 'newest');
    const rest = await client.searchAllTraces(
      { experimentId, filter, orderBy: ['timestamp_ms DESC'], pageToken: newest.nextPageToken },
      signal,
      { maxPages: MAX_SEARCH_PAGES - 1, onPage: onPage && ((traces, more) => onPage([...first, ...kept(traces)], more, 'newest')) },
    );
    return joined(rest, [...first, ...kept(rest.traces)]);
  }
  // Read from the oldest until a page holds a turn newer than the newest page's oldest: every turn between them
  // is then read (a strictly newer one, so turns of the same millisecond at the edge are not lost).
  const newestStart = parseTime(newest.traces.at(-1)?.request_time);
  const oldest = await client.searchAllTraces({ experimentId, filter, orderBy: ['timestamp_ms ASC'] }, signal, {
    maxPages: MAX_SEARCH_PAGES - 1,
    reachedEnd: (last) => newestStart !== null && (parseTime(requestTimeOf(last)) ?? -Infinity) > newestStart,
    onPage: onPage && ((traces, more) => onPage(kept(traces), more, 'oldest')),
  });
  const read = new Set(oldest.traces.map((info) => info.trace_id));
  return { ...joined(oldest, [...first.filter((info) => !read.has(info.trace_id)), ...kept(oldest.traces).reverse()]), oldestRead: true };
}

/** A trace's start as the server sent it, before the trace is checked. */
function requestTimeOf(trace: unknown): string | undefined {
  const time = typeof trace === 'object' && trace !== null ? (trace as { request_time?: unknown }).request_time : undefined;
  return typeof time === 'string' ? time : undefined;
}

/** The search filter of a session, and which of its matches to keep when the filter matches more than the session. */
function searchFor(sessionId: string): { filter: string; keep: ((info: WireTraceInfo) => boolean) | null } {
  const { filter, needsExactCheck } = sessionFilter(sessionId);
  return { filter, keep: needsExactCheck ? (info) => own(info.trace_metadata, SESSION_METADATA_KEY) === sessionId : null };
}

/** The oldest turn of a session named by its id (MLflow's session page names no trace), or null when it has none. */
export async function findSessionTrace(client: MlflowClient, experimentId: string, sessionId: string, signal?: AbortSignal) {
  const { filter, keep } = searchFor(sessionId);
  // A scorer's traces can carry the session id too: a page of the oldest traces holds the first turn.
  const page = await client.searchTraces({ experimentId, filter, orderBy: ['timestamp_ms ASC'], maxResults: 50 }, signal);
  const traces = keep ? page.traces.filter(keep) : page.traces;
  return (traces.find(isTurnTrace) ?? traces[0])?.trace_id ?? null;
}

/** `"sess-42"` (with the quotes) → `sess-42`; any other id is returned as it is. */
function unquoteSessionId(stored: string): string {
  if (stored.length < 2 || !stored.startsWith('"') || !stored.endsWith('"')) return stored;
  try {
    const decoded: unknown = JSON.parse(stored);
    return typeof decoded === 'string' ? decoded : stored;
  } catch {
    return stored;
  }
}

/** Spans of many traces: batches where the server has `batchGet`, one request per trace where it has not. */
export async function fetchSpansOf(client: MlflowClient, traceIds: readonly string[], signal?: AbortSignal): Promise<Map<string, Span[]>> {
  const spans = new Map<string, Span[]>();
  let batchSupported = true;
  for (let start = 0; start < traceIds.length && batchSupported; start += SPANS_PER_BATCH) {
    try {
      const batch = await client.batchGetSpans(traceIds.slice(start, start + SPANS_PER_BATCH), signal);
      for (const [id, wire] of batch) spans.set(id, normaliseSpans(wire));
    } catch (error) {
      // Servers before 3.6 have no batchGet: they answer 404 (or 405 for an unknown route).
      if (error instanceof MlflowError && error.kind === 'http' && (error.status === 404 || error.status === 405)) batchSupported = false;
      // batchGet reads the tracking store only; spans a client put in the artifact store (MLflow's client does
      // when it cannot export OTLP, as against the basic-auth app) are read one trace at a time below.
      else if (!isSpansInArtifactStore(error)) throw error;
    }
  }
  const missing = traceIds.filter((id) => !spans.has(id));
  await inPool(missing, SINGLE_FETCHES_AT_ONCE, async (id) => {
    spans.set(id, normaliseSpans(await client.getTraceSpans(id, signal)));
  });
  return spans;
}

/** 3.17.2 answers a batch holding any such trace with 500 `Trace data not stored in tracking store`. */
function isSpansInArtifactStore(error: unknown): boolean {
  return (
    error instanceof MlflowError && error.kind === 'http' && error.status === 500 && /not stored in tracking store/i.test(error.message)
  );
}

/** Without batchGet, a few requests at a time: fast enough, and gentle with a two-worker server. */
const SINGLE_FETCHES_AT_ONCE = 4;

async function inPool<Item>(items: readonly Item[], size: number, work: (item: Item) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await work(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(size, items.length) }, worker));
}

/** A turn's spans, or null with a notice saying why the texts come from previews instead. */
async function spansOrNotice(client: MlflowClient, traceId: string, notices: string[], signal?: AbortSignal): Promise<Span[] | null> {
  try {
    return normaliseSpans(await client.getTraceSpans(traceId, signal));
  } catch (error) {
    if (signal?.aborted) throw error;
    notices.push(
      `The spans of the turn used to find where the text lives could not be read (${describeError(error)}); ` +
        "texts come from the search's previews.",
    );
    return null;
  }
}
