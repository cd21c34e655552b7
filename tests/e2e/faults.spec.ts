// Server errors, malformed and slow answers, and dropped connections, through a real proxy in front of the
// real MLflow server. Each time the panel says what went wrong and MLflow's own drawer keeps working.
import { startFaultProxy, type FaultProxy, type FaultRule } from '../../rig/fault-proxy';
import { assessmentsNamed, rootCauseAssessments } from './core-flows';
import { expect, LensPanel, MlflowUi, test } from './fixtures';

let proxy: FaultProxy;

test.beforeAll(async () => {
  const { readRig } = await import('./rig');
  proxy = await startFaultProxy(readRig().url);
});

test.afterAll(async () => {
  await proxy.stop();
});

function throughProxy(mlflow: MlflowUi): MlflowUi {
  return new MlflowUi(mlflow.page, { ...mlflow.rig, url: proxy.url });
}

const SEARCH: Omit<FaultRule, 'fault'> = { method: 'POST', path: /\/ajax-api\/3\.0\/mlflow\/traces\/search/ };

test('a server error shows the status, error code and message', async ({ mlflow, lens, manifest }) => {
  proxy.setFaults([
    {
      ...SEARCH,
      fault: { kind: 'status', status: 500, body: JSON.stringify({ error_code: 'INTERNAL_ERROR', message: 'database is locked' }) },
    },
  ]);
  const ui = throughProxy(mlflow);
  await ui.openTrace(manifest.base.experimentId, manifest.base.sessions.A.turns[2]!.traceId);
  const error = lens.root.locator('[data-testid="panel-error"]');
  await expect(error).toContainText('MLflow answered 500 (INTERNAL_ERROR)');
  await expect(error.locator('[data-testid="panel-error-message"]')).toHaveText('database is locked');
  await expect(ui.drawer).toBeVisible();

  // Once the server recovers, "Try again" loads the session.
  proxy.setFaults([]);
  await error.getByRole('button', { name: 'Try again' }).click();
  await expect(lens.turns).toHaveCount(6);
});

test('a proxy error page that is not JSON is reported, not shown blank', async ({ mlflow, lens, manifest }) => {
  proxy.setFaults([
    {
      ...SEARCH,
      fault: { kind: 'status', status: 502, body: '<html><body><h1>502 Bad Gateway</h1></body></html>', contentType: 'text/html' },
    },
  ]);
  const ui = throughProxy(mlflow);
  await ui.openTrace(manifest.base.experimentId, manifest.base.sessions.A.turns[2]!.traceId);
  const error = lens.root.locator('[data-testid="panel-error"]');
  await expect(error).toContainText('MLflow answered 502');
  await expect(error.locator('[data-testid="panel-error-message"]')).toHaveText('<html><body><h1>502 Bad Gateway</h1></body></html>');
  await expect(error.locator('h1, body, html')).toHaveCount(0);
});

test('a malformed answer is named as such', async ({ mlflow, lens, manifest }) => {
  proxy.setFaults([{ ...SEARCH, fault: { kind: 'status', status: 200, body: '{"traces": [{"trace_id": "tr-' } }]);
  const ui = throughProxy(mlflow);
  await ui.openTrace(manifest.base.experimentId, manifest.base.sessions.A.turns[2]!.traceId);
  await expect(lens.root.locator('[data-testid="panel-error"]')).toContainText('MLflow sent an answer Session Lens cannot read');
  await expect(lens.root.locator('[data-testid="panel-error-message"]')).toContainText('not JSON');

  proxy.setFaults([{ ...SEARCH, fault: { kind: 'status', status: 200, body: '{"traces": "none"}' } }]);
  await lens.root.getByRole('button', { name: 'Try again' }).click();
  await expect(lens.root.locator('[data-testid="panel-error-message"]')).toContainText('unexpected shape at traces');
  await expect(ui.drawer).toBeVisible();
});

test('a slow server shows the loading state, then the session', async ({ mlflow, lens, manifest }) => {
  // Long enough to outlast MLflow's own page load on a busy machine: the loading state must be seen.
  proxy.setFaults([{ method: 'GET', path: /\/ajax-api\/3\.0\/mlflow\/traces\/tr-/, fault: { kind: 'delay', ms: 8000 } }]);
  const ui = throughProxy(mlflow);
  await ui.page.goto(ui.traceUrl(manifest.base.experimentId, manifest.base.sessions.B.turns[0]!.traceId));
  await expect(lens.root.locator('[data-testid="panel-loading"]')).toBeVisible();
  await expect(ui.drawer).toBeVisible();
  await expect(lens.turns).toHaveCount(3, { timeout: 20_000 });
});

test("a long session read slowly, opened at its first turn (as MLflow's session page does): the turns after it show while the rest comes, then the whole session", async ({
  mlflow,
  lens,
  manifest,
}) => {
  test.setTimeout(90_000);
  // 1,200 turns, 500 a page: the newest page does not hold turn 1, so the oldest end is read beside the
  // newest end's second page and the preview shows from it; that second page is held until the checks below
  // are done (a delay of 4 s a page was once too short for them on a busy machine).
  proxy.setFaults([{ ...SEARCH, body: /DESC/, after: 1, fault: { kind: 'hold' } }]);
  const ui = throughProxy(mlflow);
  const { long, experimentId } = manifest.shapes;
  await ui.openTrace(experimentId, long.first.traceId);
  const preview = lens.root.locator('[data-testid="turn-preview"]');
  const open = preview.locator('[data-testid="preview-turn"][aria-current="true"]');
  await expect(open.locator('.turn-number')).toHaveText('This turn', { timeout: 25_000 });
  await expect(open.locator('[data-testid="turn-input"]')).toHaveText(long.first.input);
  await expect(preview.locator('[data-testid="preview-turn"]')).toHaveCount(6);
  await expect(preview.locator('.turn-number').last()).toHaveText('5 turns after');
  await expect(lens.root.locator('[data-testid="panel-loading"]')).toHaveText(
    'Reading the rest of the session: its first 500 turns so far',
  );
  await expect(lens.turnList).toHaveCount(0);
  await expect(ui.drawer).toBeVisible();

  proxy.setFaults([]);
  await expect(lens.turnList).toHaveAttribute('data-turn-count', String(long.turnCount), { timeout: 25_000 });
  await expect(preview).toHaveCount(0);
  await expect(lens.openTurn).toHaveAttribute('data-trace-id', long.first.traceId);
});

test('a dropped connection says MLflow cannot be reached', async ({ mlflow, lens, manifest }) => {
  proxy.setFaults([{ ...SEARCH, fault: { kind: 'drop' } }]);
  const ui = throughProxy(mlflow);
  await ui.openTrace(manifest.base.experimentId, manifest.base.sessions.A.turns[1]!.traceId);
  await expect(lens.root.locator('[data-testid="panel-error"]')).toContainText('MLflow cannot be reached');
  await expect(ui.drawer).toBeVisible();
});

// Every way an answer can go wrong, each ending in a clear state with a retry, MLflow's drawer still working.
const MATRIX: { name: string; fault: FaultRule['fault']; heading: string | RegExp; detail: RegExp; state?: string; retry?: string }[] = [
  {
    name: '401 (not signed in)',
    fault: { kind: 'status', status: 401, body: JSON.stringify({ error_code: 'UNAUTHENTICATED', message: 'You are not authenticated.' }) },
    heading: /asks who you are/,
    detail: /Sign in to MLflow in this browser/,
    state: 'panel-sign-in',
    retry: 'Try again as the browser',
  },
  {
    name: "403 with MLflow's permission error",
    fault: { kind: 'status', status: 403, body: JSON.stringify({ error_code: 'PERMISSION_DENIED', message: 'Permission denied' }) },
    heading: 'MLflow answered 403 (PERMISSION_DENIED)',
    detail: /may not do this here/,
  },
  {
    name: '404',
    fault: {
      kind: 'status',
      status: 404,
      body: JSON.stringify({ error_code: 'RESOURCE_DOES_NOT_EXIST', message: 'Experiment not found.' }),
    },
    heading: 'MLflow answered 404 (RESOURCE_DOES_NOT_EXIST)',
    detail: /Experiment not found/,
  },
  {
    name: '413 from a proxy',
    fault: { kind: 'status', status: 413, body: 'Request Entity Too Large', contentType: 'text/plain' },
    heading: 'MLflow answered 413',
    detail: /too large for MLflow or a proxy/,
  },
  {
    name: '429 with Retry-After',
    fault: { kind: 'status', status: 429, body: 'Too Many Requests', contentType: 'text/plain', headers: { 'retry-after': '30' } },
    heading: 'MLflow answered 429',
    detail: /wait 30 s/,
  },
  {
    name: '503',
    fault: {
      kind: 'status',
      status: 503,
      body: JSON.stringify({ error_code: 'TEMPORARILY_UNAVAILABLE', message: 'Down for maintenance' }),
    },
    heading: 'MLflow answered 503 (TEMPORARILY_UNAVAILABLE)',
    detail: /not answering right now/,
  },
  {
    name: 'a truncated body',
    fault: { kind: 'truncate', bytes: 100 },
    heading: 'MLflow cannot be reached',
    detail: /connection to MLflow broke/,
  },
  {
    name: 'a Content-Length that lies',
    fault: { kind: 'lying-length' },
    heading: 'MLflow cannot be reached',
    detail: /connection to MLflow broke/,
  },
  {
    name: 'a connection reset mid-body',
    fault: { kind: 'reset' },
    heading: 'MLflow cannot be reached',
    detail: /connection to MLflow broke/,
  },
];

for (const { name, fault, heading, detail, state = 'panel-error', retry = 'Try again' } of MATRIX) {
  test(`fault: ${name} ends in a clear state, and a retry loads the session`, async ({ mlflow, lens, manifest }) => {
    proxy.setFaults([{ ...SEARCH, fault }]);
    const ui = throughProxy(mlflow);
    await ui.openTrace(manifest.base.experimentId, manifest.base.sessions.A.turns[2]!.traceId);
    const error = lens.root.locator(`[data-testid="${state}"]`);
    await expect(error.locator('.error-heading')).toHaveText(heading);
    await expect(error).toContainText(detail);
    await expect(ui.drawer).toBeVisible();
    proxy.setFaults([]);
    await error.getByRole('button', { name: retry }).click();
    await expect(lens.turns).toHaveCount(6);
  });
}

test('fault: an answer that stalls for 30 s ends in "too slow", not an endless spinner', async ({ mlflow, lens, manifest }) => {
  test.setTimeout(90_000);
  proxy.setFaults([{ ...SEARCH, fault: { kind: 'stall', ms: 35_000 } }]);
  const ui = throughProxy(mlflow);
  await ui.openTrace(manifest.base.experimentId, manifest.base.sessions.A.turns[2]!.traceId);
  await expect(lens.root.locator('[data-testid="panel-loading"]')).toBeVisible();
  const error = lens.root.locator('[data-testid="panel-error"]');
  await expect(error.locator('.error-heading')).toHaveText('MLflow is too slow to answer', { timeout: 40_000 });
  await expect(ui.drawer).toBeVisible();
  proxy.setFaults([]);
  await error.getByRole('button', { name: 'Try again' }).click();
  await expect(lens.turns).toHaveCount(6);
});

test('fault: the service worker stopped in the middle of a load says so, and a retry starts it again', async ({
  mlflow,
  lens,
  manifest,
  page,
  context,
}) => {
  proxy.setFaults([{ ...SEARCH, fault: { kind: 'delay', ms: 4_000 } }]);
  const ui = throughProxy(mlflow);
  const searches = proxy.extensionRequests.length;
  await page.goto(ui.traceUrl(manifest.base.experimentId, manifest.base.sessions.A.turns[2]!.traceId));
  await expect.poll(() => proxy.extensionRequests.slice(searches).some((request) => request.includes('traces/search'))).toBe(true);
  // Chrome stops idle extension workers; here it is stopped while the search is on its way.
  const cdp = await context.newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  const error = lens.root.locator('[data-testid="panel-error"]');
  await expect(error).toContainText('service worker stopped before it answered');
  await expect(ui.drawer).toBeVisible();
  proxy.setFaults([]);
  await error.getByRole('button', { name: 'Try again' }).click();
  await expect(lens.turns).toHaveCount(6);
});

const WRITE: Omit<FaultRule, 'fault'> = { method: 'POST', path: /\/ajax-api\/3\.0\/mlflow\/traces\/[^/]+\/assessments/ };

/** The human `root_cause_turn` confirmations MLflow holds on a trace, read over REST. */
test('a write MLflow refuses keeps the user’s text and says why; the retry writes once', async ({ mlflow, lens, manifest, rig }) => {
  const { experimentId, refundWindow } = manifest.rootcause;
  const ui = throughProxy(mlflow);
  proxy.setFaults([
    {
      ...WRITE,
      fault: { kind: 'status', status: 403, body: JSON.stringify({ error_code: 'PERMISSION_DENIED', message: 'Permission denied' }) },
    },
  ]);
  await ui.openTrace(experimentId, refundWindow.turns[4]!.traceId);
  const candidate = lens.root.locator('[data-testid="root-cause-candidate"]').first();
  const traceId = (await candidate.getAttribute('data-trace-id'))!;
  await candidate.locator('[data-testid="confirm-root-cause"]').click();
  const rationale = candidate.getByLabel('Why this turn (saved with the assessment)');
  await rationale.fill('The 2019 policy came in here.');
  await candidate.getByRole('button', { name: 'Write to MLflow' }).click();
  await expect(candidate.getByRole('alert')).toContainText('Permission denied');
  await expect(candidate.getByRole('alert')).toContainText('may not do this here');
  await expect(rationale).toHaveValue('The 2019 policy came in here.');
  expect(await rootCauseAssessments(rig.url, traceId)).toEqual([]);

  // MLflow takes the next attempt but its answer is lost on the way back; a third click finds it written.
  proxy.setFaults([{ ...WRITE, fault: { kind: 'lose-answer' } }]);
  await candidate.getByRole('button', { name: 'Write to MLflow' }).click();
  await expect(candidate.getByRole('alert')).toContainText('connection to MLflow broke');
  await expect(rationale).toHaveValue('The 2019 policy came in here.');
  proxy.setFaults([]);
  await candidate.getByRole('button', { name: 'Write to MLflow' }).click();
  await expect(lens.root.locator('[data-testid="root-cause-confirmed"]')).toContainText('The 2019 policy came in here.');
  const written = await rootCauseAssessments(rig.url, traceId);
  expect(written).toHaveLength(1);

  await lens.root.locator('[data-testid="root-cause-confirmed"]').getByRole('button', { name: 'Undo' }).click();
  await expect.poll(() => rootCauseAssessments(rig.url, traceId)).toEqual([]);
});

test('a label whose write fails keeps the choice and says why; after a lost answer, Save again writes it once', async ({
  mlflow,
  lens,
  manifest,
  rig,
}) => {
  const { experimentId, sessions } = manifest.base;
  const traceId = sessions.B.turns[2]!.traceId;
  const ui = throughProxy(mlflow);
  proxy.setFaults([{ ...WRITE, fault: { kind: 'status', status: 503, body: 'upstream unavailable', contentType: 'text/plain' } }]);
  await ui.openTrace(experimentId, traceId);
  const correct = lens.openTurn.locator('[data-testid="label-editor"][data-label="correct"]');
  await correct.getByLabel('pass').check();
  await correct.getByRole('button', { name: 'Save correct' }).click();
  await expect(correct.locator('[data-testid="label-error"]')).toContainText('MLflow answered 503');
  await expect(correct.locator('[data-testid="label-error"]')).toContainText('Your choice is kept here');
  await expect(correct.getByLabel('pass')).toBeChecked();
  expect(await assessmentsNamed(rig.url, traceId, 'correct')).toEqual([]);

  proxy.setFaults([{ ...WRITE, fault: { kind: 'lose-answer' } }]);
  await correct.getByRole('button', { name: 'Save correct' }).click();
  await expect(correct.locator('[data-testid="label-error"]')).toContainText('connection to MLflow broke');
  proxy.setFaults([]);
  await correct.getByRole('button', { name: 'Save correct' }).click();
  await expect(correct.locator('[data-testid="label-mine"]')).toHaveText('· yours: pass');
  expect(await assessmentsNamed(rig.url, traceId, 'correct')).toHaveLength(1);

  await correct.getByRole('button', { name: 'Remove your correct label' }).click();
  await expect.poll(() => assessmentsNamed(rig.url, traceId, 'correct')).toEqual([]);
});

test('a label whose write fails after its tab was closed comes back, with the reason, on the next page of that turn', async ({
  context,
  page,
  mlflow,
  lens,
  manifest,
  rig,
}) => {
  const { experimentId, sessions } = manifest.base;
  const traceId = sessions.B.turns[1]!.traceId;
  proxy.setFaults([{ ...WRITE, fault: { kind: 'stall', ms: 2_000 } }]);
  await throughProxy(mlflow).openTrace(experimentId, traceId);
  const editor = (panel: typeof lens) => panel.openTurn.locator('[data-testid="label-editor"][data-label="correct"]');
  await editor(lens).getByLabel('fail').check();
  await editor(lens).getByLabel('Rationale (optional)').fill('The label is not free.');
  await editor(lens).getByRole('button', { name: 'Save correct' }).click();
  // The tab goes while the write is on its way; the worker carries on, and the write fails.
  const next = await context.newPage();
  await page.close();
  await expect.poll(() => proxy.extensionRequests.filter((request) => request.includes('/assessments')).length).toBeGreaterThan(0);
  await next.waitForTimeout(2_500);

  const again = new MlflowUi(next, { ...mlflow.rig, url: proxy.url });
  const lensAgain = new LensPanel(next);
  await again.openTrace(experimentId, traceId);
  await expect(editor(lensAgain).locator('[data-testid="label-error"]')).toContainText(/Not saved: .* \(on .*\)/);
  await expect(editor(lensAgain).getByLabel('fail')).toBeChecked();
  await expect(editor(lensAgain).getByLabel('Rationale (optional)')).toHaveValue('The label is not free.');
  expect(await assessmentsNamed(rig.url, traceId, 'correct')).toEqual([]);

  proxy.setFaults([]);
  await editor(lensAgain).getByRole('button', { name: 'Save correct' }).click();
  await expect(editor(lensAgain).locator('[data-testid="label-mine"]')).toHaveText('· yours: fail');
  expect(await assessmentsNamed(rig.url, traceId, 'correct')).toHaveLength(1);
  await editor(lensAgain).getByRole('button', { name: 'Remove your correct label' }).click();
  await expect.poll(() => assessmentsNamed(rig.url, traceId, 'correct')).toEqual([]);
});
