// How long the export takes for a long session: the recorded refund session (rig/rootcause.py) repeated to
// 5,000 turns, each with its own trace id and its text and judgements, then written as Markdown and as JSON
// three times; the worst of the three is reported. Target: under 1 s each. Writes bench/export-results.md.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createMlflowClient } from '../lib/mlflow/client';
import { createSessionService } from '../lib/service';
import { sessionToJson, sessionToMarkdown } from '../lib/session/export';
import { DEFAULT_READING, serverAt } from '../tests/fixtures/reading';
import { loadRecording, replayFetch } from '../tests/fixtures/recording';
import type { RootCauseScenario } from '../tests/fixtures/scenarios';

const TURNS = 5_000;
const RUNS = 3;

const recording = loadRecording<RootCauseScenario>('rootcause');
const sessions = createSessionService({
  createClient: ({ baseUrl }) => createMlflowClient({ baseUrl, fetch: replayFetch(recording).fetch }),
});
const opened = recording.manifest.refundWindow.turns[4]!.traceId;
const server = serverAt(recording.baseUrl);
const session = await sessions.getSessionOfTrace(server, opened, DEFAULT_READING);
const analysis = await sessions.getAnalysis(server, opened, DEFAULT_READING);
const long = {
  ...session,
  turns: Array.from({ length: TURNS }, (_, index) => {
    const turn = session.turns[index % session.turns.length]!;
    return { ...turn, index: index + 1, traceId: `${turn.traceId}-${index}` };
  }),
};

const worst = (make: () => string) => {
  let most = 0;
  let size = 0;
  for (let run = 0; run < RUNS; run++) {
    const started = performance.now();
    size = make().length;
    most = Math.max(most, performance.now() - started);
  }
  return { ms: Math.round(most), chars: size };
};
const markdown = worst(() => sessionToMarkdown(long, analysis, { includeScorerErrors: false }));
const json = worst(() => JSON.stringify(sessionToJson(long, analysis, { includeScorerErrors: false }), null, 2));
const verdict = (ms: number) => (ms < 1000 ? 'met' : 'missed');
const report = `# Export of a 5,000-turn session

\`npx tsx bench/export.ts\` (part of \`npm run bench\`), ${new Date().toISOString().slice(0, 10)}: the recorded refund session repeated to
${TURNS.toLocaleString('en-US')} turns, exported ${RUNS} times in Node (the service worker runs the same code); the worst run.

| format | worst of ${RUNS} | size | under 1 s |
|---|---:|---:|---|
| Markdown | ${markdown.ms} ms | ${(markdown.chars / 1e6).toFixed(1)} M characters | ${verdict(markdown.ms)} |
| JSON | ${json.ms} ms | ${(json.chars / 1e6).toFixed(1)} M characters | ${verdict(json.ms)} |

Not measured here: moving the text to the page (one runtime message, in pieces of 1 M characters) and the
browser's own copy or download.
`;
writeFileSync(join(import.meta.dirname, 'export-results.md'), report);
console.log(report);
