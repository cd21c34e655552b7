import { describe, expect, test } from 'vitest';
import { documentVersion, supersedes } from '../../lib/analysis/document-versions';

describe('a newer version of a retrieved document, from the ids', () => {
  test.each([
    ['fees-2026', 'fees-2019'],
    ['kestrel-university/doctoral-regulations-2025/s7', 'kestrel-university/doctoral-regulations-2019/s7'],
    ['docs/plans@2026-01', 'docs/plans@2023-09'],
    ['kerbside-guide/sorting@2026-04', 'kerbside-guide/sorting@2023'],
    ['plan2/thresholds-2026-27', 'plan2/thresholds-2024-25'],
    ['acmepay-docs-v3/auth', 'acmepay-docs-v1/auth'],
    ['p2-manual/fw4/z-offset', 'p2-manual/fw3/z-offset'],
    ['lift-plans/LP-07-cladding@revD', 'lift-plans/LP-07-cladding@revB'],
    ['ingress-relay-chart/5.x/values', 'ingress-relay-chart/4.x/values'],
    ['waterways-handbook/visitor-moorings-rev4', 'waterways-handbook/visitor-moorings'],
    ['lettings-code/holding-deposits-rev-2026', 'lettings-code/holding-deposits-2021'],
    ['wrenfield-waste/garden-waste-subscription-2026', 'wrenfield-waste/garden-waste-2024'],
  ])('%s supersedes %s, and not the other way round', (newer, older) => {
    expect(supersedes(newer, older)).toBe(true);
    expect(supersedes(older, newer)).toBe(false);
  });

  test.each([
    ['TP-131', 'TP-120', 'numbered documents are not versions'],
    ['wording/pet-2026/section-2', 'wording/pet-2023/section-4', 'another section'],
    ['catalogue/2026-27/STAT210', 'catalogue/2024-25/DS305', 'another module'],
    ['fees-2026', 'fees-2026', 'the same document'],
    ['2026', '2019', 'nothing but a year'],
    ['document 2', 'document 1', 'the ids Session Lens makes up for documents without one'],
    ['garden-waste-subscription', 'garden-waste', 'a word apart, but neither dated'],
    ['" ONMOUSEOVER="__lensXss(94)" X="', '" onmouseover="__lensXss(39)" x="', 'numbers beside an x are not 4.x'],
    ['apples-vs-pears-vb', 'apples-vs-pears-va', 'a letter after v is no version'],
    ['garden-waste-bins-subscription-2026', 'garden-waste-2024', 'two words apart'],
  ])('%s does not supersede %s: %s', (newer, older) => {
    expect(supersedes(newer, older)).toBe(false);
  });

  test('the name is what is left once the version is taken out', () => {
    expect(documentVersion('ellery-lettings-code/holding-deposits-rev-2026')).toEqual({
      name: 'ellery lettings code holding deposits',
      version: [2026],
    });
    expect(documentVersion('plan2/thresholds-2024-25')).toEqual({ name: 'plan2 thresholds', version: [2024, 25] });
  });
});
