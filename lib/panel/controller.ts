// What the panel shows, as a function of the page's route and the worker's answers. Plain logic with the
// messaging injected, so the rules (no request when the user moves within a cached session, stale answers
// dropped) are unit-tested without a browser.
import type { SessionAnalysis } from '../analysis/analyse';
import { describeError } from '../json';
import type { Session, TurnDetail } from '../model';
import type { Ask, PanelError } from '../protocol';
import type { MlflowRoute } from '../route';

/** A turn read from its own spans: asked for when the turn is open in MLflow, or when the user wants its full text. */
export type DetailState = { kind: 'loading' } | { kind: 'ready'; detail: TurnDetail } | { kind: 'error'; error: PanelError };

/** The root-cause and context analysis, asked for once the transcript is shown. */
export type AnalysisState = { kind: 'loading' } | { kind: 'ready'; analysis: SessionAnalysis } | { kind: 'error'; error: PanelError };

/** The user's root-cause confirmation being written or removed. */
export type WriteState = { kind: 'idle' } | { kind: 'writing' } | { kind: 'error'; error: PanelError };

export interface ReadyState {
  kind: 'ready';
  session: Session;
  openTraceId: string;
  refreshing: boolean;
  details: Readonly<Record<string, DetailState>>;
  analysis: AnalysisState;
  write: WriteState;
}

export type PanelState =
  { kind: 'hidden' } | { kind: 'loading'; traceId: string } | ReadyState | { kind: 'error'; traceId: string; error: PanelError };

export interface PanelControllerOptions {
  ask: Ask;
  onChange: (state: PanelState) => void;
}

export function createPanelController({ ask, onChange }: PanelControllerOptions) {
  let state: PanelState = { kind: 'hidden' };
  let latestRequest = 0;

  function set(next: PanelState) {
    state = next;
    onChange(state);
  }

  async function load(traceId: string, refresh: boolean) {
    const request = ++latestRequest;
    const response = await settle(ask('session/get', { traceId, refresh }));
    if (request !== latestRequest) return;
    if (!response.ok) return set({ kind: 'error', traceId, error: response.error });
    const previous = state.kind === 'ready' && state.session.sessionId === response.value.sessionId ? state : null;
    set({
      kind: 'ready',
      session: response.value,
      openTraceId: traceId,
      refreshing: false,
      // A refresh of the same session keeps what was read of its turns.
      details: previous?.details ?? {},
      analysis: { kind: 'loading' },
      write: previous?.write.kind === 'writing' ? { kind: 'idle' } : (previous?.write ?? { kind: 'idle' }),
    });
    void loadDetail(traceId);
    void loadAnalysis(false);
  }

  /** Runs `request` for the session shown now, and applies its answer only if that session is still shown. */
  async function forShownSession<Answer>(
    request: (ready: ReadyState) => Promise<Answer>,
    apply: (ready: ReadyState, answer: Answer) => ReadyState,
  ) {
    if (state.kind !== 'ready') return;
    const session = state.session;
    const answer = await request(state);
    if (state.kind === 'ready' && state.session === session) set(apply(state, answer));
  }

  async function loadAnalysis(everyTurn: boolean) {
    if (state.kind !== 'ready') return;
    set({ ...state, analysis: { kind: 'loading' } });
    await forShownSession(
      (ready) => settle(ask('analysis/get', { traceId: ready.openTraceId, everyTurn })),
      (ready, response) => ({
        ...ready,
        analysis: response.ok ? { kind: 'ready', analysis: response.value } : { kind: 'error', error: response.error },
      }),
    );
  }

  async function write(request: () => Promise<{ ok: true } | { ok: false; error: PanelError }>) {
    if (state.kind !== 'ready' || state.write.kind === 'writing') return;
    set({ ...state, write: { kind: 'writing' } });
    const response = await settle(request());
    if (state.kind !== 'ready') return;
    if (!response.ok) return set({ ...state, write: { kind: 'error', error: response.error } });
    // Read the session again: the written assessment shows as MLflow now has it.
    set({ ...state, write: { kind: 'idle' }, refreshing: true });
    void load(state.openTraceId, true);
  }

  /** A transport call that never throws: a failure becomes an error answer. */
  async function settle<Answer extends { ok: boolean }>(call: Promise<Answer>): Promise<Answer | { ok: false; error: PanelError }> {
    try {
      return await call;
    } catch (error) {
      return { ok: false, error: { kind: 'internal', message: describeError(error) } };
    }
  }

  async function loadDetail(traceId: string) {
    if (state.kind !== 'ready' || state.details[traceId]) return;
    set({ ...state, details: { ...state.details, [traceId]: { kind: 'loading' } } });
    await forShownSession(
      () => settle(ask('turn/get', { traceId })),
      (ready, response) => ({
        ...ready,
        details: {
          ...ready.details,
          [traceId]: response.ok ? { kind: 'ready', detail: response.value } : { kind: 'error', error: response.error },
        },
      }),
    );
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

    /** Reads every turn's spans for the analysis (sessions longer than the automatic limit). */
    analyseEveryTurn() {
      void loadAnalysis(true);
    },

    confirmRootCause(traceId: string, rationale: string, explainsTraceId: string | undefined) {
      void write(() => ask('root-cause/confirm', { traceId, rationale, explainsTraceId }));
    },

    undoRootCause(traceId: string, assessmentId: string) {
      void write(() => ask('root-cause/undo', { traceId, assessmentId }));
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

/** What MLflow's drawer header says about the open turn. */
export function drawerBadgeText(state: PanelState): { turn: string; rootCause: string | null } | null {
  if (state.kind !== 'ready') return null;
  const { turns } = state.session;
  const open = turns.find((turn) => turn.traceId === state.openTraceId);
  if (!open) return null;
  const candidate = state.analysis.kind === 'ready' ? state.analysis.analysis.rootCause.candidates[0] : undefined;
  // Short: MLflow's header row is already full once the drawer makes room for the panel.
  const rootCause = !candidate ? null : candidate.traceId === open.traceId ? 'root cause' : `cause: turn ${candidate.index}`;
  return { turn: state.session.sessionId === null ? 'no session' : `turn ${open.index}/${turns.length}`, rootCause };
}
