// Labels from the panel, written as MLflow's own human feedback on the real server and read back over REST
// and in MLflow's own UI. Session B of the base scenario: no test reads its assessments, and this one leaves
// none behind.
import { DEFAULT_REVIEWER } from '../../lib/settings';
import { assessmentsNamed } from './core-flows';
import { expect, test } from './fixtures';
import { readManifest } from './rig';

test("a turn's label and the session's: written as human feedback, changed with the old value kept as superseded, seen in MLflow's own panes, removed", async ({
  mlflow,
  lens,
  manifest,
  page,
  rig,
}) => {
  const { experimentId, sessions } = manifest.base;
  const b = sessions.B;
  const [first, second] = [b.turns[0]!.traceId, b.turns[1]!.traceId];
  await mlflow.openTrace(experimentId, second);
  await expect(lens.turns).toHaveCount(3);

  // The open turn's label, by keyboard-reachable controls: pick, explain, save.
  const correct = lens.openTurn.locator('[data-testid="label-editor"][data-label="correct"]');
  await correct.getByLabel('fail').check();
  await correct.getByLabel('Rationale (optional)').fill('Quotes the 2019 shipping times.');
  await correct.getByRole('button', { name: 'Save correct' }).click();
  await expect(correct.locator('[data-testid="label-mine"]')).toHaveText('· yours: fail');
  await expect(lens.openTurn.locator('[data-testid="assessment"][data-name="correct"]')).toHaveAttribute('data-verdict', 'negative');
  const [turnLabel] = await assessmentsNamed(rig.url, second, 'correct');
  expect(turnLabel).toMatchObject({
    source: { source_type: 'HUMAN', source_id: DEFAULT_REVIEWER },
    feedback: { value: 'fail' },
    rationale: 'Quotes the 2019 shipping times.',
  });
  expect(turnLabel!.metadata?.['mlflow.trace.session']).toBeUndefined();

  // The session's label goes on its first trace, with the session id in its metadata.
  const resolved = lens.root.locator('[data-testid="session-labels"] [data-testid="label-editor"][data-label="resolved"]');
  await resolved.getByLabel('pass').check();
  await resolved.getByRole('button', { name: 'Save resolved' }).click();
  await expect(resolved.locator('[data-testid="label-mine"]')).toHaveText('· yours: pass');
  expect(await assessmentsNamed(rig.url, first, 'resolved')).toMatchObject([
    {
      source: { source_type: 'HUMAN', source_id: DEFAULT_REVIEWER },
      feedback: { value: 'pass' },
      metadata: { 'mlflow.trace.session': b.sessionId },
    },
  ]);
  await expect(lens.root.locator('[data-testid="session-assessments"] [data-testid="assessment"][data-name="resolved"]')).toBeVisible();

  // A change overrides: MLflow keeps the old value, superseded; the history lists both.
  await correct.getByLabel('pass').check();
  await correct.getByRole('button', { name: 'Change correct' }).click();
  await expect(correct.locator('[data-testid="label-mine"]')).toHaveText('· yours: pass');
  const [old, current] = await assessmentsNamed(rig.url, second, 'correct');
  expect(old).toMatchObject({ feedback: { value: 'fail' }, valid: false });
  expect(current).toMatchObject({ feedback: { value: 'pass' }, overrides: old!.assessment_id });
  expect(current!.valid).not.toBe(false);
  await correct.getByRole('button', { name: 'History of correct' }).click();
  const history = correct.locator('[data-testid="label-history"] li');
  await expect(history).toHaveCount(2);
  await expect(history.nth(0)).toContainText(`pass by ${DEFAULT_REVIEWER}`);
  await expect(history.nth(0)).toContainText('(in force)');
  await expect(history.nth(1)).toContainText('fail');
  await expect(history.nth(1)).toContainText('(superseded)');

  // A free note is MLflow's own notes assessment, and no judgement.
  const note = lens.openTurn.locator('[data-testid="label-editor"][data-label="mlflow.notes"]');
  await note.getByLabel('Your note').fill('Check the carrier API before answering.');
  await note.getByRole('button', { name: 'Save mlflow.notes' }).click();
  await expect(note.locator('[data-testid="label-mine"]')).toHaveText('· yours: Check the carrier API before answering.');
  expect(await assessmentsNamed(rig.url, second, 'mlflow.notes')).toMatchObject([
    { source: { source_type: 'HUMAN', source_id: DEFAULT_REVIEWER }, feedback: { value: 'Check the carrier API before answering.' } },
  ]);
  await expect(lens.openTurn.locator('[data-testid="assessment"][data-name="mlflow.notes"]')).toHaveAttribute(
    'data-verdict',
    'not-a-judgement',
  );

  // MLflow's own UI: the turn's label in its assessments pane, the session's among its session assessments.
  await page.reload();
  await expect(mlflow.drawer).toBeVisible();
  const pane = page.locator('[data-testid="assessments-pane"]');
  if (!(await pane.isVisible()))
    await mlflow.drawer.locator('[data-component-id="shared.model-trace-explorer.assessments-pane-toggle"]').click();
  await expect(pane.getByText('correct', { exact: true })).toBeVisible();
  await page.goto(`${rig.url}#/experiments/${experimentId}/chat-sessions/${b.sessionId}`);
  await expect(page.locator('#root').getByText('resolved', { exact: true }).first()).toBeVisible();

  // Remove takes every value this reviewer gave; nothing of theirs is left in MLflow.
  await mlflow.openTrace(experimentId, second);
  await correct.getByRole('button', { name: 'Remove your correct label' }).click();
  await expect(correct.locator('[data-testid="label-mine"]')).toHaveCount(0);
  expect(await assessmentsNamed(rig.url, second, 'correct')).toEqual([]);
  await note.getByRole('button', { name: 'Remove your mlflow.notes label' }).click();
  await expect.poll(() => assessmentsNamed(rig.url, second, 'mlflow.notes')).toEqual([]);
  await resolved.getByRole('button', { name: 'Remove your resolved label' }).click();
  await expect(resolved.locator('[data-testid="label-mine"]')).toHaveCount(0);
  expect(await assessmentsNamed(rig.url, first, 'resolved')).toEqual([]);
});

test("an experiment's own label set from the options: one of a list per turn, a number for the session, under the reviewer's name", async ({
  mlflow,
  lens,
  manifest,
  context,
  extension,
  rig,
}) => {
  const { experimentId, sessions } = manifest.base;
  const b = sessions.B;
  const options = await context.newPage();
  await options.goto(
    `chrome-extension://${extension.extensionId}/options.html?server=${encodeURIComponent(new URL(rig.url).origin)}&experiment=${experimentId}`,
  );
  await options.getByTestId('reviewer-name').fill('ana');
  await options.getByTestId('reviewer-name').blur();
  const labelSet = options.getByTestId('label-sets');
  await expect(labelSet.getByTestId('label-set-origin')).toContainText('The default labels');
  // Refused with the reason: a list of one.
  await labelSet.getByLabel('Label name').fill('failure mode');
  await labelSet.getByLabel('Value').selectOption('choice');
  await labelSet.getByLabel('Choices, comma-separated').fill('hallucination');
  await labelSet.getByRole('button', { name: 'Add' }).click();
  await expect(labelSet.getByTestId('label-problem')).toContainText('Not added');
  await labelSet.getByLabel('Choices, comma-separated').fill('hallucination, wrong tool, other');
  await labelSet.getByRole('button', { name: 'Add' }).click();
  await expect(labelSet.getByTestId('label-problem')).toBeEmpty();
  await labelSet.getByLabel('Label name').fill('quality');
  await labelSet.getByLabel('Of', { exact: true }).selectOption('session');
  await labelSet.getByLabel('Value').selectOption('number');
  await labelSet.getByRole('button', { name: 'Add' }).click();
  // The default labels stay until removed: take the turn's `correct` away.
  await labelSet.getByRole('button', { name: 'Remove the label correct of each turn' }).click();
  await expect(labelSet.getByTestId('label-set').locator('tbody tr')).toHaveText([
    /mlflow\.notes.*each turn.*free text/,
    /resolved.*the session.*pass \/ fail/,
    /failure mode.*each turn.*one of hallucination, wrong tool, other/,
    /quality.*the session.*a number from 1 to 5/,
  ]);
  await options.close();

  const turn = b.turns[0]!.traceId;
  await mlflow.openTrace(experimentId, turn);
  const editors = lens.openTurn.locator('[data-testid="label-editor"]');
  await expect(editors).toHaveCount(2);
  expect(await editors.evaluateAll((forms) => forms.map((form) => form.getAttribute('data-label')))).toEqual([
    'mlflow.notes',
    'failure mode',
  ]);
  const failureMode = lens.openTurn.locator('[data-testid="label-editor"][data-label="failure mode"]');
  await failureMode.getByLabel('wrong tool').check();
  await failureMode.getByRole('button', { name: 'Save failure mode' }).click();
  await expect(failureMode.locator('[data-testid="label-mine"]')).toHaveText('· yours: wrong tool');
  const quality = lens.root.locator('[data-testid="session-labels"] [data-testid="label-editor"][data-label="quality"]');
  await quality.getByLabel('Value, 1 to 5').fill('4');
  await quality.getByRole('button', { name: 'Save quality' }).click();
  await expect(quality.locator('[data-testid="label-mine"]')).toHaveText('· yours: 4');
  // A person's label shows its author.
  await expect(lens.openTurn.locator('[data-testid="assessment"][data-name="failure mode"] .assessment-source')).toHaveText('ana');

  expect(await assessmentsNamed(rig.url, turn, 'failure mode')).toMatchObject([
    { source: { source_type: 'HUMAN', source_id: 'ana' }, feedback: { value: 'wrong tool' } },
  ]);
  expect(await assessmentsNamed(rig.url, turn, 'quality')).toMatchObject([
    { source: { source_id: 'ana' }, feedback: { value: 4 }, metadata: { 'mlflow.trace.session': b.sessionId } },
  ]);

  await failureMode.getByRole('button', { name: 'Remove your failure mode label' }).click();
  await quality.getByRole('button', { name: 'Remove your quality label' }).click();
  await expect
    .poll(async () => [...(await assessmentsNamed(rig.url, turn, 'failure mode')), ...(await assessmentsNamed(rig.url, turn, 'quality'))])
    .toEqual([]);
});

test('labeling by keyboard on the 1,200-turn session: ten turns labeled without a mouse, J/K/N to move, the progress counted', async ({
  mlflow,
  lens,
  page,
  rig,
}) => {
  const { experimentId, long } = readManifest().shapes;
  const start = 500;
  const labeled = long.turnIds.slice(start - 1, start + 9);
  try {
    await mlflow.openTrace(experimentId, long.turnIds[start - 1]!);
    await expect(lens.turnList).toHaveAttribute('data-turn-count', String(long.turnCount), { timeout: 30_000 });
    await page.keyboard.press('Alt+Shift+L');
    await lens.openTurn.locator('[data-testid="labeling-start"]').focus();
    await page.keyboard.press('Enter');
    const progress = lens.root.locator('[data-testid="labeling-progress"]');
    await expect(progress).toHaveText(`0 of ${long.turnCount} turns labeled by you`);
    for (const [done, traceId] of labeled.entries()) {
      await expect(lens.openTurn).toHaveAttribute('data-trace-id', traceId);
      const correct = lens.openTurn.locator('[data-testid="label-editor"][data-label="correct"]');
      // A second key changes the pick before it is saved.
      await page.keyboard.press('2');
      await expect(correct.getByLabel('fail')).toBeChecked();
      await page.keyboard.press('1');
      await expect(correct.getByLabel('pass')).toBeChecked();
      await page.keyboard.press('Enter');
      await expect(correct.locator('[data-testid="label-mine"]')).toHaveText('· yours: pass');
      await expect(progress).toHaveText(`${done + 1} of ${long.turnCount} turns labeled by you`);
      if (done === 0) {
        // K and J step back and forth, whatever is labeled; N skips to the next turn without the user's label.
        await page.keyboard.press('k');
        await expect(lens.openTurn).toHaveAttribute('data-index', String(start - 1));
        await page.keyboard.press('j');
        await expect(lens.openTurn).toHaveAttribute('data-index', String(start));
      }
      await page.keyboard.press('n');
    }
    await expect(lens.openTurn).toHaveAttribute('data-index', String(start + 10));
    await expect(page).toHaveURL(new RegExp(`traceId=${long.turnIds[start + 9]}`));
    // Enter on one of the panel's buttons presses it, labeling or not: here it ends the mode and saves nothing.
    await page.keyboard.press('1');
    await lens.openTurn.getByRole('button', { name: 'Stop labeling by keyboard' }).focus();
    await page.keyboard.press('Enter');
    await expect(progress).toHaveCount(0);
    expect(await assessmentsNamed(rig.url, long.turnIds[start + 9]!, 'correct')).toEqual([]);
    for (const traceId of labeled) {
      expect(await assessmentsNamed(rig.url, traceId, 'correct')).toMatchObject([
        { source: { source_type: 'HUMAN', source_id: DEFAULT_REVIEWER }, feedback: { value: 'pass' } },
      ]);
    }
  } finally {
    // The long session is read by other tests: leave it as seeded.
    for (const traceId of [...labeled, long.turnIds[start + 9]!])
      for (const assessment of await assessmentsNamed(rig.url, traceId, 'correct'))
        await fetch(`${rig.url}ajax-api/3.0/mlflow/traces/${traceId}/assessments/${assessment.assessment_id}`, { method: 'DELETE' });
  }
});
