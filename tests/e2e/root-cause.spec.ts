// Jumping between turns, inspecting one, and the root-cause turn, on MLflow's real UI
// (sessions seeded by rig/rootcause.py).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator } from '@playwright/test';
import { rootCauseAssessments } from './core-flows';
import { expect, test } from './fixtures';
import { ARTIFACTS_DIR, readManifest } from './rig';

const { rootcause, base } = readManifest();

/** Pixels between the pinned root-cause box's bottom and the open turn's top (negative: the box covers it). */
function openTurnClearance(root: Locator): Promise<number> {
  return root.evaluate((panel) => {
    const box = panel.querySelector('.root-cause')!.getBoundingClientRect();
    const open = panel.querySelector('[aria-current="true"]')!.getBoundingClientRect();
    return Math.round(open.top - box.bottom);
  });
}
const { refundWindow, toolError, slidingWindow } = rootcause;

test('the example of the manual workflow: opening turn 5 points at turn 3, whose spans show the outdated document', async ({
  mlflow,
  lens,
  page,
}) => {
  await mlflow.openTrace(rootcause.experimentId, refundWindow.turns[4]!.traceId);
  const box = lens.root.locator('[data-testid="root-cause"]');
  await expect(box).toHaveAttribute('data-state', 'ready');
  await expect(box.locator('.section-title')).toHaveText('Root cause of turn 5: turn 3');
  const candidate = box.locator('[data-testid="root-cause-candidate"]').first();
  await expect(candidate).toHaveAttribute('data-index', '3');
  await expect(candidate).toContainText('Turn 3 first said');
  await expect(candidate).toContainText('“60 days from delivery”');
  await expect(candidate.locator('[data-testid="evidence-phrase"]')).toHaveText(
    `“60 days from delivery” from the retrieved document ${refundWindow.outdatedDocument}`,
  );
  // Turn 1 had retrieved the current policy, so the document turn 3 answered from is named as superseded.
  await expect(candidate.locator('[data-testid="evidence"]').filter({ hasText: 'newer version' })).toHaveText(
    `Answered from ${refundWindow.outdatedDocument}, though returns-2026, a newer version of it, was retrieved at turn 1: “60 days”, “refund goes back”, “original card”.`,
  );
  await expect(lens.turn(3).locator('[data-testid="root-cause-marker"]')).toHaveText('root cause?');
  await expect(lens.root.locator('[data-testid="root-cause-marker"]')).toHaveCount(1);

  // A click on the candidate opens turn 3 in MLflow's own drawer, with a link another user can open.
  await candidate.getByRole('button', { name: 'Open turn 3' }).click();
  await expect(page).toHaveURL(new RegExp(`traceId=${refundWindow.turns[2]!.traceId}`));
  await expect(mlflow.drawer).toContainText(refundWindow.turns[2]!.traceId.slice(3, 11));
  await expect(lens.openTurn).toHaveAttribute('data-index', '3');

  // Inspecting turn 3: the retriever span and the outdated document it returned.
  await lens.turn(3).locator('[data-testid="inspect-turn"]').click();
  const inspector = lens.turn(3).locator('[data-testid="turn-inspector"]');
  await expect(inspector.locator('[data-span-name="search_policies"] .span-type')).toHaveText('RETRIEVER');
  await expect(inspector.locator(`[data-testid="retrieved-document"][data-document-id="${refundWindow.outdatedDocument}"]`)).toContainText(
    'within 60 days of delivery',
  );

  // The link works for someone else: a fresh load lands on the same turn.
  await page.reload();
  await expect(mlflow.drawer).toBeVisible();
  await expect(lens.openTurn).toHaveAttribute('data-index', '3');
});

test('screenshot of the root cause over the real MLflow UI', async ({ mlflow, lens, page }) => {
  await mlflow.openTrace(rootcause.experimentId, refundWindow.turns[4]!.traceId);
  await expect(lens.root.locator('[data-testid="root-cause"]')).toHaveAttribute('data-state', 'ready');
  await expect(lens.root.locator('[data-testid="root-cause"]')).toBeInViewport();
  await expect(lens.openTurn).toBeInViewport();
  await page.waitForTimeout(300);
  await page.screenshot({ path: join(ARTIFACTS_DIR, 'root-cause.png') });
});

test('an error span at turn 2 and negative judgements at turns 3 and 4 make turn 2 the candidate', async ({ mlflow, lens }) => {
  await mlflow.openTrace(rootcause.experimentId, toolError.turns[3]!.traceId);
  const candidate = lens.root.locator('[data-testid="root-cause-candidate"]').first();
  await expect(candidate).toHaveAttribute('data-index', '2');
  await expect(candidate.locator('[data-testid="evidence"]').first()).toHaveText(`Span search_flights failed: ${toolError.toolError}`);
  // Every turn's tool calls are listed, not only the open turn's: the analysis read all five turns' spans.
  for (const index of [1, 3, 5]) {
    await expect(lens.turn(index).locator('[data-testid="tool-call"] .tool-name')).toHaveText('search_flights');
  }
  await expect(lens.turn(1).locator('[data-testid="tool-call"] .tool-result')).toHaveText('→ {"flights":3}');
  await lens.turn(2).locator('[data-testid="inspect-turn"]').click();
  const failed = lens.turn(2).locator('[data-testid="span"][data-failed="true"]');
  await expect(failed).toHaveAttribute('data-span-name', 'search_flights');
  await expect(failed.locator('[data-testid="span-exception"]')).toHaveText(`TimeoutError: ${toolError.toolError}`);
  // The negative judgements read as such, with their rationale beside them.
  await expect(lens.turn(3).locator('[data-name="correctness"]')).toHaveAttribute('data-verdict', 'negative');
  await expect(lens.turn(1).locator('[data-name="correctness"]')).toHaveAttribute('data-verdict', 'positive');
});

test('a model that only saw the last two messages: the truncated turns are flagged', async ({ mlflow, lens }) => {
  await mlflow.openTrace(rootcause.experimentId, slidingWindow.turns[5]!.traceId);
  await expect(lens.root.locator('[data-testid="root-cause"]')).toHaveAttribute('data-state', 'ready');
  const flagged = await lens.turns.evaluateAll((turns) =>
    turns.filter((turn) => turn.querySelector('[data-testid="context-flag"]')).map((turn) => Number(turn.getAttribute('data-index'))),
  );
  expect(flagged).toEqual([3, 4, 5, 6]);
  await expect(lens.turn(6).locator('[data-testid="context-flag"]')).toHaveText(
    'The model saw 2 of 10 earlier messages: earlier turns were dropped from its input.',
  );
  // Only the session was judged (knowledge_retention = no): the turn where "vegetarian" fell out of view.
  const candidate = lens.root.locator('[data-testid="root-cause-candidate"]').first();
  await expect(candidate).toHaveAttribute('data-index', String(slidingWindow.truncatedFrom));
  await expect(candidate).toContainText('From turn 3 on, the model no longer saw turn 1, where the user said “vegetarian”');
  await expect(lens.root.locator('[data-testid="root-cause"] .section-title')).toHaveText('Root cause of turn 6: turn 3');
});

test('confirming the root cause writes human feedback to MLflow, which its assessments pane shows; undo deletes it', async ({
  mlflow,
  lens,
  page,
  rig,
}) => {
  const turn3 = refundWindow.turns[2]!.traceId;
  const readAssessments = () => rootCauseAssessments(rig.url, turn3);
  expect(await readAssessments()).toEqual([]);

  await mlflow.openTrace(rootcause.experimentId, refundWindow.turns[4]!.traceId);
  const candidate = lens.root.locator('[data-testid="root-cause-candidate"]').first();
  await candidate.locator('[data-testid="confirm-root-cause"]').click();
  await candidate.getByLabel('Why this turn').fill('Turn 3 quoted the 2019 returns policy.');
  await candidate.getByRole('button', { name: 'Write to MLflow' }).click();
  await expect(candidate.locator('[data-testid="root-cause-confirmed"]')).toContainText('Turn 3 quoted the 2019 returns policy.');
  // Focus was in the form: it lands on the confirmation that replaced it, not on the page.
  await expect(candidate.locator('[data-testid="root-cause-confirmed"]')).toBeFocused();
  await expect(lens.turn(3).locator('[data-testid="root-cause-marker"]')).toHaveText('root cause ✓');

  const written = await readAssessments();
  expect(written).toHaveLength(1);
  expect(written[0]).toMatchObject({
    source: { source_type: 'HUMAN' },
    feedback: { value: true },
    rationale: 'Turn 3 quoted the 2019 returns policy.',
    metadata: { 'session_lens.explains_trace': refundWindow.turns[4]!.traceId },
  });

  // MLflow's own assessments pane shows it after a reload.
  await mlflow.page.goto(mlflow.traceUrl(rootcause.experimentId, turn3));
  await page.reload();
  await expect(mlflow.drawer).toBeVisible();
  const pane = page.locator('[data-testid="assessments-pane"]');
  if (!(await pane.isVisible()))
    await mlflow.drawer.locator('[data-component-id="shared.model-trace-explorer.assessments-pane-toggle"]').click();
  await expect(pane.getByText('root_cause_turn')).toBeVisible();

  // Undo by keyboard: focus goes to the Confirm button that comes back.
  await lens.root.locator('[data-testid="root-cause-confirmed"]').getByRole('button', { name: 'Undo' }).focus();
  await page.keyboard.press('Enter');
  await expect(lens.turn(3).locator('[data-testid="root-cause-marker"]')).toHaveText('root cause?');
  await expect(lens.root.locator('[data-testid="confirm-root-cause"]').first()).toBeFocused();
  await expect.poll(readAssessments).toEqual([]);
});

test('keyboard: Alt+Shift+↓/↑ walk every turn and back, Alt+Shift+R goes to the root cause; the keys are listed in the help', async ({
  mlflow,
  lens,
  page,
}) => {
  const a = base.sessions.A;
  await mlflow.openTrace(base.experimentId, a.turns[0]!.traceId);
  await expect(lens.openTurn).toHaveAttribute('data-index', '1');
  await expect(lens.root.locator('[data-testid="root-cause"]')).toHaveAttribute('data-state', 'ready');
  for (let index = 2; index <= a.turns.length; index++) {
    await page.keyboard.press('Alt+Shift+ArrowDown');
    await expect(page).toHaveURL(new RegExp(`traceId=${a.turns[index - 1]!.traceId}`));
    await expect(lens.openTurn).toHaveAttribute('data-index', String(index));
  }
  await page.keyboard.press('Alt+Shift+ArrowDown');
  await expect(lens.openTurn).toHaveAttribute('data-index', String(a.turns.length));
  for (let index = a.turns.length - 1; index >= 1; index--) {
    await page.keyboard.press('Alt+Shift+ArrowUp');
    await expect(lens.openTurn).toHaveAttribute('data-index', String(index));
  }

  // Stepping up through a session whose root-cause box is tall: each open turn lands below the pinned box.
  await page.setViewportSize({ width: 1280, height: 600 });
  await mlflow.openTrace(rootcause.experimentId, refundWindow.turns[4]!.traceId);
  await expect(lens.root.locator('[data-testid="root-cause"]')).toHaveAttribute('data-state', 'ready');
  for (let index = 4; index >= 1; index--) {
    await page.keyboard.press('Alt+Shift+ArrowUp');
    await expect(lens.openTurn).toHaveAttribute('data-index', String(index));
    await expect.poll(() => openTurnClearance(lens.root)).toBeGreaterThanOrEqual(0);
  }
  await page.keyboard.press('Alt+Shift+KeyR');
  await expect(lens.openTurn).toHaveAttribute('data-index', '3');
  await expect(page).toHaveURL(new RegExp(`traceId=${refundWindow.turns[2]!.traceId}`));

  await lens.root.locator('[data-testid="help-toggle"]').click();
  await expect(lens.root.locator('[data-testid="keyboard-help"]')).toContainText('Alt+Shift+↑previous turn');
  await expect(lens.root.locator('[data-testid="keyboard-help"]')).toContainText('Alt+Shift+Rgo to the root-cause turn');
});

test("MLflow's drawer header shows which turn this is and where the root cause is", async ({ mlflow, lens }) => {
  await mlflow.openTrace(rootcause.experimentId, refundWindow.turns[4]!.traceId);
  await expect(lens.root.locator('[data-testid="root-cause"]')).toHaveAttribute('data-state', 'ready');
  const badge = mlflow.drawer.locator('[data-testid="drawer-badge"]');
  await expect(badge).toHaveText('turn 5/5cause: turn 3');
  // Newest first in MLflow's table: the next row is the turn before.
  await mlflow.nextTraceButton.click();
  await expect(lens.openTurn).toHaveAttribute('data-index', '4');
  await expect(badge).toContainText('turn 4/5');
});

test("a click on a turn opens it on MLflow's chat-sessions page too", async ({ mlflow, lens, page }) => {
  const a = base.sessions.A;
  await page.goto(
    `${mlflow.rig.url}#/experiments/${base.experimentId}/chat-sessions/${encodeURIComponent(a.sessionId)}?selectedTraceId=${a.turns[1]!.traceId}`,
  );
  await expect(lens.openTurn).toHaveAttribute('data-index', '2');
  await lens.turn(5).locator('.turn-header').click();
  await expect(page).toHaveURL(new RegExp(`/chat-sessions/${a.sessionId}\\?selectedTraceId=${a.turns[4]!.traceId}`));
  await expect(lens.openTurn).toHaveAttribute('data-index', '5');
  // MLflow's session page scrolls its own view to the selected turn.
  await expect(page.locator('#root').getByText(a.turns[4]!.input, { exact: true }).first()).toBeInViewport();
});

test('an assessment no table knows is shown as ambiguous until the user sets its polarity in the options; the analysis reads it by its name meanwhile, and says so', async ({
  mlflow,
  lens,
  context,
  extension,
}) => {
  const a = base.sessions.A;
  await mlflow.openTrace(base.experimentId, a.turns[4]!.traceId);
  const helpfulness = lens.turn(5).locator('[data-testid="assessment"][data-name="helpfulness"]');
  await expect(helpfulness).toHaveAttribute('data-verdict', 'ambiguous');
  await expect(helpfulness.locator('.ambiguous-marker')).toHaveAttribute('title', /depends on how helpfulness is set up/);
  const assumed = lens.root.locator('[data-testid="assumed-judges"]');
  await expect(assumed).toHaveText(
    'Read as its name suggests, with nothing set for it in the options: helpfulness (“yes” is good). Set how to read it',
  );

  const options = await context.newPage();
  await options.goto(`chrome-extension://${extension.extensionId}/options.html`);
  await options.locator('#polarity-name').fill('helpfulness');
  await options.locator('#polarity-value').selectOption('yes-is-good');
  await options.locator('#dimension-value').selectOption('relevance');
  await options.getByTestId('polarity-form').getByRole('button', { name: 'Add' }).click();
  await expect(options.locator('[data-testid="polarity-list"] tbody tr')).toHaveText([
    /helpfulness\s*yes \/ true \/ high is good\s*relevance to the request/,
  ]);
  await options.close();

  // The open panel reads the session again with the new setting.
  await expect(helpfulness).toHaveAttribute('data-verdict', 'positive');
  await expect(helpfulness.locator('.ambiguous-marker')).toHaveCount(0);
  await expect(assumed).toHaveCount(0);
});

test('export: the session copied as Markdown and downloaded as JSON, from the panel, with the root cause in both', async ({
  mlflow,
  lens,
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(mlflow.rig.url).origin });
  await mlflow.openTrace(rootcause.experimentId, refundWindow.turns[4]!.traceId);
  await expect(lens.root.locator('[data-testid="root-cause"]')).toHaveAttribute('data-state', 'ready');
  const menu = lens.root.locator('[data-testid="export"]');
  await menu.locator('summary').click();

  await menu.getByRole('button', { name: 'Copy as Markdown' }).click();
  await expect(menu.locator('[data-testid="export-status"]')).toHaveText('Copied the session as Markdown.');
  const markdown = await page.evaluate(() => navigator.clipboard.readText());
  expect(markdown).toMatch(/^# Session refund-window-/);
  expect(markdown).toContain('Turn 5 went wrong; the turn where it first went wrong: turn 3.');
  for (const [position, turn] of refundWindow.turns.entries()) expect(markdown).toContain(`## Turn ${position + 1}\n\n${turn.traceId}`);

  const download = page.waitForEvent('download');
  await menu.getByRole('button', { name: 'Download JSON' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^session-refund-window-[\w-]+\.json$/);
  const exported = JSON.parse(readFileSync(await file.path(), 'utf8')) as {
    format: string;
    turns: { traceId: string }[];
    rootCause: unknown;
  };
  expect(exported.format).toBe('mlflow-session-lens/session@1');
  expect(exported.turns.map((turn) => turn.traceId)).toEqual(refundWindow.turns.map((turn) => turn.traceId));
  expect(exported.rootCause).toMatchObject({ failingTurn: 5, candidates: [{ index: 3 }] });
  await expect(menu.locator('[data-testid="export-status"]')).toHaveText(`Downloaded ${file.suggestedFilename()}.`);
});
