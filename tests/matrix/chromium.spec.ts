// The core flows in Chromium on the oldest supported MLflow and on PostgreSQL; on PostgreSQL also the
// 1,200-turn session (ordering across three search pages), as the main suite checks it on SQLite.
import { confirmAndUndo, panelOnTurnFour, playwrightDriver, rootCauseOfTheExample, traceUrl } from '../e2e/core-flows';
import { expect, LensPanel, test } from '../e2e/fixtures';
import { readMatrixManifest, readMatrixRig } from './rig';

const rig = readMatrixRig();

for (const cell of ['oldest', 'postgres'] as const) {
  const server = rig[cell];
  const manifest = readMatrixManifest(server);
  test.describe(`Chromium, ${cell === 'oldest' ? 'the oldest supported MLflow' : 'PostgreSQL'}`, () => {
    test.beforeEach(() => {
      test.info().annotations.push({ type: 'server', description: `MLflow ${server.mlflowVersion} on ${server.backend}` });
    });
    test('core: turn 4 of the judged session: six turns, session-level and per-turn assessments, scorer errors hidden', async ({
      page,
    }) => {
      await panelOnTurnFour(playwrightDriver(page), server, manifest.base);
    });
    test("core: the manual workflow's example points at turn 3", async ({ page }) => {
      await rootCauseOfTheExample(playwrightDriver(page), server, manifest.rootcause);
    });
    test('core: a confirmation written, read back over REST, and undone', async ({ page }) => {
      await confirmAndUndo(playwrightDriver(page), server, manifest.rootcause, `Confirmed on ${cell}.`);
    });
  });
}

test('PostgreSQL: 1,200 turns listed oldest first from three search pages', async ({ page }) => {
  // Scrolling through 1,200 turns while the main suite runs beside it on two cores took over 60 s once.
  test.setTimeout(120_000);
  const { shapes } = readMatrixManifest(rig.postgres);
  const { long } = shapes;
  const lens = new LensPanel(page);
  await page.goto(traceUrl(rig.postgres.url, shapes.experimentId, long.middle.traceId, rig.postgres.mlflowVersion));
  await expect(lens.turnList).toHaveAttribute('data-turn-count', String(long.turnCount), { timeout: 30_000 });
  await expect(lens.openTurn).toHaveAttribute('data-trace-id', long.middle.traceId);
  const { ids } = await lens.collectTurnIds();
  expect(ids).toEqual(long.turnIds);
});
