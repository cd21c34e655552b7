import { useEffect, useRef } from 'preact/hooks';
import type { SessionPreview } from '../lib/model';
import { searchKey } from '../lib/panel/search';
import { plural } from '../lib/text';
import { TurnTextBlock } from './TurnItem';

/** Where a previewed turn sits from the open one: their numbers are known only once the earlier turns are counted. */
function placeOf(offset: number): string {
  if (offset === 0) return 'This turn';
  return offset < 0 ? `${plural(-offset, 'turn')} before` : `${plural(offset, 'turn')} after`;
}

/** The turns around the open one, shown while the rest of a long session is read (text only: the rest comes with the session). */
export function SessionPreviewList({ preview }: { preview: SessionPreview }) {
  const open = useRef<HTMLLIElement>(null);
  const openAt = preview.turns.findIndex((turn) => turn.traceId === preview.openTraceId);
  useEffect(() => open.current?.scrollIntoView({ block: 'start' }), []);
  return (
    <ol class="turns" data-testid="turn-preview" aria-label="The turns around the open one">
      {preview.turns.map((turn, at) => (
        <li
          key={turn.traceId}
          ref={at === openAt ? open : undefined}
          class={`turn${at === openAt ? ' open' : ''}`}
          data-testid="preview-turn"
          data-index={at}
          aria-current={at === openAt ? 'true' : undefined}
        >
          <p class="turn-header">
            <span class="turn-number">{placeOf(at - openAt)}</span>
          </p>
          <TurnTextBlock role="user" label="User" text={turn.input} testId="turn-input" hitKey={searchKey(turn.traceId, 'input')} />
          <TurnTextBlock
            role="assistant"
            label="Assistant"
            text={turn.output}
            testId="turn-output"
            hitKey={searchKey(turn.traceId, 'output')}
          />
        </li>
      ))}
    </ol>
  );
}
