// The session panel on MLflow's real trace page, against a real `mlflow server` seeded by rig/seed.py.
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import type { browser as extensionBrowser } from 'wxt/browser';
import { TRACE_DRAWER_SELECTOR } from '../../entrypoints/content/host-page';
import { expect, test } from './fixtures';
import { ARTIFACTS_DIR } from './rig';

// `chrome` inside the extension's service worker, where `serviceWorker.evaluate` runs.
declare const chrome: typeof extensionBrowser;

test('opening turn 4 of session A shows all six turns in order, exactly as seeded, with turn 4 marked', async ({
  mlflow,
  lens,
  manifest,
}) => {
  const { experimentId, sessions } = manifest.base;
  const a = sessions.A;
  await mlflow.openTrace(experimentId, a.turns[3]!.traceId);

  await expect(lens.turns).toHaveCount(6);
  for (const [position, seeded] of a.turns.entries()) {
    const turn = lens.turns.nth(position);
    await expect(turn).toHaveAttribute('data-trace-id', seeded.traceId);
    await expect(turn.locator('[data-testid="turn-input"]')).toHaveText(seeded.input);
    await expect(turn.locator('[data-testid="turn-output"]')).toHaveText(seeded.output);
  }
  for (const other of sessions.B.turns) {
    await expect(lens.root.locator(`[data-trace-id="${other.traceId}"]`)).toHaveCount(0);
  }
  await expect(lens.openTurn).toHaveCount(1);
  await expect(lens.openTurn).toHaveAttribute('data-index', '4');
  await expect(lens.sessionSection.locator('[data-testid="session-id"]')).toHaveText(a.sessionId);
  await expect(lens.sessionSection.locator('[data-testid="session-user"]')).toHaveText(a.userId);
  await expect(lens.sessionSection.locator('[data-testid="turn-count"]')).toHaveText('6');
});

test('assessments: session-level once in the session section, per-turn on their turns, scorer errors hidden and counted, superseded never shown', async ({
  mlflow,
  lens,
  manifest,
}) => {
  const { experimentId, sessions, assessments } = manifest.base;
  await mlflow.openTrace(experimentId, sessions.A.turns[3]!.traceId);
  await expect(lens.turns).toHaveCount(6);

  const sessionLevel = assessments.sessionLevel;
  const sessionList = lens.root.locator('[data-testid="session-assessments"]');
  await expect(lens.root.locator(`[data-testid="assessment"][data-name="${sessionLevel.name}"]`)).toHaveCount(1);
  const sessionItem = sessionList.locator(`[data-testid="assessment"][data-name="${sessionLevel.name}"]`);
  await expect(sessionItem.locator('[data-testid="assessment-value"]')).toHaveText(sessionLevel.value);
  await expect(sessionItem.locator('[data-testid="assessment-rationale"]')).toHaveText(sessionLevel.rationale);
  await expect(lens.turn(1).locator(`[data-name="${sessionLevel.name}"]`)).toHaveCount(0);

  for (const seeded of assessments.perTurn) {
    const position = sessions.A.turns.findIndex((turn) => turn.traceId === seeded.traceId);
    const item = lens.turn(position + 1).locator(`[data-testid="assessment"][data-name="${seeded.name}"]`);
    await expect(item.locator('[data-testid="assessment-value"]')).toHaveText(seeded.value);
    await expect(item.locator('[data-testid="assessment-rationale"]')).toHaveText(seeded.rationale);
  }

  // The superseded judgement is gone; the one that overrides it is on turn 5.
  await expect(lens.root.getByText(assessments.superseded.rationale)).toHaveCount(0);
  await expect(lens.turn(5).locator(`[data-name="${assessments.override.name}"] [data-testid="assessment-value"]`)).toHaveText(
    assessments.override.value,
  );

  await expect(lens.root.locator('[data-scorer-error="true"]')).toHaveCount(0);
  await expect(lens.scorerErrorsToggle).toHaveText('2 scorer errors hidden · show');
  await lens.scorerErrorsToggle.click();
  await expect(lens.root.locator('[data-scorer-error="true"]')).toHaveCount(2);
  for (const error of assessments.scorerErrors) {
    await expect(lens.root.locator(`[data-scorer-error="true"][data-name="${error.name}"]`)).toContainText(error.message);
  }
  await expect(lens.scorerErrorsToggle).toHaveText('Hide 2 scorer errors');
  await lens.scorerErrorsToggle.click();
  await expect(lens.root.locator('[data-scorer-error="true"]')).toHaveCount(0);
});

test("the panel follows MLflow's own navigation: next/previous buttons and a click in the traces table", async ({
  mlflow,
  lens,
  manifest,
  page,
}) => {
  const { experimentId, sessions } = manifest.base;
  await mlflow.openTrace(experimentId, sessions.A.turns[3]!.traceId);
  await expect(lens.openTurn).toHaveAttribute('data-index', '4');

  // Newest first in MLflow's table: after A4 comes B2, which was logged just before it.
  await mlflow.nextTraceButton.click();
  await expect(page).toHaveURL(new RegExp(`traceId=${sessions.B.turns[1]!.traceId}`));
  await expect(lens.turns).toHaveCount(3);
  await expect(lens.sessionSection.locator('[data-testid="session-id"]')).toHaveText(sessions.B.sessionId);
  await expect(lens.openTurn).toHaveAttribute('data-index', '2');

  await mlflow.previousTraceButton.click();
  await expect(lens.turns).toHaveCount(6);
  await expect(lens.openTurn).toHaveAttribute('data-index', '4');

  // Close MLflow's drawer and open session B's turn 2 from the table, as a user would.
  await mlflow.closeDrawerButton.click();
  await expect(mlflow.drawer).toHaveCount(0);
  await expect(lens.root).toHaveCount(0);
  await mlflow.traceRowWithInput(sessions.B.turns[1]!.input).click();
  await expect(mlflow.drawer).toBeVisible();
  await expect(lens.sessionSection.locator('[data-testid="session-id"]')).toHaveText(sessions.B.sessionId);
  await expect(lens.openTurn).toHaveAttribute('data-index', '2');
  for (const [position, seeded] of sessions.B.turns.entries()) {
    await expect(lens.turns.nth(position).locator('[data-testid="turn-input"]')).toHaveText(seeded.input);
  }
});

test('a trace that belongs to no session shows the one-turn state', async ({ mlflow, lens, manifest }) => {
  const { experimentId, noSession } = manifest.base;
  await mlflow.openTrace(experimentId, noSession.traceId);
  await expect(lens.root.locator('[data-testid="no-session-notice"]')).toBeVisible();
  await expect(lens.turns).toHaveCount(1);
  await expect(lens.turn(1).locator('[data-testid="turn-input"]')).toHaveText(noSession.input);
  await expect(lens.turn(1).locator('[data-testid="turn-output"]')).toHaveText(noSession.output);
  await expect(lens.openTurn).toHaveAttribute('data-index', '1');
});

test("MLflow's drawer keeps working with the panel open: clicks and wheel in the panel leave it open and focused, Escape and close still close it", async ({
  mlflow,
  lens,
  manifest,
  page,
}) => {
  const { experimentId, sessions } = manifest.base;
  await mlflow.openTrace(experimentId, sessions.A.turns[3]!.traceId);
  await expect(lens.turns).toHaveCount(6);

  // The panel sits beside the drawer, not over it.
  const drawerBox = (await mlflow.drawer.boundingBox())!;
  const panelBox = (await lens.root.boundingBox())!;
  expect(drawerBox.x + drawerBox.width).toBeLessThanOrEqual(panelBox.x + 1);

  // Clicking the panel's text (to select it) and its controls leaves the drawer open.
  await lens.root.locator('[data-testid="turn-output"]').first().click();
  await lens.turn(2).locator('.turn-header').hover();
  await expect(mlflow.drawer).toBeVisible();

  // A click on a panel control does not pull focus out of MLflow's drawer.
  await mlflow.drawer.getByRole('tab', { name: 'Attributes' }).click();
  const focusedInDrawer = () =>
    page.evaluate((selector) => document.querySelector(selector)?.contains(document.activeElement) ?? false, TRACE_DRAWER_SELECTOR);
  expect(await focusedInDrawer()).toBe(true);
  await lens.scorerErrorsToggle.click();
  await expect(lens.root.locator('[data-scorer-error="true"]')).toHaveCount(2);
  expect(await focusedInDrawer()).toBe(true);
  await expect(mlflow.drawer).toBeVisible();

  // The wheel scrolls the panel, and MLflow's scroll lock does not swallow it.
  const panelBody = lens.root.locator('.panel-body');
  await panelBody.hover();
  await page.mouse.wheel(0, 600);
  await expect.poll(() => panelBody.evaluate((element) => element.scrollTop)).toBeGreaterThan(0);
  await expect(mlflow.drawer).toBeVisible();

  // ...and the drawer's own content still scrolls under the wheel.
  // (The model span's inputs, the whole chat history, overflow a short window.)
  await mlflow.drawer.getByText('generate_answer', { exact: true }).click();
  await mlflow.drawer.getByRole('tab', { name: 'Inputs / Outputs' }).click();
  await mlflow.page.setViewportSize({ width: 1600, height: 400 });
  const scrolled = await scrollSomethingInDrawer(page);
  expect(scrolled).toBe(true);

  await page.keyboard.press('Escape');
  await expect(mlflow.drawer).toHaveCount(0);
  await expect(lens.root).toHaveCount(0);

  await mlflow.traceRowWithInput(sessions.A.turns[0]!.input).click();
  await expect(mlflow.drawer).toBeVisible();
  await expect(lens.openTurn).toHaveAttribute('data-index', '1');
  await mlflow.closeDrawerButton.click();
  await expect(mlflow.drawer).toHaveCount(0);
});

test('markup in a trace is shown as text and never runs', async ({ mlflow, lens, manifest, page }) => {
  const markup = manifest.base.sessions.Markup.turns[0]!;
  await mlflow.openTrace(manifest.base.experimentId, markup.traceId);
  await expect(lens.turn(1).locator('[data-testid="turn-input"]')).toHaveText(markup.input);
  await expect(lens.turn(1).locator('[data-testid="turn-output"]')).toHaveText(markup.output);
  await expect(lens.root.locator('img, script, a, b')).toHaveCount(0);
  expect(await page.evaluate(() => (window as { __lensInjected?: number }).__lensInjected)).toBeUndefined();
});

test('errors from MLflow are shown in the panel with status and message', async ({ mlflow, lens, manifest }) => {
  const missing = 'tr-00000000000000000000000000000000';
  await mlflow.page.goto(mlflow.traceUrl(manifest.base.experimentId, missing));
  const error = lens.root.locator('[data-testid="panel-error"]');
  await expect(error).toBeVisible();
  await expect(error).toContainText('MLflow answered 404 (RESOURCE_DOES_NOT_EXIST)');
  await expect(error.locator('[data-testid="panel-error-message"]')).toContainText(missing);
});

test('a host the user turned off shows the not-enabled state, and enabling it from the panel loads the session', async ({
  mlflow,
  lens,
  manifest,
  extension,
  rig,
}) => {
  await extension.serviceWorker.evaluate(async (origin) => {
    await chrome.storage.local.set({ settings: { disabledOrigins: [origin] } });
  }, `http://127.0.0.1:${rig.port}`);
  const { experimentId, sessions } = manifest.base;
  await mlflow.openTrace(experimentId, sessions.A.turns[0]!.traceId);
  const notice = lens.root.locator('[data-testid="panel-not-enabled"]');
  await expect(notice).toContainText(`not enabled for 127.0.0.1:${rig.port}`);
  await notice.getByRole('button', { name: /Enable on/ }).click();
  await expect(lens.turns).toHaveCount(6);
});

test("the extension's POSTs pass MLflow's cross-origin check with the server's default settings", async ({
  mlflow,
  lens,
  manifest,
  extension,
  rig,
}) => {
  const logBefore = readFileSync(rig.logFile, 'utf8').split('\n').length - 1;
  const { experimentId, sessions } = manifest.base;
  await mlflow.openTrace(experimentId, sessions.A.turns[0]!.traceId);
  await expect(lens.turns).toHaveCount(6);

  // Without the extension's header rule, the same POST from its service worker is refused...
  const withoutRule = await extension.serviceWorker.evaluate(async (url) => {
    const rules = await chrome.declarativeNetRequest.getSessionRules();
    await chrome.declarativeNetRequest.updateSessionRules({ removeRuleIds: rules.map((rule) => rule.id) });
    const response = await fetch(`${url}ajax-api/3.0/mlflow/traces/search`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ locations: [{ type: 'MLFLOW_EXPERIMENT', mlflow_experiment: { experiment_id: '0' } }], max_results: 1 }),
    });
    await chrome.declarativeNetRequest.updateSessionRules({ addRules: rules });
    return { status: response.status, body: await response.text() };
  }, rig.url);
  expect(withoutRule).toEqual({ status: 403, body: 'Cross-origin request blocked' });

  // ...and the panel's own searches were all accepted.
  // ...and the panel's own searches were all accepted: the only refusal in the log is the one just made.
  const log = readFileSync(rig.logFile, 'utf8').split('\n').slice(logBefore);
  const searches = log.filter((line) => line.includes('"POST /ajax-api/3.0/mlflow/traces/search'));
  expect(searches.filter((line) => line.includes('200 OK')).length).toBeGreaterThan(0);
  expect(searches.filter((line) => !line.includes('200 OK'))).toHaveLength(1);
  expect(log.filter((line) => line.includes('Blocked cross-origin request'))).toHaveLength(1);
});

test("the Origin rule covers the worker's own writes only: the same POST from an extension page keeps its Origin", async ({
  page,
  mlflow,
  lens,
  manifest,
  extension,
  rig,
}) => {
  // The rule is in place once the panel has read a session...
  await mlflow.openTrace(manifest.base.experimentId, manifest.base.sessions.A.turns[0]!.traceId);
  await expect(lens.turns).toHaveCount(6);
  expect(await extension.serviceWorker.evaluate(async () => (await chrome.declarativeNetRequest.getSessionRules()).length)).toBe(1);
  // ...and an extension page in a tab is not the worker: MLflow still sees its Origin and refuses.
  await page.goto(`chrome-extension://${extension.extensionId}/options.html`);
  const fromPage = await page.evaluate(async (url) => {
    const response = await fetch(`${url}ajax-api/3.0/mlflow/traces/search`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ locations: [{ type: 'MLFLOW_EXPERIMENT', mlflow_experiment: { experiment_id: '0' } }], max_results: 1 }),
    });
    return { status: response.status, body: await response.text() };
  }, rig.url);
  expect(fromPage).toEqual({ status: 403, body: 'Cross-origin request blocked' });
});

test("the panel follows MLflow's dark mode", async ({ mlflow, lens, manifest, context, page }) => {
  await context.addInitScript(() => localStorage.setItem('_mlflow_dark_mode_toggle_enabled', 'true'));
  const { experimentId, sessions } = manifest.base;
  await mlflow.openTrace(experimentId, sessions.A.turns[3]!.traceId);
  await expect(page.locator('body.dark-mode')).toHaveCount(1);
  await expect(lens.turns).toHaveCount(6);
  const background = await lens.root.evaluate((panel) => getComputedStyle(panel).backgroundColor);
  const [red, green, blue] = background.match(/\d+/g)!.map(Number) as [number, number, number];
  expect(0.2126 * red + 0.7152 * green + 0.0722 * blue).toBeLessThan(80);
  await page.screenshot({ path: join(ARTIFACTS_DIR, 'panel-dark.png') });
});

test('screenshot of the panel over the real MLflow UI', async ({ mlflow, lens, manifest, page }) => {
  const { experimentId, sessions } = manifest.base;
  await mlflow.openTrace(experimentId, sessions.A.turns[3]!.traceId);
  await expect(lens.turns).toHaveCount(6);
  await expect(lens.openTurn).toBeInViewport({ ratio: 1 });
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  const file = join(ARTIFACTS_DIR, 'panel.png');
  await page.screenshot({ path: file });
});

/** Wheels over every scrollable element of the drawer until one moves. */
async function scrollSomethingInDrawer(page: Page): Promise<boolean> {
  const targets = await page.evaluate((selector) => {
    const drawer = document.querySelector(selector)!;
    return [...drawer.querySelectorAll('*')]
      .filter((element) => element.scrollHeight > element.clientHeight + 20 && /(auto|scroll)/.test(getComputedStyle(element).overflowY))
      .map((element) => {
        const box = element.getBoundingClientRect();
        return {
          x: box.x + box.width / 2,
          y: box.y + Math.min(box.height / 2, 100),
          index: [...drawer.querySelectorAll('*')].indexOf(element),
        };
      });
  }, TRACE_DRAWER_SELECTOR);
  for (const target of targets) {
    await page.mouse.move(target.x, target.y);
    const before = await scrollTopAt(page, target.index);
    await page.mouse.wheel(0, 300);
    await page.waitForTimeout(200);
    if ((await scrollTopAt(page, target.index)) > before) return true;
  }
  return false;
}

function scrollTopAt(page: Page, index: number): Promise<number> {
  return page.evaluate(
    ([selector, position]) => [...document.querySelector(selector as string)!.querySelectorAll('*')][position as number]!.scrollTop,
    [TRACE_DRAWER_SELECTOR, index] as const,
  );
}

test("the header sums every turn's tokens and cost as MLflow recorded them, and counts what went wrong", async ({
  mlflow,
  lens,
  manifest,
  rig,
}) => {
  const { experimentId, sessions, assessments } = manifest.base;
  await mlflow.openTrace(experimentId, sessions.A.turns[3]!.traceId);
  await expect(lens.turns).toHaveCount(6);
  let input = 0;
  let output = 0;
  for (const turn of sessions.A.turns) {
    const response = await fetch(`${rig.url}ajax-api/3.0/mlflow/traces/${turn.traceId}`);
    const info = ((await response.json()) as { trace: { trace_info: { trace_metadata: Record<string, string> } } }).trace.trace_info;
    const usage = JSON.parse(info.trace_metadata['mlflow.trace.tokenUsage']!) as { input_tokens: number; output_tokens: number };
    input += usage.input_tokens;
    output += usage.output_tokens;
  }
  await expect(lens.sessionSection.locator('[data-testid="token-totals"]')).toHaveText(
    new RegExp(`^${input.toLocaleString('en-US')} in · ${output.toLocaleString('en-US')} out · \\$0\\.\\d{6}$`),
  );
  await expect(lens.sessionSection.locator('[data-testid="latency-totals"]')).toHaveText(/ in all · p50 .+ · p95 .+$/);
  await expect(lens.sessionSection.locator('[data-testid="problem-totals"]')).toContainText(
    `${assessments.scorerErrors.length} scorer errors hidden`,
  );
});

test("MLflow's own session page with no trace chosen: the panel finds the session by its id; a turn chosen from the panel opens there", async ({
  mlflow,
  lens,
  manifest,
  page,
  rig,
}) => {
  const { experimentId, sessions } = manifest.base;
  const b = sessions.B;
  await page.goto(`${rig.url}#/experiments/${experimentId}/chat-sessions/${b.sessionId}`);
  await expect(lens.turns).toHaveCount(3);
  await expect(lens.root.locator('[data-testid="session-id"]')).toHaveText(b.sessionId);
  await expect(lens.turns.locator('[data-testid="turn-input"]')).toHaveText(b.turns.map((turn) => turn.input));
  // The panel shows the session from its first turn, which MLflow's page does not have open.
  await expect(lens.root.locator('.open-marker')).toHaveCount(0);
  await lens.turn(2).locator('.turn-header').click();
  await expect(page).toHaveURL(new RegExp(`chat-sessions/${b.sessionId}\\?selectedTraceId=${b.turns[1]!.traceId}`));
  await expect(lens.openTurn).toHaveAttribute('data-index', '2');
  await expect(lens.openTurn.locator('.open-marker')).toHaveText('open in MLflow');
  await expect(mlflow.page.locator('#root')).toContainText(b.turns[1]!.input);
});

test('what changed since the turn before: the messages a sliding window dropped, and the two answers word by word', async ({
  mlflow,
  lens,
  manifest,
}) => {
  const { experimentId, slidingWindow } = manifest.rootcause;
  const [first, second, third] = slidingWindow.turns;
  await mlflow.openTrace(experimentId, third!.traceId);
  await lens.openTurn.locator('[data-testid="inspect-turn"]').click();
  const changes = lens.openTurn.locator('[data-testid="turn-changes"]');
  await changes.getByText('What changed since turn 2').click();
  await expect(changes.locator('[data-testid="context-dropped"] li')).toHaveText([`user ${first!.input}`, `assistant ${first!.output}`]);
  await expect(changes.locator('[data-testid="context-added"] li')).toHaveText([`assistant ${second!.output}`, `user ${third!.input}`]);
  await expect(changes.locator('[data-testid="tools-called"]')).toHaveText('Tools called: none');

  await changes.getByText('Compare the two answers word by word').click();
  const diff = changes.locator('[data-testid="answer-diff"] p');
  await expect(diff).toHaveText(new RegExp(`^[^]*${third!.output.split(' ')[0]}`));
  expect(await diff.locator('del').count()).toBeGreaterThan(0);
  expect(await diff.locator('ins').count()).toBeGreaterThan(0);
  // Kept and removed words make the old answer; kept and added ones the new.
  const answers = await diff.evaluate((paragraph) => {
    const text = (skip: string) =>
      [...paragraph.childNodes].map((node) => (node.nodeName.toLowerCase() === skip ? '' : (node.textContent ?? ''))).join('');
    return { before: text('ins'), after: text('del') };
  });
  expect(answers).toEqual({ before: second!.output, after: third!.output });
});

test('the judgement strip: a row per judge, the open turn and the root cause marked, hover says what the judge said, a click or Enter opens that turn', async ({
  mlflow,
  lens,
  manifest,
  page,
}) => {
  const { experimentId, refundWindow } = manifest.rootcause;
  await mlflow.openTrace(experimentId, refundWindow.turns[4]!.traceId);
  const strip = lens.root.locator('[data-testid="judgement-strip"]');
  await expect(strip.locator('.strip-names li')).toHaveText(['relevance_to_query', 'correctness']);
  await expect(lens.root.locator('[data-testid="root-cause"]')).toHaveAttribute('data-state', 'ready');
  const canvas = strip.locator('[data-testid="strip-canvas"]');
  await expect(canvas).toHaveAttribute('data-columns', '5');
  const cellWidth = Number(await canvas.getAttribute('data-cell-width'));
  // Rows start below the 6 px marker room and are 12 px tall with 2 px between them (JudgementStrip.tsx).
  const cell = (position: number, row: number) => ({ x: (position + 0.5) * cellWidth, y: 6 + row * 14 + 6 });

  // Drawn, not only described: the root-cause marker above turn 3 only, the open turn outlined, the failing cell red.
  const pixel = (x: number, y: number) =>
    canvas.evaluate(
      (element: HTMLCanvasElement, [x, y]) => {
        const ratio = element.width / element.clientWidth;
        return [...element.getContext('2d')!.getImageData(Math.floor(x! * ratio), Math.floor(y! * ratio), 1, 1).data];
      },
      [x, y],
    );
  expect((await pixel(cell(2, 0).x, 1))[3]).toBeGreaterThan(0);
  expect((await pixel(cell(1, 0).x, 1))[3]).toBe(0);
  expect((await pixel(cell(3, 0).x, 1))[3]).toBe(0);
  const [red, green] = await pixel(cell(4, 1).x, cell(4, 1).y);
  expect(red).toBeGreaterThan(green! + 60);
  // The outline of the open turn crosses the 1 px gap left of its column; the gap left of turn 4 stays empty.
  expect((await pixel(4 * cellWidth - 0.5, cell(4, 0).y))[3]).toBeGreaterThan(0);
  expect((await pixel(3 * cellWidth - 0.5, cell(3, 0).y))[3]).toBe(0);

  const description = strip.locator('[data-testid="strip-description"]');
  await expect(description).toHaveText('5 turns · relevance_to_query: 0 fails · correctness: 1 fail');
  await canvas.hover({ position: cell(4, 1) });
  await expect(description).toHaveText(/^Turn 5 · correctness: no \(fail\) — The current policy allows 30 days from delivery/);
  await canvas.hover({ position: cell(0, 0) });
  await expect(description).toHaveText('Turn 1 · relevance_to_query: yes (pass) — Asks for the order number, as needed.');

  await canvas.click({ position: cell(1, 0) });
  await expect(page).toHaveURL(new RegExp(`traceId=${refundWindow.turns[1]!.traceId}`));
  await expect(lens.openTurn).toHaveAttribute('data-index', '2');

  // By keyboard: the cursor starts on the open turn; the arrows move it, Enter opens its turn.
  await canvas.focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowRight');
  await expect(canvas).toHaveAttribute('aria-valuetext', 'Turn 4 · correctness: not judged');
  await page.keyboard.press('End');
  await expect(canvas).toHaveAttribute('aria-valuenow', '5');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`traceId=${refundWindow.turns[4]!.traceId}`));
  await expect(lens.openTurn).toHaveAttribute('data-index', '5');
});
