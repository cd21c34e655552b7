// Which rows of a long list to render: those in or near the viewport, placed by their measured heights
// (an estimate until a row has been measured). Pure arithmetic, tested in Node; components/VirtualTurnList
// feeds it scroll positions and measurements.

export interface WindowInput {
  /** The rows' offsets (`offsetsOf`), worked out again only when a row's height or the rows change. */
  offsets: Float64Array;
  /** Scroll position relative to the top of the list, and the viewport's height. */
  scrollTop: number;
  viewportHeight: number;
  /** Rows rendered beyond each edge of the viewport, so fast scrolling shows no gaps. */
  overscan: number;
}

export interface RowWindow {
  /** Offset of each row's top from the list's top, plus the list's total height at the end. */
  offsets: Float64Array;
  start: number;
  /** One past the last row to render. */
  end: number;
}

/** `heightOf(index)`: the row's height, measured if known, else an estimate. */
export function offsetsOf(count: number, heightOf: (index: number) => number): Float64Array {
  const offsets = new Float64Array(count + 1);
  for (let index = 0; index < count; index++) offsets[index + 1] = offsets[index]! + heightOf(index);
  return offsets;
}

/** The first row whose bottom is below `position` (binary search over the offsets). */
export function rowAt(offsets: Float64Array, position: number): number {
  let low = 0;
  let high = offsets.length - 2;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (offsets[middle + 1]! <= position) low = middle + 1;
    else high = middle;
  }
  return Math.max(0, low);
}

export function rowWindow({ offsets, scrollTop, viewportHeight, overscan }: WindowInput): RowWindow {
  const count = offsets.length - 1;
  if (count === 0) return { offsets, start: 0, end: 0 };
  const first = rowAt(offsets, Math.max(0, scrollTop));
  const last = rowAt(offsets, Math.max(0, scrollTop + viewportHeight));
  return { offsets, start: Math.max(0, first - overscan), end: Math.min(count, last + 1 + overscan) };
}

/** The scroll position (relative to the list's top) that centres row `index` in the viewport. */
export function centredScrollTop(offsets: Float64Array, index: number, viewportHeight: number, coveredTop = 0): number {
  const top = offsets[index] ?? 0;
  const height = (offsets[index + 1] ?? top) - top;
  // Centred in what the pinned box at the top leaves visible; a row taller than that starts just below the box.
  const visible = viewportHeight - coveredTop;
  return Math.max(0, height >= visible ? top - coveredTop : top + height / 2 - coveredTop - visible / 2);
}
