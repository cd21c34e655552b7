import { describe, expect, test } from 'vitest';
import { centredScrollTop, offsetsOf, rowAt, rowWindow } from '../../lib/panel/virtual-window';

const heights = [100, 50, 200, 100, 100];
const heightOf = (index: number) => heights[index]!;

describe('virtual window', () => {
  test('offsets are the running sum of heights, ending with the total', () => {
    expect([...offsetsOf(5, heightOf)]).toEqual([0, 100, 150, 350, 450, 550]);
  });

  test('the row at a position is the one whose bottom is below it', () => {
    const offsets = offsetsOf(5, heightOf);
    expect([0, 99, 100, 149, 150, 349, 350, 549, 10_000].map((position) => rowAt(offsets, position))).toEqual([0, 0, 1, 1, 2, 2, 3, 4, 4]);
  });

  test('rows in the viewport plus the overscan on each side, clamped to the list', () => {
    expect(rowWindow({ offsets: offsetsOf(5, heightOf), scrollTop: 120, viewportHeight: 100, overscan: 0 })).toMatchObject({
      start: 1,
      end: 3,
    });
    expect(rowWindow({ offsets: offsetsOf(5, heightOf), scrollTop: 120, viewportHeight: 100, overscan: 1 })).toMatchObject({
      start: 0,
      end: 4,
    });
    expect(rowWindow({ offsets: offsetsOf(5, heightOf), scrollTop: -50, viewportHeight: 80, overscan: 0 })).toMatchObject({
      start: 0,
      end: 1,
    });
    expect(rowWindow({ offsets: offsetsOf(0, heightOf), scrollTop: 0, viewportHeight: 80, overscan: 2 })).toMatchObject({
      start: 0,
      end: 0,
    });
  });

  test('a long list renders a number of rows bounded by the viewport, not by its length', () => {
    const { start, end } = rowWindow({ offsets: offsetsOf(5000, () => 190), scrollTop: 400_000, viewportHeight: 900, overscan: 4 });
    expect(end - start).toBeLessThanOrEqual(14);
    expect(start).toBe(Math.floor(400_000 / 190) - 4);
  });

  test('centring a row puts its middle in the middle of the viewport; a row taller than it starts at its top', () => {
    const offsets = offsetsOf(5, heightOf);
    expect(centredScrollTop(offsets, 3, 300)).toBe(350 + 50 - 150);
    expect(centredScrollTop(offsets, 2, 100)).toBe(150);
    expect(centredScrollTop(offsets, 0, 400)).toBe(0);
  });

  test('with a pinned box covering the top, the row is centred in what is left, never under the box', () => {
    const offsets = offsetsOf(5, heightOf);
    // Viewport 300, box 100: the row's middle (400) goes to 100 + 200 / 2 = 200 below the scroll top.
    expect(centredScrollTop(offsets, 3, 300, 100)).toBe(400 - 200);
    // A 200-high row in the 200 left below the box starts right under it.
    expect(centredScrollTop(offsets, 2, 300, 100)).toBe(150 - 100);
  });
});
