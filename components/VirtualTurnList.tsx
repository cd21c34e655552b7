// A long session's turns, of which only those near the viewport are in the DOM: the panel's DOM and its
// cost while scrolling stay bounded by what is visible, not by the number of turns.
import { elementScroll, measureElement, observeElementOffset, observeElementRect, Virtualizer } from '@tanstack/virtual-core';
import type { ComponentChildren } from 'preact';
import { useLayoutEffect, useReducer, useRef, useState } from 'preact/hooks';

interface VirtualTurnListProps {
  count: number;
  /** Index of the turn to bring into view when it changes (the turn open in MLflow). */
  focusIndex: number;
  renderItem: (index: number) => ComponentChildren;
  keyOf: (index: number) => string;
}

/** A turn card with short texts and a couple of assessments; real heights are measured as they render. */
const ESTIMATED_TURN_HEIGHT = 190;

export function VirtualTurnList({ count, focusIndex, renderItem, keyOf }: VirtualTurnListProps) {
  const list = useRef<HTMLOListElement>(null);
  const [, rerender] = useReducer((tick: number) => tick + 1, 0);
  const [virtualizer] = useState(
    () =>
      new Virtualizer<HTMLElement, HTMLElement>({
        count,
        getScrollElement: () => list.current?.closest<HTMLElement>('.panel-body') ?? null,
        estimateSize: () => ESTIMATED_TURN_HEIGHT,
        overscan: 4,
        indexAttribute: 'data-virtual-index',
        scrollToFn: elementScroll,
        observeElementRect,
        observeElementOffset,
        measureElement,
        onChange: () => rerender(undefined),
      }),
  );
  virtualizer.setOptions({
    ...virtualizer.options,
    count,
    getItemKey: keyOf,
    // Content above the list (summary, root cause) scrolls with it.
    scrollMargin: list.current?.offsetTop ?? 0,
  });
  useLayoutEffect(() => virtualizer._didMount(), [virtualizer]);
  useLayoutEffect(() => virtualizer._willUpdate());
  useLayoutEffect(() => {
    if (focusIndex >= 0) virtualizer.scrollToIndex(focusIndex, { align: 'center' });
  }, [virtualizer, focusIndex]);

  const scrollMargin = virtualizer.options.scrollMargin;
  return (
    <ol class="turns virtual" aria-label="Turns" data-testid="turn-list" data-turn-count={count} ref={list} style={{ height: `${virtualizer.getTotalSize()}px` }}>
      {virtualizer.getVirtualItems().map((item) => (
        <div
          key={item.key}
          class="virtual-row"
          role="presentation"
          data-virtual-index={item.index}
          ref={(element) => {
            if (element) virtualizer.measureElement(element);
          }}
          style={{ transform: `translateY(${item.start - scrollMargin}px)` }}
        >
          {renderItem(item.index)}
        </div>
      ))}
    </ol>
  );
}
