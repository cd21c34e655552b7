// What the panel shows, as a function of the page's route and the background's answers. Plain logic with
// the transport injected, so the rules (no request when the user moves within a cached session, stale
// answers dropped) are unit-tested without a browser.
import type { GetSessionResponse, GetTurnDetailResponse, PanelError } from './messages';
import type { MlflowRoute } from './route';
import type { Session, TurnDetail } from './session/model';

/** A turn read from its own spans: asked for when the turn is open in MLflow, or when the user wants its full text. */
export type DetailState = { kind: 'loading' } | { kind: 'ready'; detail: TurnDetail } | { kind: 'error'; error: PanelError };

export type PanelState =
  | { kind: 'hidden' }
  | { kind: 'loading'; traceId: string }
  | { kind: 'ready'; session: Session; openTraceId: string; refreshing: boolean; details: Readonly<Record<string, DetailState>> }
  | { kind: 'error'; traceId: string; error: PanelError };

export interface PanelControllerOptions {
  requestSession: (traceId: string, refresh: boolean) => Promise<GetSessionResponse>;
  requestTurnDetail: (traceId: string) => Promise<GetTurnDetailResponse>;
  onChange: (state: PanelState) => void;
}

export function createPanelController({ requestSession, requestTurnDetail, onChange }: PanelControllerOptions) {
  let state: PanelState = { kind: 'hidden' };
  let latestRequest = 0;

  function set(next: PanelState) {
    state = next;
    onChange(state);
  }

  async function load(traceId: string, refresh: boolean) {
    const request = ++latestRequest;
    let response: GetSessionResponse;
    try {
      response = await requestSession(traceId, refresh);
    } catch (error) {
      response = { ok: false, error: { kind: 'internal', message: error instanceof Error ? error.message : String(error) } };
    }
    if (request !== latestRequest) return;
    if (!response.ok) return set({ kind: 'error', traceId, error: response.error });
    set({ kind: 'ready', session: response.session, openTraceId: traceId, refreshing: false, details: {} });
    void loadDetail(traceId);
  }

  async function loadDetail(traceId: string) {
    if (state.kind !== 'ready' || state.details[traceId]) return;
    const session = state.session;
    const setDetail = (detail: DetailState) => {
      // Only into the session it was asked for: the user may have moved to another one meanwhile.
      if (state.kind === 'ready' && state.session === session) set({ ...state, details: { ...state.details, [traceId]: detail } });
    };
    setDetail({ kind: 'loading' });
    let response: GetTurnDetailResponse;
    try {
      response = await requestTurnDetail(traceId);
    } catch (error) {
      response = { ok: false, error: { kind: 'internal', message: error instanceof Error ? error.message : String(error) } };
    }
    setDetail(response.ok ? { kind: 'ready', detail: response.detail } : { kind: 'error', error: response.error });
  }

  return {
    get state() {
      return state;
    },

    showRoute(route: MlflowRoute | null) {
      const traceId = route?.traceId ?? null;
      if (!traceId) {
        latestRequest++;
        if (state.kind !== 'hidden') set({ kind: 'hidden' });
        return;
      }
      if (state.kind === 'ready' && state.session.turns.some((turn) => turn.traceId === traceId)) {
        latestRequest++;
        if (state.openTraceId !== traceId) set({ ...state, openTraceId: traceId });
        void loadDetail(traceId);
        return;
      }
      if ((state.kind === 'loading' || state.kind === 'error') && state.traceId === traceId) return;
      set({ kind: 'loading', traceId });
      void load(traceId, false);
    },

    /** Reads one turn from its spans (full text, tool calls, spans), once per session shown. */
    loadTurnDetail(traceId: string) {
      void loadDetail(traceId);
    },

    refresh() {
      if (state.kind === 'ready') {
        set({ ...state, refreshing: true });
        void load(state.openTraceId, true);
      } else if (state.kind === 'error') {
        const { traceId } = state;
        set({ kind: 'loading', traceId });
        void load(traceId, true);
      }
    },
  };
}

export type PanelController = ReturnType<typeof createPanelController>;
