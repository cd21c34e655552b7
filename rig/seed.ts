// Seeds a running MLflow server with the example sessions of rig/seed.py (through MLflow's own Python
// client and its OTLP endpoint) and returns the manifest of what was logged.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT, VENV_BIN } from './mlflow-server';

export function seedScenarios(trackingUri: string, scenarios: readonly string[], manifestFile: string): Record<string, unknown> {
  execFileSync(
    join(VENV_BIN, 'python'),
    [join(REPO_ROOT, 'rig/seed.py'), '--tracking-uri', trackingUri, '--out', manifestFile, '--scenarios', scenarios.join(',')],
    {
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
  return JSON.parse(readFileSync(manifestFile, 'utf8')) as Record<string, unknown>;
}
