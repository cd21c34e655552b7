// Marks on MLflow's own pages, on the real UI: its Traces table (as it is, and grouped by session, which is
// 3.17's session list) and its session page. Through a real proxy that counts the extension's requests: a page
// of rows costs one search. MLflow's own table keeps working with them: sorting, selection, column resize,
// paging, its row click.
import type { Locator, Page } from '@playwright/test';
import { startFaultProxy, type FaultProxy } from '../../rig/fault-proxy';
import { expect, test } from './fixtures';

let proxy: FaultProxy;

test.beforeAll(async () => {
  const { readRig } = await import('./rig');
  proxy = await startFaultProxy(readRig().url);
});

test.afterAll(async () => {
  await proxy.stop();
});

const SEARCH = 'POST /ajax-api/3.0/mlflow/traces/search';
const extensionSearches = () => proxy.extensionRequests.filter((request) => request.startsWith(SEARCH)).length;

/**
 * The extension's search count once it has been idle for a second: none of its requests in flight, none ended
 * within the second. A page's marks may come from more than one ask (rows MLflow draws later), and a long
 * session's search pages follow one another: a count that merely stood still between two looks could fall
 * while one 500-trace page was being answered (CI's failure: the first page's last search counted as the
 * second page's).
 */
async function settledSearches(): Promise<number> {
  const idle = () => {
    const own = proxy.traffic.filter((exchange) => !exchange.fromPage);
    return own.every((exchange) => exchange.endedAt !== null && Date.now() - exchange.endedAt > 1_000);
  };
  await expect.poll(idle, { intervals: [250], timeout: 15_000 }).toBe(true);
  return extensionSearches();
}

function rowOf(page: Page, traceId: string): Locator {
  return page.locator('[role="row"]').filter({ has: page.locator(`a[href*="traceId=${traceId}"]`) });
}

/** Runs `check` while a person's note (MLflow's notes assessment, never a judgement) is on the trace; deletes it after. */
async function withNote(serverUrl: string, traceId: string, text: string, check: () => Promise<void>) {
  const created = await fetch(`${serverUrl}ajax-api/3.0/mlflow/traces/${traceId}/assessments`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      assessment: {
        trace_id: traceId,
        assessment_name: 'mlflow.notes',
        source: { source_type: 'HUMAN', source_id: 'page-marks test' },
        feedback: { value: text },
      },
    }),
  });
  const { assessment } = (await created.json()) as { assessment: { assessment_id: string } };
  try {
    await check();
  } finally {
    await fetch(`${serverUrl}ajax-api/3.0/mlflow/traces/${traceId}/assessments/${assessment.assessment_id}`, { method: 'DELETE' });
  }
}

/** Every trace row's mark sits in the row of the trace it names (none kept from a row MLflow reused). */
async function marksInTheirOwnRows(page: Page): Promise<number> {
  return page.evaluate(() => {
    const marks = [...document.querySelectorAll('session-lens-mark[data-key^="trace "]')];
    for (const mark of marks) {
      const link = mark.closest('[role="row"]')?.querySelector('a[href*="traceId="]')?.getAttribute('href') ?? '';
      if (!link.includes(`traceId=${mark.getAttribute('data-key')!.slice(6)}`))
        throw new Error(`${mark.getAttribute('data-key')} in the row of ${link}`);
    }
    return marks.length;
  });
}

test("the Traces table: each turn's place and state, one search for the page, and MLflow's table still works", async ({
  page,
  lens,
  manifest,
}) => {
  const { experimentId, refundWindow, toolError } = manifest.rootcause;
  await page.goto(`${proxy.url}#/experiments/${experimentId}/traces`);
  const rows = refundWindow.turns.map((turn) => rowOf(page, turn.traceId));
  for (const [position, row] of rows.entries())
    await expect(row.locator('session-lens-mark')).toHaveAttribute('data-text', new RegExp(`^turn ${position + 1}/5\\b`));
  await expect(rows[refundWindow.rootCauseTurn - 1]!.locator('session-lens-mark')).toHaveAttribute('data-text', /root cause/);
  await expect(rows[4]!.locator('session-lens-mark')).toHaveAttribute('data-text', /judged wrong/);
  await expect(rowOf(page, toolError.turns[toolError.rootCauseTurn - 1]!.traceId).locator('session-lens-mark')).toHaveAttribute(
    'data-text',
    /turn 2\/5 · root cause/,
  );
  // Every row of the page, from one search (MLflow's Session column names each row's session).
  expect(await marksInTheirOwnRows(page)).toBe(16);
  expect(extensionSearches()).toBe(1);

  // MLflow's dark mode (its class on <body>): every mark takes the dark colours at once, without `:host-context()`
  // (which Firefox lacks).
  const chipColour = () =>
    rows[4]!.locator('session-lens-mark').evaluate((mark) => getComputedStyle(mark.shadowRoot!.querySelector('span')!).backgroundColor);
  expect(await chipColour()).toBe('rgb(234, 243, 251)');
  await page.evaluate(() => document.body.classList.add('dark-mode'));
  await expect.poll(chipColour).toBe('rgb(31, 51, 69)');
  await page.evaluate(() => document.body.classList.remove('dark-mode'));
  await expect.poll(chipColour).toBe('rgb(234, 243, 251)');

  // Sorted the other way: the rows move, each mark with its own row, and nothing is asked again.
  const firstRow = page.locator('[role="row"]').nth(1);
  const firstBefore = await firstRow.locator('a[href*="traceId="]').first().getAttribute('href');
  await page.locator('[data-component-id="web-shared.traces-table.header-menu.sort-toggle"]').first().click();
  await expect(firstRow.locator('a[href*="traceId="]').first()).not.toHaveAttribute('href', firstBefore!);
  await expect.poll(() => marksInTheirOwnRows(page)).toBe(16);
  expect(extensionSearches()).toBe(1);

  // Selection and column resize are MLflow's as before.
  const checkbox = rows[1]!.locator('input[data-component-id="web-shared.traces-table.row-select"]');
  await checkbox.check();
  await expect(checkbox).toBeChecked();
  const inputHeader = page.locator('[role="columnheader"]').filter({ hasText: 'Input' });
  const widthBefore = (await inputHeader.boundingBox())!.width;
  const handle = (await inputHeader.getByRole('button', { name: 'Resize Column' }).boundingBox())!;
  await page.mouse.move(handle.x + handle.width / 2, handle.y + handle.height / 2);
  await page.mouse.down();
  await page.mouse.move(handle.x - 120, handle.y + handle.height / 2, { steps: 5 });
  await page.mouse.up();
  await expect.poll(async () => (await inputHeader.boundingBox())!.width).toBeLessThan(widthBefore - 60);
  await expect(rows[1]!.locator('session-lens-mark')).toHaveAttribute('data-text', /^turn 2\/5/);

  // MLflow's row click, right on the mark (it lets clicks through to MLflow's link): the drawer opens there.
  const mark = (await rows[3]!.locator('session-lens-mark').boundingBox())!;
  await page.mouse.click(mark.x + mark.width / 2, mark.y + mark.height / 2);
  await expect(page).toHaveURL(new RegExp(`traceId=${refundWindow.turns[3]!.traceId}`));
  await expect(lens.openTurn).toHaveAttribute('data-index', '4');
});

test('1,233 traces, 25 a page: each next page of rows is marked with one more search', async ({ page, manifest }) => {
  const { experimentId } = manifest.shapes;
  await page.goto(`${proxy.url}#/experiments/${experimentId}/traces`);
  const marks = page.locator('session-lens-mark');
  await expect(marks.first()).toBeVisible();
  const searches = await settledSearches();
  const keysOfPage = () => marks.evaluateAll((found) => found.map((mark) => mark.getAttribute('data-key')).join());
  const firstPage = await keysOfPage();
  await page.getByRole('button', { name: /next page/i }).click();
  await expect.poll(keysOfPage).not.toBe(firstPage);
  await expect.poll(() => marksInTheirOwnRows(page)).toBeGreaterThan(0);
  expect((await settledSearches()) - searches).toBeLessThanOrEqual(1);

  // Session ids with quotes and slashes, which MLflow leaves unencoded in its links: each row found by its trace
  // id in MLflow's own search box, its session read from the Session tag's title and searched on its own (no
  // pattern can hold a quote).
  for (const odd of [manifest.shapes.sessions.oddQuote!, manifest.shapes.sessions.oddBothQuotes!]) {
    const second = odd.turns[1]!.traceId;
    await page.goto(`${proxy.url}#/experiments/${experimentId}/traces?q=${second}`);
    await expect(rowOf(page, second).locator('session-lens-mark')).toHaveAttribute('data-text', /^turn 2\/2$/);
    await page.goto(`${proxy.url}#/experiments/${experimentId}/traces?groupBy=session&q=${second}`);
    await expect(page.locator(`session-lens-mark[data-key=${JSON.stringify(`session ${odd.sessionId}`)}]`)).toHaveAttribute(
      'data-text',
      /^2 turns$/,
    );
  }
});

test("grouped by session: each session's turns, wrong turns, root cause and hidden scorer errors", async ({ page, manifest }) => {
  const { rootcause, base } = manifest;
  await page.goto(`${proxy.url}#/experiments/${rootcause.experimentId}/traces?groupBy=session`);
  const sessionMark = (sessionId: string) => page.locator(`session-lens-mark[data-key="session ${sessionId}"]`);
  await expect(sessionMark(rootcause.refundWindow.sessionId)).toHaveAttribute('data-text', /^5 turns · 1 wrong · root cause: turn 3/);
  await expect(sessionMark(rootcause.slidingWindow.sessionId)).toHaveAttribute('data-text', /^6 turns/);

  // Expanded, a session shows its traces, each marked as in the plain table.
  await page.getByRole('button', { name: `Expand session ${rootcause.refundWindow.sessionId}` }).click();
  await expect(rowOf(page, rootcause.refundWindow.turns[2]!.traceId).locator('session-lens-mark')).toHaveAttribute(
    'data-text',
    /^turn 3\/5 · root cause/,
  );

  await page.goto(`${proxy.url}#/experiments/${base.experimentId}/traces?groupBy=session`);
  const scorerErrorsOfA = base.assessments.scorerErrors.filter((error) =>
    base.sessions.A.turns.some((turn) => turn.traceId === error.traceId),
  );
  await expect(sessionMark(base.sessions.A.sessionId)).toHaveAttribute(
    'data-text',
    new RegExp(`^6 turns · .*${scorerErrorsOfA.length} scorer errors hidden`),
  );
});

test("MLflow's session page: the root-cause card and people's labels marked; the panel follows MLflow's drawer", async ({
  page,
  lens,
  manifest,
  rig,
}) => {
  const { experimentId, refundWindow, slidingWindow } = manifest.rootcause;
  // A person's note on a turn (a note is never a judgement: the analyses other tests read stay as they are).
  await withNote(rig.url, slidingWindow.turns[1]!.traceId, 'Check the menu against the diet.', async () => {
    await page.goto(`${rig.url}#/experiments/${experimentId}/chat-sessions/${slidingWindow.sessionId}`);
    await expect(page.locator(`session-lens-mark[data-key="card ${slidingWindow.sessionId} 2"]`)).toHaveAttribute('data-text', 'labelled');

    await page.goto(`${rig.url}#/experiments/${experimentId}/chat-sessions/${refundWindow.sessionId}`);
    await expect(page.locator(`session-lens-mark[data-key="card ${refundWindow.sessionId} 3"]`)).toHaveAttribute('data-text', /root cause/);
    await expect(lens.openTurn).toHaveAttribute('data-index', '1');

    // MLflow's "View full trace" (shown on the hovered card) opens its drawer without a URL change.
    const viewTrace = page.locator('[data-component-id="mlflow.experiment.chat-session.view-trace"]').nth(3);
    await viewTrace.locator('xpath=..').hover();
    await viewTrace.click();
    await expect(page.locator('[data-component-id="mlflow.evaluations_review.modal"]')).toBeVisible();
    await expect(lens.openTurn).toHaveAttribute('data-index', '4');
    // Its "next trace" moves the panel along.
    await page.locator('[data-component-id="mlflow.evaluations_review.modal.next_eval"]').click();
    await expect(lens.openTurn).toHaveAttribute('data-index', '5');
  });
});

test("MLflow's session page of a 1,200-turn session shows its newest 100 turns from 'Turn 1': each card gets its own turn's mark", async ({
  page,
  manifest,
  rig,
}) => {
  const { experimentId, long } = manifest.shapes;
  // A person's note on turn 1,150, which MLflow's page numbers "Turn 50".
  await withNote(rig.url, long.turnIds[1_149]!, 'Looked at this one.', async () => {
    await page.goto(`${rig.url}#/experiments/${experimentId}/chat-sessions/${long.sessionId}`);
    await expect(page.locator(`session-lens-mark[data-key="card ${long.sessionId} 1150"]`)).toHaveAttribute('data-text', 'labelled');
    await expect(page.locator('session-lens-mark')).toHaveCount(1);
  });
});

test("MLflow's session page: a note written or removed in the panel shows on the turn's card at once, with no navigation", async ({
  page,
  lens,
  manifest,
  rig,
}) => {
  const { experimentId, slidingWindow } = manifest.rootcause;
  const sessionPage = `${rig.url}#/experiments/${experimentId}/chat-sessions/${slidingWindow.sessionId}`;
  await page.goto(sessionPage);
  await expect(lens.openTurn).toHaveAttribute('data-index', '1');
  const firstCardLabelled = page.locator(`session-lens-mark[data-key="card ${slidingWindow.sessionId} 1"][data-text*="labelled"]`);
  await expect(firstCardLabelled).toHaveCount(0);

  // A note is MLflow's own notes assessment, never a judgement: the analyses other tests read stay as they are
  // (the refund session is left alone: the files that write to it run beside this one).
  const note = lens.openTurn.locator('[data-testid="label-editor"][data-label="mlflow.notes"]');
  await note.getByLabel('Your note').fill('Ask which policy applies first.');
  await note.getByRole('button', { name: 'Save mlflow.notes' }).click();
  await expect(note.locator('[data-testid="label-mine"]')).toHaveText('· yours: Ask which policy applies first.');
  await expect(firstCardLabelled).toHaveCount(1);

  await note.getByRole('button', { name: 'Remove your mlflow.notes label' }).click();
  await expect(note.locator('[data-testid="label-mine"]')).toHaveCount(0);
  await expect(firstCardLabelled).toHaveCount(0);
  expect(page.url()).toBe(sessionPage);
});
