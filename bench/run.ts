// `npm run bench`: Session Lens against a real MLflow server, side by side with the REST lower bound and
// MLflow's own chat-session page, in one run. Writes bench/results.json and bench/RESULTS.md.
// Seeding (about 10 minutes for 6,110 turns) is cached in .cache/bench/ between runs.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { EXTENSION_DIR } from '../rig/chromium';
import { startFaultProxy } from '../rig/fault-proxy';
import { REPO_ROOT, VENV_BIN } from '../rig/mlflow-server';
import { startBenchServer } from './bench-server';
import {
  measureExtension,
  measureFootprint,
  measureIdlePage,
  measureLowerBound,
  measureNativeSessionPage,
  measureScroll,
  measureBudgets,
  type ExtensionRun,
  type NativeRun,
  type Run,
} from './measure';
import { writeReport, type BenchResults, type SizeResult } from './report';

const SIZES = (process.env.BENCH_SIZES ?? '10,100,1000,5000').split(',').filter(Boolean).map(Number);
/** Turns of the byte-budget session (40 kB each); 0 leaves it out. */
const HUGE_TURNS = Number(process.env.BENCH_HUGE_TURNS ?? 5000);
// At least three: the targets hold on the worst of three consecutive runs.
const REPETITIONS: Record<number, number> = { 10: 5, 100: 5, 1000: 3, 5000: 3 };
const NATIVE_REPETITIONS: Record<number, number> = { 10: 3, 100: 3, 1000: 2, 5000: 1 };

interface BenchManifest {
  mlflowVersion: string;
  experimentId: string;
  sessions: Record<string, { sessionId: string; traceIds: string[] }>;
}

async function main() {
  execFileSync('npx', ['wxt', 'build'], { cwd: REPO_ROOT, stdio: 'ignore' });
  const { server, dataDir, manifestFile } = await startBenchServer();
  const proxy = await startFaultProxy(server.url);
  try {
    let manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as BenchManifest;
    const hugeKey = `huge-${HUGE_TURNS}`;
    if (HUGE_TURNS > 0 && !manifest.sessions[hugeKey]) {
      console.log(`Seeding ${HUGE_TURNS} turns of 40 kB (cached for later runs)...`);
      const hugeFile = join(dataDir, 'manifest-huge.json');
      execFileSync(
        join(VENV_BIN, 'python'),
        [
          join(REPO_ROOT, 'bench/seed_bench.py'),
          '--tracking-uri',
          server.url,
          '--out',
          hugeFile,
          '--sizes',
          '',
          '--huge',
          String(HUGE_TURNS),
        ],
        { stdio: ['ignore', 'inherit', 'inherit'] },
      );
      const huge = JSON.parse(readFileSync(hugeFile, 'utf8')) as BenchManifest;
      manifest = { ...manifest, sessions: { ...manifest.sessions, ...huge.sessions } };
      writeFileSync(manifestFile, JSON.stringify(manifest));
    }
    const sizes: SizeResult[] = [];
    for (const size of SIZES) {
      const session = manifest.sessions[String(size)]!;
      // The last turn: the one a user reports as wrong.
      const traceId = session.traceIds.at(-1)!;
      const repetitions = REPETITIONS[size] ?? 3;
      console.log(`\n${size} turns`);
      // One unmeasured pass first: the server's first reads of a session are slower (SQLite's page cache).
      await measureLowerBound(proxy, traceId);
      const lowerBound: Run[] = [];
      for (let run = 0; run < repetitions; run++) lowerBound.push(await measureLowerBound(proxy, traceId));
      console.log(`  REST lower bound: ${lowerBound.map((run) => Math.round(run.ms)).join(', ')} ms`);

      const extension: ExtensionRun[] = [];
      let footprint = null;
      let scroll = null;
      for (let run = 0; run < repetitions; run++) {
        const { context, page, ...measured } = await measureExtension(proxy, manifest.experimentId, traceId, size);
        extension.push(measured);
        if (run === repetitions - 1) {
          footprint = await measureFootprint(page, proxy, manifest.experimentId, traceId);
          if (size >= 1000) scroll = await measureScroll(page);
        }
        await context.close();
      }
      console.log(`  extension: ${extension.map((run) => Math.round(run.ms)).join(', ')} ms`);
      // The first turn open, as MLflow's session page opens it: on a session longer than a page it is not
      // among the newest turns, and is read from the oldest end.
      const firstTurnOpen: ExtensionRun[] = [];
      if (size > 500) {
        for (let run = 0; run < repetitions; run++) {
          const {
            context,
            page: _page,
            ...measured
          } = await measureExtension(proxy, manifest.experimentId, session.traceIds[0]!, size, true, 1);
          firstTurnOpen.push(measured);
          await context.close();
        }
        console.log(`  first turn open: first useful paint ${firstTurnOpen.map((run) => Math.round(run.firstUsefulPaint)).join(', ')} ms`);
      }

      const native: NativeRun[] = [];
      for (let run = 0; run < (NATIVE_REPETITIONS[size] ?? 1); run++)
        native.push(await measureNativeSessionPage(proxy, manifest.experimentId, session.sessionId, size));
      console.log(
        `  MLflow's session page: ${native.map((run) => `${Math.round(run.ms)} ms${run.complete ? '' : ` (incomplete: ${run.turnsShown} turns)`}`).join(', ')}`,
      );
      sizes.push({ turns: size, lowerBound, extension, firstTurnOpen, native, footprint: footprint!, scroll });
    }

    let budgets;
    if (HUGE_TURNS > 0) {
      const huge = manifest.sessions[hugeKey]!;
      console.log(`\n${HUGE_TURNS} turns of 40 kB`);
      budgets = await measureBudgets(proxy, manifest.experimentId, huge.traceIds.at(-1)!, HUGE_TURNS);
      console.log(
        `  listed in ${Math.round(budgets.transcriptMs)} ms, analysis ${Math.round(budgets.analysisMs)} ms, largest message ${budgets.largestMessageChars} chars`,
      );
    }

    const idlePage = await measureIdlePage(proxy, manifest.experimentId);
    const results: BenchResults = {
      date: new Date().toISOString(),
      machine: {
        cpus: cpus().length,
        cpuModel: cpus()[0]?.model ?? 'unknown',
        memoryGiB: Math.round(totalmem() / 2 ** 30),
        node: process.version,
        chromium: execFileSync('chromium', ['--version'], { encoding: 'utf8' }).trim(),
      },
      mlflowVersion: manifest.mlflowVersion,
      bundle: bundleSizes(),
      idlePage,
      sizes,
      budgets,
    };
    writeReport(results, join(REPO_ROOT, 'bench'));
    console.log('\nWrote bench/results.json and bench/RESULTS.md');
  } finally {
    await proxy.stop();
    await server.stop();
  }
}

function bundleSizes() {
  const size = (file: string) => {
    const content = readFileSync(join(EXTENSION_DIR, file));
    return { bytes: content.length, gzipBytes: gzipSync(content).length };
  };
  return {
    contentScript: size('content-scripts/content.js'),
    contentStyles: size('content-scripts/content.css'),
    background: size('background.js'),
  };
}

await main();
