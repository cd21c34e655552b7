import { defineConfig } from '@playwright/test';
import { SHARED_OPTIONS } from './playwright.config';

// The compatibility matrix: the core flows in Firefox ESR, on the oldest supported MLflow and on PostgreSQL,
// each on servers of its own (tests/matrix/global-setup.ts). scripts/test.sh runs it beside the main suite.
// One worker: the Firefox and Chromium cells write to their own servers, but in turn.
export default defineConfig({
  ...SHARED_OPTIONS,
  testDir: 'tests/matrix',
  globalSetup: './tests/matrix/global-setup.ts',
  workers: 1,
  outputDir: 'test-results-matrix',
});
