import { defineConfig, type PlaywrightTestConfig } from '@playwright/test';

/** What the main suite and the compatibility matrix (playwright.matrix.config.ts) run with alike. */
export const SHARED_OPTIONS: PlaywrightTestConfig = {
  fullyParallel: false,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  retries: 0,
  reporter: [['list']],
  use: {
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
};

// The files that write to, or click on, the refund session's root cause (confirm, undo, a refused write)
// run one at a time; everything else runs beside them. Two workers: these machines have two cores, and the
// suite mostly waits on MLflow and the browser.
const REFUND_SESSION_FILES = /(root-cause|faults|accessibility)\.spec\.ts$/;

export default defineConfig({
  ...SHARED_OPTIONS,
  testDir: 'tests/e2e',
  globalSetup: './tests/e2e/global-setup.ts',
  workers: 2,
  outputDir: 'test-results',
  projects: [
    { name: 'refund-session', testMatch: REFUND_SESSION_FILES, workers: 1 },
    { name: 'chromium', testIgnore: REFUND_SESSION_FILES },
  ],
});
