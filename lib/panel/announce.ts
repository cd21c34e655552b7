// What the panel tells screen-reader users when its state changes (a polite live region): the session
// loaded, the root cause found, a write done or undone, a failure. Said once per change, never repeated.
import { confirmationOf } from '../analysis/confirmation';
import { plural } from '../text';
import type { PanelState, ReadyState } from './controller';

function confirmations(state: ReadyState): number {
  return state.session.turns.filter((turn) => confirmationOf(state.session, turn.traceId)).length + Object.keys(state.written).length;
}

/** What changed from `before` to `now`, in words; empty when nothing worth saying did. */
export function announcement(before: PanelState | null, now: PanelState): string {
  if (now.kind === 'error') return before?.kind === 'error' ? '' : `The session could not be read: ${now.error.message}`;
  if (now.kind !== 'ready') return '';
  const was = before?.kind === 'ready' ? before : null;
  const said: string[] = [];
  const open = now.session.turns.find((turn) => turn.traceId === now.openTraceId);
  if (!was || was.session.sessionId !== now.session.sessionId) {
    said.push(`Session of ${plural(now.session.turns.length, 'turn')} loaded${open ? `; turn ${open.index} is open` : ''}.`);
  } else if (was.openTraceId !== now.openTraceId && open) {
    said.push(`Turn ${open.index} of ${now.session.turns.length} is open.`);
  }
  if (now.analysis.kind === 'ready' && was?.analysis.kind !== 'ready') {
    const { target, candidates } = now.analysis.analysis.rootCause;
    const [best] = candidates;
    said.push(
      target && best
        ? `Root cause of turn ${target.index}: ${best.index === target.index ? 'the turn itself' : `turn ${best.index}`}.`
        : 'No turn failed.',
    );
  }
  if (was && was.write.kind === 'writing' && now.write.kind === 'idle') {
    said.push(confirmations(now) >= confirmations(was) ? 'Written to MLflow.' : 'Removed from MLflow.');
  }
  return said.join(' ');
}
