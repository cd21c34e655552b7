// Temporary folders the rig makes (browser profiles, MLflow data) go when their browser or server does: a
// Chromium profile is ~200 MB once MLflow's UI is cached, and thousands of test runs once filled /tmp.
import { rm } from 'node:fs/promises';

/**
 * Removes a folder the rig made, retrying while a browser that is closing still writes to it; never a test's
 * failure (what cannot be removed stays behind).
 */
export function removeTemporaryFolder(path: string): Promise<void> {
  return rm(path, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 }).catch(() => {});
}
