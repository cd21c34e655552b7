// What the panel shows, as a function of the page's route and the background's answers. Plain logic with
// the transport injected, so the rules (no request when the user moves within a cached session, stale
// answers dropped) are unit-tested without a browser.
import type { GetSessionResponse, PanelError } from './messages';
import type { MlflowRoute } from './route';
import type { Session } from './session/model';

export type PanelState =
  | { kind: 'hidden' }
  | { kind: 'loading'; traceId: string }
  | { kind: 'ready'; session: Session; openTraceId: string; refreshing: boolean }
  | { kind: 'error'; traceId: string; error: PanelError };

export interface PanelControllerOptions {
  requestSession: (traceId: string, refresh: boolean) => Promise<GetSessionResponse>;
  onChange: (state: PanelState) => void;
}

export function createPanelController({ requestSession, onChange }: PanelControllerOptions) {
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
    set(response.ok ? { kind: 'ready', session: response.session, openTraceId: traceId, refreshing: false } : { kind: 'error', traceId, error: response.error });
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
        return;
      }
      if ((state.kind === 'loading' || state.kind === 'error') && state.traceId === traceId) return;
      set({ kind: 'loading', traceId });
      void load(traceId, false);
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
