// Seeds a running MLflow server with the example sessions of rig/seed.py (through MLflow's own Python
// client and its OTLP endpoint) and returns the manifest of what was logged.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT, VENV_BIN } from './mlflow-server';

/**
 * `env` reaches MLflow's client: credentials (MLFLOW_TRACKING_USERNAME/PASSWORD), a workspace (MLFLOW_WORKSPACE).
 * `venvBin` chooses whose client logs: an older server is seeded by its own version's client, as its users do.
 */
export async function seedScenarios(
  trackingUri: string,
  scenarios: readonly string[],
  manifestFile: string,
  env: Record<string, string> = {},
  venvBin: string = VENV_BIN,
): Promise<Record<string, unknown>> {
  try {
    await promisify(execFile)(
      join(venvBin, 'python'),
      [join(REPO_ROOT, 'rig/seed.py'), '--tracking-uri', trackingUri, '--out', manifestFile, '--scenarios', scenarios.join(',')],
      { env: { ...process.env, ...env }, maxBuffer: 64 * 1024 * 1024 },
    );
  } catch (error) {
    throw new Error(`Seeding ${scenarios.join(', ')} failed: ${(error as { stderr?: string }).stderr?.slice(-3000) ?? String(error)}`);
  }
  return JSON.parse(readFileSync(manifestFile, 'utf8')) as Record<string, unknown>;
}
