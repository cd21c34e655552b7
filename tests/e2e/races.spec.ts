// Answers arriving out of order: the user flicks through traces of different sessions faster than the
// worker answers. The panel never shows a session the open trace is not part of, and ends settled.
import { PANEL_HOST_TAG } from '../../entrypoints/content/host-page';
import { expect, test } from './fixtures';

test('100 trace switches in 5 s never show a session other than the open trace’s, and nothing stays loading', async ({
  mlflow,
  lens,
  manifest,
  page,
}) => {
  test.setTimeout(90_000);
  const { experimentId, sessions, noSession } = manifest.base;
  const traces = [
    ...sessions.A.turns.map((turn) => turn.traceId),
    ...sessions.B.turns.map((turn) => turn.traceId),
    noSession.traceId,
    sessions.Markup.turns[0]!.traceId,
  ];
  await mlflow.openTrace(experimentId, traces[0]!);
  await expect(lens.turns).toHaveCount(6);

  // Deterministic order that mixes moves within a session and moves across sessions.
  const order = Array.from({ length: 100 }, (_, step) => traces[(step * 7 + Math.floor(step / 3)) % traces.length]!);
  const { violations, checks } = await page.evaluate(
    async ({ hostTag, order, experimentId }) => {
      const root = document.querySelector(hostTag)!.shadowRoot!;
      const violations: string[] = [];
      let checks = 0;
      const check = () => {
        checks++;
        const wanted = new URLSearchParams(location.hash.split('?')[1] ?? '').get('traceId');
        const panel = root.querySelector<HTMLElement>('[data-testid="session-lens-panel"]');
        if (panel?.dataset.state !== 'ready') return;
        const open = root.querySelector<HTMLElement>('[data-testid="turn"][aria-current="true"]');
        if (open?.dataset.traceId !== wanted) violations.push(`open ${wanted}, panel marks ${open?.dataset.traceId ?? 'no turn'}`);
      };
      const observer = new MutationObserver(check);
      observer.observe(root, { subtree: true, childList: true, attributes: true, characterData: true });
      for (const traceId of order) {
        location.hash = `#/experiments/${experimentId}/traces?traceId=${traceId}`;
        check();
        await new Promise((done) => setTimeout(done, 50));
      }
      // Late answers keep arriving for a while: keep watching.
      await new Promise((done) => setTimeout(done, 3_000));
      observer.disconnect();
      return { violations, checks };
    },
    { hostTag: PANEL_HOST_TAG, order, experimentId },
  );
  expect(violations).toEqual([]);
  expect(checks).toBeGreaterThan(100);

  // Settled on the last trace, with every control usable.
  const last = order.at(-1)!;
  await expect(lens.openTurn).toHaveAttribute('data-trace-id', last);
  await expect(lens.root.locator('[data-testid="root-cause"]')).toHaveAttribute('data-state', 'ready');
  await expect(lens.root.getByRole('button', { name: 'Refresh' })).toBeEnabled();
  await expect(lens.root.locator('[data-testid="panel-loading"]')).toHaveCount(0);
  await expect(lens.root.getByText("Reading the turn's spans…")).toHaveCount(0);
  await lens.openTurn.locator('[data-testid="inspect-turn"]').click();
  await expect(lens.openTurn.locator('[data-testid="span-tree"]')).toBeVisible();
});
