// Launches Debian's Chromium with the built extension loaded, the way the tests, the demo and the
// benchmark all need it. Playwright always adds --disable-extensions, so both extension flags are required.
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page, type Worker } from '@playwright/test';
import { REPO_ROOT } from './mlflow-server';
import { removeTemporaryFolder } from './temporary';

export const EXTENSION_DIR = join(REPO_ROOT, '.output', 'chrome-mv3');

function chromiumPath(): string {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/lib/chromium/chromium', '/usr/bin/chromium'].filter(Boolean) as string[];
  const found = candidates.find((candidate) => existsSync(candidate));
  if (!found) throw new Error('Debian Chromium not found: run `bash scripts/setup.sh` (it installs the `chromium` package).');
  return found;
}

const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  // Without these, Chromium keeps trying to reach Google's services on a closed network.
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** The same Chromium without the extension, for measuring MLflow alone; MLflow's first-visit UI dismissed. */
export async function launchWithoutExtension({ viewport = { width: 1600, height: 1000 } } = {}): Promise<{ browser: Browser; page: Page }> {
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_FLAGS });
  const context = await browser.newContext({ viewport });
  await dismissMlflowFirstVisitUi(context);
  return { browser, page: await context.newPage() };
}

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  serviceWorker: Worker;
}

export interface LaunchOptions {
  headless?: boolean;
  /** A profile to keep (to launch again, as after a browser restart); a fresh temporary one otherwise. */
  userDataDir?: string;
  /** The fresh temporary profile starts as a copy of this one (`warmedProfile`), when there is no `userDataDir`. */
  profileTemplate?: string;
  viewport?: { width: number; height: number } | null;
  /** More Chromium flags (host mapping, a trusted test certificate). */
  args?: string[];
}

export async function launchWithExtension({
  headless = true,
  userDataDir,
  viewport = { width: 1600, height: 1000 },
  args = [],
  profileTemplate,
}: LaunchOptions = {}): Promise<ExtensionBrowser> {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) throw new Error(`No built extension at ${EXTENSION_DIR}: run \`npx wxt build\`.`);
  const profile = userDataDir ?? mkdtempSync(join(tmpdir(), 'session-lens-profile-'));
  if (!userDataDir && profileTemplate) cpSync(profileTemplate, profile, { recursive: true });
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless,
    viewport,
    args: [`--disable-extensions-except=${EXTENSION_DIR}`, `--load-extension=${EXTENSION_DIR}`, ...CHROMIUM_FLAGS, ...args],
  });
  if (!userDataDir) context.on('close', () => void removeTemporaryFolder(profile));
  const serviceWorker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(serviceWorker.url()).host;
  return { context, extensionId, serviceWorker };
}

/** What a page leaves in a profile besides its caches: a copy of a warmed profile starts without it. */
const PAGE_STATE = ['Local Storage', 'Session Storage', 'IndexedDB', 'Service Worker', 'Sessions', 'History', 'Cookies'].flatMap((name) => [
  name,
  `${name}-journal`,
]);

/**
 * A profile whose caches hold MLflow's UI: `url` loaded three times (until `ready` shows), without the extension,
 * and what the page stored removed. V8 compiles a script from its code cache from its third load on; a fresh
 * profile spent about 0.8 s of each test's first page compiling MLflow's bundle. Tests launch a copy of it
 * (`profileTemplate`): each still starts with a new profile and a newly installed extension.
 */
export async function warmedProfile(url: string, ready: string): Promise<string> {
  const profile = mkdtempSync(join(tmpdir(), 'session-lens-template-'));
  try {
    const context = await chromium.launchPersistentContext(profile, { executablePath: chromiumPath(), args: CHROMIUM_FLAGS });
    try {
      await dismissMlflowFirstVisitUi(context);
      const page = context.pages()[0] ?? (await context.newPage());
      for (let load = 0; load < 3; load++) {
        await page.goto('about:blank');
        await page.goto(url);
        await page.locator(ready).waitFor({ timeout: 60_000 });
      }
    } finally {
      await context.close();
    }
  } catch (error) {
    await removeTemporaryFolder(profile);
    throw error;
  }
  for (const state of PAGE_STATE) rmSync(join(profile, 'Default', state), { recursive: true, force: true });
  return profile;
}

/**
 * On a first visit MLflow 3.17 opens its assistant panel (which moves the trace drawer) and a modal "Detect
 * issues" guidance popover (which hides the drawer from assistive tech and takes focus). The tests start
 * from a returning user's state; these are the keys MLflow itself writes when the user dismisses them.
 */
export async function dismissMlflowFirstVisitUi(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    localStorage.setItem('mlflow.assistant.fab.autoOpenedOnFirstLoad_v1', 'true');
    localStorage.setItem('mlflow.assistant.panelOpen_v1', 'false');
    localStorage.setItem('mlflow.detectIssues.guidanceShown_v1', 'true');
  });
}

/**
 * A profile in which the user has already allowed Session Lens on these servers, written the way Chromium
 * records an accepted permission prompt (the extension's granted and active host permissions in the profile's
 * Preferences). Automation cannot click the browser's own prompt; everything after the grant is real.
 */
export async function profileWithServersAllowed(origins: readonly string[], options: LaunchOptions = {}): Promise<string> {
  const userDataDir = mkdtempSync(join(tmpdir(), 'session-lens-profile-'));
  const { context, extensionId } = await launchWithExtension({ ...options, userDataDir });
  await context.close();
  const file = join(userDataDir, 'Default', 'Preferences');
  const preferences = JSON.parse(readFileSync(file, 'utf8')) as {
    extensions: { settings: Record<string, Record<string, { explicit_host: string[]; scriptable_host: string[] }>> };
  };
  const extension = preferences.extensions.settings[extensionId]!;
  const patterns = origins.map((origin) => `${new URL(origin).protocol}//${new URL(origin).hostname}/*`);
  for (const set of ['granted_permissions', 'active_permissions']) {
    for (const kind of ['explicit_host', 'scriptable_host'] as const)
      extension[set]![kind] = [...new Set([...extension[set]![kind], ...patterns])];
  }
  writeFileSync(file, JSON.stringify(preferences));
  return userDataDir;
}
