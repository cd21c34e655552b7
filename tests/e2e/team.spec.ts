// The MLflow servers teams run (rig/team-servers.ts): a path prefix, HTTPS at a hostname and behind a reverse
// proxy at a sub-path, workspaces, MLflow's basic-auth app, a sign-in proxy that admits by cookie, and a
// gateway that wants a bearer token; several servers at once. Every server is a real `mlflow server`.
import type { BrowserContext, Page } from '@playwright/test';
import type { browser as extensionBrowser } from 'wxt/browser';
import { PANEL_HOST_TAG, TRACE_DRAWER_SELECTOR } from '../../entrypoints/content/host-page';
import { dismissMlflowFirstVisitUi, launchWithExtension, profileWithServersAllowed } from '../../rig/chromium';
import { removeTemporaryFolder } from '../../rig/temporary';
import { makeCertificate, startBearerProxy, startCookieProxy, startTlsProxy, type Proxy } from '../../rig/proxies';
import { EDITOR, READER, TEST_HOSTS } from '../../rig/team-servers';
import type { BaseScenario } from '../fixtures/scenarios';
import { join } from 'node:path';
import { expect, LensPanel, test } from './fixtures';
import { ARTIFACTS_DIR, type Rig } from './rig';

interface WorkspaceManifest {
  workspace: { workspace: string; experimentId: string; sessionId: string; turns: { traceId: string; input: string; output: string }[] };
}

const traceUrl = (base: string, experimentId: string, traceId: string, query = '') =>
  `${base}#/experiments/${experimentId}/traces?${query}${query ? '&' : ''}traceId=${encodeURIComponent(traceId)}`;
const basic = ({ username, password }: { username: string; password: string }) =>
  `Basic ${Buffer.from(`${username}:${password}`).toString('base64')}`;
const baseOf = (manifest: Record<string, unknown>) => manifest.base as BaseScenario;

/** Root-cause confirmations on a trace, read over REST with the given headers. */
async function confirmationsOn(serverUrl: string, traceId: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${serverUrl}ajax-api/3.0/mlflow/traces/${traceId}`, { headers });
  const { trace } = (await response.json()) as {
    trace: { trace_info: { assessments?: { assessment_name: string; valid?: boolean; source?: { source_id?: string } }[] } };
  };
  return (trace.trace_info.assessments ?? []).filter(
    (assessment) => assessment.assessment_name === 'root_cause_turn' && assessment.valid !== false,
  );
}

/**
 * The toolbar popup as it shows over `tab`. A click on the toolbar button cannot be automated; the popup's page
 * opened in a background tab of the same window reads the same active tab.
 */
async function openPopupOver(context: BrowserContext, tab: Page): Promise<Page> {
  await tab.bringToFront();
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const opened = context.waitForEvent('page', (page) => page.url().endsWith('/popup.html'));
  await worker.evaluate(() => chrome.tabs.create({ url: chrome.runtime.getURL('/popup.html'), active: false }));
  return opened;
}

async function openPanel(page: Page, url: string): Promise<LensPanel> {
  await page.goto(url);
  const lens = new LensPanel(page);
  await expect(lens.root).toBeVisible();
  return lens;
}

test('MLflow under --static-prefix: routes, REST calls and links keep the prefix, and a write goes through', async ({ page, rig }) => {
  const { prefixed } = rig.team;
  const { experimentId, sessions } = baseOf(prefixed.manifest);
  const lens = await openPanel(page, traceUrl(prefixed.url, experimentId, sessions.A.turns[3]!.traceId));
  await expect(lens.turns).toHaveCount(6);
  await lens.turn(2).locator('.turn-header').click();
  await expect(lens.openTurn).toHaveAttribute('data-index', '2');
  expect(page.url().startsWith(`${prefixed.url}#/experiments/${experimentId}/traces`)).toBe(true);
  const candidate = lens.root.locator('[data-testid="root-cause-candidate"]').first();
  const traceId = (await candidate.getAttribute('data-trace-id'))!;
  await candidate.locator('[data-testid="confirm-root-cause"]').click();
  await candidate.getByRole('button', { name: 'Write to MLflow' }).click();
  await expect(lens.root.locator('[data-testid="root-cause-confirmed"]')).toContainText('Confirmed by');
  expect(await confirmationsOn(prefixed.url, traceId)).toHaveLength(1);
  await lens.root.locator('[data-testid="root-cause-confirmed"]').getByRole('button', { name: 'Undo' }).click();
  await expect.poll(() => confirmationsOn(prefixed.url, traceId)).toEqual([]);
});

test('two MLflow servers in two tabs: each panel reads its own server, though their session ids are the same', async ({
  context,
  rig,
  manifest,
}) => {
  const first = await context.newPage();
  const second = await context.newPage();
  const here = manifest.base;
  const there = baseOf(rig.team.prefixed.manifest);
  expect(there.sessions.A.sessionId).toBe(here.sessions.A.sessionId);
  const [lensHere, lensThere] = await Promise.all([
    openPanel(first, traceUrl(rig.url, here.experimentId, here.sessions.A.turns[3]!.traceId)),
    openPanel(second, traceUrl(rig.team.prefixed.url, there.experimentId, there.sessions.A.turns[3]!.traceId)),
  ]);
  const idsOf = (lens: LensPanel) => lens.turns.evaluateAll((turns) => turns.map((turn) => turn.getAttribute('data-trace-id')));
  await expect(lensHere.turns).toHaveCount(6);
  await expect(lensThere.turns).toHaveCount(6);
  expect(await idsOf(lensHere)).toEqual(here.sessions.A.turns.map((turn) => turn.traceId));
  expect(await idsOf(lensThere)).toEqual(there.sessions.A.turns.map((turn) => turn.traceId));
});

test('workspaces: the panel reads and writes in the workspace the UI selected, and follows a switch', async ({ page, rig }) => {
  const { url, manifests } = rig.team.workspaces;
  const [teamA, teamB] = [
    (manifests['team-a'] as unknown as WorkspaceManifest).workspace,
    (manifests['team-b'] as unknown as WorkspaceManifest).workspace,
  ];
  expect(teamA.sessionId).toBe(teamB.sessionId);
  const lens = await openPanel(page, traceUrl(url, teamA.experimentId, teamA.turns[1]!.traceId, 'workspace=team-a'));
  await expect(lens.turns.locator('[data-testid="turn-input"]')).toHaveText(teamA.turns.map((turn) => turn.input));

  // A write lands in the workspace shown.
  const candidate = lens.root.locator('[data-testid="root-cause-candidate"]').first();
  const traceId = (await candidate.getAttribute('data-trace-id'))!;
  await candidate.locator('[data-testid="confirm-root-cause"]').click();
  await candidate.getByRole('button', { name: 'Write to MLflow' }).click();
  await expect(lens.root.locator('[data-testid="root-cause-confirmed"]')).toBeVisible();
  expect(await confirmationsOn(url, traceId, { 'X-MLFLOW-WORKSPACE': 'team-a' })).toHaveLength(1);
  await lens.root.locator('[data-testid="root-cause-confirmed"]').getByRole('button', { name: 'Undo' }).click();
  await expect.poll(() => confirmationsOn(url, traceId, { 'X-MLFLOW-WORKSPACE': 'team-a' })).toEqual([]);

  // Switching workspace in the UI switches the panel: the same session id, the other workspace's turns.
  await page.goto(traceUrl(url, teamB.experimentId, teamB.turns[2]!.traceId, 'workspace=team-b'));
  await expect(lens.turns.locator('[data-testid="turn-input"]')).toHaveText(teamB.turns.map((turn) => turn.input));
  await expect(lens.openTurn).toHaveAttribute('data-trace-id', teamB.turns[2]!.traceId);
});

test.describe("MLflow's basic-auth app", () => {
  test('signed in to MLflow in the browser, the panel reads as that user; a READ user gets "you may not write here" and keeps the text and the label', async ({
    page,
    rig,
  }) => {
    const { url, manifest } = rig.team.auth;
    const { experimentId, sessions } = baseOf(manifest);
    const signedIn = url.replace('http://', `http://${READER.username}:${READER.password}@`);
    const lens = await openPanel(page, traceUrl(signedIn, experimentId, sessions.A.turns[3]!.traceId));
    await expect(lens.turns).toHaveCount(6);
    const candidate = lens.root.locator('[data-testid="root-cause-candidate"]').first();
    await candidate.locator('[data-testid="confirm-root-cause"]').click();
    const rationale = candidate.getByLabel('Why this turn (saved with the assessment)');
    await rationale.fill('Started at turn 2.');
    await candidate.getByRole('button', { name: 'Write to MLflow' }).click();
    await expect(candidate.getByRole('alert')).toContainText('Permission denied');
    await expect(candidate.getByRole('alert')).toContainText('may not do this here');
    await expect(rationale).toHaveValue('Started at turn 2.');

    // A label is refused the same way, and the choice stays to save again.
    const correct = lens.openTurn.locator('[data-testid="label-editor"][data-label="correct"]');
    await correct.getByLabel('fail').check();
    await correct.getByLabel('Rationale (optional)').fill('Wrong refund window.');
    await correct.getByRole('button', { name: 'Save correct' }).click();
    await expect(correct.locator('[data-testid="label-error"]')).toContainText('Permission denied');
    await expect(correct.getByLabel('fail')).toBeChecked();
    await expect(correct.getByLabel('Rationale (optional)')).toHaveValue('Wrong refund window.');
  });

  test('an EDIT user writes and undoes, under their MLflow sign-in', async ({ page, rig }) => {
    const { url, manifest } = rig.team.auth;
    const { experimentId, sessions } = baseOf(manifest);
    const signedIn = url.replace('http://', `http://${EDITOR.username}:${EDITOR.password}@`);
    const lens = await openPanel(page, traceUrl(signedIn, experimentId, sessions.A.turns[3]!.traceId));
    const candidate = lens.root.locator('[data-testid="root-cause-candidate"]').first();
    const traceId = (await candidate.getAttribute('data-trace-id'))!;
    await candidate.locator('[data-testid="confirm-root-cause"]').click();
    await candidate.getByRole('button', { name: 'Write to MLflow' }).click();
    await expect(lens.root.locator('[data-testid="root-cause-confirmed"]')).toBeVisible();
    const asEditor = { authorization: basic(EDITOR) };
    expect(await confirmationsOn(url, traceId, asEditor)).toHaveLength(1);
    await lens.root.locator('[data-testid="root-cause-confirmed"]').getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => confirmationsOn(url, traceId, asEditor)).toEqual([]);
  });

  test('when the browser does not share its sign-in, the panel asks once, says when it is refused, and reads with it', async ({
    page,
    rig,
  }) => {
    const { url, manifest } = rig.team.auth;
    const { experimentId, sessions } = baseOf(manifest);
    // MLflow's own page is signed in by header only: the browser keeps no sign-in Session Lens's requests could use.
    await page.setExtraHTTPHeaders({ authorization: basic(READER) });
    const lens = await openPanel(page, traceUrl(url, experimentId, sessions.A.turns[3]!.traceId));
    const signIn = lens.root.locator('[data-testid="panel-sign-in"]');
    await expect(signIn).toContainText('asks who you are');
    await signIn.getByLabel('User name').fill(READER.username);
    await signIn.getByLabel('Password').fill('not-the-password');
    await signIn.getByRole('button', { name: 'Sign in' }).click();
    await expect(signIn.locator('[data-testid="sign-in-refused"]')).toContainText(`signed in as ${READER.username} and MLflow refused it`);
    await signIn.getByRole('button', { name: 'Forget it' }).click();
    await expect(signIn.locator('[data-testid="sign-in-refused"]')).toHaveCount(0);
    await signIn.getByLabel('User name').fill(READER.username);
    await signIn.getByLabel('Password').fill(READER.password);
    await signIn.getByRole('button', { name: 'Sign in' }).click();
    // The basic-auth app checks the password hash on every request, the page's own and the panel's: on a busy
    // machine MLflow's own drawer takes over 15 s here too.
    await expect(lens.turns).toHaveCount(6, { timeout: 45_000 });
  });
});

test('a sign-in proxy that admits by cookie: the panel reads with the browser’s cookie, and an expired one gives the sign-in state', async ({
  page,
  context,
  rig,
  manifest,
}) => {
  const proxy = await startCookieProxy(rig.url, '_oauth2_proxy');
  try {
    await context.addCookies([{ name: '_oauth2_proxy', value: proxy.validCookie.value, url: proxy.url }]);
    const { experimentId, sessions } = manifest.base;
    const lens = await openPanel(page, traceUrl(proxy.url, experimentId, sessions.A.turns[3]!.traceId));
    await expect(lens.turns).toHaveCount(6);
    proxy.validCookie.value = 'signed-in-2';
    await lens.root.getByRole('button', { name: 'Refresh' }).click();
    await expect(lens.root.locator('[data-testid="panel-sign-in"]')).toContainText('A sign-in page stands in front of MLflow');
  } finally {
    await proxy.stop();
  }
});

test('a server behind a gateway that wants a bearer token: the token from the options is sent to that server only', async ({
  page,
  context,
  extension,
  rig,
  manifest,
}) => {
  const token = 'gateway-token-1';
  const proxy = await startBearerProxy(rig.url, token);
  try {
    // MLflow's own UI sends each `mlflow-request-header-<Name>` cookie as a header: that is how its page gets the token.
    await context.addCookies([
      { name: 'mlflow-request-header-Authorization', value: encodeURIComponent(`Bearer ${token}`), url: proxy.url },
    ]);
    const { experimentId, sessions } = manifest.base;
    const lens = await openPanel(page, traceUrl(proxy.url, experimentId, sessions.A.turns[3]!.traceId));
    await expect(lens.root.locator('[data-testid="panel-sign-in"]')).toBeVisible();
    const options = await context.newPage();
    await options.goto(`chrome-extension://${extension.extensionId}/options.html`);
    const form = options.locator('[data-testid="token-form"]');
    await form.getByLabel('Server address').fill(proxy.url);
    await form.getByLabel('Token').fill(token);
    await form.getByRole('button', { name: 'Save the token' }).click();
    await expect(options.locator('[data-testid="sign-in-list"]')).toContainText('a token');
    await options.close();
    await lens.root.getByRole('button', { name: 'Try again as the browser' }).click();
    await expect(lens.turns).toHaveCount(6);
  } finally {
    await proxy.stop();
  }
});

test.describe('HTTPS at a hostname, and behind a reverse proxy at a sub-path, on servers the user enabled', () => {
  let proxies: Proxy[] = [];
  let args: string[] = [];
  let rootUrl = '';
  let subPathUrl = '';

  test.beforeAll(async () => {
    const { readRig } = await import('./rig');
    const rig: Rig = readRig();
    const certificate = makeCertificate(TEST_HOSTS);
    const target = `http://127.0.0.1:${rig.team.prefixed.port}`;
    const [atRoot, atSubPath] = await Promise.all([
      startTlsProxy(target, certificate, TEST_HOSTS[0]!, '/'),
      startTlsProxy(target, certificate, TEST_HOSTS[1]!, '/ml/'),
    ]);
    proxies = [atRoot, atSubPath];
    rootUrl = `${atRoot.url}mlflow/`;
    subPathUrl = `${atSubPath.url}mlflow/`;
    args = [
      `--host-resolver-rules=${TEST_HOSTS.map((host) => `MAP ${host} 127.0.0.1`).join(', ')}`,
      `--ignore-certificate-errors-spki-list=${certificate.spkiSha256}`,
    ];
  });

  test.afterAll(async () => {
    await Promise.all(proxies.map((proxy) => proxy.stop()));
  });

  test('registered on the enabled servers, kept across a browser restart, off where disabled; the popup over them (screenshot)', async ({
    rig,
  }) => {
    test.setTimeout(120_000);
    const { experimentId, sessions } = baseOf(rig.team.prefixed.manifest);
    const origins = TEST_HOSTS.map((host) => new URL(rootUrl.replace(TEST_HOSTS[0]!, host)).origin.replace(/:\d+$/, ''));
    const userDataDir = await profileWithServersAllowed(origins, { args });
    const launch = async (): Promise<BrowserContext> => {
      const { context } = await launchWithExtension({ userDataDir, args });
      await dismissMlflowFirstVisitUi(context);
      return context;
    };
    let context = await launch();
    try {
      const page = context.pages()[0] ?? (await context.newPage());
      const lens = await openPanel(page, traceUrl(rootUrl, experimentId, sessions.A.turns[3]!.traceId));
      await expect(lens.turns).toHaveCount(6);

      // A write over HTTPS passes MLflow's cross-origin check: the Origin rule covers the enabled host.
      const candidate = lens.root.locator('[data-testid="root-cause-candidate"]').first();
      await candidate.locator('[data-testid="confirm-root-cause"]').click();
      await candidate.getByRole('button', { name: 'Write to MLflow' }).click();
      await expect(lens.root.locator('[data-testid="root-cause-confirmed"]')).toBeVisible();
      await lens.root.locator('[data-testid="root-cause-confirmed"]').getByRole('button', { name: 'Undo' }).click();
      await expect(lens.root.locator('[data-testid="confirm-root-cause"]')).toBeVisible();

      // Behind a reverse proxy at a sub-path: links keep it.
      const behind = await openPanel(await context.newPage(), traceUrl(subPathUrl, experimentId, sessions.A.turns[3]!.traceId));
      await expect(behind.turns).toHaveCount(6);
      await behind.turn(5).locator('.turn-header').click();
      await expect(behind.openTurn).toHaveAttribute('data-index', '5');
      expect(behind.page.url().startsWith(`${subPathUrl}#/experiments/`)).toBe(true);

      // An enabled server's page that is not MLflow's UI gets nothing.
      const plain = await context.newPage();
      await plain.goto(`${rootUrl}health`);
      await expect(plain.locator('body')).toContainText('OK');
      expect(await plain.locator(PANEL_HOST_TAG).count()).toBe(0);
    } finally {
      await context.close();
    }

    // After a browser restart, the registration is still there.
    context = await launch();
    try {
      const page = context.pages()[0] ?? (await context.newPage());
      const lens = await openPanel(page, traceUrl(rootUrl, experimentId, sessions.A.turns[3]!.traceId));
      await expect(lens.turns).toHaveCount(6);
      const behindAfterRestart = (
        await openPanel(await context.newPage(), traceUrl(subPathUrl, experimentId, sessions.A.turns[0]!.traceId))
      ).page;

      // Disabled from the options page: the permission and the registration go.
      const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
      const options = await context.newPage();
      await options.goto(`chrome-extension://${new URL(worker.url()).host}/options.html`);
      const list = options.locator('[data-testid="server-list"]');
      await expect(list).toContainText(origins[0]!);
      await expect(list).toContainText(origins[1]!);
      await list.locator('li', { hasText: origins[0]! }).getByRole('button', { name: 'Disable' }).click();
      await expect(list).not.toContainText(origins[0]!);
      expect(await worker.evaluate((pattern) => chrome.permissions.contains({ origins: [pattern] }), `${origins[0]}/*`)).toBe(false);
      const after = await context.newPage();
      await after.goto(traceUrl(rootUrl, experimentId, sessions.A.turns[3]!.traceId));
      await expect(after.locator(TRACE_DRAWER_SELECTOR)).toBeVisible();
      await after.waitForTimeout(2_000);
      expect(await after.locator(PANEL_HOST_TAG).count()).toBe(0);

      // The toolbar popup over the enabled server's tab says the page is MLflow's UI, offers to disable, and lists
      // the server still enabled. (Over a server not enabled, only the click on the toolbar button, which grants
      // `activeTab`, lets it read the tab's address: tests/components/servers.test.tsx has that view.)
      const onEnabled = await openPopupOver(context, behindAfterRestart);
      await expect(onEnabled.locator('[data-testid="popup-is-mlflow"]')).toHaveText("This page is MLflow's UI.");
      await expect(onEnabled.getByRole('button', { name: `Disable on ${new URL(subPathUrl).origin}` })).toBeVisible();
      await expect(onEnabled.locator('[data-testid="popup-servers"] li')).toHaveText([new RegExp(`^${origins[1]!}`)]);
      await onEnabled.setViewportSize({ width: 380, height: 260 });
      await onEnabled.screenshot({ path: join(ARTIFACTS_DIR, 'popup.png') });
    } finally {
      await context.close();
      await removeTemporaryFolder(userDataDir);
    }
  });
});

test('the popup, opened on no web page, says to open one and lists the servers enabled', async ({ page, extension }) => {
  await page.goto(`chrome-extension://${extension.extensionId}/popup.html`);
  await expect(page.getByText('Open an MLflow page to use Session Lens.')).toBeVisible();
  await expect(page.getByText('None yet: localhost and 127.0.0.1 need no enabling.')).toBeVisible();
});

// `chrome` inside the extension's service worker, where `serviceWorker.evaluate` runs.
declare const chrome: typeof extensionBrowser;
