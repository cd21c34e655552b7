// The panel's keyboard shortcuts, in one table: the content script listens for them, the panel's help lists
// them. Alt+Shift with an arrow or a letter: MLflow 3.17 binds no global keys, Chrome none of these.
import type { PanelState } from './controller';

export type ShortcutAction = 'previous' | 'next' | 'root-cause' | 'focus-panel';

export interface Shortcut {
  /** `KeyboardEvent.code`, so the keys work on every keyboard layout. */
  code: string;
  keys: string;
  label: string;
  action: ShortcutAction;
}

export const SHORTCUTS: readonly Shortcut[] = [
  { code: 'ArrowUp', keys: 'Alt+Shift+↑', label: 'previous turn', action: 'previous' },
  { code: 'ArrowDown', keys: 'Alt+Shift+↓', label: 'next turn', action: 'next' },
  { code: 'KeyR', keys: 'Alt+Shift+R', label: 'go to the root-cause turn', action: 'root-cause' },
  // MLflow's trace drawer traps Tab: without this key, keyboard users could not reach the panel beside it.
  { code: 'KeyL', keys: 'Alt+Shift+L', label: 'move focus into the panel, and back (Escape also goes back)', action: 'focus-panel' },
];

/** Keys of the panel's own controls, listed in its help beside the shortcuts (each control handles its own). */
export const CONTROL_KEYS: readonly { keys: string; label: string }[] = [
  { keys: 'Enter, Shift+Enter', label: 'in the search box: next, previous match (Escape clears it)' },
  { keys: '← →, ↑ ↓', label: 'on the judgement strip: turns, judges (Page Up/Down: a tenth of the turns; Enter opens the turn)' },
];

type KeyPress = Pick<KeyboardEvent, 'code' | 'altKey' | 'shiftKey' | 'ctrlKey' | 'metaKey'>;

/** The shortcut a key press means, if any. */
export function shortcutOf(event: KeyPress): ShortcutAction | null {
  if (!event.altKey || !event.shiftKey || event.ctrlKey || event.metaKey) return null;
  return SHORTCUTS.find((shortcut) => shortcut.code === event.code)?.action ?? null;
}

/** The turn a keyboard shortcut goes to, or null when there is none (first turn, no candidate...). */
export function turnForShortcut(state: PanelState, action: ShortcutAction): string | null {
  if (state.kind !== 'ready' || action === 'focus-panel') return null;
  const { turns } = state.session;
  const open = turns.findIndex((turn) => turn.traceId === state.openTraceId);
  if (action === 'root-cause') {
    return state.analysis.kind === 'ready' ? (state.analysis.analysis.rootCause.candidates[0]?.traceId ?? null) : null;
  }
  const next = action === 'next' ? open + 1 : open - 1;
  return turns[next]?.traceId ?? null;
}
