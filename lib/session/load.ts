// From one trace id to its whole session, in the fewest requests: the trace's info (its session id and
// experiment), then every page of one search filtered on the session and, beside it, the open turn's spans.
// Other turns' spans are fetched only for turns whose text the search results do not hold, in batches.
import { describeError, own } from '../json';
import { MAX_SEARCH_PAGES, MlflowError, type MlflowClient, type SearchResult, type UncheckedSearchPage } from '../mlflow/client';
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
    ...byForm.flatMap(({ complete, stoppedBecause, oldestRead, newestRead }) =>
      complete
        ? []
        : [
            oldestRead !== undefined
              ? `Showing the oldest ${plural(oldestRead, 'turn')} and the newest ${newestRead}, numbered from the first: the search stopped because ${stoppedBecause}.`
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

/** What has been read of a session from one of its ends. */
interface EndRead {
  from: SearchEnd;
  /** Traces as the server sent them, in this end's order: their times and ids decide what to ask next. */
  sent: unknown[];
  traces: WireTraceInfo[];
  unreadable: string[];
  pages: number;
  /** The most traces one page of this end held. */
  largestPage: number;
  nextPageToken: string | undefined;
  /** Page tokens are only unique within one order (MLflow's are offsets): a repeat is looked for per end. */
  tokensSeen: Set<string>;
  /** The last page had no next page: this end has read the whole session. */
  readToOtherEnd: boolean;
}

/** Newest-first pages read alone before the oldest end is read beside them (see searchOneForm). */
const NEWEST_PAGES_ALONE = 3;

/**
 * Every trace of one form of the session id, newest first. The first page is the newest turns, where the open
 * turn most often is. A longer session is then read from both ends at once, newest down and oldest up, until
 * the two meet: each round trip reads two pages, one per worker of the server, so thousands of turns come in
 * about half the time. The oldest end starts at once when the open turn is not among the newest (an early
 * turn, the one MLflow's session page opens, is then previewed from its first pages), and otherwise after
 * NEWEST_PAGES_ALONE pages: a session of up to 1,500 turns is read newest first alone, as fast and without a
 * page read twice. From then on a page is read twice only where the two ends meet (at most one page more
 * than reading one end to the other), and not at all when the turns' pace says one page covers the gap.
 */
async function searchOneForm(
  client: MlflowClient,
  experimentId: string,
  sessionId: string,
  openTraceId: string,
  signal?: AbortSignal,
  onPage?: (found: readonly WireTraceInfo[], more: boolean, readFrom: SearchEnd) => void,
): Promise<SearchResult & { oldestRead?: number; newestRead?: number }> {
  const { filter, keep } = searchFor(sessionId);
  const kept = (traces: readonly WireTraceInfo[]) => (keep ? traces.filter(keep) : [...traces]);
  const endOf = (from: SearchEnd): EndRead => ({
    from,
    sent: [],
    traces: [],
    unreadable: [],
    pages: 0,
    largestPage: 0,
    nextPageToken: undefined,
    tokensSeen: new Set(),
    readToOtherEnd: false,
  });
  const newest = endOf('newest');
  const oldest = endOf('oldest');
  const ask = (end: EndRead) =>
    [
      end,
      client.searchTracesUnchecked(
        { experimentId, filter, orderBy: [end.from === 'newest' ? 'timestamp_ms DESC' : 'timestamp_ms ASC'], pageToken: end.nextPageToken },
        signal,
      ),
    ] as const;
  let stoppedBecause: string | undefined;
  const complete = () => newest.readToOtherEnd || oldest.readToOtherEnd || endsMet(newest, oldest);
  const moreToRead = () => !complete() && !stoppedBecause;
  /** A page's traces checked and added to its end; the caller sees them (to preview the open turn). */
  const check = (end: EndRead, page: UncheckedSearchPage, more: boolean) => {
    const read = page.read();
    end.traces.push(...read.traces);
    end.unreadable.push(...read.unreadable);
    onPage?.(kept(end.traces), more, end.from);
  };
  let asks: (readonly [EndRead, Promise<UncheckedSearchPage>])[] = [ask(newest)];
  for (;;) {
    const answered = await Promise.all(
      asks.map(async ([end, pending]) => {
        const page = await pending;
        end.pages++;
        end.largestPage = Math.max(end.largestPage, page.sent.length);
        end.sent.push(...page.sent);
        const repeated = page.nextPageToken !== undefined && end.tokensSeen.has(page.nextPageToken);
        if (repeated) stoppedBecause = 'MLflow sent the same next page twice';
        if (page.nextPageToken) end.tokensSeen.add(page.nextPageToken);
        end.nextPageToken = repeated ? undefined : page.nextPageToken;
        end.readToOtherEnd = page.nextPageToken === undefined;
        // The page holding the open turn is checked as it comes, not once the other end's page has come too:
        // the preview shows as soon as it can.
        const holdsOpenTurn = onPage !== undefined && page.sent.some((trace) => traceIdOf(trace) === openTraceId);
        if (holdsOpenTurn) check(end, page, moreToRead());
        return { end, page, checked: holdsOpenTurn };
      }),
    );
    if (moreToRead() && newest.pages + oldest.pages >= MAX_SEARCH_PAGES) {
      stoppedBecause = `it has more than ${plural(newest.sent.length + oldest.sent.length, 'trace')}`;
    }
    const more = moreToRead();
    // The next pages are asked for before these are checked.
    asks = more ? nextEnds(newest, oldest, openTraceId).map(ask) : [];
    for (const { end, page, checked } of answered) if (!checked) check(end, page, more);
    if (!more) break;
  }
  const fromNewest = new Set(newest.traces.map((info) => info.trace_id));
  const olderOnly = oldest.traces.filter((info) => !fromNewest.has(info.trace_id)).reverse();
  const traces = kept([...newest.traces, ...olderOnly]);
  const unreadable = [...newest.unreadable, ...oldest.unreadable];
  if (!stoppedBecause) return { traces, unreadable, complete: true };
  return {
    traces,
    unreadable,
    complete: false,
    stoppedBecause,
    ...(oldest.pages > 0 ? { oldestRead: kept(olderOnly).length, newestRead: kept(newest.traces).length } : {}),
  };
}

/** Which ends to read a page of next. */
function nextEnds(newest: EndRead, oldest: EndRead, openTraceId: string): EndRead[] {
  const canReadNewest = newest.nextPageToken !== undefined;
  const canReadOldest = oldest.pages === 0 || oldest.nextPageToken !== undefined;
  const openRead = [newest.sent, oldest.sent].some((sent) => sent.some((trace) => traceIdOf(trace) === openTraceId));
  const wantOldest = oldest.pages > 0 || !openRead || newest.pages >= NEWEST_PAGES_ALONE;
  const both =
    canReadNewest && canReadOldest && wantOldest && newest.pages + oldest.pages + 2 <= MAX_SEARCH_PAGES && !gapFitsOnePage(newest, oldest);
  if (both) return [newest, oldest];
  if (canReadNewest) return [newest];
  return canReadOldest ? [oldest] : [];
}

/**
 * The two ends have met when the oldest end has read a turn strictly newer than the oldest turn the newest end
 * read: every turn between is then read (strictly, so turns of the same millisecond at the edge are not lost).
 * Without readable times, a turn read from both ends says so.
 */
function endsMet(newest: EndRead, oldest: EndRead): boolean {
  if (oldest.pages === 0) return false;
  const newestEdge = sentTime(newest.sent.at(-1));
  const oldestEdge = sentTime(oldest.sent.at(-1));
  if (newestEdge !== null && oldestEdge !== null) return oldestEdge > newestEdge;
  const fromNewest = new Set(newest.sent.map(traceIdOf));
  return oldest.sent.some((trace) => fromNewest.has(traceIdOf(trace)));
}

/** Whether, at the pace of the turns read so far, the turns not yet read fit in one page. */
function gapFitsOnePage(newest: EndRead, oldest: EndRead): boolean {
  if (oldest.pages === 0) return false;
  const [newestTop, newestEdge, oldestBottom, oldestEdge] = [newest.sent[0], newest.sent.at(-1), oldest.sent[0], oldest.sent.at(-1)].map(
    sentTime,
  );
  if (newestTop == null || newestEdge == null || oldestBottom == null || oldestEdge == null) return false;
  const spanRead = newestTop - newestEdge + (oldestEdge - oldestBottom);
  if (spanRead <= 0) return false;
  // Turns come one interval apart: the gap's intervals at the pace read so far, less one, are the turns in it.
  const intervalsPerMs = (newest.sent.length - 1 + oldest.sent.length - 1) / spanRead;
  // A page as the server sends them (it may send fewer than asked for), less a fifth: the pace is not even.
  const page = Math.max(newest.largestPage, oldest.largestPage);
  return (newestEdge - oldestEdge) * intervalsPerMs - 1 < 0.8 * page;
}

function traceIdOf(trace: unknown): unknown {
  return typeof trace === 'object' && trace !== null ? (trace as { trace_id?: unknown }).trace_id : undefined;
}

/** A trace's start as the server sent it, before the trace is checked; null when unreadable. */
function sentTime(trace: unknown): number | null {
  const time = typeof trace === 'object' && trace !== null ? (trace as { request_time?: unknown }).request_time : undefined;
  return typeof time === 'string' ? parseTime(time) : null;
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
