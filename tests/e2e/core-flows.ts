// The product's core flows, written once for every browser, MLflow version and backend the README claims:
// the panel on turn 4 of the seeded judged session, the root cause of the manual workflow's example, and a
// confirmation written to MLflow and undone. A driver gives each browser's way of opening a page, reading
// the panel and pressing its controls (Playwright for Chromium, puppeteer-core for Firefox); what is
// checked is the same.
import { expect, type Page } from '@playwright/test';
import type { Page as PuppeteerPage } from 'puppeteer-core';
import { PANEL_HOST_TAG } from '../../entrypoints/content/host-page';
import type { Manifest } from '../fixtures/scenarios';
import type { WireAssessment } from '../../lib/mlflow/schemas';

export interface PanelDriver {
  goto(url: string): Promise<void>;
  /** Runs `readPanel` in the page. */
  snapshot(): Promise<PanelSnapshot>;
  /** A real (trusted) click on the first match of a selector inside the panel's shadow root. */
  click(selector: string): Promise<void>;
  /** Real typing into the first match of a selector inside the panel's shadow root. */
  fill(selector: string, text: string): Promise<void>;
}

interface AssessmentView {
  name: string;
  value: string;
  rationale: string;
}

interface PanelSnapshot {
  state: string | null;
  error: string | null;
  turns: {
    index: number;
    traceId: string;
    input: string;
    output: string;
    open: boolean;
    marker: string | null;
    assessments: AssessmentView[];
  }[];
  sessionAssessments: AssessmentView[];
  scorerErrorsToggle: string | null;
  scorerErrorsShown: number;
  rootCause: { state: string | null; title: string; candidates: { index: number; text: string; confirmed: string | null }[] } | null;
}

/** What the panel shows, read in the page: self-contained, as every driver's evaluate needs it. */
function readPanel(hostTag: string): PanelSnapshot {
  const root = document.querySelector(hostTag)?.shadowRoot?.querySelector('[data-testid="session-lens-panel"]');
  const text = (element: Element | null | undefined) => element?.textContent?.trim() ?? '';
  const assessments = (container: Element | null) =>
    [...(container?.querySelectorAll('[data-testid="assessment"]:not([data-scorer-error="true"])') ?? [])].map((item) => ({
      name: item.getAttribute('data-name') ?? '',
      value: text(item.querySelector('[data-testid="assessment-value"]')),
      rationale: text(item.querySelector('[data-testid="assessment-rationale"]')),
    }));
  const box = root?.querySelector('[data-testid="root-cause"]');
  return {
    state: root?.getAttribute('data-state') ?? null,
    error: root?.querySelector('[data-testid="panel-error"]') ? text(root.querySelector('[data-testid="panel-error"]')) : null,
    turns: [...(root?.querySelectorAll('[data-testid="turn"]') ?? [])].map((turn) => ({
      index: Number(turn.getAttribute('data-index')),
      traceId: turn.getAttribute('data-trace-id') ?? '',
      input: text(turn.querySelector('[data-testid="turn-input"]')),
      output: text(turn.querySelector('[data-testid="turn-output"]')),
      open: turn.getAttribute('aria-current') === 'true',
      marker: turn.querySelector('[data-testid="root-cause-marker"]')
        ? text(turn.querySelector('[data-testid="root-cause-marker"]'))
        : null,
      assessments: assessments(turn),
    })),
    sessionAssessments: assessments(root?.querySelector('[data-testid="session-assessments"]') ?? null),
    scorerErrorsToggle: root?.querySelector('[data-testid="scorer-errors-toggle"]')
      ? text(root.querySelector('[data-testid="scorer-errors-toggle"]'))
      : null,
    scorerErrorsShown: root?.querySelectorAll('[data-scorer-error="true"]').length ?? 0,
    rootCause: box
      ? {
          state: box.getAttribute('data-state'),
          title: text(box.querySelector('.section-title')),
          candidates: [...box.querySelectorAll('[data-testid="root-cause-candidate"]')].map((candidate) => ({
            index: Number(candidate.getAttribute('data-index')),
            text: text(candidate),
            confirmed: candidate.querySelector('[data-testid="root-cause-confirmed"]')
              ? text(candidate.querySelector('[data-testid="root-cause-confirmed"]'))
              : null,
          })),
        }
      : null,
  };
}

/** Chromium through Playwright, whose CSS locators pierce open shadow roots. */
export function playwrightDriver(page: Page): PanelDriver {
  const inPanel = (selector: string) => page.locator(`[data-testid="session-lens-panel"] ${selector}`).first();
  return {
    goto: async (url) => void (await page.goto(url)),
    snapshot: () => page.evaluate(readPanel, PANEL_HOST_TAG),
    click: (selector) => inPanel(selector).click(),
    fill: (selector, text) => inPanel(selector).fill(text),
  };
}

/** Firefox through puppeteer-core (WebDriver BiDi); `pierce/` reaches into the panel's shadow root. */
export function puppeteerDriver(page: PuppeteerPage): PanelDriver {
  const inPanel = (selector: string) => page.locator(`pierce/${selector}`);
  return {
    goto: async (url) => void (await page.goto(url)),
    snapshot: () => page.evaluate(readPanel, PANEL_HOST_TAG),
    click: (selector) => inPanel(selector).click(),
    fill: (selector, text) => inPanel(selector).fill(text),
  };
}

/** A server the flows run against: its URL (ending in `/`) and the MLflow version it runs. */
export interface FlowServer {
  url: string;
  mlflowVersion: string;
}

/**
 * The URL MLflow's own UI writes for an open trace: 3.17's `traces?traceId=` (3.x before it wrote
 * `selectedEvaluationId`), and on 3.2, whose Traces tab is the runs page in traces mode, `selectedTraceId`.
 */
export function traceUrl(serverUrl: string, experimentId: string, traceId: string, mlflowVersion = ''): string {
  const trace = encodeURIComponent(traceId);
  if (mlflowVersion.startsWith('3.2.')) return `${serverUrl}#/experiments/${experimentId}?compareRunsMode=TRACES&selectedTraceId=${trace}`;
  return `${serverUrl}#/experiments/${experimentId}/traces?traceId=${trace}`;
}

const open = (driver: PanelDriver, server: FlowServer, experimentId: string, traceId: string) =>
  driver.goto(traceUrl(server.url, experimentId, traceId, server.mlflowVersion));

const poll = (driver: PanelDriver) => expect.poll(() => driver.snapshot(), { timeout: 30_000 });

/** Turn 4 of session A: six turns in order, turn 4 open; session-level vs per-turn; scorer errors hidden and counted. */
export async function panelOnTurnFour(driver: PanelDriver, server: FlowServer, base: Manifest['base']): Promise<void> {
  const { experimentId, sessions, assessments } = base;
  await open(driver, server, experimentId, sessions.A.turns[3]!.traceId);
  await poll(driver).toMatchObject({
    state: 'ready',
    turns: sessions.A.turns.map((turn, position) => ({
      index: position + 1,
      traceId: turn.traceId,
      input: turn.input,
      output: turn.output,
      open: position === 3,
    })),
  });
  const shown = await driver.snapshot();
  const { sessionLevel } = assessments;
  expect(shown.sessionAssessments.filter((item) => item.name === sessionLevel.name)).toEqual([
    { name: sessionLevel.name, value: sessionLevel.value, rationale: sessionLevel.rationale },
  ]);
  expect(shown.turns.flatMap((turn) => turn.assessments).filter((item) => item.name === sessionLevel.name)).toEqual([]);
  for (const seeded of assessments.perTurn) {
    const turn = shown.turns.find((candidate) => candidate.traceId === seeded.traceId)!;
    expect(turn.assessments).toContainEqual({ name: seeded.name, value: seeded.value, rationale: seeded.rationale });
  }
  const everyRationale = [...shown.sessionAssessments, ...shown.turns.flatMap((turn) => turn.assessments)].map((item) => item.rationale);
  expect(everyRationale).not.toContain(assessments.superseded.rationale);
  expect(shown.scorerErrorsShown).toBe(0);
  expect(shown.scorerErrorsToggle).toBe(`${assessments.scorerErrors.length} scorer errors hidden · show`);
  await driver.click('[data-testid="scorer-errors-toggle"]');
  await poll(driver).toMatchObject({ scorerErrorsShown: assessments.scorerErrors.length });
}

/** The manual workflow's example: turn 5 of the refund session points at turn 3, which quoted the outdated document. */
export async function rootCauseOfTheExample(driver: PanelDriver, server: FlowServer, rootcause: Manifest['rootcause']): Promise<void> {
  const { refundWindow } = rootcause;
  await open(driver, server, rootcause.experimentId, refundWindow.turns[4]!.traceId);
  await poll(driver).toMatchObject({ rootCause: { state: 'ready', title: 'Root cause of turn 5: turn 3' } });
  const shown = await driver.snapshot();
  expect(shown.rootCause!.candidates[0]).toMatchObject({ index: 3 });
  expect(shown.rootCause!.candidates[0]!.text).toContain('“60 days from delivery”');
  expect(shown.rootCause!.candidates[0]!.text).toContain(refundWindow.outdatedDocument);
  expect(shown.turns.filter((turn) => turn.marker !== null).map((turn) => [turn.index, turn.marker])).toEqual([[3, 'root cause?']]);
}

/** The `root_cause_turn` assessments MLflow holds on a trace (overridden ones left out), read over REST as any client would. */
export async function rootCauseAssessments(serverUrl: string, traceId: string): Promise<WireAssessment[]> {
  return (await assessmentsNamed(serverUrl, traceId, 'root_cause_turn')).filter((assessment) => assessment.valid !== false);
}

/** Every assessment of this name on a trace, superseded ones included, oldest first, read over REST. */
export async function assessmentsNamed(serverUrl: string, traceId: string, name: string): Promise<WireAssessment[]> {
  const response = await fetch(`${serverUrl}ajax-api/3.0/mlflow/traces/${traceId}`);
  const body = (await response.json()) as { trace: { trace_info: { assessments?: WireAssessment[] } } };
  return (body.trace.trace_info.assessments ?? [])
    .filter((assessment) => assessment.assessment_name === name)
    .sort((a, b) => (a.create_time ?? '').localeCompare(b.create_time ?? ''));
}

/** Confirm the example's root cause with a reason, read it back over REST, undo it, and see it gone. */
export async function confirmAndUndo(
  driver: PanelDriver,
  server: FlowServer,
  rootcause: Manifest['rootcause'],
  reason: string,
): Promise<void> {
  const { refundWindow } = rootcause;
  const turn3 = refundWindow.turns[2]!.traceId;
  expect(await rootCauseAssessments(server.url, turn3)).toEqual([]);
  await open(driver, server, rootcause.experimentId, refundWindow.turns[4]!.traceId);
  await poll(driver).toMatchObject({ rootCause: { state: 'ready' } });
  const candidate = '[data-testid="root-cause-candidate"]';
  await driver.click(`${candidate} [data-testid="confirm-root-cause"]`);
  await driver.fill(`${candidate} .confirm-form input`, reason);
  await driver.click(`${candidate} .confirm-form .primary-button`);
  await poll(driver).toMatchObject({ rootCause: { candidates: [{ index: 3, confirmed: expect.stringContaining(reason) }] } });
  const written = await rootCauseAssessments(server.url, turn3);
  expect(written).toHaveLength(1);
  expect(written[0]).toMatchObject({
    source: { source_type: 'HUMAN' },
    feedback: { value: true },
    rationale: reason,
    metadata: { 'session_lens.explains_trace': refundWindow.turns[4]!.traceId },
  });
  await driver.click(`${candidate} [data-testid="root-cause-confirmed"] button`);
  await poll(driver).toMatchObject({ turns: expect.arrayContaining([expect.objectContaining({ index: 3, marker: 'root cause?' })]) });
  await expect.poll(() => rootCauseAssessments(server.url, turn3)).toEqual([]);
}
