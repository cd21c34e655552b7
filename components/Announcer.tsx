import { useEffect, useRef, useState } from 'preact/hooks';
import { announcement } from '../lib/panel/announce';
import type { PanelState } from '../lib/panel/controller';

/** A polite live region: screen readers say what changed (loaded, found, written, failed) without moving focus. */
export function Announcer({ state }: { state: PanelState }) {
  const previous = useRef<PanelState | null>(null);
  const [message, setMessage] = useState('');
  useEffect(() => {
    const said = announcement(previous.current, state);
    previous.current = state;
    if (said) setMessage(said);
  }, [state]);
  return (
    <p class="visually-hidden" role="status" aria-live="polite" data-testid="announcer">
      {message}
    </p>
  );
}
