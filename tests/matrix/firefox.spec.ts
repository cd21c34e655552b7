// The Firefox build in Debian's Firefox ESR, driven by puppeteer-core over WebDriver BiDi (Playwright cannot
// load an extension into a stock Firefox), against a real `mlflow server` with its default security settings.
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { startFaultProxy } from '../../rig/fault-proxy';
import { launchFirefoxWithExtension, type FirefoxWithExtension } from '../../rig/firefox';
import { confirmAndUndo, panelOnTurnFour, puppeteerDriver, rootCauseOfTheExample, traceUrl } from '../e2e/core-flows';
import { readMatrixManifest, readMatrixRig } from './rig';

const server = readMatrixRig().firefox;
const manifest = readMatrixManifest(server);

let firefox: FirefoxWithExtension;
test.beforeEach(async () => {
  firefox = await launchFirefoxWithExtension();
});
test.afterEach(async () => {
  await firefox.browser.close();
});

test('Firefox core: turn 4 of the judged session: six turns, session-level and per-turn assessments, scorer errors hidden', async () => {
  await panelOnTurnFour(puppeteerDriver(firefox.page), server, manifest.base);
});

test("Firefox core: the manual workflow's example points at turn 3", async () => {
  await rootCauseOfTheExample(puppeteerDriver(firefox.page), server, manifest.rootcause);
});

test('Firefox core: a confirmation written, read back over REST, and undone', async () => {
  await confirmAndUndo(puppeteerDriver(firefox.page), server, manifest.rootcause, 'Confirmed in Firefox.');
});

test("the extension's POSTs pass MLflow's cross-origin check in Firefox: its rule strips the moz-extension Origin that MLflow refuses", async () => {
  // Through a recording proxy: what reaches MLflow, header by header.
  const proxy = await startFaultProxy(server.url);
  try {
    const logLines = () => readFileSync(server.logFile, 'utf8').split('\n');
    const before = logLines().length - 1;
    const driver = puppeteerDriver(firefox.page);
    const { experimentId, sessions } = manifest.base;
    await driver.goto(traceUrl(proxy.url, experimentId, sessions.A.turns[0]!.traceId, server.mlflowVersion));
    await expect.poll(async () => (await driver.snapshot()).turns.length, { timeout: 30_000 }).toBe(sessions.A.turns.length);

    // The panel's searches are POSTs; in Firefox they come with `Sec-Fetch-Site: same-origin` like the page's
    // own, so they are told apart by their Origin: the page's carry the page's, the extension's none at all.
    const searches = proxy.traffic.filter((exchange) => exchange.method === 'POST' && exchange.path.includes('/mlflow/traces/search'));
    const proxyOrigin = new URL(proxy.url).origin;
    expect(searches.filter((exchange) => exchange.origin === null).length).toBeGreaterThan(0);
    expect(searches.filter((exchange) => exchange.origin !== null && exchange.origin !== proxyOrigin)).toEqual([]);
    expect(
      logLines()
        .slice(before)
        .filter((line) => line.includes('Blocked cross-origin request')),
    ).toEqual([]);

    // The Origin Firefox gives a background request, `moz-extension://<uuid>`, is what MLflow refuses: the
    // same search with it is blocked, and MLflow's log names it.
    const refused = await fetch(`${server.url}ajax-api/3.0/mlflow/traces/search`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: firefox.extensionOrigin },
      body: JSON.stringify({
        locations: [{ type: 'MLFLOW_EXPERIMENT', mlflow_experiment: { experiment_id: experimentId } }],
        max_results: 1,
      }),
    });
    expect({ status: refused.status, body: await refused.text() }).toEqual({ status: 403, body: 'Cross-origin request blocked' });
    await expect
      .poll(() =>
        logLines()
          .slice(before)
          .filter((line) => line.includes('Blocked cross-origin request')),
      )
      .toEqual([expect.stringContaining(`Blocked cross-origin request from ${firefox.extensionOrigin}`)]);
  } finally {
    await proxy.stop();
  }
});
