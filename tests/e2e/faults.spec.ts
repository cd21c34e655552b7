// Server errors, malformed and slow answers, and dropped connections, through a real proxy in front of the
// real MLflow server. Each time the panel says what went wrong and MLflow's own drawer keeps working.
import { startFaultProxy, type FaultProxy, type FaultRule } from '../../rig/fault-proxy';
import { expect, test, MlflowUi } from './fixtures';

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

test('a dropped connection says MLflow cannot be reached', async ({ mlflow, lens, manifest }) => {
  proxy.setFaults([{ ...SEARCH, fault: { kind: 'drop' } }]);
  const ui = throughProxy(mlflow);
  await ui.openTrace(manifest.base.experimentId, manifest.base.sessions.A.turns[1]!.traceId);
  await expect(lens.root.locator('[data-testid="panel-error"]')).toContainText('MLflow cannot be reached');
  await expect(ui.drawer).toBeVisible();
});
