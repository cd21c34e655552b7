// The one stateful container: it hands the panel its actions (from the controller and the host page) and
// keeps the panel's own UI state.
import { useEffect, useState } from 'preact/hooks';
import { PanelActionsContext, type PanelActions } from '../../components/panel-actions';
import { SessionPanel } from '../../components/SessionPanel';
import type { PanelState } from '../../lib/panel/controller';

export interface AppProps {
  state: PanelState;
  host: string;
  actions: PanelActions;
  /** Whether the panel takes room beside MLflow's drawer. */
  onDockedChange: (docked: boolean) => void;
}

export function App({ state, host, actions, onDockedChange }: AppProps) {
  const [collapsed, setCollapsed] = useState(false);
  const [showScorerErrors, setShowScorerErrors] = useState(false);
  const docked = state.kind !== 'hidden' && !collapsed;
  useEffect(() => onDockedChange(docked), [docked, onDockedChange]);
  return (
    <PanelActionsContext.Provider value={actions}>
      <SessionPanel
        state={state}
        host={host}
        collapsed={collapsed}
        showScorerErrors={showScorerErrors}
        onToggleCollapsed={() => setCollapsed(!collapsed)}
        onToggleScorerErrors={() => setShowScorerErrors(!showScorerErrors)}
      />
    </PanelActionsContext.Provider>
  );
}
