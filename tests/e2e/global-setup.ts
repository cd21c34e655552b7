// Starts one real `mlflow server` for the suite and seeds it through MLflow's Python client. The rig file
// tells the tests where the server is and what was seeded.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startMlflowServer, VENV_BIN } from '../rig/mlflow-server';
import { ARTIFACTS_DIR, RIG_FILE, type Rig } from './rig';

export default async function globalSetup() {
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  const server = await startMlflowServer();
  const manifestFile = join(server.dataDir, 'manifest.json');
  try {
    execFileSync(join(VENV_BIN, 'python'), [join(import.meta.dirname, '../rig/seed.py'), '--tracking-uri', server.url, '--out', manifestFile, '--scenarios', 'base,shapes,rootcause'], {
      stdio: ['ignore', 'ignore', 'inherit'],
      env: { ...process.env, MLFLOW_TRACKING_URI: server.url },
    });
  } catch (error) {
    await server.stop();
    throw error;
  }
  const rig: Rig = { url: server.url, port: server.port, logFile: server.logFile, manifestFile };
  writeFileSync(RIG_FILE, JSON.stringify(rig, null, 2));
  return async () => {
    await server.stop();
  };
}
