// What the panel shows, as a function of the page's route and the worker's answers. Plain logic with the
// messaging injected, so the rules (no request when the user moves within a cached session, stale answers
// dropped) are unit-tested without a browser.
import type { SessionAnalysis } from '../analysis/analyse';
import type { TurnChanges } from '../analysis/turn-changes';
import { describeError } from '../json';
import type { LabelScope, LabelValue, Session, SessionPreview, TurnDetail } from '../model';
import { ownLabel } from '../labels';
import type { Ask, PanelError, Reply } from '../protocol';
import type { MlflowRoute } from '../route';

/** A turn read from its own spans: asked for when the turn is open in MLflow, or when the user wants its full text. */
export type DetailState = { kind: 'loading' } | { kind: 'ready'; detail: TurnDetail } | { kind: 'error'; error: PanelError };
export type ChangesState = { kind: 'loading' } | { kind: 'ready'; changes: TurnChanges } | { kind: 'error'; error: PanelError };

/** The root-cause and context analysis, asked for once the transcript is shown. */
export type AnalysisState = { kind: 'loading' } | { kind: 'ready'; analysis: SessionAnalysis } | { kind: 'error'; error: PanelError };

/** The user's root-cause confirmation being written or removed. */
export type WriteState = { kind: 'idle' } | { kind: 'writing' } | { kind: 'error'; error: PanelError };

/** A label the user is giving: what they picked and wrote, kept until MLflow has it (and after a failed write). */
export interface LabelDraft {
  value: LabelValue | null;
  rationale: string;
  status: { kind: 'editing' } | { kind: 'writing' } | { kind: 'error'; error: PanelError };
}

/** Which label of which turn (or of the session) a draft or a write is about. */
export interface LabelTarget {
  traceId: string;
  scope: LabelScope;
  name: string;
}

/** One draft per label of a turn, and per session label (whatever turn is open). */
export const labelDraftKey = ({ traceId, scope, name }: LabelTarget) => `${scope} ${scope === 'session' ? '' : traceId} ${name}`;

export interface ReadyState {
  kind: 'ready';
  session: Session;
  openTraceId: string;
  refreshing: boolean;
  details: Readonly<Record<string, DetailState>>;
  /** What changed for the model since the turn before, by trace id, once asked for. */
  changes: Readonly<Record<string, ChangesState>>;
  analysis: AnalysisState;
  write: WriteState;
  /**
   * Confirmations this panel wrote, by trace id, until they are undone: shown at once, so the candidate
   * offers no second Confirm while the session is read back.
   */
  written: Readonly<Record<string, string>>;
  /** Labels being edited or written, by labelDraftKey. */
  labelDrafts: Readonly<Record<string, LabelDraft>>;
  /** The turn label being given by keyboard (lib/panel/labeling.ts), or null when that mode is off. */
  labeling: string | null;
  /**
   * Whether MLflow has `openTraceId` open. False on MLflow's session page with no trace chosen: the panel then
   * shows the session from its first turn, which MLflow does not mark.
   */
  openInMlflow: boolean;
}

export type PanelState =
  | { kind: 'hidden' }
  /** `preview`: the turns around the open one, while a long session's older pages are read. */
  | { kind: 'loading'; traceId: string; preview?: SessionPreview }
  | ReadyState
  | { kind: 'error'; traceId: string; error: PanelError };

export interface PanelControllerOptions {
  ask: Ask;
  onChange: (state: PanelState) => void;
}

/** One session as the worker identifies it: a refreshed copy of the shown session is the same session. */
function sameSession(a: Session, b: Session): boolean {
  return (
    a.baseUrl === b.baseUrl && a.workspace === b.workspace && a.sessionId === b.sessionId && a.turns[0]?.traceId === b.turns[0]?.traceId
  );
}

export function createPanelController({ ask, onChange }: PanelControllerOptions) {
  let state: PanelState = { kind: 'hidden' };
  /** The trace the page has open; every answer is checked against it, never against the trace it was asked for. */
  let wanted: string | null = null;
  /** The workspace the page's UI selected, on servers with workspaces: sessions are read there. */
  let wantedWorkspace: string | null = null;
  /** False while the page is MLflow's session page with no trace chosen. */
  let wantedInMlflow = true;
  /** Finding a session's first turn from its id (MLflow's session page): only the latest one applies. */
  let findSeq = 0;
  /** The session page shown with no trace chosen, for "Try again" when finding its session failed. */
  let sessionPage: { experimentId: string; sessionId: string; workspace: string | null } | null = null;
  /** Session loads: only the latest one applies. Moving within the shown session starts none, so a refresh in flight still lands. */
  let loadSeq = 0;
  let analysisSeq = 0;
  const detailSeq = new Map<string, number>();
  let nextSeq = 0;

  function set(next: PanelState) {
    state = next;
    onChange(state);
  }

  const isWanted = (session: Session, traceId: string) =>
    wanted !== null && (wanted === traceId || session.turns.some((turn) => turn.traceId === wanted));

  async function load(traceId: string, refresh: boolean) {
    const seq = ++loadSeq;
    if (state.kind === 'loading') void loadPreview(traceId, seq);
    const response = await settle(ask('session/get', { traceId, refresh, workspace: wantedWorkspace }));
    if (seq !== loadSeq || wanted === null) return;
    if (!response.ok) {
      if (wanted === traceId || (state.kind === 'ready' && state.session.turns.some((turn) => turn.traceId === wanted))) {
        set({ kind: 'error', traceId: wanted, error: response.error });
      }
      return;
    }
    const session = response.value;
    if (!isWanted(session, traceId)) return;
    const previous = state.kind === 'ready' && sameSession(state.session, session) ? state : null;
    // A refresh keeps what was read of its turns, and the turns still being read (their answers land on it).
    const details = Object.fromEntries(
      Object.entries(previous?.details ?? {}).filter(([id, detail]) => detail.kind !== 'loading' || detailSeq.has(id)),
    );
    set({
      kind: 'ready',
      session,
      openTraceId: wanted,
      refreshing: false,
      details,
      changes: previous?.changes ?? {},
      // A refresh keeps the analysis shown until the new one lands: the root-cause box must not blink away
      // (and take the keyboard user's focus with it) after every write.
      analysis: previous?.analysis.kind === 'ready' ? previous.analysis : { kind: 'loading' },
      write: previous?.write.kind === 'error' ? previous.write : { kind: 'idle' },
      written: previous?.written ?? {},
      labelDrafts: previous?.labelDrafts ?? {},
      labeling: previous?.labeling ?? null,
      openInMlflow: wantedInMlflow,
    });
    void loadDetail(wanted);
    void loadAnalysis(false);
    if (!previous) void restoreUnsavedLabels(session);
  }

  /** Shows the turns around the open one while the rest of a long session is read. */
  async function loadPreview(traceId: string, seq: number) {
    const response = await settle(ask('session/preview', { traceId, workspace: wantedWorkspace }));
    if (seq !== loadSeq || !response.ok || !response.value || state.kind !== 'loading' || state.traceId !== traceId) return;
    set({ ...state, preview: response.value });
  }

  /** Label writes that failed earlier (perhaps in a tab closed since), offered again with the reason. */
  async function restoreUnsavedLabels(session: Session) {
    const response = await settle(ask('label/unsaved', {}));
    if (!response.ok) return;
    const turns = new Map(session.turns.map((turn) => [turn.traceId, turn]));
    // A label MLflow has meanwhile (written from another tab, or in MLflow's own UI) is no draft any more.
    const inMlflow = ({ traceId, scope, name, value }: (typeof response.value)[number]) =>
      ownLabel(scope === 'session' ? session.sessionAssessments : (turns.get(traceId)?.assessments ?? []), name, session.reviewer)
        ?.value === value;
    const kept = response.value.filter(
      (label) => turns.has(label.traceId) && label.workspace === (session.workspace ?? null) && !inMlflow(label),
    );
    if (kept.length === 0) return;
    applyToShown(session, (ready) => {
      const labelDrafts = { ...ready.labelDrafts };
      for (const { value, rationale, error, at, ...target } of kept) {
        const when = new Date(at).toLocaleString();
        const message = `${error.message.replace(/[.\s]*$/, '')} (on ${when})`;
        labelDrafts[labelDraftKey(target)] ??= {
          value,
          rationale,
          status: { kind: 'error', error: { ...error, kind: error.kind as PanelError['kind'], message } },
        };
      }
      return { ...ready, labelDrafts };
    });
  }

  /** Applies an answer to the ready state if it is still about the same session. */
  function applyToShown(session: Session, apply: (ready: ReadyState) => ReadyState) {
    if (state.kind === 'ready' && sameSession(state.session, session)) set(apply(state));
  }

  async function loadAnalysis(everyTurn: boolean) {
    if (state.kind !== 'ready') return;
    const seq = (analysisSeq = ++nextSeq);
    const { session, openTraceId } = state;
    // Reading more turns shows that it is reading; a refresh shows the last analysis until the new one lands.
    if (everyTurn || state.analysis.kind !== 'ready') set({ ...state, analysis: { kind: 'loading' } });
    const response = await settle(ask('analysis/get', { traceId: openTraceId, everyTurn, workspace: session.workspace }));
    if (seq !== analysisSeq) return;
    applyToShown(session, (ready) => ({
      ...ready,
      analysis: response.ok ? { kind: 'ready', analysis: response.value } : { kind: 'error', error: response.error },
    }));
  }

  async function loadDetail(traceId: string) {
    if (state.kind !== 'ready' || (state.details[traceId] && state.details[traceId].kind !== 'loading') || detailSeq.has(traceId)) return;
    const seq = ++nextSeq;
    detailSeq.set(traceId, seq);
    const { session } = state;
    set({ ...state, details: { ...state.details, [traceId]: { kind: 'loading' } } });
    const response = await settle(ask('turn/get', { traceId, workspace: session.workspace }));
    if (detailSeq.get(traceId) !== seq) return;
    detailSeq.delete(traceId);
    applyToShown(session, (ready) => ({
      ...ready,
      details: {
        ...ready.details,
        [traceId]: response.ok ? { kind: 'ready', detail: response.value } : { kind: 'error', error: response.error },
      },
    }));
  }

  async function loadChanges(traceId: string) {
    if (state.kind !== 'ready' || (state.changes[traceId] && state.changes[traceId].kind !== 'error')) return;
    const { session } = state;
    set({ ...state, changes: { ...state.changes, [traceId]: { kind: 'loading' } } });
    const response = await settle(ask('turn/changes', { traceId, workspace: session.workspace }));
    applyToShown(session, (ready) => ({
      ...ready,
      changes: {
        ...ready.changes,
        [traceId]: response.ok ? { kind: 'ready', changes: response.value } : { kind: 'error', error: response.error },
      },
    }));
  }

  async function write(
    request: () => Promise<Reply<'root-cause/confirm'> | Reply<'root-cause/undo'>>,
    written: (current: Record<string, string>, reply: unknown) => Record<string, string>,
  ) {
    if (state.kind !== 'ready' || state.write.kind === 'writing') return;
    const { session } = state;
    set({ ...state, write: { kind: 'writing' } });
    const response = await settle(request());
    if (state.kind !== 'ready' || !sameSession(state.session, session)) return;
    if (!response.ok) return set({ ...state, write: { kind: 'error', error: response.error } });
    // Read the session again: the written assessment shows as MLflow now has it.
    set({ ...state, write: { kind: 'idle' }, written: written({ ...state.written }, response.value), refreshing: true });
    void load(state.openTraceId, true);
  }

  /** Sends a label write or removal; the draft stays, with the reason, unless MLflow took it. */
  async function sendLabel(target: LabelTarget, request: () => Promise<Reply<'label/write'> | Reply<'label/remove'>>) {
    if (state.kind !== 'ready') return;
    const key = labelDraftKey(target);
    const draft = state.labelDrafts[key] ?? { value: null, rationale: '', status: { kind: 'editing' } };
    if (draft.status.kind === 'writing') return;
    const { session } = state;
    const withDraft = (ready: ReadyState, next: LabelDraft | null): ReadyState => {
      const labelDrafts = { ...ready.labelDrafts };
      if (next) labelDrafts[key] = next;
      else delete labelDrafts[key];
      return { ...ready, labelDrafts };
    };
    set(withDraft(state, { ...draft, status: { kind: 'writing' } }));
    const response = await settle(request());
    applyToShown(session, (ready) => withDraft(ready, response.ok ? null : { ...draft, status: { kind: 'error', error: response.error } }));
    // The worker has put MLflow's answer into its copy of the session: reading it is a message, not a search.
    if (response.ok && state.kind === 'ready' && sameSession(state.session, session)) void load(state.openTraceId, false);
  }

  function showTrace(traceId: string | null, workspace: string | null, inMlflow: boolean) {
    const workspaceChanged = workspace !== wantedWorkspace;
    wanted = traceId;
    wantedWorkspace = workspace;
    wantedInMlflow = inMlflow;
    if (!traceId) {
      loadSeq++;
      if (state.kind !== 'hidden') set({ kind: 'hidden' });
      return;
    }
    if (state.kind === 'ready' && !workspaceChanged && state.session.turns.some((turn) => turn.traceId === traceId)) {
      if (state.openTraceId !== traceId || state.openInMlflow !== inMlflow) set({ ...state, openTraceId: traceId, openInMlflow: inMlflow });
      void loadDetail(traceId);
      return;
    }
    if ((state.kind === 'loading' || state.kind === 'error') && state.traceId === traceId && !workspaceChanged) return;
    set({ kind: 'loading', traceId });
    void load(traceId, false);
  }

  /** MLflow's session page with no trace chosen: the session is found by its id, and shown from its first turn. */
  async function showSessionPage(experimentId: string, sessionId: string, workspace: string | null) {
    const seq = findSeq;
    const shown = state.kind === 'ready' ? state : null;
    if (shown && shown.session.sessionId === sessionId && shown.session.experimentId === experimentId && workspace === wantedWorkspace) {
      return showTrace(shown.session.turns[0]?.traceId ?? shown.openTraceId, workspace, false);
    }
    wanted = null;
    set({ kind: 'loading', traceId: sessionId });
    const response = await settle(ask('session/find', { experimentId, sessionId, workspace }));
    if (seq !== findSeq) return;
    if (!response.ok) return set({ kind: 'error', traceId: sessionId, error: response.error });
    if (!response.value.traceId) {
      const message = `MLflow has no trace of session ${sessionId} in this experiment.`;
      return set({ kind: 'error', traceId: sessionId, error: { kind: 'malformed', message } });
    }
    showTrace(response.value.traceId, workspace, false);
  }

  const shownWorkspace = () => (state.kind === 'ready' ? state.session.workspace : null);

  /** A message that never throws: a failure becomes an error answer. */
  async function settle<Answer extends { ok: boolean }>(call: Promise<Answer>): Promise<Answer | { ok: false; error: PanelError }> {
    try {
      return await call;
    } catch (error) {
      return { ok: false, error: { kind: 'internal', message: describeError(error) } };
    }
  }

  return {
    get state() {
      return state;
    },

    showRoute(route: MlflowRoute | null) {
      findSeq++;
      sessionPage =
        route && !route.traceId && route.page === 'chat-sessions' && route.sessionId && route.experimentId
          ? { experimentId: route.experimentId, sessionId: route.sessionId, workspace: route.workspace }
          : null;
      if (sessionPage) return void showSessionPage(sessionPage.experimentId, sessionPage.sessionId, sessionPage.workspace);
      showTrace(route?.traceId ?? null, route?.workspace ?? null, true);
    },

    /** Reads one turn from its spans (full text, tool calls, spans), once per session shown. */
    loadTurnDetail(traceId: string) {
      void loadDetail(traceId);
    },

    /** What changed for the model since the turn before this one (both turns' spans, read by the worker). */
    loadTurnChanges(traceId: string) {
      void loadChanges(traceId);
    },

    /** Reads every turn's spans for the analysis (sessions longer than the automatic limit). */
    analyseEveryTurn() {
      void loadAnalysis(true);
    },

    confirmRootCause(traceId: string, rationale: string, explainsTraceId: string | undefined) {
      void write(
        () => ask('root-cause/confirm', { traceId, rationale, explainsTraceId, workspace: shownWorkspace() }),
        (current, reply) => ({ ...current, [traceId]: (reply as { assessmentId: string }).assessmentId }),
      );
    },

    /** The shown session as Markdown or JSON, made by the worker; null when no session is shown. */
    exportSession(format: 'markdown' | 'json', includeScorerErrors: boolean) {
      if (state.kind !== 'ready') return null;
      return ask('session/export', { traceId: state.openTraceId, workspace: shownWorkspace(), format, includeScorerErrors });
    },

    undoRootCause(traceId: string, assessmentId: string) {
      void write(
        () => ask('root-cause/undo', { traceId, assessmentId, workspace: shownWorkspace() }),
        (current) => {
          delete current[traceId];
          return current;
        },
      );
    },

    /** Keeps what the user picked or wrote for a label, before they save it. */
    editLabel(target: LabelTarget, edit: Pick<LabelDraft, 'value' | 'rationale'>) {
      if (state.kind !== 'ready') return;
      const key = labelDraftKey(target);
      if (state.labelDrafts[key]?.status.kind === 'writing') return;
      set({ ...state, labelDrafts: { ...state.labelDrafts, [key]: { ...edit, status: { kind: 'editing' } } } });
    },

    /** Writes the label's draft to MLflow (the worker reads first, so a retry never writes twice). */
    saveLabel(target: LabelTarget) {
      const draft = state.kind === 'ready' ? state.labelDrafts[labelDraftKey(target)] : undefined;
      if (!draft || draft.value === null) return;
      const { value, rationale } = draft;
      void sendLabel(target, () => ask('label/write', { ...target, value, rationale, workspace: shownWorkspace() }));
    },

    /** A labeling key on the open turn: pick a value (keeping the rationale written so far), or save it. */
    labelOpenTurn(action: { kind: 'pick'; value: string } | { kind: 'save' }) {
      const ready = state;
      if (ready.kind !== 'ready' || ready.labeling === null) return;
      const target: LabelTarget = { traceId: ready.openTraceId, scope: 'turn', name: ready.labeling };
      if (action.kind === 'save') return this.saveLabel(target);
      const open = ready.session.turns.find((turn) => turn.traceId === ready.openTraceId);
      const own = open && ownLabel(open.assessments, target.name, ready.session.reviewer);
      const rationale = ready.labelDrafts[labelDraftKey(target)]?.rationale ?? own?.rationale ?? '';
      this.editLabel(target, { value: action.value, rationale });
    },

    /** Turns labeling by keyboard on for one turn label, or off (null). */
    setLabeling(name: string | null) {
      if (state.kind === 'ready') set({ ...state, labeling: name });
    },

    removeLabel(target: LabelTarget) {
      void sendLabel(target, () => ask('label/remove', { ...target, workspace: shownWorkspace() }));
    },

    /** Every value the label had, superseded ones included (asked for when the user opens its history). */
    labelHistory(target: LabelTarget) {
      return ask('label/history', { ...target, workspace: shownWorkspace() });
    },

    refresh() {
      if (state.kind === 'ready') {
        set({ ...state, refreshing: true });
        void load(state.openTraceId, true);
      } else if (state.kind === 'error' && sessionPage && wanted === null) {
        findSeq++;
        void showSessionPage(sessionPage.experimentId, sessionPage.sessionId, sessionPage.workspace);
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
