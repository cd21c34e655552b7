// Every trace shape seeded by rig/shapes.py, on MLflow's real UI: the panel shows each turn's input
// and output as seeded, within the request budget.
import { startFaultProxy } from '../../rig/fault-proxy';
import { expect, MlflowUi, test } from './fixtures';
import { readManifest } from './rig';

const shapes = readManifest().shapes;
// customKeys needs the user's override, longText a click for its full text, and quotedId must be opened from
// its JSON-encoded turn: each has its own test below.
const AUTOMATIC = Object.entries(shapes.sessions).filter(([name]) => !['customKeys', 'longText', 'quotedId'].includes(name));

// One browser for all of them (a launch and MLflow's first load cost more than a shape's checks); a step each.
test('every shape that needs nothing from the user: each turn shows its seeded input and output', async ({ mlflow, lens }) => {
  for (const [name, seeded] of AUTOMATIC) {
    await test.step(`shape ${name}`, async () => {
      await mlflow.openTrace(shapes.experimentId, seeded.turns.at(-1)!.traceId);
      await expect(lens.turns).toHaveCount(seeded.turns.length);
      for (const [position, turn] of seeded.turns.entries()) {
        await expect(lens.turn(position + 1)).toHaveAttribute('data-trace-id', turn.traceId);
        await expect(lens.turn(position + 1).locator('[data-testid="turn-input"]')).toHaveText(turn.input);
        await expect(lens.turn(position + 1).locator('[data-testid="turn-output"]')).toHaveText(turn.output);
      }
    });
  }
});

test('an id stored with literal quotes finds the turns stored with the plain id, and reads without the quotes', async ({
  mlflow,
  lens,
}) => {
  const seeded = shapes.sessions.quotedId!;
  await mlflow.openTrace(shapes.experimentId, seeded.turns[0]!.traceId);
  await expect(lens.turns).toHaveCount(2);
  for (const [position, turn] of seeded.turns.entries()) {
    await expect(lens.turn(position + 1).locator('[data-testid="turn-input"]')).toHaveText(turn.input);
  }
  await expect(lens.sessionSection.locator('[data-testid="session-id"]')).toHaveText('legacy-quoted-11');
});

test('the open turn lists its tool call apart from the answer', async ({ mlflow, lens }) => {
  const seeded = shapes.sessions.openai!;
  const position = seeded.turns.findIndex((turn) => turn.toolCalls?.length);
  const tool = seeded.turns[position]!.toolCalls![0]!;
  await mlflow.openTrace(shapes.experimentId, seeded.turns[position]!.traceId);
  const turn = lens.turn(position + 1);
  await expect(turn.locator('[data-testid="turn-output"]')).toHaveText(seeded.turns[position]!.output);
  await expect(turn.locator('[data-testid="tool-call"] .tool-name')).toHaveText(tool.name);
  await expect(turn.locator('[data-testid="tool-call"] .tool-arguments')).toHaveText(JSON.stringify(JSON.parse(tool.arguments)));
  await expect(lens.turn(1).locator('[data-testid="tool-call"]')).toHaveCount(0);
});

test('a wrapper root: the panel says the text was found two spans down', async ({ mlflow, lens }) => {
  await mlflow.openTrace(shapes.experimentId, shapes.sessions.wrapper!.turns[0]!.traceId);
  await lens.root.getByText('Where the text comes from').click();
  await expect(lens.root.locator('[data-testid="text-source-input"]')).toContainText(
    'mlflow.spanInputs → question on the span “chat_turn” (2 below the root',
  );
});

test('a turn longer than the preview shows the cut text, and its full text on request', async ({ mlflow, lens }) => {
  const seeded = shapes.sessions.longText!;
  await mlflow.openTrace(shapes.experimentId, seeded.turns[0]!.traceId);
  const long = lens.turn(2);
  const input = long.locator('[data-testid="turn-input"]');
  await expect(input).toHaveAttribute('data-origin', 'preview');
  await long.getByRole('button', { name: /Show all/ }).click();
  // The text as MLflow's preview has it, then the cut mark ("…", which screen readers hear as words).
  await expect(input.locator('.cut-mark')).toHaveText("…(cut by MLflow's preview)");
  const cut = await input.evaluate((element) => element.firstChild?.textContent ?? '');
  expect(cut.length).toBeGreaterThan(100);
  expect(seeded.turns[1]!.input.startsWith(cut)).toBe(true);
  expect(cut.length).toBeLessThan(seeded.turns[1]!.input.length);
  await long.locator('[data-testid="load-full-text"]').click();
  await expect(input).toHaveAttribute('data-origin', 'spans');
  await expect(input).toHaveText(seeded.turns[1]!.input);
  await expect(long.locator('[data-testid="load-full-text"]')).toHaveCount(0);
});

test('1,200 turns: all listed, oldest first, from three search pages, with a DOM bounded by the viewport; search across them, Enter and Shift+Enter through the matches', async ({
  mlflow,
  lens,
}) => {
  const { long } = shapes;
  await mlflow.openTrace(shapes.experimentId, long.middle.traceId);
  await expect(lens.turnList).toHaveAttribute('data-turn-count', String(long.turnCount), { timeout: 30_000 });
  await expect(lens.openTurn).toHaveAttribute('data-trace-id', long.middle.traceId);
  await expect(lens.openTurn).toBeInViewport();
  const { ids, mostRenderedAtOnce } = await lens.collectTurnIds();
  expect(ids).toEqual(long.turnIds);
  expect(mostRenderedAtOnce).toBeLessThan(40);
  await expect(lens.turn(long.turnCount).locator('[data-testid="turn-output"]')).toHaveText(long.last.output);
  await lens.root.locator('.panel-body').evaluate((element) => (element.scrollTop = 0));
  await expect(lens.turn(1).locator('[data-testid="turn-input"]')).toHaveText(long.first.input);
  // Nothing failed: no spans read beyond the open turn's, and nothing offered to read; each turn can read its own.
  await expect(lens.root.locator('[data-testid="turns-not-read"]')).toHaveText(
    /^Nothing in this session calls for reading the spans of its other 1,[0-9]{3} turns\.$/,
  );
  await expect(lens.root.getByRole('button', { name: 'Read them all' })).toHaveCount(0);
  await expect(lens.turn(1).locator('[data-testid="tool-calls-unread"]')).toContainText("this turn's spans were not read");

  // Search: the matches are counted on the session's data; each is scrolled into view and highlighted.
  const input = lens.root.locator('[data-testid="search-input"]');
  const count = lens.root.locator('[data-testid="search-count"]');
  const current = lens.root.locator('mark.search-hit.current');

  await input.fill('number 1150');
  await expect(count).toHaveText('1 of 2');
  await expect(current).toHaveText('number 1150');
  await expect(current).toBeInViewport();
  await expect(lens.turn(1150).locator('[data-testid="turn-input"] mark.current')).toHaveCount(1);
  await input.press('Enter');
  await expect(count).toHaveText('2 of 2');
  await expect(lens.turn(1150).locator('[data-testid="turn-output"] mark.current')).toHaveCount(1);
  await input.press('Enter');
  await expect(count).toHaveText('1 of 2');
  await input.press('Shift+Enter');
  await expect(count).toHaveText('2 of 2');

  // "number 11" is in turns 11, 110–119 and 1100–1199, once in the question and once in the answer; only the
  // turns near the viewport are rendered while stepping from the first to the last.
  await input.fill('Number 11');
  await expect(count).toHaveText('1 of 222');
  await expect(lens.turn(11).locator('mark.current')).toBeInViewport();
  await input.press('Shift+Enter');
  await expect(count).toHaveText('222 of 222');
  await expect(lens.turn(1199).locator('[data-testid="turn-output"] mark.current')).toBeInViewport();
  expect(await lens.turns.count()).toBeLessThan(40);

  await input.fill('no such words');
  await expect(count).toHaveText('No matches');
  await input.press('Escape');
  await expect(input).toHaveValue('');
  await expect(lens.root.locator('mark.search-hit')).toHaveCount(0);
});

test('request budget: trace info, ceil(N/500) searches and one span fetch before the transcript is complete', async ({
  mlflow,
  lens,
  rig,
}) => {
  const proxy = await startFaultProxy(rig.url);
  try {
    const { long } = shapes;
    const ui = new MlflowUi(mlflow.page, { ...rig, url: proxy.url });
    await ui.openTrace(shapes.experimentId, long.middle.traceId);
    await expect(lens.turnList).toHaveAttribute('data-turn-count', String(long.turnCount), { timeout: 30_000 });
    // The open turn's spans (schema discovery, its full text) come beside the search pages: no request after.
    await mlflow.page.waitForTimeout(1000);
    expect(proxy.extensionRequests[0]).toBe(`GET /ajax-api/3.0/mlflow/traces/${long.middle.traceId}`);
    expect(
      proxy.extensionRequests
        .slice(1)
        .map((request) => request.split('?')[0])
        .sort(),
    ).toEqual([
      'GET /ajax-api/2.0/mlflow/get-trace-artifact',
      'POST /ajax-api/3.0/mlflow/traces/search',
      'POST /ajax-api/3.0/mlflow/traces/search',
      'POST /ajax-api/3.0/mlflow/traces/search',
    ]);
    expect(proxy.extensionRequests.find((request) => request.includes('get-trace-artifact'))).toContain(long.middle.traceId);

    // Moving to another turn of the same session asks for nothing but that turn's spans.
    await mlflow.page.keyboard.press('Alt+Shift+ArrowUp');
    await expect(lens.openTurn).toHaveAttribute('data-index', String(long.turnCount / 2));
    await expect.poll(() => proxy.extensionRequests.length).toBe(6);
    await mlflow.page.waitForTimeout(500);
    expect(proxy.extensionRequests).toHaveLength(6);
    expect(proxy.extensionRequests[5]).toMatch(/get-trace-artifact/);
  } finally {
    await proxy.stop();
  }
});

test("application-specific keys: the panel says none were found, and the user's override makes them show", async ({
  mlflow,
  lens,
  context,
  rig,
}) => {
  const seeded = shapes.sessions.customKeys!;
  await mlflow.openTrace(shapes.experimentId, seeded.turns[1]!.traceId);
  await expect(lens.turns).toHaveCount(2);
  await expect(lens.turn(1).locator('[data-testid="turn-input"]')).toHaveText('no input recorded');
  await expect(lens.root.locator('[data-testid="text-source-input"]')).toHaveText("Input: not found in the open turn's spans");

  const optionsOpened = context.waitForEvent('page');
  await lens.root.locator('[data-testid="choose-attributes"]').click();
  const options = await optionsOpened;
  await expect(options.locator('#server')).toHaveValue(new URL(rig.url).origin);
  await expect(options.locator('#experiment')).toHaveValue(shapes.experimentId);
  await options.locator('#input-key').fill(seeded.inputKey!);
  await options.locator('#output-key').fill(seeded.outputKey!);
  await options.getByTestId('override-form').getByRole('button', { name: 'Save' }).click();
  await expect(options.locator('[data-testid="override-list"]')).toContainText(seeded.inputKey!);
  await options.close();

  // The open panel picks the new setting up by itself.
  for (const [position, turn] of seeded.turns.entries()) {
    await expect(lens.turn(position + 1).locator('[data-testid="turn-input"]')).toHaveText(turn.input);
    await expect(lens.turn(position + 1).locator('[data-testid="turn-output"]')).toHaveText(turn.output);
  }
  await expect(lens.root.locator('[data-testid="text-source-input"]')).toContainText('app.user_message on the root span (your setting)');
});

test('a pause of 14 minutes before a turn is marked on that turn, and nowhere else', async ({ mlflow, lens }) => {
  const paused = shapes.sessions.paused!;
  await mlflow.openTrace(shapes.experimentId, paused.turns[2]!.traceId);
  await expect(lens.turns).toHaveCount(3);
  await expect(lens.turn(3).locator('[data-testid="turn-gap"]')).toHaveText('14 min later');
  await expect(lens.root.locator('[data-testid="turn-gap"]')).toHaveCount(1);
});
