// Labeling by keyboard: one label of the turns, chosen in the panel; number keys pick its value on the open
// turn, Enter saves it, J and K move to the next and previous turn, N to the next turn the reviewer has not
// labeled yet. Pure rules over the panel's state: the content script listens for the keys.
import { labelChoices, ownLabel } from '../labels';
import type { LabelDefinition, Session } from '../model';
import type { PanelState } from './controller';

export type LabelingAction = { kind: 'pick'; value: string } | { kind: 'save' } | { kind: 'open'; traceId: string };

type KeyPress = Pick<KeyboardEvent, 'key' | 'altKey' | 'ctrlKey' | 'metaKey'>;

/** The turn labels that offer values to pick by number. */
export function keyboardLabels(session: Pick<Session, 'labelSet'>): LabelDefinition[] {
  return session.labelSet.filter((label) => label.scope === 'turn' && labelChoices(label.kind) !== null);
}

/** How many turns carry the reviewer's own label of this name. */
export function labelingProgress(session: Session, name: string): { labeled: number; turns: number } {
  const labeled = session.turns.filter((turn) => ownLabel(turn.assessments, name, session.reviewer)).length;
  return { labeled, turns: session.turns.length };
}

/** What a key press does in labeling mode, or null when it is not a labeling key (or the mode is off). */
export function labelingAction(state: PanelState, event: KeyPress): LabelingAction | null {
  if (state.kind !== 'ready' || state.labeling === null || event.altKey || event.ctrlKey || event.metaKey) return null;
  const { session, openTraceId } = state;
  const label = keyboardLabels(session).find((candidate) => candidate.name === state.labeling);
  const open = session.turns.findIndex((turn) => turn.traceId === openTraceId);
  if (!label || open < 0) return null;
  const choices = labelChoices(label.kind) ?? [];
  const key = event.key.toLowerCase();
  if (/^[1-9]$/.test(key)) {
    const value = choices[Number(key) - 1];
    return value === undefined ? null : { kind: 'pick', value };
  }
  if (key === 'enter') return { kind: 'save' };
  const go = (index: number) => {
    const traceId = session.turns[index]?.traceId;
    return traceId ? { kind: 'open' as const, traceId } : null;
  };
  if (key === 'j') return go(open + 1);
  if (key === 'k') return go(open - 1);
  if (key === 'n') {
    const later = [...session.turns.slice(open + 1), ...session.turns.slice(0, open)];
    const next = later.find((turn) => !ownLabel(turn.assessments, label.name, session.reviewer));
    return next ? { kind: 'open', traceId: next.traceId } : null;
  }
  return null;
}
