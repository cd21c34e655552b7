import {
  test as base,
  expect,
  type ConsoleMessage,
  type Locator,
  type Page,
  type Request,
  type Response,
  type Worker,
} from '@playwright/test';
import { TRACE_DRAWER_SELECTOR } from '../../entrypoints/content/host-page';
import { dismissMlflowFirstVisitUi, launchWithExtension } from '../../rig/chromium';
import type { Manifest } from '../fixtures/scenarios';
import { traceUrl } from './core-flows';
import { PROFILE_TEMPLATE_VARIABLE, readManifest, readRig, type Rig } from './rig';

/** MLflow's pages, as a user reaches them. The drawer's selector is the extension's own (host-page.ts). */
export class MlflowUi {
  constructor(
    readonly page: Page,
    readonly rig: Rig,
  ) {}

  traceUrl(experimentId: string, traceId: string): string {
    return traceUrl(this.rig.url, experimentId, traceId);
  }

  async openTrace(experimentId: string, traceId: string): Promise<void> {
    // What went wrong on MLflow's side when its drawer never shows: CI keeps only the log, not the trace.
    const failures: string[] = [];
    const onFailed = (request: Request) => failures.push(`${request.method()} ${request.url()}: ${request.failure()?.errorText}`);
    const onResponse = (response: Response) => {
      if (response.status() >= 400) failures.push(`${response.request().method()} ${response.url()}: ${response.status()}`);
    };
    const onConsole = (message: ConsoleMessage) => {
      if (message.type() === 'error') failures.push(`console: ${message.text().slice(0, 300)}`);
    };
    this.page.on('requestfailed', onFailed);
    this.page.on('response', onResponse);
    this.page.on('console', onConsole);
    try {
      await this.page.goto(this.traceUrl(experimentId, traceId));
      // A fresh profile compiles MLflow's whole bundle first; the first test of a run, beside the matrix starting
      // its servers and Firefox, has seen that take over 15 s.
      await expect(this.drawer).toBeVisible({ timeout: 30_000 });
    } catch (error) {
      const shown = (
        await this.page
          .locator('#root')
          .innerText()
          .catch(() => '')
      )
        .slice(0, 300)
        .replace(/\s+/g, ' ');
      throw new Error(`MLflow's drawer did not show. The page shows: “${shown}”. Failures seen:\n${failures.join('\n') || '(none)'}`, {
        cause: error,
      });
    } finally {
      this.page.off('requestfailed', onFailed);
      this.page.off('response', onResponse);
      this.page.off('console', onConsole);
    }
  }

  get drawer(): Locator {
    return this.page.locator(TRACE_DRAWER_SELECTOR);
  }

  get nextTraceButton(): Locator {
    return this.drawer.locator('[data-component-id="mlflow.evaluations_review.modal.next_eval"]');
  }

  get previousTraceButton(): Locator {
    return this.drawer.locator('[data-component-id="mlflow.evaluations_review.modal.previous_eval"]');
  }

  get closeDrawerButton(): Locator {
    return this.drawer.locator('[data-component-id="mlflow.evaluations_review.modal.close"]');
  }

  /** The row of the Traces table whose Input column shows `text` (3.17 shows the request preview's JSON). */
  traceRowWithInput(text: string): Locator {
    return this.page
      .locator('#root')
      .getByRole('row')
      .filter({ hasText: JSON.stringify(text) })
      .first();
  }
}

/** The Session Lens panel inside its shadow root (Playwright's CSS locators pierce open shadow roots). */
export class LensPanel {
  constructor(readonly page: Page) {}

  get root(): Locator {
    return this.page.locator('[data-testid="session-lens-panel"]');
  }

  get turns(): Locator {
    return this.root.locator('[data-testid="turn"]');
  }

  turn(index: number): Locator {
    return this.root.locator(`[data-testid="turn"][data-index="${index}"]`);
  }

  get openTurn(): Locator {
    return this.root.locator('[data-testid="turn"][aria-current="true"]');
  }

  get sessionSection(): Locator {
    return this.root.locator('[data-testid="session-summary"]');
  }

  get scorerErrorsToggle(): Locator {
    return this.root.locator('[data-testid="scorer-errors-toggle"]');
  }

  get turnList(): Locator {
    return this.root.locator('[data-testid="turn-list"]');
  }

  /**
   * Every turn's trace id in the order the panel lists them, scrolling through a long (virtual) list: only
   * the turns near the viewport are in the DOM at any time.
   */
  async collectTurnIds(): Promise<{ ids: string[]; mostRenderedAtOnce: number }> {
    // One round trip: the scrolling loop runs in the page, two frames per step for the list to re-render.
    const { pairs, mostRenderedAtOnce } = await this.root.locator('.panel-body').evaluate(async (element) => {
      const frame = () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
      const seen: [number, string][] = [];
      let most = 0;
      element.scrollTop = 0;
      for (;;) {
        await frame();
        const rendered = [...element.querySelectorAll('[data-testid="turn"]')];
        most = Math.max(most, rendered.length);
        for (const turn of rendered) seen.push([Number(turn.getAttribute('data-index')), turn.getAttribute('data-trace-id')!]);
        if (element.scrollTop + element.clientHeight >= element.scrollHeight - 2) break;
        element.scrollTop += element.clientHeight * 0.8;
      }
      return { pairs: seen, mostRenderedAtOnce: most };
    });
    const byIndex = new Map(pairs);
    const indexes = [...byIndex.keys()].sort((a, b) => a - b);
    return { ids: indexes.map((index) => byIndex.get(index)!), mostRenderedAtOnce };
  }
}

interface Fixtures {
  extension: { extensionId: string; serviceWorker: Worker };
  rig: Rig;
  manifest: Manifest;
  mlflow: MlflowUi;
  lens: LensPanel;
}

export const test = base.extend<Fixtures>({
  // Each test gets a new profile with the built extension: no state leaks from one test to the next. Only the
  // browser's caches of MLflow's UI are shared, copied from one profile warmed before the tests.
  // (Through the environment, which Playwright hands from global setup to its workers: the matrix shares these
  // fixtures but not this suite's global setup.)
  context: async ({}, use) => {
    const { context } = await launchWithExtension({ profileTemplate: process.env[PROFILE_TEMPLATE_VARIABLE] });
    await dismissMlflowFirstVisitUi(context);
    await use(context);
    await context.close();
  },
  extension: async ({ context }, use) => {
    const serviceWorker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    await use({ extensionId: new URL(serviceWorker.url()).host, serviceWorker });
  },
  page: async ({ context }, use) => {
    await use(context.pages()[0] ?? (await context.newPage()));
  },
  rig: async ({}, use) => use(readRig()),
  manifest: async ({ rig }, use) => use(readManifest(rig)),
  mlflow: async ({ page, rig }, use) => use(new MlflowUi(page, rig)),
  lens: async ({ page }, use) => use(new LensPanel(page)),
});

export { expect };
