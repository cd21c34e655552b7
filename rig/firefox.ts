// Launches Debian's Firefox ESR with the built Firefox extension installed, for the tests. Playwright cannot
// load an extension into a stock Firefox; puppeteer-core drives it over WebDriver BiDi and installs the
// unpacked build as a temporary add-on (BiDi `webExtension.install`), so an unsigned build loads as it would
// from about:debugging. No geckodriver is needed.
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { FIREFOX_ADDON_ID } from '../lib/addon';
import { REPO_ROOT } from './mlflow-server';
import { removeTemporaryFolder } from './temporary';

const FIREFOX_EXTENSION_DIR = join(REPO_ROOT, '.output', 'firefox-mv2');

/** Firefox gives each profile its own extension UUID; pinning it lets a test name the extension's Origin. */
const FIREFOX_EXTENSION_UUID = '5e55104e-1e25-4b1d-9c1e-000000000001';

function firefoxPath(): string {
  const candidates = [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'].filter(Boolean) as string[];
  const found = candidates.find((candidate) => existsSync(candidate));
  if (!found) throw new Error('Debian Firefox ESR not found: run `bash scripts/setup.sh` (it installs the `firefox-esr` package).');
  return found;
}

export interface FirefoxWithExtension {
  browser: Browser;
  page: Page;
  /** The add-on id Firefox reports, and the host of its pages (`moz-extension://<uuid>/`). */
  addonId: string;
  extensionOrigin: string;
}

export async function launchFirefoxWithExtension(): Promise<FirefoxWithExtension> {
  if (!existsSync(join(FIREFOX_EXTENSION_DIR, 'manifest.json')))
    throw new Error(`No Firefox build at ${FIREFOX_EXTENSION_DIR}: run \`npx wxt build -b firefox\`.`);
  const profile = mkdtempSync(join(tmpdir(), 'session-lens-firefox-'));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath(),
    headless: true,
    userDataDir: profile,
    defaultViewport: { width: 1600, height: 1000 },
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [FIREFOX_ADDON_ID]: FIREFOX_EXTENSION_UUID }),
      // The closed network here: no update, telemetry or remote-settings traffic.
      'app.update.enabled': false,
      'datareporting.policy.dataSubmissionEnabled': false,
      'toolkit.telemetry.enabled': false,
      'browser.shell.checkDefaultBrowser': false,
    },
  });
  browser.on('disconnected', () => void removeTemporaryFolder(profile));
  const addonId = await browser.installExtension(FIREFOX_EXTENSION_DIR);
  const page = (await browser.pages())[0] ?? (await browser.newPage());
  // MLflow's first-visit panels, dismissed the way MLflow records it (as rig/chromium.ts does for Chromium).
  await page.evaluateOnNewDocument(() => {
    localStorage.setItem('mlflow.assistant.fab.autoOpenedOnFirstLoad_v1', 'true');
    localStorage.setItem('mlflow.assistant.panelOpen_v1', 'false');
    localStorage.setItem('mlflow.detectIssues.guidanceShown_v1', 'true');
  });
  return { browser, page, addonId, extensionOrigin: `moz-extension://${FIREFOX_EXTENSION_UUID}` };
}
