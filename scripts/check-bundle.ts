// Checks the built content script against its budget: at most 38 kB gzip, and no zod in it (the worker
// parses everything; a value import of a schema module from the content side would ship zod to every page).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { REPO_ROOT } from '../rig/mlflow-server';
import { BUDGET_GZIP_BYTES } from './bundle-budget';

const CONTENT_SCRIPT = join(REPO_ROOT, '.output/chrome-mv3/content-scripts/content.js');
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
