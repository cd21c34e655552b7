// The session at a glance on the benchmark's 5,000-turn session (every turn judged by two or three judges): the
// judgement strip hovered across its width (each move redraws the canvas) and the session search typed and
// stepped through, in Debian's Chromium with the built extension against a real `mlflow server`. Each step is
// watched for long animation frames (over 50 ms); three runs, the worst reported. Writes
// bench/glance-results.md. Runs on the benchmark's cached server (bench/bench-server.ts).
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { PANEL_HOST_TAG } from '../entrypoints/content/host-page';
import { dismissMlflowFirstVisitUi, launchWithExtension } from '../rig/chromium';
import { REPO_ROOT } from '../rig/mlflow-server';
import { startBenchServer } from './bench-server';

const TURNS = 5_000;
const RUNS = 3;
/** What is typed into the search box, one query after another, and how often Enter is pressed on the last. */
const QUERIES = ['th', 'the', 'the c', 'retur', 'zzzz', 'the'];
const STEPS = 20;

interface StepCost {
  longFrames: number;
  longestFrameMs: number;
}

interface GlanceRun {
  strip: StepCost & { moves: number; rows: number; columns: number };
  typing: StepCost;
  stepping: StepCost & { matches: string };
}

/** Long animation frames while `act` runs, and a little after (the last frame it caused). */
async function watchFrames(page: Page, act: () => Promise<void>): Promise<StepCost> {
  await page.evaluate(() => {
    const frames: number[] = [];
    (globalThis as { __lensFrames?: number[] }).__lensFrames = frames;
    const observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) frames.push(entry.duration);
    });
    observer.observe({ type: 'long-animation-frame', buffered: false });
    (globalThis as { __lensObserver?: PerformanceObserver }).__lensObserver = observer;
  });
  await act();
  await page.waitForTimeout(300);
  const frames = await page.evaluate(() => {
    (globalThis as { __lensObserver?: PerformanceObserver }).__lensObserver!.disconnect();
    return (globalThis as { __lensFrames?: number[] }).__lensFrames!;
  });
  return { longFrames: frames.filter((ms) => ms > 50).length, longestFrameMs: Math.round(Math.max(0, ...frames)) };
}

/** Until the page has drawn what the last action caused. */
const twoFrames = (page: Page) => page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));

async function measure(url: string): Promise<GlanceRun> {
  const { context } = await launchWithExtension({ viewport: { width: 1600, height: 1000 } });
  try {
    await dismissMlflowFirstVisitUi(context);
    const page = context.pages()[0] ?? (await context.newPage());
    // tsx keeps function names with a `__name` helper the page does not have (bench/measure.ts says more).
    await page.addInitScript({ content: 'globalThis.__name = (target) => target;' });
    await page.goto(url);
    const panel = page.locator(`${PANEL_HOST_TAG} [data-testid="session-lens-panel"]`);
    await panel.locator(`[data-testid="turn-list"][data-turn-count="${TURNS}"]`).waitFor({ timeout: 120_000 });
    await page.waitForTimeout(3000);

    const canvas = panel.locator('[data-testid="strip-canvas"]');
    await canvas.scrollIntoViewIfNeeded();
    const box = (await canvas.boundingBox())!;
    const moves = 60;
    const strip = await watchFrames(page, async () => {
      for (let move = 0; move < moves; move++) {
        await page.mouse.move(box.x + ((move + 0.5) * box.width) / moves, box.y + box.height - 4);
        await twoFrames(page);
      }
    });
    const rows = await panel.locator('.strip-names li').count();
    const columns = Number(await canvas.getAttribute('data-columns'));

    const input = panel.locator('[data-testid="search-input"]');
    const count = panel.locator('[data-testid="search-count"]');
    const typing = await watchFrames(page, async () => {
      for (const query of QUERIES) {
        await input.fill(query);
        await twoFrames(page);
      }
    });
    let matches = '';
    const stepping = await watchFrames(page, async () => {
      for (let step = 0; step < STEPS; step++) {
        await input.press('Enter');
        await twoFrames(page);
      }
      matches = (await count.textContent()) ?? '';
    });
    return { strip: { ...strip, moves, rows, columns }, typing, stepping: { ...stepping, matches } };
  } finally {
    await context.close();
  }
}

execFileSync('npx', ['wxt', 'build'], { cwd: REPO_ROOT, stdio: 'ignore' });
const { server, manifestFile } = await startBenchServer();
try {
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as {
    experimentId: string;
    sessions: Record<string, { traceIds: string[] }>;
  };
  const traceId = manifest.sessions[String(TURNS)]!.traceIds.at(-1)!;
  const url = `${server.url}#/experiments/${manifest.experimentId}/traces?traceId=${traceId}`;
  const runs: GlanceRun[] = [];
  for (let run = 0; run < RUNS; run++) {
    runs.push(await measure(url));
    console.log(JSON.stringify(runs.at(-1)));
  }
  const worst = (pick: (run: GlanceRun) => StepCost) => ({
    longFrames: Math.max(...runs.map((run) => pick(run).longFrames)),
    longestFrameMs: Math.max(...runs.map((run) => pick(run).longestFrameMs)),
  });
  const strip = worst((run) => run.strip);
  const typing = worst((run) => run.typing);
  const stepping = worst((run) => run.stepping);
  const verdict = (cost: StepCost) => (cost.longFrames === 0 ? 'met' : 'missed');
  const { rows, columns, moves } = runs[0]!.strip;
  const report = `# The session at a glance on ${TURNS.toLocaleString('en-US')} turns

\`npx tsx bench/glance.ts\` (part of \`npm run bench\`), ${new Date().toISOString().slice(0, 10)}: the benchmark's ${TURNS.toLocaleString('en-US')}-turn
session (every turn judged), in Debian's Chromium with the built extension against a real \`mlflow server\`;
${RUNS} runs, the worst reported. Long animation frames (over 50 ms) are counted while each step runs.

| step | what it does | frames over 50 ms | longest frame | no frame over 50 ms |
|---|---|---:|---:|---|
| judgement strip | ${moves} pointer moves across the strip (${rows} rows, ${columns} pixel columns, each holding up to ${Math.ceil(TURNS / columns)} turns); each move redraws the canvas | ${strip.longFrames} | ${strip.longestFrameMs} ms | ${verdict(strip)} |
| search: typing | ${QUERIES.length} queries put in the box one after another (${QUERIES.map((query) => `“${query}”`).join(', ')}), each counted over every turn and the rendered turns highlighted | ${typing.longFrames} | ${typing.longestFrameMs} ms | ${verdict(typing)} |
| search: stepping | Enter ${STEPS} times on the last query, each match scrolled into view (last count: ${runs.at(-1)!.stepping.matches}) | ${stepping.longFrames} | ${stepping.longestFrameMs} ms | ${verdict(stepping)} |

Not separated here: the strip's first drawing, which happens while the panel first shows the session (the
whole first paint is in [RESULTS.md](RESULTS.md)).
`;
  writeFileSync(join(import.meta.dirname, 'glance-results.md'), report);
  console.log(report);
} finally {
  await server.stop();
}
