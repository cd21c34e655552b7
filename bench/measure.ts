// The benchmark's measurements, each against the real MLflow server through a counting proxy: the REST
// lower bound (from Node), the extension (Debian Chromium with the built extension), and MLflow's own
// chat-session page (the same Chromium without the extension).
import type { BrowserContext, CDPSession, Page } from '@playwright/test';
import { PANEL_HOST_TAG, TRACE_DRAWER_SELECTOR } from '../entrypoints/content/host-page';
import { createMlflowClient } from '../lib/mlflow/client';
import { SESSION_METADATA_KEY } from '../lib/mlflow/keys';
import { sessionFilter } from '../lib/session/filter';
import { dismissMlflowFirstVisitUi, launchWithExtension, launchWithoutExtension } from '../rig/chromium';
import type { Exchange, FaultProxy } from '../rig/fault-proxy';

interface Traffic {
  requests: number;
  bytes: number;
  paths: string[];
}

export interface Run {
  ms: number;
  traffic: Traffic;
}

function summarise(exchanges: readonly Exchange[]): Traffic {
  return {
    requests: exchanges.length,
    bytes: exchanges.reduce((sum, exchange) => sum + exchange.bytes, 0),
    paths: exchanges.map((exchange) => `${exchange.method} ${exchange.path.split('?')[0]}`),
  };
}

/** The calls the panel cannot do without, made directly from Node: trace info, every search page, one span fetch. */
export async function measureLowerBound(proxy: FaultProxy, traceId: string): Promise<Run> {
  const client = createMlflowClient({ baseUrl: proxy.url, fetch: (input, init) => fetch(input, init) });
  const before = proxy.traffic.length;
  const started = performance.now();
  const info = await client.getTraceInfo(traceId);
  const sessionId = info.trace_metadata[SESSION_METADATA_KEY]!;
  const experimentId = info.trace_location?.mlflow_experiment?.experiment_id ?? '';
  const { traces } = await client.searchAllTraces({ experimentId, filter: sessionFilter(sessionId).filter, orderBy: ['timestamp_ms ASC'] });
  await client.getTraceSpans(traces[0]!.trace_id);
  const ms = performance.now() - started;
  return { ms, traffic: summarise(proxy.traffic.slice(before)) };
}

/**
 * tsx compiles this file with esbuild's keepNames, which wraps named functions in a `__name(...)` helper that
 * does not exist in the page where `page.evaluate` runs them.
 */
const KEEP_NAMES_SHIM = 'globalThis.__name = (target) => target;';

async function openTracesList(page: Page, proxy: FaultProxy, experimentId: string): Promise<void> {
  await page.addInitScript({ content: KEEP_NAMES_SHIM });
  await page.goto(`${proxy.url}#/experiments/${experimentId}/traces`);
  await page.locator('[data-component-id="web-shared.traces-table.row-select"]').first().waitFor({ timeout: 60_000 });
  await page.waitForTimeout(1000);
}

export interface ExtensionRun extends Run {
  /** All of the extension's requests until the page settles (the open turn's spans, the analysis). */
  afterTranscript: Traffic;
  /** Each request's start and end, in ms after the navigation. */
  timeline: { path: string; startedAt: number; endedAt: number | null }[];
  /** The open turn and its neighbours drawn (the frame after they are in the panel), ms after the navigation. */
  firstUsefulPaint: number;
  /** MLflow's drawer drawn showing the open trace's inputs, ms after the navigation. */
  drawerPaint: number;
  /** The extension's first search page answered (at the proxy), ms after the navigation. */
  firstSearchPage: number;
  /** The page's long tasks (MLflow's and the panel's: one main thread), ms after the navigation. */
  longTasks: { start: number; duration: number }[];
}

/**
 * From the navigation to a turn (MLflow already loaded, as when a user clicks a trace) until the panel lists
 * every turn. The moments are taken in the page: a MutationObserver on the panel's shadow root and on MLflow's
 * drawer, each followed by the next animation frame (the paint that shows it).
 */
export async function measureExtension(
  proxy: FaultProxy,
  experimentId: string,
  traceId: string,
  turnCount: number,
  /** False where MLflow's drawer shows no "Turn k:" input to wait for (the byte-budget turns' text is only in their spans). */
  watchDrawer = true,
  /** The open turn's number (the bench's turns start "Turn k:"): the session's last unless said. */
  openTurn = turnCount,
): Promise<ExtensionRun & { context: BrowserContext; page: Page }> {
  const { context } = await launchWithExtension({ viewport: { width: 1600, height: 1000 } });
  await dismissMlflowFirstVisitUi(context);
  const page = context.pages()[0] ?? (await context.newPage());
  await openTracesList(page, proxy, experimentId);
  const before = proxy.traffic.length;
  const measured = await page.evaluate(
    ({ hash, count, openTurn, hostTag, drawerSelector, watchDrawer }) =>
      new Promise<{
        ms: number;
        navigatedAt: number;
        firstUsefulPaint: number;
        drawerPaint: number;
        longTasks: { start: number; duration: number }[];
      }>((resolve, reject) => {
        const host = document.querySelector(hostTag);
        const root = host?.shadowRoot;
        if (!root) return reject(new Error('Session Lens is not on the page'));
        const longTasks: { start: number; duration: number }[] = [];
        const started = performance.now();
        const navigatedAt = Date.now();
        const tasks = new PerformanceObserver((list) => {
          for (const entry of list.getEntries())
            if (entry.startTime >= started) longTasks.push({ start: entry.startTime - started, duration: entry.duration });
        });
        tasks.observe({ type: 'longtask' });
        const painted = (then: (at: number) => void) => requestAnimationFrame(() => then(performance.now() - started));
        let firstUsefulPaint = -1;
        let drawerPaint = watchDrawer ? -1 : 0;
        let ms = -1;
        const finish = () => {
          if (firstUsefulPaint < 0 || drawerPaint < 0 || ms < 0) return;
          tasks.disconnect();
          resolve({ ms, navigatedAt, firstUsefulPaint, drawerPaint, longTasks });
        };
        // The open turn with the turn before it and the turn after it, where there are.
        const usefulShown = () => {
          // The session's list, or the preview of a long session's turns around the open one (numbered from 0).
          const open = root.querySelector<HTMLElement>(
            '[data-testid="turn"][aria-current="true"], [data-testid="preview-turn"][aria-current="true"]',
          );
          if (!open) return false;
          const index = Number(open.dataset.index);
          const total = open.dataset.testid === 'preview-turn' ? root.querySelectorAll('[data-testid="preview-turn"]').length : count;
          const has = (at: number) =>
            at < 0 || at >= total || root.querySelector(`[data-testid="${open.dataset.testid}"][data-index="${at}"]`) !== null;
          return has(index - 1) && has(index + 1);
        };
        const fullShown = () => root.querySelector(`[data-testid="turn-list"][data-turn-count="${count}"] [data-testid="turn"]`) !== null;
        // The bench's turns start "Turn k:": the drawer shows the open trace once its inputs are drawn.
        const drawerShown = () => (document.querySelector(drawerSelector)?.textContent ?? '').includes(`Turn ${openTurn}:`);
        let waitingUseful = true;
        let waitingFull = true;
        let waitingDrawer = watchDrawer;
        const check = () => {
          if (waitingUseful && usefulShown()) {
            waitingUseful = false;
            painted((at) => ((firstUsefulPaint = at), finish()));
          }
          if (waitingFull && fullShown()) {
            waitingFull = false;
            panel.disconnect();
            painted((at) => ((ms = at), finish()));
          }
          if (waitingDrawer && drawerShown()) {
            waitingDrawer = false;
            drawer.disconnect();
            painted((at) => ((drawerPaint = at), finish()));
          }
        };
        const panel = new MutationObserver(check);
        panel.observe(root, { subtree: true, childList: true, attributes: true });
        const drawer = new MutationObserver(check);
        drawer.observe(document.body, { subtree: true, childList: true, characterData: true });
        setTimeout(() => reject(new Error('the panel did not list every turn, or MLflow did not show the trace, within 120 s')), 120_000);
        location.hash = hash;
      }),
    {
      hash: `#/experiments/${experimentId}/traces?traceId=${traceId}`,
      count: turnCount,
      openTurn,
      hostTag: PANEL_HOST_TAG,
      drawerSelector: TRACE_DRAWER_SELECTOR,
      watchDrawer,
    },
  );
  const { ms, navigatedAt, firstUsefulPaint, drawerPaint, longTasks } = measured;
  await page.waitForTimeout(1500);
  const exchanges = proxy.traffic.slice(before).filter((exchange) => !exchange.fromPage);
  // The transcript needs the trace's info, every search page and the open turn's spans (fetched beside the
  // search); anything else (the analysis's batch of spans) is asked for once it is shown. Timestamps cannot
  // split them reliably: the next request can leave within the millisecond the list appears.
  const firstSpans = exchanges.find((exchange) => exchange.path.includes('get-trace-artifact'));
  const transcript = exchanges.filter(
    (exchange) =>
      exchange === firstSpans || exchange.path.includes('/traces/search') || /\/traces\/tr-[^/?]+$/.test(exchange.path.split('?')[0]!),
  );
  const firstSearch = exchanges.find((exchange) => exchange.path.includes('/traces/search') && exchange.endedAt !== null);
  return {
    ms,
    traffic: summarise(transcript),
    afterTranscript: summarise(exchanges),
    timeline: exchanges.map((exchange) => ({
      path: `${exchange.method} ${exchange.path.split('?')[0]}`,
      startedAt: exchange.startedAt - navigatedAt,
      endedAt: exchange.endedAt === null ? null : exchange.endedAt - navigatedAt,
    })),
    firstUsefulPaint,
    drawerPaint,
    firstSearchPage: firstSearch ? firstSearch.endedAt! - navigatedAt : -1,
    longTasks,
    context,
    page,
  };
}

export interface NativeRun extends Run {
  /** Turns the page listed, and whether it had every turn's content when measured. */
  turnsShown: number;
  complete: boolean;
}

/** MLflow's own chat-session page: from navigation until it shows every turn with its content, or 60 s. */
export async function measureNativeSessionPage(
  proxy: FaultProxy,
  experimentId: string,
  sessionId: string,
  turnCount: number,
  timeoutMs = 60_000,
): Promise<NativeRun> {
  const { browser, page } = await launchWithoutExtension();
  try {
    await openTracesList(page, proxy, experimentId);
    const before = proxy.traffic.length;
    const started = Date.now();
    await page.evaluate((hash) => (location.hash = hash), `#/experiments/${experimentId}/chat-sessions/${encodeURIComponent(sessionId)}`);
    let turnsShown = 0;
    let complete = false;
    while (Date.now() - started < timeoutMs) {
      // Every turn listed, and one full trace fetched per turn (the page's way of filling each card).
      turnsShown = await page.evaluate(
        () =>
          new Set(
            [...document.querySelectorAll('#root span')]
              .map((span) => span.textContent?.trim() ?? '')
              .filter((text) => /^Turn \d+$/.test(text)),
          ).size,
      );
      const fetched = proxy.traffic
        .slice(before)
        .filter((exchange) => exchange.fromPage && exchange.path.includes('/traces/get') && exchange.endedAt !== null).length;
      if (turnsShown >= turnCount && fetched >= turnCount) {
        complete = true;
        break;
      }
      await page.waitForTimeout(50);
    }
    const ms = Date.now() - started;
    return { ms, traffic: summarise(proxy.traffic.slice(before).filter((exchange) => exchange.fromPage)), turnsShown, complete };
  } finally {
    await browser.close();
  }
}

export interface PanelFootprint {
  /** Panel DOM nodes (inside its shadow root). */
  domNodes: number;
  /** JS heap of the page with the panel showing the session, minus the same page without the extension. */
  heapDeltaBytes: number;
}

async function usedHeap(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return usedSize;
}

/** The panel's DOM and heap, measured on the page the extension run left open. */
export async function measureFootprint(page: Page, proxy: FaultProxy, experimentId: string, traceId: string): Promise<PanelFootprint> {
  const domNodes = await page.evaluate(
    (hostTag) => document.querySelector(hostTag)?.shadowRoot?.querySelectorAll('*').length ?? 0,
    PANEL_HOST_TAG,
  );
  const withPanel = await usedHeap(page);
  const { browser, page: plain } = await launchWithoutExtension();
  try {
    await openTracesList(plain, proxy, experimentId);
    await plain.evaluate((hash) => (location.hash = hash), `#/experiments/${experimentId}/traces?traceId=${traceId}`);
    await plain.locator(TRACE_DRAWER_SELECTOR).waitFor();
    await plain.waitForTimeout(1500);
    return { domNodes, heapDeltaBytes: withPanel - (await usedHeap(plain)) };
  } finally {
    await browser.close();
  }
}

export interface ScrollRun {
  frames: number;
  /** Animation frames longer than 50 ms while scrolling the panel from top to bottom. */
  longFrames: number;
  longestFrameMs: number;
  mostTurnsInDom: number;
  /**
   * Of the long frames, how much was the page's own work (long-animation-frame attribution): script entries
   * over 5 ms, and style, layout and paint. The rest of a long frame is spent outside the page's main thread.
   */
  longFramesWithScript?: number;
  longFramesScriptMs?: number;
  longFramesRenderMs?: number;
  /** Of the rendering: style and layout (the rest is animation-frame and observer callbacks). */
  longFramesStyleLayoutMs?: number;
  longFramesTotalMs?: number;
}

/** Scrolls the panel's list from top to bottom, 800 px a frame, recording long animation frames. */
export async function measureScroll(page: Page): Promise<ScrollRun> {
  return page.evaluate(async (hostTag) => {
    const body = document.querySelector(hostTag)!.shadowRoot!.querySelector<HTMLElement>('.panel-body')!;
    interface LongFrame {
      duration: number;
      startTime: number;
      renderStart: number;
      styleAndLayoutStart: number;
      scripts: { duration: number }[];
    }
    const entries: LongFrame[] = [];
    const observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) entries.push(entry as unknown as LongFrame);
    });
    observer.observe({ type: 'long-animation-frame', buffered: false });
    body.scrollTop = 0;
    let frames = 0;
    let mostTurnsInDom = 0;
    await new Promise((done) => requestAnimationFrame(done));
    while (body.scrollTop + body.clientHeight < body.scrollHeight - 1) {
      body.scrollTop += 800;
      frames++;
      await new Promise((done) => requestAnimationFrame(done));
      mostTurnsInDom = Math.max(mostTurnsInDom, body.querySelectorAll('[data-testid="turn"]').length);
    }
    await new Promise((done) => setTimeout(done, 200));
    observer.disconnect();
    const long = entries.filter((entry) => entry.duration > 50);
    const sum = (values: number[]) => Math.round(values.reduce((total, value) => total + value, 0));
    return {
      frames,
      longFrames: long.length,
      longestFrameMs: Math.round(Math.max(0, ...entries.map((entry) => entry.duration))),
      mostTurnsInDom,
      longFramesWithScript: long.filter((entry) => entry.scripts.length > 0).length,
      longFramesScriptMs: sum(long.flatMap((entry) => entry.scripts.map((script) => script.duration))),
      longFramesRenderMs: sum(long.map((entry) => (entry.renderStart ? entry.startTime + entry.duration - entry.renderStart : 0))),
      longFramesStyleLayoutMs: sum(
        long.map((entry) => (entry.styleAndLayoutStart ? entry.startTime + entry.duration - entry.styleAndLayoutStart : 0)),
      ),
      longFramesTotalMs: sum(long.map((entry) => entry.duration)),
    };
  }, PANEL_HOST_TAG);
}

export interface IdlePageCost {
  scriptMsWith: number;
  scriptMsWithout: number;
  domNodesWith: number;
  domNodesWithout: number;
  panelDomNodes: number;
}

/** Script time since the page started loading (CDP's Performance domain, enabled before navigation). */
async function scriptMs(cdp: CDPSession): Promise<number> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return (metrics.find((entry) => entry.name === 'ScriptDuration')?.value ?? 0) * 1000;
}

async function loadIdlePage(page: Page, proxy: FaultProxy, experimentId: string): Promise<{ scriptMs: number; elements: number }> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  await openTracesList(page, proxy, experimentId);
  const elements = await page.evaluate(() => document.getElementsByTagName('*').length);
  return { scriptMs: await scriptMs(cdp), elements };
}

/** The content script's cost on an MLflow page that shows no trace: the Traces list, with and without it. */
export async function measureIdlePage(proxy: FaultProxy, experimentId: string): Promise<IdlePageCost> {
  const { context } = await launchWithExtension({ viewport: { width: 1600, height: 1000 } });
  await dismissMlflowFirstVisitUi(context);
  const withPage = context.pages()[0] ?? (await context.newPage());
  const withExtension = await loadIdlePage(withPage, proxy, experimentId);
  const panelDomNodes = await withPage.evaluate((hostTag) => {
    const host = document.querySelector(hostTag);
    return host ? 1 + (host.shadowRoot?.querySelectorAll('*').length ?? 0) : 0;
  }, PANEL_HOST_TAG);
  await context.close();
  const { browser, page: plain } = await launchWithoutExtension();
  try {
    const without = await loadIdlePage(plain, proxy, experimentId);
    return {
      scriptMsWith: withExtension.scriptMs,
      scriptMsWithout: without.scriptMs,
      domNodesWith: withExtension.elements,
      domNodesWithout: without.elements,
      panelDomNodes,
    };
  } finally {
    await browser.close();
  }
}

export interface BudgetRun {
  turns: number;
  /** From the navigation until the panel lists every turn, and until the root-cause analysis is shown. */
  transcriptMs: number;
  analysedMs: number;
  /** The worker's own time answering `analysis/get` (reading spans it does not hold yet, and analysing). */
  analysisMs: number;
  /** The longest runtime message sent, as JSON characters (at most 6 bytes each on the wire). */
  largestMessageChars: number;
  workerHeapBytes: number;
  /** JS heap of the page with the panel showing the session, minus the same page without the extension. */
  pageHeapDeltaBytes: number;
  requests: number;
}

/** The JS heap of the extension's service worker, through the DevTools protocol (the worker cannot see its own). */
async function workerHeap(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { targetInfos } = await cdp.send('Target.getTargets');
    const worker = targetInfos.find((target) => target.type === 'service_worker' && target.url.startsWith('chrome-extension://'));
    if (!worker) return 0;
    const { sessionId } = await cdp.send('Target.attachToTarget', { targetId: worker.targetId, flatten: false });
    const ask = (id: number, method: string) =>
      new Promise<Record<string, unknown>>((resolve) => {
        const onMessage = (event: { sessionId?: string; message: string }) => {
          const message = JSON.parse(event.message) as { id?: number; result?: Record<string, unknown> };
          if (event.sessionId !== sessionId || message.id !== id) return;
          cdp.off('Target.receivedMessageFromTarget', onMessage);
          resolve(message.result ?? {});
        };
        cdp.on('Target.receivedMessageFromTarget', onMessage);
        void cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method }) });
      });
    await ask(1, 'HeapProfiler.collectGarbage');
    const { usedSize } = await ask(2, 'Runtime.getHeapUsage');
    return Number(usedSize ?? 0);
  } finally {
    await cdp.detach();
  }
}

/** A session of many long turns whose text only their spans hold: the byte budgets at their worst. */
export async function measureBudgets(proxy: FaultProxy, experimentId: string, traceId: string, turnCount: number): Promise<BudgetRun> {
  const { context, page, ms, afterTranscript } = await measureExtension(proxy, experimentId, traceId, turnCount, false);
  try {
    const started = Date.now();
    await page.locator('[data-testid="root-cause"][data-state="ready"]').waitFor({ timeout: 180_000 });
    const analysedMs = ms + (Date.now() - started);
    const worker = context.serviceWorkers()[0]!;
    const stats = await worker.evaluate(
      () => (globalThis as unknown as { sessionLensStats: { largestReplyChars: number; lastMs: Record<string, number> } }).sessionLensStats,
    );
    const { heapDeltaBytes } = await measureFootprint(page, proxy, experimentId, traceId);
    return {
      turns: turnCount,
      transcriptMs: ms,
      analysedMs,
      analysisMs: stats.lastMs['analysis/get'] ?? 0,
      largestMessageChars: stats.largestReplyChars,
      workerHeapBytes: await workerHeap(page),
      pageHeapDeltaBytes: heapDeltaBytes,
      requests: afterTranscript.requests,
    };
  } finally {
    await context.close();
  }
}
