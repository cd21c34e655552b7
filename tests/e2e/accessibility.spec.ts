// Keyboard and screen-reader users, on MLflow's real UI: axe over the panel's states, the options page and the
// popup (0 violations of any impact), and the panel reached and worked by keyboard alone while MLflow's
// drawer, a modal with a focus trap, is open.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { PANEL_HOST_TAG } from '../../entrypoints/content/host-page';
import { expect, test } from './fixtures';
import { readManifest } from './rig';

const { base, rootcause } = readManifest();

/**
 * axe's violations in the panel. axe builds its picture of the page from <body>, and the panel's host hangs off
 * <html> (outside what MLflow's modal hides), so contrast would go unchecked ("needs review"): for the
 * measurement only, the host moves into <body>, in a viewport tall enough that nothing in it scrolls.
 */
async function panelViolations(page: Page) {
  await page.setViewportSize({ width: 1600, height: 3200 });
  await page.evaluate((tag) => document.body.appendChild(document.querySelector(tag)!), PANEL_HOST_TAG);
  try {
    const result = await new AxeBuilder({ page }).include(PANEL_HOST_TAG).analyze();
    return describe(result.violations);
  } finally {
    await page.evaluate((tag) => document.documentElement.appendChild(document.querySelector(tag)!), PANEL_HOST_TAG);
  }
}

async function pageViolations(page: Page) {
  return describe((await new AxeBuilder({ page }).analyze()).violations);
}

function describe(violations: { id: string; impact?: string | null; nodes: { target: unknown }[] }[]) {
  return violations.map(
    (violation) => `${violation.impact} ${violation.id}: ${violation.nodes.map((node) => JSON.stringify(node.target)).join(', ')}`,
  );
}

/** Contrast ratio of an element's border colour against its background (WCAG relative luminance). */
function borderContrast(element: Element): number {
  const luminance = (colour: string) => {
    const [red, green, blue] = colour
      .match(/\d+(\.\d+)?/g)!
      .slice(0, 3)
      .map((channel) => {
        const value = Number(channel) / 255;
        return value <= 0.03928 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
      }) as [number, number, number];
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue;
  };
  const style = getComputedStyle(element);
  const [lighter, darker] = [luminance(style.borderTopColor), luminance(style.backgroundColor)].sort((a, b) => b - a) as [number, number];
  return (lighter + 0.05) / (darker + 0.05);
}

/** The element with focus, inside shadow roots too, as "tag.class text". */
function focused(page: Page) {
  return page.evaluate(() => {
    let active: Element | null = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    return {
      inPanel: active?.getRootNode() instanceof ShadowRoot,
      inDrawer: active?.closest('[role="dialog"]') !== null && active?.closest('[role="dialog"]') !== undefined,
      label: `${active?.tagName.toLowerCase()} ${(active?.getAttribute('aria-label') ?? active?.textContent ?? '').trim().slice(0, 60)}`,
    };
  });
}

test('axe: the panel listed, with the root cause open, a turn inspected, the help open; light and dark', async ({
  mlflow,
  lens,
  page,
  context,
}) => {
  // Eight axe runs over MLflow's whole page: about 45 s on a quiet machine, past 60 s on a loaded one.
  test.setTimeout(120_000);
  await mlflow.openTrace(base.experimentId, base.sessions.A.turns[3]!.traceId);
  await expect(lens.root.locator('[data-testid="root-cause"]')).toHaveAttribute('data-state', 'ready');
  expect(await panelViolations(page), 'listed').toEqual([]);

  await mlflow.openTrace(rootcause.experimentId, rootcause.refundWindow.turns[4]!.traceId);
  const box = lens.root.locator('[data-testid="root-cause"]');
  await expect(box).toHaveAttribute('data-state', 'ready');
  await box.locator('[data-testid="confirm-root-cause"]').first().click();
  await lens.turn(3).locator('[data-testid="inspect-turn"]').click();
  await expect(lens.turn(3).locator('[data-testid="turn-inspector"]')).toBeVisible();
  await lens.root.locator('[data-testid="help-toggle"]').click();
  await expect(lens.root.locator('[data-testid="keyboard-help"]')).toBeVisible();
  expect(await panelViolations(page), 'root cause, confirm form, inspector and help open').toEqual([]);
  // axe does not check what outlines a control (WCAG 1.4.11): the rationale field's border, at least 3:1.
  expect(await box.locator('.confirm-form input').evaluate(borderContrast)).toBeGreaterThanOrEqual(3);

  await context.addInitScript(() => localStorage.setItem('_mlflow_dark_mode_toggle_enabled', 'true'));
  await page.goto('about:blank');
  await mlflow.openTrace(base.experimentId, base.sessions.A.turns[3]!.traceId);
  await expect(page.locator('body.dark-mode')).toHaveCount(1);
  await expect(lens.root.locator('[data-testid="root-cause"]')).toHaveAttribute('data-state', 'ready');
  await lens.turn(4).locator('[data-testid="inspect-turn"]').click();
  expect(await panelViolations(page), 'dark').toEqual([]);
  await mlflow.openTrace(rootcause.experimentId, rootcause.refundWindow.turns[4]!.traceId);
  await box.locator('[data-testid="confirm-root-cause"]').first().click();
  expect(await box.locator('.confirm-form input').evaluate(borderContrast), 'dark').toBeGreaterThanOrEqual(3);
});

test('axe: the options page, empty and filled in, and the popup', async ({ context, extension }) => {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extension.extensionId}/options.html`);
  await expect(options.locator('#polarity-name')).toBeVisible();
  expect(await pageViolations(options), 'options, empty').toEqual([]);
  await options.locator('#polarity-name').fill('tone_ok');
  await options.locator('#dimension-value').selectOption('style');
  await options.locator('[data-testid="polarity-form"]').getByRole('button', { name: 'Add' }).click();
  await expect(options.locator('[data-testid="polarity-list"]')).toContainText('tone_ok');
  await options.locator('details:has([data-testid="built-in-judges"]) summary').click();
  expect(await pageViolations(options), 'options, filled in').toEqual([]);

  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extension.extensionId}/popup.html`);
  await expect(popup.locator('body')).toContainText('Session Lens');
  expect(await pageViolations(popup), 'popup').toEqual([]);
});

test('keyboard only, with MLflow drawer open: Alt+Shift+L into the panel, every control reached and in view, Escape back', async ({
  mlflow,
  lens,
  page,
}) => {
  await page.setViewportSize({ width: 1600, height: 900 });
  await mlflow.openTrace(rootcause.experimentId, rootcause.refundWindow.turns[4]!.traceId);
  const box = lens.root.locator('[data-testid="root-cause"]');
  await expect(box).toHaveAttribute('data-state', 'ready');
  // Where MLflow's focus trap keeps the keyboard: inside its drawer.
  await page.keyboard.press('Tab');
  await expect.poll(async () => (await focused(page)).inDrawer).toBe(true);
  const inDrawer = (await focused(page)).label;

  await page.keyboard.press('Alt+Shift+L');
  await expect.poll(async () => (await focused(page)).label).toMatch(/^button Turn 5/);

  // Tab through the panel: every control it shows, each fully visible below the pinned box, with a focus ring.
  const controls = await lens.root.evaluate((panel) => {
    // A radio group is one tab stop (its arrow keys move within it).
    const radioGroups = new Set<string>();
    return [...panel.querySelectorAll<HTMLElement>('button, summary, input, a[href], [tabindex="0"]')].filter((element) => {
      if (element.offsetParent === null || element.closest('details:not([open]) > :not(summary)')) return false;
      if (!(element instanceof HTMLInputElement) || element.type !== 'radio') return true;
      if (radioGroups.has(element.name)) return false;
      radioGroups.add(element.name);
      return true;
    }).length;
  });
  // Forward from the top of the panel (its heading, not a tab stop), then backward from its last control: the
  // pinned box used to hide controls that Shift+Tab scrolled to the top.
  for (const key of ['Tab', 'Shift+Tab']) {
    if (key === 'Tab') await lens.root.locator('.panel-title').focus();
    else await lens.root.locator('button, summary').last().focus();
    if (key === 'Tab') await page.keyboard.press(key);
    const visited = new Set<string>();
    for (let press = 0; press < controls + 5 && visited.size < controls; press++) {
      const state = await lens.root.evaluate((panel) => {
        const active = panel.getRootNode() instanceof ShadowRoot ? (panel.getRootNode() as ShadowRoot).activeElement : null;
        if (!(active instanceof HTMLElement)) return null;
        const rect = active.getBoundingClientRect();
        const pinned = panel.querySelector('.root-cause')!.getBoundingClientRect();
        const body = panel.querySelector('.panel-body')!.getBoundingClientRect();
        const insidePinned = active.closest('.root-cause') !== null;
        return {
          key: `${active.tagName} ${active.textContent?.trim().slice(0, 40)} ${[...panel.querySelectorAll('*')].indexOf(active)}`,
          // Overlapping the pinned box (a control of the box itself aside).
          hidden: !insidePinned && rect.top < pinned.bottom - 1 && rect.bottom > pinned.top + 1,
          outOfView: rect.bottom > body.bottom + 1 && rect.height < body.height,
          ring: getComputedStyle(active).outlineStyle,
          // Inside a card that clips what overflows it, a ring drawn past the card's edge is cut off.
          clipped: (() => {
            const card = active.parentElement?.closest('.turn');
            if (!card) return false;
            const style = getComputedStyle(active);
            const reach = Number.parseFloat(style.outlineOffset) + Number.parseFloat(style.outlineWidth);
            const edge = card.getBoundingClientRect();
            return rect.left - reach < edge.left || rect.right + reach > edge.right || rect.top - reach < edge.top;
          })(),
        };
      });
      expect(state, `${key}: focus stays in the panel`).not.toBeNull();
      expect(state!.hidden, `${key}: ${state!.key} under the pinned box`).toBe(false);
      expect(state!.outOfView, `${key}: ${state!.key} below the panel`).toBe(false);
      expect(state!.ring, `${key}: ${state!.key} focus ring`).not.toBe('none');
      expect(state!.clipped, `${key}: ${state!.key} focus ring clipped by its card`).toBe(false);
      visited.add(state!.key);
      await page.keyboard.press(key);
    }
    expect(visited.size, key).toBe(controls);
  }

  // Operate controls by keyboard: confirm form opens with its field focused, Cancel gives focus back to Confirm.
  await lens.root.locator('[data-testid="confirm-root-cause"]').first().focus();
  await page.keyboard.press('Enter');
  await expect.poll(async () => (await focused(page)).label).toBe('input ');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect.poll(async () => (await focused(page)).label).toBe('button Cancel');
  await page.keyboard.press('Enter');
  await expect.poll(async () => (await focused(page)).label).toBe('button Confirm root cause…');
  // Inspect a turn, then open the help.
  await lens.turn(3).locator('[data-testid="inspect-turn"]').focus();
  await page.keyboard.press('Enter');
  await expect(lens.turn(3).locator('[data-testid="inspect-turn"]')).toHaveAttribute('aria-expanded', 'true');
  await expect(lens.turn(3).locator('[data-testid="turn-inspector"]')).toBeVisible();
  await lens.root.locator('[data-testid="help-toggle"]').focus();
  await page.keyboard.press('Enter');
  await expect(lens.root.locator('[data-testid="keyboard-help"]')).toContainText('Alt+Shift+Lmove focus into the panel');

  // Refresh keeps focus while it refreshes; Hide and Show hand it to each other.
  await lens.root.getByRole('button', { name: 'Refresh' }).focus();
  await page.keyboard.press('Enter');
  await expect(lens.root).toHaveAttribute('data-state', 'ready');
  await expect.poll(async () => (await focused(page)).label).toBe('button Refresh');
  await lens.root.getByRole('button', { name: 'Hide the panel' }).focus();
  await page.keyboard.press('Enter');
  await expect.poll(async () => (await focused(page)).label).toBe('button Show Session Lens');
  await page.keyboard.press('Enter');
  await expect.poll(async () => (await focused(page)).label).toBe('button Hide the panel');

  // Escape: back where the keyboard was, MLflow's drawer still open.
  await page.keyboard.press('Escape');
  await expect.poll(async () => (await focused(page)).label).toBe(inDrawer);
  await expect(mlflow.drawer).toBeVisible();
  // And the same key again goes in and out.
  await page.keyboard.press('Alt+Shift+L');
  await expect.poll(async () => (await focused(page)).inPanel).toBe(true);
  await page.keyboard.press('Alt+Shift+L');
  await expect.poll(async () => (await focused(page)).label).toBe(inDrawer);
  // The live region said what happened.
  await expect(lens.root.locator('[data-testid="announcer"]')).toHaveText(/Root cause of turn 5: turn 3\./);
});
