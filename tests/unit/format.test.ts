import { describe, expect, test } from 'vitest';
import { formatDuration } from '../../lib/panel/format';

describe('formatDuration', () => {
  test.each([
    [null, '—'],
    [347, '347 ms'],
    [1_532, '1.53 s'],
    [9_994, '9.99 s'],
    [9_996, '10.0 s'],
    [59_499, '59.5 s'],
    [59_600, '1 min'],
    [839_880, '14 min'],
    [839_400, '13 min 59 s'],
    [3_599_600, '1 h 0 min'],
    [5_400_000, '1 h 30 min'],
  ])('%s ms reads "%s": never 60 s or 60 min', (ms, text) => {
    expect(formatDuration(ms)).toBe(text);
  });
});
