// Sessions cached per server and session, so moving between the turns of one session costs no request.
// A cached session stays fresh for a short while (a live app keeps adding turns); the panel's refresh
// button asks for a fresh copy.
import { MlflowError, type MlflowClient } from '../mlflow/client';
import type { PanelError } from '../messages';
import type { AttributeOverride } from '../turn-text/discover';
import { planTurnText, type TextPlan } from './build';
import { loadSessionWithSpans, loadTurnDetail, type LoadedSession } from './load';
import type { Span } from '../trace/spans';
import type { Session, TurnDetail } from './model';

export interface SessionServiceOptions {
  createClient: (baseUrl: string) => MlflowClient;
  now?: () => number;
  freshForMs?: number;
  /** The user's attribute override for an experiment, if any. */
  overrideFor?: (baseUrl: string, experimentId: string) => Promise<AttributeOverride | undefined>;
}

interface CacheEntry {
  session: Session;
  plan: TextPlan;
  fetchedAt: number;
}

const DEFAULT_FRESH_FOR_MS = 60_000;
const MAX_CACHED_SESSIONS = 20;
const MAX_CACHED_TURNS = 200;

export function createSessionService({ createClient, now = Date.now, freshForMs = DEFAULT_FRESH_FOR_MS, overrideFor }: SessionServiceOptions) {
  // Keyed by `${baseUrl} ${traceId}`: every turn of a cached session points at the same entry.
  const byTrace = new Map<string, CacheEntry>();
  const inFlight = new Map<string, Promise<Session>>();
  // Turn details by `${baseUrl} ${traceId}`, oldest first (a Map keeps insertion order).
  const details = new Map<string, TurnDetail>();
  const knownSpans = new Map<string, Span[]>();

  function remember(baseUrl: string, { session, plan, spansByTrace }: LoadedSession) {
    const entry = { session, plan, fetchedAt: now() };
    for (const turn of session.turns) byTrace.set(`${baseUrl} ${turn.traceId}`, entry);
    for (const [traceId, spans] of spansByTrace) keep(knownSpans, `${baseUrl} ${traceId}`, spans);
    evictOldest();
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

  async function load(baseUrl: string, traceId: string): Promise<Session> {
    const loaded = await loadSessionWithSpans(createClient(baseUrl), traceId, {
      overrideFor: overrideFor && ((experimentId) => overrideFor(baseUrl, experimentId)),
    });
    remember(baseUrl, loaded);
    return loaded.session;
  }

  return {
    async getSessionOfTrace(baseUrl: string, traceId: string, { refresh = false } = {}): Promise<Session> {
      const key = `${baseUrl} ${traceId}`;
      const cached = byTrace.get(key);
      if (!refresh && cached && now() - cached.fetchedAt < freshForMs) return cached.session;
      const pending = inFlight.get(key);
      if (pending && !refresh) return pending;
      const loading = load(baseUrl, traceId).finally(() => inFlight.delete(key));
      inFlight.set(key, loading);
      return loading;
    },

    /** A turn read from its spans, by its session's schema (loading the session first if needed). */
    async getTurnDetail(baseUrl: string, traceId: string): Promise<TurnDetail> {
      const key = `${baseUrl} ${traceId}`;
      const cached = details.get(key);
      if (cached) return cached;
      if (!byTrace.has(key)) await this.getSessionOfTrace(baseUrl, traceId);
      const plan = byTrace.get(key)?.plan ?? planTurnText(undefined, null);
      const detail = await loadTurnDetail(createClient(baseUrl), traceId, plan, knownSpans.get(key));
      keep(details, key, detail);
      return detail;
    },

    forget() {
      byTrace.clear();
      details.clear();
      knownSpans.clear();
    },
  };
}

export type SessionService = ReturnType<typeof createSessionService>;

export function toPanelError(error: unknown): PanelError {
  if (error instanceof MlflowError) {
    return { kind: error.kind, message: error.message, status: error.status, errorCode: error.errorCode, url: error.url };
  }
  return { kind: 'internal', message: error instanceof Error ? error.message : String(error) };
}
