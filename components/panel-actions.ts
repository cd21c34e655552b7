// What the panel's controls can do, handed to every component through context instead of props passed down
// through each layer. The content script provides it (from the controller and the host page); component
// tests provide fakes.
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { LabelDraft, LabelTarget } from '../lib/panel/controller';
import type { Reply } from '../lib/protocol';

export interface PanelActions {
  /** Opens a turn in MLflow's own UI. */
  openTurn: (traceId: string) => void;
  /** Reads one turn from its spans (full text, tool calls, spans). */
  loadTurnDetail: (traceId: string) => void;
  /** Asks what changed for the model since the turn before this one. */
  loadTurnChanges: (traceId: string) => void;
  refresh: () => void;
  /** Reads every turn's spans for the analysis (sessions longer than the automatic limit). */
  analyseEveryTurn: () => void;
  confirmRootCause: (traceId: string, rationale: string, explainsTraceId: string | undefined) => void;
  undoRootCause: (traceId: string, assessmentId: string) => void;
  /** Keeps what the user picked or wrote for a label; `saveLabel` writes it, `removeLabel` takes theirs away. */
  editLabel: (target: LabelTarget, edit: Pick<LabelDraft, 'value' | 'rationale'>) => void;
  saveLabel: (target: LabelTarget) => void;
  removeLabel: (target: LabelTarget) => void;
  labelHistory: (target: LabelTarget) => Promise<Reply<'label/history'>>;
  /** Turns labeling by keyboard on for one turn label, or off (null). */
  setLabeling: (name: string | null) => void;
  enableHost: () => void;
  /** Copies or downloads the session as Markdown or JSON; resolves to what happened, in words. */
  exportSession: (request: ExportRequest) => Promise<string>;
  /** Opens the options for this server: the attributes that hold a turn's text (of this experiment), a token. */
  openOptions: (experimentId?: string) => void;
  /** Keeps a user name and password for this server, for when the browser's own sign-in does not reach Session Lens. */
  signIn: (username: string, password: string) => void;
  forgetSignIn: () => void;
}

export interface ExportRequest {
  format: 'markdown' | 'json';
  to: 'clipboard' | 'file';
  includeScorerErrors: boolean;
}

export const PanelActionsContext = createContext<PanelActions | null>(null);

export function usePanelActions(): PanelActions {
  const actions = useContext(PanelActionsContext);
  if (!actions) throw new Error('Session Lens components need a PanelActionsContext provider');
  return actions;
}
