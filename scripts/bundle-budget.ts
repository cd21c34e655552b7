// The content script's budget, gzip: checked on every test run (scripts/check-bundle.ts), reported by the bench.
// 38 kB: the labels' editors and keyboard mode (+2.4 kB) took the 4 kB the storage library left behind; the
// marks on MLflow's own pages (+2.2 kB: reading MLflow's rows, drawing and checking each mark; their words are
// made in the worker; a content script of their own would cost 5.9 kB with its own polyfill), the turn changes
// (+0.9 kB; computed in the worker), the judgement strip and the session search (+3.9 kB together) the rest.
// Minified by terser since 2026-11-28 (38.0 → 36.7 kB; esbuild's minifier before). The panel's code should
// move into an extension frame (issue 15's item 6) before much more is added.
export const BUDGET_GZIP_BYTES = 38 * 1024;
