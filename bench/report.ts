// The benchmark's results as data (results.json) and as a table a person reads (RESULTS.md), with where
// each target stands.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BUDGET_GZIP_BYTES as CONTENT_SCRIPT_LIMIT } from '../scripts/bundle-budget';
import type { BudgetRun, ExtensionRun, IdlePageCost, NativeRun, PanelFootprint, Run, ScrollRun } from './measure';

export interface SizeResult {
  turns: number;
  lowerBound: Run[];
  extension: ExtensionRun[];
  /** The session's first turn open (sessions longer than a page only; absent in results before 2026-11-28). */
  firstTurnOpen?: ExtensionRun[];
  native: NativeRun[];
  footprint: PanelFootprint;
  scroll: ScrollRun | null;
}

interface FileSize {
  bytes: number;
  gzipBytes: number;
}

export interface BenchResults {
  date: string;
  machine: { cpus: number; cpuModel: string; memoryGiB: number; node: string; chromium: string };
  mlflowVersion: string;
  bundle: { contentScript: FileSize; contentStyles: FileSize; background: FileSize };
  idlePage: IdlePageCost;
  sizes: SizeResult[];
  /** A session of many 40 kB turns whose text only their spans hold (absent from results of earlier versions). */
  budgets?: BudgetRun;
  /** The root-cause analysis on the labelled sets (bench/root-cause.ts). */
  rootCause?: RootCauseAccuracy[];
}

export interface RootCauseOutcome {
  name: string;
  category: string;
  judging: string;
  turns: number;
  /** The labelled root-cause turn; null: nothing went wrong. */
  expected: number | null;
  /** The analysis's best candidate; null: it found no failing turn. */
  found: number | null;
  /** The best candidate says the user asked for it, not the model. */
  blamesUser: boolean;
  /** Whether the best candidate shows the evidence its category calls for (bench/root-cause.ts); null: none called for. */
  evidenceShown: boolean | null;
  explanation: string;
}

export interface RootCauseAccuracy {
  /** The recording's name (tests/fixtures/recorded/<set>.json). */
  set: string;
  description: string;
  recordedWith: string;
  recordedAt: string;
  outcomes: RootCauseOutcome[];
}

const ROOT_CAUSE_TARGET = 0.9;

function share(part: number, whole: number): string {
  return whole === 0 ? '–' : `${part}/${whole} (${Math.round((100 * part) / whole)}%)`;
}

function rootCauseSection(accuracy: RootCauseAccuracy): string[] {
  const { outcomes } = accuracy;
  const right = (outcome: RootCauseOutcome) => outcome.found === outcome.expected;
  const lines = ['', `### ${accuracy.set}: ${outcomes.length} sessions`, ''];
  lines.push(
    `${accuracy.description}. Each session is labelled with the turn where it first went wrong (or none), recorded from MLflow ${accuracy.recordedWith} on ${accuracy.recordedAt.slice(0, 10)} and analysed as the panel does from the turn a user would open. Top-1: the best candidate is the labelled turn. None: a healthy session gets no candidate. Evidence: the best candidate shows what its category calls for (the retrieved document the claim came from, the failed tool or its result, the dropped constraint, the phrase first said, the user's own request, the judgement itself).`,
    '',
  );
  const table = (key: 'category' | 'judging') => {
    lines.push(`| ${key} | sessions | top-1 | none right | evidence shown (when right) | user blamed where the user changed course |`);
    lines.push('|---|---:|---:|---:|---:|---:|');
    const groups = [...new Set(outcomes.map((outcome) => outcome[key]))];
    for (const group of [...groups, 'all']) {
      const members = outcomes.filter((outcome) => group === 'all' || outcome[key] === group);
      const healthy = members.filter((outcome) => outcome.expected === null);
      const labelledEvidence = members.filter((outcome) => outcome.evidenceShown !== null && right(outcome));
      const userLabelled = members.filter((outcome) => outcome.category === 'user-changed-mind');
      lines.push(
        `| ${group === 'all' ? '**all**' : group} | ${members.length} | ${share(members.filter(right).length, members.length)} | ${share(healthy.filter(right).length, healthy.length)} | ${share(labelledEvidence.filter((outcome) => outcome.evidenceShown).length, labelledEvidence.length)} | ${share(userLabelled.filter((outcome) => outcome.blamesUser).length, userLabelled.length)} |`,
      );
    }
    lines.push('');
  };
  table('category');
  table('judging');
  const categories = [...new Set(outcomes.map((outcome) => outcome.category))];
  const weakest = categories
    .map((category) => outcomes.filter((outcome) => outcome.category === category))
    .filter((members) => members.length >= 3)
    .map((members) => members.filter(right).length / members.length);
  const overall = outcomes.filter(right).length / outcomes.length;
  const falseOnHealthy = outcomes.filter((outcome) => outcome.expected === null && outcome.found !== null).length;
  lines.push(
    `- Top-1 at least 90% overall and in every category of 3 or more sessions: ${check(overall >= ROOT_CAUSE_TARGET && weakest.every((value) => value >= ROOT_CAUSE_TARGET))} (${Math.round(100 * overall)}% overall, lowest category ${Math.round(100 * Math.min(...weakest))}%).`,
  );
  lines.push(`- No root cause on a healthy session: ${check(falseOnHealthy === 0)} (${falseOnHealthy} false).`, '');
  const wrong = outcomes.filter((outcome) => !right(outcome));
  if (wrong.length > 0) {
    lines.push('Sessions the analysis gets wrong:', '');
    lines.push('| session | category | judging | turns | labelled | found | what it said |');
    lines.push('|---|---|---|---:|---:|---:|---|');
    for (const outcome of wrong) {
      lines.push(
        `| ${outcome.name} | ${outcome.category} | ${outcome.judging} | ${outcome.turns} | ${outcome.expected ?? 'none'} | ${outcome.found ?? 'none'} | ${outcome.explanation.replace(/\|/g, '\\|').slice(0, 300)} |`,
      );
    }
  }
  return lines;
}

/** The largest runtime message allowed, and the analysis time aimed at, for the byte-budget session. */
const MESSAGE_LIMIT_BYTES = 8 * 1024 * 1024;
const ANALYSIS_TARGET_MS = 2_000;

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

function timing(runs: readonly { ms: number }[]): string {
  const values = runs.map((run) => run.ms);
  return `${Math.round(median(values)).toLocaleString('en-US')} [${Math.round(Math.min(...values)).toLocaleString('en-US')}–${Math.round(Math.max(...values)).toLocaleString('en-US')}] ×${values.length}`;
}

function spread(values: readonly number[]): string {
  return timing(values.map((ms) => ({ ms })));
}

/** How long after the later of MLflow's drawer and the first search page the panel showed the open turn's neighbourhood. */
function usefulPaintLag(run: ExtensionRun): number {
  return run.firstUsefulPaint - Math.max(run.drawerPaint, run.firstSearchPage);
}

const worstMs = (runs: readonly { ms: number }[]) => Math.max(...runs.map((run) => run.ms));

/** Search pages of a session of N turns: MLflow answers a full last page with a token, so N = 500 k costs one more. */
const requestTarget = (turns: number) => Math.ceil((turns + 1) / 500) + 2;

function kilobytes(bytes: number): string {
  return `${(bytes / 1024).toLocaleString('en-US', { maximumFractionDigits: 1 })} kB`;
}

function check(ok: boolean): string {
  return ok ? 'met' : '**missed**';
}

export function writeReport(results: BenchResults, directory: string): void {
  writeFileSync(join(directory, 'results.json'), `${JSON.stringify(results, null, 1)}\n`);
  const lines: string[] = [];
  const { machine } = results;
  lines.push('# Session Lens benchmark', '');
  lines.push(
    `Measured ${results.date.slice(0, 10)} by \`npm run bench\` (bench/run.ts) against a real \`mlflow server\` ${results.mlflowVersion} (SQLite, 2 workers),`,
  );
  lines.push(
    `on ${machine.cpus} × ${machine.cpuModel}, ${machine.memoryGiB} GiB, Node ${machine.node}, ${machine.chromium}. Every request goes through`,
  );
  lines.push('the same counting proxy. Times are median [min–max] × runs, in ms after the navigation to the turn; each run');
  lines.push('starts from a fresh browser profile with MLflow already loaded on the Traces tab. A moment "shown" is the frame');
  lines.push('after the panel (or MLflow) put it in the page. Targets are judged on the worst run.', '');

  lines.push('## First useful paint', '');
  lines.push("The open turn (the session's last) and the turn before it in the panel, against the later of MLflow's drawer");
  lines.push("showing the trace and the extension's first search page answered. MLflow's long tasks: the page's tasks over");
  lines.push("50 ms between the navigation and the first useful paint (one main thread: the panel's own work is in them too).", '');
  lines.push(
    '| turns | MLflow drawer shown | first search page | first useful paint | worst lag after the later of the two | long tasks before it (worst run) |',
  );
  lines.push('|---:|---:|---:|---:|---:|---:|');
  for (const size of results.sizes) {
    const runs = size.extension;
    const lags = runs.map(usefulPaintLag);
    const worst = runs[lags.indexOf(Math.max(...lags))]!;
    const tasks = worst.longTasks.filter((task) => task.start < worst.firstUsefulPaint);
    lines.push(
      `| ${size.turns.toLocaleString('en-US')} | ${spread(runs.map((run) => run.drawerPaint))} | ${spread(runs.map((run) => run.firstSearchPage))} | ${spread(runs.map((run) => run.firstUsefulPaint))} | ${Math.round(Math.max(...lags))} | ${tasks.length}: ${Math.round(tasks.reduce((sum, task) => sum + task.duration, 0))} ms, longest ${Math.round(Math.max(0, ...tasks.map((task) => task.duration)))} |`,
    );
  }
  lines.push('');
  const firstOpen = results.sizes.filter((size) => (size.firstTurnOpen?.length ?? 0) > 0);
  if (firstOpen.length > 0) {
    lines.push("The session's first turn open, as MLflow's session page opens it: not among the newest 500, it is read from the");
    lines.push('oldest end, and previewed from the page that holds it.', '');
    lines.push(
      '| turns | MLflow drawer shown | first search page | first useful paint | worst lag after the later of the two | full session |',
    );
    lines.push('|---:|---:|---:|---:|---:|---:|');
    for (const size of firstOpen) {
      const runs = size.firstTurnOpen!;
      lines.push(
        `| ${size.turns.toLocaleString('en-US')} | ${spread(runs.map((run) => run.drawerPaint))} | ${spread(runs.map((run) => run.firstSearchPage))} | ${spread(runs.map((run) => run.firstUsefulPaint))} | ${Math.round(Math.max(...runs.map(usefulPaintLag)))} | ${spread(runs.map((run) => run.ms))} |`,
      );
    }
    lines.push('');
  }

  lines.push('## Time to a full session', '');
  lines.push('| turns | REST lower bound | Session Lens | worst Session Lens / bound | MLflow session page | MLflow page / Session Lens |');
  lines.push('|---:|---:|---:|---:|---:|---:|');
  for (const size of results.sizes) {
    const bound = median(size.lowerBound.map((run) => run.ms));
    const lens = median(size.extension.map((run) => run.ms));
    const native = median(size.native.map((run) => run.ms));
    const complete = size.native.every((run) => run.complete);
    const nativeText = complete
      ? timing(size.native)
      : `${timing(size.native)}, showed ${Math.min(...size.native.map((run) => run.turnsShown))} of ${size.turns} turns after 60 s`;
    lines.push(
      `| ${size.turns.toLocaleString('en-US')} | ${timing(size.lowerBound)} | ${timing(size.extension)} | ${(worstMs(size.extension) / bound).toFixed(2)} | ${nativeText} | ${complete ? `${(native / lens).toFixed(1)}×` : `> ${(native / lens).toFixed(1)}×`} |`,
    );
  }

  lines.push('', '## Requests and bytes', '');
  lines.push("Session Lens before the transcript is complete (trace info, every search page, the open turn's spans), then");
  lines.push("everything it asked for until the page settled (for sessions up to 100 turns, one batch of every turn's spans");
  lines.push('for the root-cause analysis; for longer ones, the spans of the failing chain). MLflow returns a next-page token');
  lines.push('with a full last page, so a session of exactly 1,000 or 5,000 turns costs one empty search page more than');
  lines.push('ceil(N/500): the target counts it, ceil((N+1)/500) + 2.', '');
  lines.push(
    '| turns | target ceil((N+1)/500)+2 | REST lower bound | Session Lens, transcript | Session Lens, all | MLflow session page |',
  );
  lines.push('|---:|---:|---:|---:|---:|---:|');
  for (const size of results.sizes) {
    const first = <T extends { traffic: { requests: number; bytes: number } }>(runs: T[]) => runs.at(-1)!.traffic;
    const ext = size.extension.at(-1)!;
    const traffic = (value: { requests: number; bytes: number }) => `${value.requests} / ${kilobytes(value.bytes)}`;
    lines.push(
      `| ${size.turns.toLocaleString('en-US')} | ${requestTarget(size.turns)} | ${traffic(first(size.lowerBound))} | ${traffic(ext.traffic)} | ${traffic(ext.afterTranscript)} | ${traffic(first(size.native))} |`,
    );
  }

  lines.push('', '## The panel in the page', '');
  lines.push('| turns | panel DOM nodes | JS heap, page with panel − page without extension |');
  lines.push('|---:|---:|---:|');
  for (const size of results.sizes) {
    lines.push(
      `| ${size.turns.toLocaleString('en-US')} | ${size.footprint.domNodes.toLocaleString('en-US')} | ${kilobytes(size.footprint.heapDeltaBytes)} |`,
    );
  }
  const scrolled = results.sizes.filter((size) => size.scroll);
  if (scrolled.length) {
    lines.push('', 'Scrolling the panel from the first turn to the last, 800 px per frame:', '');
    lines.push(
      '| turns | frames | frames over 50 ms | longest frame | of the long frames: with a script over 5 ms; script / rendering / total ms | most turns in the DOM at once |',
    );
    lines.push('|---:|---:|---:|---:|---:|---:|');
    for (const size of scrolled) {
      const scroll = size.scroll!;
      const spent =
        scroll.longFrames && scroll.longFramesTotalMs !== undefined
          ? `${scroll.longFramesWithScript}; ${scroll.longFramesScriptMs} / ${scroll.longFramesRenderMs} / ${scroll.longFramesTotalMs}`
          : '–';
      lines.push(
        `| ${size.turns.toLocaleString('en-US')} | ${scroll.frames} | ${scroll.longFrames} | ${scroll.longFrames ? `${scroll.longestFrameMs} ms` : 'none over 50 ms'} | ${spent} | ${scroll.mostTurnsInDom} |`,
      );
    }
  }

  const { budgets } = results;
  if (budgets) {
    lines.push('', `## Byte budgets: ${budgets.turns.toLocaleString('en-US')} turns of 40 kB each`, '');
    lines.push("Every turn's text is only in its spans (an empty wrapper root, so MLflow's previews are empty): the worker reads");
    lines.push("every turn's spans, 200 MB of trace text, and the transcript crosses to the page in pieces (lib/protocol.ts).", '');
    lines.push('| measure | value |', '|---|---:|');
    lines.push(`| every turn listed | ${budgets.transcriptMs.toLocaleString('en-US', { maximumFractionDigits: 0 })} ms |`);
    lines.push(`| root-cause analysis shown | ${budgets.analysedMs.toLocaleString('en-US', { maximumFractionDigits: 0 })} ms |`);
    lines.push(
      `| the worker's time answering \`analysis/get\` | ${budgets.analysisMs.toLocaleString('en-US', { maximumFractionDigits: 0 })} ms |`,
    );
    lines.push(
      `| largest runtime message | ${budgets.largestMessageChars.toLocaleString('en-US')} characters of JSON (at most ${kilobytes(6 * budgets.largestMessageChars)} on the wire) |`,
    );
    lines.push(`| service worker heap | ${kilobytes(budgets.workerHeapBytes)} |`);
    lines.push(`| page heap, with the panel − without the extension | ${kilobytes(budgets.pageHeapDeltaBytes)} |`);
    lines.push(`| requests | ${budgets.requests} |`);
  }

  const { bundle, idlePage } = results;
  lines.push('', '## Bundle and idle cost', '');
  lines.push('| file | size | gzip |', '|---|---:|---:|');
  lines.push(`| content script | ${kilobytes(bundle.contentScript.bytes)} | ${kilobytes(bundle.contentScript.gzipBytes)} |`);
  lines.push(`| content styles | ${kilobytes(bundle.contentStyles.bytes)} | ${kilobytes(bundle.contentStyles.gzipBytes)} |`);
  lines.push(`| service worker | ${kilobytes(bundle.background.bytes)} | ${kilobytes(bundle.background.gzipBytes)} |`);
  lines.push('');
  lines.push(
    `On the Traces tab with no trace open, from navigation until the table shows plus 1 s: script time ${idlePage.scriptMsWith.toFixed(0)} ms with the extension, ${idlePage.scriptMsWithout.toFixed(0)} ms without (the whole page's scripts, MLflow's included: the difference is within run-to-run noise unless it is large); elements in the document ${idlePage.domNodesWith} with, ${idlePage.domNodesWithout} without (the panel's hidden host and its shadow root: ${idlePage.panelDomNodes} nodes).`,
  );

  lines.push('', '## Targets', '');
  const thousand = results.sizes.find((size) => size.turns === 1000);
  const large = results.sizes.filter((size) => size.turns >= 1000);
  const ratio = (size: SizeResult) => worstMs(size.extension) / median(size.lowerBound.map((run) => run.ms));
  lines.push(
    `- Full session at most 1.3 × the REST lower bound at 1,000 and 5,000 turns, worst run: ${check(large.length > 0 && large.every((size) => ratio(size) <= 1.3))} (${large.map((size) => `${size.turns}: ${ratio(size).toFixed(2)}`).join(', ')}).`,
  );
  const lags = results.sizes.map((size) => Math.max(...size.extension.map(usefulPaintLag)));
  lines.push(
    `- First useful paint at most 50 ms after the later of MLflow's drawer and the first search page, every size, worst run: ${check(lags.every((lag) => lag <= 50))} (${results.sizes.map((size, at) => `${size.turns}: ${Math.round(lags[at]!)} ms`).join(', ')}).`,
  );
  if (thousand) {
    const speedup = median(thousand.native.map((run) => run.ms)) / median(thousand.extension.map((run) => run.ms));
    const nativeIncomplete = thousand.native.some((run) => !run.complete);
    lines.push(
      `- At 1,000 turns, at least 10 × faster than MLflow's session page: ${check(speedup >= 10 || nativeIncomplete)} (${speedup.toFixed(1)} ×${nativeIncomplete ? '; the page did not show every turn' : ''}).`,
    );
  }
  const requestsOk = results.sizes.every((size) => size.extension.every((run) => run.traffic.requests <= requestTarget(size.turns)));
  lines.push(`- Requests before the transcript is complete at most ceil((N+1)/500) + 2, every run: ${check(requestsOk)}.`);
  lines.push(
    `- Content script at most ${kilobytes(CONTENT_SCRIPT_LIMIT)} gzip (scripts/bundle-budget.ts): ${check(bundle.contentScript.gzipBytes <= CONTENT_SCRIPT_LIMIT)} (${kilobytes(bundle.contentScript.gzipBytes)}).`,
  );
  const biggest = scrolled.at(-1);
  if (biggest?.scroll) {
    lines.push(
      `- No frame over 50 ms while scrolling ${biggest.turns.toLocaleString('en-US')} turns: ${check(biggest.scroll.longFrames === 0)} (${biggest.scroll.longFrames} of ${biggest.scroll.frames}${biggest.scroll.longFrames ? `, longest ${biggest.scroll.longestFrameMs} ms` : ''}).`,
    );
    lines.push(
      `- DOM bounded by what is visible, not by N: ${check(biggest.scroll.mostTurnsInDom < 50)} (at most ${biggest.scroll.mostTurnsInDom} turns in the DOM of ${biggest.turns.toLocaleString('en-US')}).`,
    );
  }

  if (budgets) {
    lines.push(
      `- No runtime message over 8 MiB (${budgets.turns.toLocaleString('en-US')} turns of 40 kB): ${check(6 * budgets.largestMessageChars <= MESSAGE_LIMIT_BYTES)} (at most ${kilobytes(6 * budgets.largestMessageChars)}).`,
    );
    lines.push(
      `- Analysis of that session under 2 s: ${check(budgets.analysisMs <= ANALYSIS_TARGET_MS)} (${budgets.analysisMs.toLocaleString('en-US', { maximumFractionDigits: 0 })} ms in the worker).`,
    );
  }

  if (results.rootCause) {
    lines.push('', '## Root cause on the labelled sets');
    for (const accuracy of results.rootCause) lines.push(...rootCauseSection(accuracy));
  }

  const analysis = join(directory, 'analysis.md');
  if (existsSync(analysis)) lines.push('', readFileSync(analysis, 'utf8').trim());
  writeFileSync(join(directory, 'RESULTS.md'), `${lines.join('\n')}\n`);
}
