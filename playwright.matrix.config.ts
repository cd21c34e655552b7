import { defineConfig } from '@playwright/test';

// The compatibility matrix: the core flows in Firefox ESR, on the oldest supported MLflow and on PostgreSQL,
// each on servers of its own (tests/matrix/global-setup.ts). scripts/test.sh runs it beside the main suite.
// One worker: the Firefox and Chromium cells write to their own servers, but in turn.
export default defineConfig({
  testDir: 'tests/matrix',
  globalSetup: './tests/matrix/global-setup.ts',
  workers: 1,
  fullyParallel: false,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  retries: 0,
  reporter: [['list']],
  outputDir: 'test-results-matrix',
  use: {
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
});
