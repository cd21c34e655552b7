// Checks the built content script against its budget: at most 38 kB gzip, and no zod in it (the worker
// parses everything; a value import of a schema module from the content side would ship zod to every page).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { REPO_ROOT } from '../rig/mlflow-server';

const CONTENT_SCRIPT = join(REPO_ROOT, '.output/chrome-mv3/content-scripts/content.js');
// 38 kB: the labels' editors and keyboard mode (+2.4 kB) took the 4 kB the storage library left behind; the
// marks on MLflow's own pages (+2.2 kB: reading MLflow's rows, drawing and checking each mark; their words are
// made in the worker; a content script of their own would cost 5.9 kB with its own polyfill), the turn changes
// (+0.9 kB; computed in the worker), the judgement strip and the session search (+3.9 kB together) the rest.
// The panel's code should move into an extension frame (issue 15's item 6) before anything more is added.
const BUDGET_GZIP_BYTES = 38 * 1024;
// Every zod 4 schema object carries a `_zod` field; minifiers keep property names.
const ZOD_MARKER = '_zod';

const source = readFileSync(CONTENT_SCRIPT);
const gzipBytes = gzipSync(source).length;
const problems: string[] = [];
if (gzipBytes > BUDGET_GZIP_BYTES)
  problems.push(`is ${(gzipBytes / 1024).toFixed(1)} kB gzip, over its ${BUDGET_GZIP_BYTES / 1024} kB budget`);
if (source.includes(ZOD_MARKER)) problems.push('contains zod');
if (problems.length > 0) {
  console.error(`The content script ${problems.join(' and ')}.`);
  process.exit(1);
}
console.log(`content script: ${(gzipBytes / 1024).toFixed(1)} kB gzip of ${BUDGET_GZIP_BYTES / 1024} kB, no zod`);
