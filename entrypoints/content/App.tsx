// The one stateful container: it connects the panel controller (fed by messaging and navigation) to the
// pure SessionPanel, and keeps the panel's own UI state.
import { useEffect, useState } from 'preact/hooks';
import { SessionPanel } from '../../components/SessionPanel';
import type { PanelState } from '../../lib/panel-state';

export interface AppProps {
  state: PanelState;
  host: string;
  onSelectTurn: (traceId: string) => void;
  onLoadTurnDetail: (traceId: string) => void;
  onRefresh: () => void;
  onEnableHost: () => void;
  onChooseAttributes: (experimentId: string) => void;
  /** Whether the panel takes room beside MLflow's drawer. */
  onDockedChange: (docked: boolean) => void;
}

export function App({ onDockedChange, ...props }: AppProps) {
  const [collapsed, setCollapsed] = useState(false);
  const [showScorerErrors, setShowScorerErrors] = useState(false);
  const docked = props.state.kind !== 'hidden' && !collapsed;
  useEffect(() => onDockedChange(docked), [docked, onDockedChange]);
  return (
    <SessionPanel
      {...props}
      collapsed={collapsed}
      showScorerErrors={showScorerErrors}
      onToggleCollapsed={() => setCollapsed(!collapsed)}
      onToggleScorerErrors={() => setShowScorerErrors(!showScorerErrors)}
    />
  );
}
