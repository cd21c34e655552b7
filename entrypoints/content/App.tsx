// The one stateful container: it connects the panel controller (fed by messaging and navigation) to the
// pure SessionPanel, and keeps the panel's own UI state.
import { useEffect, useState } from 'preact/hooks';
import { SessionPanel } from '../../components/SessionPanel';
import type { PanelController, PanelState } from '../../lib/panel/controller';

export interface AppProps {
  state: PanelState;
  host: string;
  controller: PanelController;
  /** Opens a turn in MLflow's own UI. */
  openTurn: (traceId: string) => void;
  onEnableHost: () => void;
  onChooseAttributes: (experimentId: string) => void;
  /** Whether the panel takes room beside MLflow's drawer. */
  onDockedChange: (docked: boolean) => void;
}

export function App({ state, host, controller, openTurn, onEnableHost, onChooseAttributes, onDockedChange }: AppProps) {
  const [collapsed, setCollapsed] = useState(false);
  const [showScorerErrors, setShowScorerErrors] = useState(false);
  const docked = state.kind !== 'hidden' && !collapsed;
  useEffect(() => onDockedChange(docked), [docked, onDockedChange]);
  return (
    <SessionPanel
      state={state}
      host={host}
      collapsed={collapsed}
      showScorerErrors={showScorerErrors}
      onToggleCollapsed={() => setCollapsed(!collapsed)}
      onToggleScorerErrors={() => setShowScorerErrors(!showScorerErrors)}
      onSelectTurn={openTurn}
      onLoadTurnDetail={(traceId) => controller.loadTurnDetail(traceId)}
      onRefresh={() => controller.refresh()}
      onEnableHost={onEnableHost}
      onChooseAttributes={onChooseAttributes}
      onConfirmRootCause={(traceId, rationale, explains) => controller.confirmRootCause(traceId, rationale, explains)}
      onUndoRootCause={(traceId, assessmentId) => controller.undoRootCause(traceId, assessmentId)}
      onAnalyseEveryTurn={() => controller.analyseEveryTurn()}
    />
  );
}
