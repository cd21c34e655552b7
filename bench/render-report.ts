// Rewrites bench/RESULTS.md from bench/results.json (after editing bench/analysis.md), without measuring again.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeReport, type BenchResults } from './report';

const directory = import.meta.dirname;
writeReport(JSON.parse(readFileSync(join(directory, 'results.json'), 'utf8')) as BenchResults, directory);
