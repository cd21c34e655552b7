// The embedded default: a local `mlflow server` (SQLite under .demo/) seeded with example sessions, and
// Chromium with the built extension open on a seeded trace. Without a display, it takes a screenshot of the
// panel instead and says how to load the extension into your own browser.
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { TRACE_DRAWER_SELECTOR } from '../entrypoints/content/host-page';
import { dismissMlflowFirstVisitUi, EXTENSION_DIR, launchWithExtension } from '../rig/chromium';
import { REPO_ROOT, startMlflowServer } from '../rig/mlflow-server';
import { seedScenarios } from '../rig/seed';

const DEMO_DIR = join(REPO_ROOT, '.demo');
const MANIFEST = join(DEMO_DIR, 'manifest.json');
const SCENARIOS = 'base,shapes,rootcause';

/** A demo folder seeded by an older version lacks today's example sessions: start it afresh. */
function discardOutdatedDemo() {
  if (!existsSync(MANIFEST)) return;
  const seeded = Object.keys(JSON.parse(readFileSync(MANIFEST, 'utf8')) as Record<string, unknown>);
  if (SCENARIOS.split(',').every((scenario) => seeded.includes(scenario))) return;
  console.log('The demo data in .demo/ predates the current example sessions; seeding it again.');
  rmSync(DEMO_DIR, { recursive: true, force: true });
}

async function main() {
  discardOutdatedDemo();
  mkdirSync(DEMO_DIR, { recursive: true });
  const server = await startMlflowServer({ dataDir: DEMO_DIR });
  const stop = async () => {
    await server.stop();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);

  if (!existsSync(MANIFEST)) {
    console.log("Seeding example sessions through MLflow's Python client...");
    await seedScenarios(server.url, SCENARIOS.split(','), MANIFEST);
  }
  const manifest = JSON.parse(readFileSync(MANIFEST, 'utf8'));
  const { rootcause, base } = manifest;
  // Turn 5 of the manual workflow's example: reported wrong, while the slip happened at turn 3.
  const traceUrl = `${server.url}#/experiments/${rootcause.experimentId}/traces?traceId=${rootcause.refundWindow.turns[4].traceId}`;
  const judgedUrl = `${server.url}#/experiments/${base.experimentId}/traces?traceId=${base.sessions.A.turns[3].traceId}`;

  console.log(`\nMLflow ${manifest.mlflowVersion} is running at ${server.url} (data in .demo/, log in ${server.logFile}).`);
  console.log(`Turn 5 of a session whose root cause is turn 3: ${traceUrl}`);
  console.log(`Turn 4 of a judged 6-turn session: ${judgedUrl}`);

  if (process.env.DISPLAY) {
    const { context } = await launchWithExtension({ headless: false, userDataDir: join(DEMO_DIR, 'profile'), viewport: null });
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(traceUrl);
    console.log('\nChromium is open with Session Lens loaded. Close it or press Ctrl-C to stop.');
    context.on('close', stop);
  } else {
    const { context } = await launchWithExtension();
    await dismissMlflowFirstVisitUi(context);
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(traceUrl);
    await page.locator(TRACE_DRAWER_SELECTOR).waitFor();
    await page.locator('[data-testid="root-cause"][data-state="ready"]').waitFor();
    await page.waitForTimeout(500);
    const screenshot = join(DEMO_DIR, 'panel.png');
    await page.screenshot({ path: screenshot });
    await context.close();
    console.log(`\nNo display here, so no browser window. A screenshot of the panel on that trace: ${screenshot}`);
    console.log(`To use it in your own Chrome or Chromium: open chrome://extensions, turn on Developer mode,`);
    console.log(`choose "Load unpacked" and pick ${EXTENSION_DIR}; then open the trace link above.`);
    console.log('\nThe server keeps running; press Ctrl-C to stop it.');
  }
}

await main();
