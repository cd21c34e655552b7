// Sessions cached per server and session, so moving between the turns of one session costs no request.
// A cached session stays fresh for a short while (a live app keeps adding turns); the panel's refresh
// button asks for a fresh copy.
import { MlflowError, type MlflowClient } from '../mlflow/client';
import type { PanelError } from '../messages';
import type { AttributeOverride } from '../turn-text/discover';
import { loadSessionOfTrace } from './load';
import type { Session } from './model';

export interface SessionServiceOptions {
  createClient: (baseUrl: string) => MlflowClient;
  now?: () => number;
  freshForMs?: number;
  /** The user's attribute override for an experiment, if any. */
  overrideFor?: (baseUrl: string, experimentId: string) => Promise<AttributeOverride | undefined>;
}

interface CacheEntry {
  session: Session;
  fetchedAt: number;
}

const DEFAULT_FRESH_FOR_MS = 60_000;
const MAX_CACHED_SESSIONS = 20;

export function createSessionService({ createClient, now = Date.now, freshForMs = DEFAULT_FRESH_FOR_MS, overrideFor }: SessionServiceOptions) {
  // Keyed by `${baseUrl} ${traceId}`: every turn of a cached session points at the same entry.
  const byTrace = new Map<string, CacheEntry>();
  const inFlight = new Map<string, Promise<Session>>();

  function remember(baseUrl: string, session: Session) {
    const entry = { session, fetchedAt: now() };
    for (const turn of session.turns) byTrace.set(`${baseUrl} ${turn.traceId}`, entry);
    evictOldest();
  }

  function evictOldest() {
    const entries = new Set(byTrace.values());
    if (entries.size <= MAX_CACHED_SESSIONS) return;
    const oldest = [...entries].sort((a, b) => a.fetchedAt - b.fetchedAt).slice(0, entries.size - MAX_CACHED_SESSIONS);
    for (const [key, entry] of byTrace) if (oldest.includes(entry)) byTrace.delete(key);
  }

  async function load(baseUrl: string, traceId: string): Promise<Session> {
    const session = await loadSessionOfTrace(createClient(baseUrl), traceId, {
      overrideFor: overrideFor && ((experimentId) => overrideFor(baseUrl, experimentId)),
    });
    remember(baseUrl, session);
    return session;
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

    forget() {
      byTrace.clear();
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
