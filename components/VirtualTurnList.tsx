// A long session's turns, of which only those near the viewport are in the DOM: the panel's DOM and its
// cost while scrolling stay bounded by what is visible, not by the number of turns. Rows are measured as
// they render (a ResizeObserver), and the arithmetic lives in lib/virtual-window.ts.
import { Component, type ComponentChildren } from 'preact';
import { useEffect, useLayoutEffect, useMemo, useReducer, useRef } from 'preact/hooks';
import { centredScrollTop, offsetsOf, rowWindow } from '../lib/panel/virtual-window';
import './VirtualTurnList.css';

interface VirtualTurnListProps {
  count: number;
  /** Index of the turn to bring into view when it changes (the turn open in MLflow). */
  focusIndex: number;
  renderItem: (index: number) => ComponentChildren;
  keyOf: (index: number) => string;
}

/** A turn card with short texts and a couple of assessments; real heights replace it once measured. */
const ESTIMATED_TURN_HEIGHT = 190;
const OVERSCAN = 4;

export function VirtualTurnList({ count, focusIndex, renderItem, keyOf }: VirtualTurnListProps) {
  const list = useRef<HTMLOListElement>(null);
  const heights = useRef(new Map<string, number>());
  const measured = useRef<{ count: number; keyOf: VirtualTurnListProps['keyOf']; offsets: Float64Array } | null>(null);
  const [, rerender] = useReducer((tick: number) => tick + 1, 0);
  const scrollElement = () => list.current?.closest<HTMLElement>('.panel-body') ?? null;

  // Re-render on scroll and on resize of the viewport; measured rows report their own height.
  useEffect(() => {
    const element = scrollElement();
    if (!element) return;
    let scheduled = false;
    const onScroll = () => {
      if (scheduled) return;
      scheduled = true;
      requestAnimationFrame(() => {
        scheduled = false;
        rerender(undefined);
      });
    };
    element.addEventListener('scroll', onScroll, { passive: true });
    const resize = new ResizeObserver(onScroll);
    resize.observe(element);
    return () => {
      element.removeEventListener('scroll', onScroll);
      resize.disconnect();
    };
  }, []);

  const rows = useMemo(
    () =>
      new ResizeObserver((entries) => {
        let changed = false;
        for (const entry of entries) {
          const key = (entry.target as HTMLElement).dataset.rowKey!;
          const height = (entry.target as HTMLElement).offsetHeight;
          if (height > 0 && heights.current.get(key) !== height) {
            heights.current.set(key, height);
            changed = true;
          }
        }
        if (!changed) return;
        measured.current = null;
        rerender(undefined);
      }),
    [],
  );
  useEffect(() => () => rows.disconnect(), [rows]);
  // Rows scrolled out of the window are unobserved, so they can be collected.
  const observed = useRef(new Map<string, Element>());

  const element = scrollElement();
  const listTop = list.current?.offsetTop ?? 0;
  // Scrolling moves the window, not the rows: their offsets are summed again only when a height or the rows change.
  if (!measured.current || measured.current.count !== count || measured.current.keyOf !== keyOf) {
    const offsets = offsetsOf(count, (index) => heights.current.get(keyOf(index)) ?? ESTIMATED_TURN_HEIGHT);
    measured.current = { count, keyOf, offsets };
  }
  const visible = rowWindow({
    offsets: measured.current.offsets,
    scrollTop: (element?.scrollTop ?? 0) - listTop,
    viewportHeight: element?.clientHeight ?? 800,
    overscan: OVERSCAN,
  });

  // Centre the open turn when it changes (twice: once estimated, once its neighbours are measured).
  useLayoutEffect(() => {
    const target = scrollElement();
    if (!target || focusIndex < 0) return;
    // The pinned root-cause box sets the scroll container's scroll-padding-top to the height it covers.
    const covered = () => Number.parseFloat(getComputedStyle(target).scrollPaddingTop) || 0;
    const centre = () => (target.scrollTop = listTop + centredScrollTop(visible.offsets, focusIndex, target.clientHeight, covered()));
    centre();
    const again = requestAnimationFrame(centre);
    return () => cancelAnimationFrame(again);
  }, [focusIndex]);

  // A re-render for a scroll changes which rows exist and where, not what a row shows: a row still in the
  // window is a row component with the same props, which Preact skips; new props (a new renderItem)
  // render every row again. (Handing Preact the same rendered element again skipped it too, but kept every
  // row ever rendered alive: 75 MB after one scroll through 5,000 turns, and longer garbage collections.)
  const items: ComponentChildren[] = [];
  for (let index = visible.start; index < visible.end; index++) {
    const key = keyOf(index);
    items.push(
      <div
        key={key}
        class="virtual-row"
        role="presentation"
        data-row-key={key}
        ref={(row) => {
          if (!row) return;
          observed.current.set(key, row);
          rows.observe(row);
        }}
        style={{ transform: `translateY(${visible.offsets[index]}px)` }}
      >
        <Row index={index} renderItem={renderItem} />
      </div>,
    );
  }
  useLayoutEffect(() => {
    for (const [key, row] of observed.current) {
      if (row.isConnected) continue;
      rows.unobserve(row);
      observed.current.delete(key);
    }
  });
  return (
    <ol
      class="turns virtual"
      aria-label="Turns"
      data-testid="turn-list"
      data-turn-count={count}
      ref={list}
      style={{ height: `${visible.offsets[count]}px` }}
    >
      {items}
    </ol>
  );
}

interface RowProps {
  index: number;
  renderItem: VirtualTurnListProps['renderItem'];
}

/** One row's content: rendered again only when its index or the list's renderItem changes. */
class Row extends Component<RowProps> {
  override shouldComponentUpdate(next: RowProps): boolean {
    return next.index !== this.props.index || next.renderItem !== this.props.renderItem;
  }

  override render() {
    return this.props.renderItem(this.props.index);
  }
}
