// Markup in every text field a trace can carry (rig/hostile.py: 110 payloads in inputs, outputs, rationales,
// assessment names and values, span names, attribute keys, retrieved document ids, error messages, the user
// and the session id), read through MLflow's real UI: the panel shows all of it as text, and none of it runs,
// loads anything, or changes the page.
import type { CDPSession, Page } from '@playwright/test';
import { PANEL_HOST_TAG } from '../../entrypoints/content/host-page';
import { expect, test } from './fixtures';

declare global {
  interface Window {
    __lensXss?: (payload: number) => void;
    __lensXssCalls?: number[];
  }
}

/** Elements the panel never renders: any of them inside its shadow root came from a trace. */
const FOREIGN_TAGS =
  'script, img, iframe, object, embed, svg, math, link, meta, base, video, audio, source, marquee, template, table, x, isindex, noscript, a, body';

/** Requests that leave the MLflow server, with whether a Session Lens script started them. */
async function watchOutsideRequests(
  page: Page,
  serverUrl: string,
): Promise<{ cdp: CDPSession; byExtension: string[]; byMlflow: string[] }> {
  const cdp = await page.context().newCDPSession(page);
  const byExtension: string[] = [];
  const byMlflow: string[] = [];
  cdp.on('Network.requestWillBeSent', ({ request, initiator }) => {
    if (request.url.startsWith(serverUrl) || /^(chrome-extension|data|blob):/.test(request.url)) return;
    (JSON.stringify(initiator).includes('chrome-extension://') ? byExtension : byMlflow).push(request.url);
  });
  await cdp.send('Network.enable');
  return { cdp, byExtension, byMlflow };
}

test('markup in every field of a trace is shown as text, and runs, loads and changes nothing', async ({
  mlflow,
  lens,
  manifest,
  page,
  context,
  rig,
}) => {
  test.setTimeout(180_000);
  const { experimentId, turns, sessionId, payloads } = manifest.hostile;
  expect(payloads.length).toBeGreaterThanOrEqual(100);
  await context.addInitScript(() => {
    window.__lensXssCalls = [];
    window.__lensXss = (payload) => window.__lensXssCalls!.push(payload);
  });
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  const requests = await watchOutsideRequests(page, rig.url);

  // Every turn is read in the panel of one open trace (each turn is listed whole and can be inspected without
  // being opened); the first and the last are also opened through MLflow's UI, for the open turn's own marks.
  for (const opened of [turns.length - 1, 0]) {
    await mlflow.openTrace(experimentId, turns[opened]!.traceId);
    await expect(lens.turns).toHaveCount(turns.length);
    await expect(lens.turn(opened + 1)).toHaveAttribute('aria-current', 'true');
  }
  await expect(lens.root.locator('[data-testid="session-id"]')).toHaveText(sessionId);
  await expect(lens.root.locator('[data-testid="session-user"]')).toHaveText(turns[0]!.payloads[1]!);
  for (const [position, turn] of turns.entries()) {
    const shown = lens.turn(position + 1);
    await shown.scrollIntoViewIfNeeded();

    // Inputs and outputs, whole.
    const joined = turn.payloads.join('\n');
    for (const side of ['turn-input', 'turn-output']) {
      const message = shown.locator(`[data-testid="${side}"]`);
      if ((await message.getAttribute('data-full')) === 'false')
        await message
          .locator('xpath=..')
          .getByRole('button', { name: /^Show all/ })
          .click();
      await expect(message).toHaveText(joined);
    }
    // Assessment names, values and rationales.
    const assessments = shown.locator('[data-testid="assessment"]');
    await expect(assessments).toHaveCount(turn.payloads.length);
    const listed = await assessments.evaluateAll((items) =>
      items.map((item) =>
        ['.assessment-name', '.assessment-value', '.assessment-rationale'].map((part) => item.querySelector(part)?.textContent),
      ),
    );
    expect(listed).toEqual(turn.payloads.map((payload) => [payload, payload, payload]));
    // Span names, retrieved document ids and texts, and error messages, in the inspector.
    await shown.locator('[data-testid="inspect-turn"]').click();
    const inspector = shown.locator('[data-testid="turn-inspector"]');
    const expectedSpanNames = [turn.payloads[0], turn.payloads[2], ...turn.payloads.slice(0, 4)];
    // The inspector shows the spans once they are read (the analysis may not have read this turn's yet).
    await expect(inspector.locator('[data-testid="span"]')).toHaveCount(expectedSpanNames.length);
    const spanNames = await inspector
      .locator('[data-testid="span"]')
      .evaluateAll((spans) => spans.map((span) => span.getAttribute('data-span-name')));
    expect(spanNames).toEqual(expectedSpanNames);
    expect(await inspector.locator('.span-name').allTextContents()).toEqual(spanNames);
    expect(await inspector.locator('[data-testid="retrieved-document"] .document-id').allTextContents()).toEqual(turn.payloads);
    expect(await inspector.locator('[data-testid="span-exception"]').allTextContents()).toEqual(
      turn.payloads.slice(0, 4).map((payload) => `RuntimeError: ${payload}`),
    );
    await shown.locator('[data-testid="inspect-turn"]').click();
  }

  // Sessions whose very id is markup are found, and their id shown as text.
  for (const idSession of manifest.hostile.idSessions) {
    await mlflow.openTrace(experimentId, idSession.traceId);
    await expect(lens.root.locator('[data-testid="session-id"]')).toHaveText(idSession.sessionId);
  }

  expect(await page.evaluate(() => window.__lensXssCalls)).toEqual([]);
  expect(dialogs).toEqual([]);
  expect(requests.byExtension).toEqual([]);
  // Nothing the panel holds is foreign markup, and nothing outside it carries an inline handler.
  expect(await lens.root.locator(FOREIGN_TAGS).count()).toBe(0);
  const inlineHandlers = await page.evaluate((hostTag) => {
    const outside = [...document.querySelectorAll('*')].filter((element) => !element.closest(hostTag));
    return outside.flatMap((element) =>
      [...element.attributes].filter((attribute) => /^on/i.test(attribute.name)).map((attribute) => `${element.tagName} ${attribute.name}`),
    );
  }, PANEL_HOST_TAG);
  expect(inlineHandlers).toEqual([]);
  await requests.cdp.detach();
});

test('page script can read the panel but cannot act through it: scripted clicks and submits do nothing', async ({
  mlflow,
  lens,
  manifest,
  page,
  rig,
}) => {
  const { experimentId, refundWindow } = manifest.rootcause;
  await mlflow.openTrace(experimentId, refundWindow.turns[4]!.traceId);
  const candidate = lens.root.locator('[data-testid="root-cause-candidate"]').first();
  await expect(candidate).toBeVisible();
  const candidateTrace = (await candidate.getAttribute('data-trace-id'))!;
  const assessmentsOf = async () => {
    const response = await fetch(`${rig.url}ajax-api/3.0/mlflow/traces/${candidateTrace}`);
    return ((await response.json()) as { trace: { trace_info: { assessments?: unknown[] } } }).trace.trace_info.assessments?.length ?? 0;
  };
  const assessmentsBefore = await assessmentsOf();
  const before = page.url();
  const script = (action: string) =>
    page.evaluate(
      ([hostTag, what]) => {
        const root = document.querySelector(hostTag!)!.shadowRoot!;
        if (what === 'click') {
          root.querySelector<HTMLButtonElement>('[data-testid="confirm-root-cause"]')?.click();
          for (const button of root.querySelectorAll<HTMLButtonElement>('button.turn-link, .turn-header')) button.click();
        } else {
          for (const input of root.querySelectorAll<HTMLInputElement>('form.confirm-form input')) input.value = 'written by a page script';
          for (const form of root.querySelectorAll<HTMLFormElement>('form')) form.requestSubmit();
        }
      },
      [PANEL_HOST_TAG, action],
    );
  await script('click');
  await page.waitForTimeout(500);
  await expect(lens.root.locator('form.confirm-form')).toHaveCount(0);
  expect(page.url()).toBe(before);
  // The user's own click opens the form; a scripted submit of it writes nothing.
  await candidate.locator('[data-testid="confirm-root-cause"]').click();
  await expect(lens.root.locator('form.confirm-form')).toHaveCount(1);
  await script('submit');
  await page.waitForTimeout(1_000);
  await expect(lens.root.locator('form.confirm-form')).toHaveCount(1);
  expect(await assessmentsOf()).toBe(assessmentsBefore);
});
