// The service worker's façade over lib/: sessions cached per server and session, so moving between the
// turns of one session costs no request; the analysis reads; the root-cause writes. A cached session stays
// fresh for a short while (a live app keeps adding turns); the panel's refresh button asks for a fresh copy.
// The user's settings arrive with each call as plain values (read once per message by the worker).
import { analyseSession, turnsToRead, type SessionAnalysis } from './analysis/analyse';
import type { MlflowClient } from './mlflow/client';
import { EXPLAINS_METADATA_KEY, ROOT_CAUSE_ASSESSMENT } from './mlflow/keys';
import type { Session, TurnDetail } from './model';
import { planTurnText, type TextPlan } from './turn-text/plan';
import { fetchSpansOf, loadSessionWithSpans, loadTurnDetail, type LoadedSession } from './session/load';
import type { ReadingSettings } from './settings';
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
}

const DEFAULT_FRESH_FOR_MS = 60_000;
const MAX_CACHED_SESSIONS = 20;

const DEFAULT_REVIEWER = 'Session Lens user';

// Spans of up to this many turns stay cached: an analysed session of a few hundred turns, and then some.
const MAX_CACHED_TURNS = 1000;

export function createSessionService({ createClient, now = Date.now, freshForMs = DEFAULT_FRESH_FOR_MS }: SessionServiceOptions) {
  // Keyed by `${baseUrl} ${traceId}`: every turn of a cached session points at the same entry.
  const byTrace = new Map<string, CacheEntry>();
  const inFlight = new Map<string, Promise<Session>>();
  // Spans read so far, by `${baseUrl} ${traceId}`, oldest first (a Map keeps insertion order): a turn's
  // detail and the analysis both read them from here, so no turn's spans are fetched twice.
  const knownSpans = new Map<string, Span[]>();

  function remember(baseUrl: string, { session, plan, spansByTrace }: LoadedSession) {
    const entry = { session, plan, fetchedAt: now() };
    for (const turn of session.turns) byTrace.set(`${baseUrl} ${turn.traceId}`, entry);
    for (const [traceId, spans] of spansByTrace) keep(knownSpans, `${baseUrl} ${traceId}`, spans);
    evictOldest();
  }

  /** Drops the cached session of a trace so the next request reads what was just written. */
  function forgetSessionOf(baseUrl: string, traceId: string) {
    const entry = byTrace.get(`${baseUrl} ${traceId}`);
    for (const [key, candidate] of byTrace) if (candidate === entry) byTrace.delete(key);
  }

  function keep<Value>(map: Map<string, Value>, key: string, value: Value) {
    map.delete(key);
    map.set(key, value);
    if (map.size > MAX_CACHED_TURNS) map.delete(map.keys().next().value!);
  }

  function evictOldest() {
    const entries = new Set(byTrace.values());
    if (entries.size <= MAX_CACHED_SESSIONS) return;
    const oldest = [...entries].sort((a, b) => a.fetchedAt - b.fetchedAt).slice(0, entries.size - MAX_CACHED_SESSIONS);
    for (const [key, entry] of byTrace) if (oldest.includes(entry)) byTrace.delete(key);
  }

  async function load(baseUrl: string, traceId: string, reading: ReadingSettings): Promise<Session> {
    const loaded = await loadSessionWithSpans(createClient(baseUrl), traceId, reading);
    remember(baseUrl, loaded);
    return loaded.session;
  }

  async function getSessionOfTrace(baseUrl: string, traceId: string, reading: ReadingSettings, { refresh = false } = {}): Promise<Session> {
    const key = `${baseUrl} ${traceId}`;
    const cached = byTrace.get(key);
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
      if (!byTrace.has(key)) await getSessionOfTrace(baseUrl, traceId, reading);
      const plan = byTrace.get(key)?.plan ?? planTurnText(undefined, null);
      const detail = await loadTurnDetail(createClient(baseUrl), traceId, plan, knownSpans.get(key));
      keep(knownSpans, key, detail.spans);
      return detail;
    },

    /** Root cause and context coverage for the session of `traceId`, read from as many turns' spans as needed. */
    async getAnalysis(baseUrl: string, traceId: string, reading: ReadingSettings, { everyTurn = false } = {}): Promise<SessionAnalysis> {
      const key = `${baseUrl} ${traceId}`;
      if (!byTrace.has(key)) await getSessionOfTrace(baseUrl, traceId, reading);
      const { session } = byTrace.get(key)!;
      const read = new Set(session.turns.filter((turn) => knownSpans.has(`${baseUrl} ${turn.traceId}`)).map((turn) => turn.traceId));
      const missing = turnsToRead(session, traceId, read, reading.polarities, { everyTurn });
      if (missing.length > 0) {
        for (const [id, spans] of await fetchSpansOf(createClient(baseUrl), missing)) keep(knownSpans, `${baseUrl} ${id}`, spans);
      }
      const spansByTrace = new Map(
        session.turns.flatMap((turn) => {
          const spans = knownSpans.get(`${baseUrl} ${turn.traceId}`);
          return spans ? [[turn.traceId, spans] as const] : [];
        }),
      );
      return analyseSession(session, traceId, spansByTrace, reading.polarities);
    },

    /** Writes the user's confirmation that this turn is the root cause, as MLflow human feedback. */
    async confirmRootCause(
      baseUrl: string,
      confirmation: { traceId: string; rationale: string; explainsTraceId?: string | undefined; reviewerName: string },
    ): Promise<string> {
      const { traceId, rationale, explainsTraceId, reviewerName } = confirmation;
      const assessmentId = await createClient(baseUrl).createFeedback(traceId, {
        name: ROOT_CAUSE_ASSESSMENT,
        value: true,
        rationale,
        sourceId: reviewerName || DEFAULT_REVIEWER,
        ...(explainsTraceId ? { metadata: { [EXPLAINS_METADATA_KEY]: explainsTraceId } } : {}),
      });
      forgetSessionOf(baseUrl, traceId);
      return assessmentId;
    },

    async undoRootCause(baseUrl: string, traceId: string, assessmentId: string): Promise<void> {
      await createClient(baseUrl).deleteAssessment(traceId, assessmentId);
      forgetSessionOf(baseUrl, traceId);
    },

    forget() {
      byTrace.clear();
      knownSpans.clear();
    },
  };
}

export type SessionService = ReturnType<typeof createSessionService>;
