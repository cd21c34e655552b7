// The service worker's façade over lib/: sessions cached per server and session, so moving between the
// turns of one session costs no request; the analysis reads; the root-cause writes. A cached session stays
// fresh for a short while (a live app keeps adding turns); the panel's refresh button asks for a fresh copy.
// The user's settings arrive with each call as plain values (read once per message by the worker).
import { analyseSession, turnsToRead, type SessionAnalysis } from './analysis/analyse';
import type { MlflowClient } from './mlflow/client';
import type { WireAssessment, WireTraceInfo } from './mlflow/schemas';
import { EXPLAINS_METADATA_KEY, ROOT_CAUSE_ASSESSMENT } from './mlflow/keys';
import type { Session, TurnDetail } from './model';
import { planTurnText, type TextPlan } from './turn-text/plan';
import { fetchSpansOf, loadSessionWithSpans, loadTurnDetail, type LoadedSession } from './session/load';
import type { ReadingSettings } from './settings';
import { createByteCache, estimateBytes } from './byte-cache';
import type { Span } from './trace/spans';

export interface SessionServiceOptions {
  createClient: (baseUrl: string) => MlflowClient;
  now?: () => number;
  freshForMs?: number;
}

interface CacheEntry {
  session: Session;
  plan: TextPlan;
  fetchedAt: number;
  /** Every `${baseUrl} ${traceId}` that points at this entry: its turns, and the trace it was asked for. */
  traceKeys: string[];
}

const DEFAULT_FRESH_FOR_MS = 60_000;

/** What the worker keeps between messages: sessions and spans, each bounded by bytes and by count. */
export const CACHE_BUDGET = {
  sessionBytes: 64 * 1024 * 1024,
  sessions: 20,
  spanBytes: 64 * 1024 * 1024,
  // Spans of up to this many turns: an analysed session of a few hundred turns, and then some.
  spanTurns: 1000,
};

export function createSessionService({ createClient, now = Date.now, freshForMs = DEFAULT_FRESH_FOR_MS }: SessionServiceOptions) {
  // Sessions by entry; every turn of a cached session (and the trace it was asked for, which can be a
  // scorer's trace that is no turn) points at its entry by `${baseUrl} ${traceId}`.
  const byTrace = new Map<string, string>();
  const sessions = createByteCache<CacheEntry>({
    maxBytes: CACHE_BUDGET.sessionBytes,
    maxEntries: CACHE_BUDGET.sessions,
    sizeOf: (entry) => estimateBytes(entry.session),
    onEvict: (id, entry) => forgetKeys(id, entry),
  });
  const inFlight = new Map<string, Promise<Session>>();
  // Spans read so far, by `${baseUrl} ${traceId}`: a turn's detail and the analysis both read them from
  // here, so no turn's spans are fetched twice.
  const knownSpans = createByteCache<Span[]>({ maxBytes: CACHE_BUDGET.spanBytes, maxEntries: CACHE_BUDGET.spanTurns });
  let nextEntryId = 0;

  function entryOf(key: string): CacheEntry | undefined {
    const id = byTrace.get(key);
    return id === undefined ? undefined : sessions.get(id);
  }

  function forgetKeys(id: string, entry: CacheEntry) {
    for (const key of entry.traceKeys) if (byTrace.get(key) === id) byTrace.delete(key);
  }

  function remember(baseUrl: string, requestedTraceId: string, { session, plan, spansByTrace }: LoadedSession) {
    const traceKeys = [...new Set([requestedTraceId, ...session.turns.map((turn) => turn.traceId)])].map((id) => `${baseUrl} ${id}`);
    for (const key of traceKeys) forgetSessionOf(key);
    const id = String(nextEntryId++);
    for (const key of traceKeys) byTrace.set(key, id);
    sessions.set(id, { session, plan, fetchedAt: now(), traceKeys });
    for (const [traceId, spans] of spansByTrace) knownSpans.set(`${baseUrl} ${traceId}`, spans);
  }

  /** Drops the cached session a trace key points at, so the next request reads what was just written. */
  function forgetSessionOf(key: string) {
    const id = byTrace.get(key);
    if (id === undefined) return;
    const entry = sessions.get(id);
    if (entry) forgetKeys(id, entry);
    byTrace.delete(key);
    sessions.delete(id);
  }

  async function load(baseUrl: string, traceId: string, reading: ReadingSettings): Promise<Session> {
    const loaded = await loadSessionWithSpans(createClient(baseUrl), traceId, reading);
    remember(baseUrl, traceId, loaded);
    return loaded.session;
  }

  /** The cached entry of a trace's session, loading it if needed. */
  async function sessionEntry(baseUrl: string, traceId: string, reading: ReadingSettings): Promise<CacheEntry> {
    await getSessionOfTrace(baseUrl, traceId, reading);
    const entry = entryOf(`${baseUrl} ${traceId}`);
    // Only a cache too small for even this one session gets here.
    if (!entry) throw new Error('The session was loaded but could not be kept in memory; try again.');
    return entry;
  }

  async function getSessionOfTrace(baseUrl: string, traceId: string, reading: ReadingSettings, { refresh = false } = {}): Promise<Session> {
    const key = `${baseUrl} ${traceId}`;
    const cached = entryOf(key);
    if (!refresh && cached && now() - cached.fetchedAt < freshForMs) return cached.session;
    const pending = inFlight.get(key);
    if (pending && !refresh) return pending;
    const loading = load(baseUrl, traceId, reading).finally(() => inFlight.delete(key));
    inFlight.set(key, loading);
    return loading;
  }

  return {
    getSessionOfTrace,

    /** A turn read from its spans, by its session's schema (loading the session first if needed). */
    async getTurnDetail(baseUrl: string, traceId: string, reading: ReadingSettings): Promise<TurnDetail> {
      const key = `${baseUrl} ${traceId}`;
      const plan = (entryOf(key) ?? (await sessionEntry(baseUrl, traceId, reading))).plan;
      const { detail, spans } = await loadTurnDetail(createClient(baseUrl), traceId, plan, knownSpans.get(key));
      knownSpans.set(key, spans);
      return detail;
    },

    /** Root cause and context coverage for the session of `traceId`, read from as many turns' spans as needed. */
    async getAnalysis(baseUrl: string, traceId: string, reading: ReadingSettings, { everyTurn = false } = {}): Promise<SessionAnalysis> {
      const key = `${baseUrl} ${traceId}`;
      const { session } = entryOf(key) ?? (await sessionEntry(baseUrl, traceId, reading));
      const read = new Set(session.turns.filter((turn) => knownSpans.has(`${baseUrl} ${turn.traceId}`)).map((turn) => turn.traceId));
      const missing = turnsToRead(session, traceId, read, reading.polarities, { everyTurn });
      if (missing.length > 0) {
        for (const [id, spans] of await fetchSpansOf(createClient(baseUrl), missing)) knownSpans.set(`${baseUrl} ${id}`, spans);
      }
      const spansByTrace = new Map(
        session.turns.flatMap((turn) => {
          const spans = knownSpans.get(`${baseUrl} ${turn.traceId}`);
          return spans ? [[turn.traceId, spans] as const] : [];
        }),
      );
      return analyseSession(session, traceId, spansByTrace, reading.polarities);
    },

    /**
     * Writes the user's confirmation that this turn is the root cause, as MLflow human feedback. MLflow is read
     * first: a retry after a write whose answer was lost finds the confirmation already there, and writes
     * nothing twice.
     */
    async confirmRootCause(
      baseUrl: string,
      { traceId, rationale, explainsTraceId }: { traceId: string; rationale: string; explainsTraceId?: string | undefined },
      { reviewerName }: Pick<ReadingSettings, 'reviewerName'>,
    ): Promise<string> {
      const client = createClient(baseUrl);
      const existing = rootCauseConfirmations(await client.getTraceInfo(traceId)).find(
        (assessment) => assessment.source?.source_id === reviewerName,
      );
      const assessmentId =
        existing?.assessment_id ??
        (await client.createFeedback(traceId, {
          name: ROOT_CAUSE_ASSESSMENT,
          value: true,
          rationale,
          sourceId: reviewerName,
          ...(explainsTraceId ? { metadata: { [EXPLAINS_METADATA_KEY]: explainsTraceId } } : {}),
        }));
      forgetSessionOf(`${baseUrl} ${traceId}`);
      return assessmentId;
    },

    /** Removes the user's own confirmation; anyone else's stays (MLflow would let the request through). */
    async undoRootCause(
      baseUrl: string,
      traceId: string,
      assessmentId: string,
      { reviewerName }: Pick<ReadingSettings, 'reviewerName'>,
    ): Promise<void> {
      const client = createClient(baseUrl);
      const confirmation = rootCauseConfirmations(await client.getTraceInfo(traceId)).find(
        (assessment) => assessment.assessment_id === assessmentId,
      );
      if (!confirmation) throw new Error('That confirmation is no longer in MLflow; refresh to see what is.');
      const author = confirmation.source?.source_id ?? 'someone else';
      if (author !== reviewerName) throw new Error(`That confirmation is ${author}'s; only they can undo it.`);
      await client.deleteAssessment(traceId, assessmentId);
      forgetSessionOf(`${baseUrl} ${traceId}`);
    },

    forget() {
      byTrace.clear();
      sessions.clear();
      knownSpans.clear();
    },
  };
}

export type SessionService = ReturnType<typeof createSessionService>;

/** The human `root_cause_turn = true` assessments on a trace that are still in force. */
function rootCauseConfirmations(info: WireTraceInfo): WireAssessment[] {
  return info.assessments.filter(
    (assessment) =>
      assessment.assessment_name === ROOT_CAUSE_ASSESSMENT &&
      assessment.source?.source_type === 'HUMAN' &&
      assessment.feedback?.value === true &&
      assessment.valid !== false,
  );
}
