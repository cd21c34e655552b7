// Starts one real `mlflow server` for the suite and seeds it through MLflow's Python client. The rig file
// tells the tests where the server is and what was seeded.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startMlflowServer } from '../../rig/mlflow-server';
import { seedScenarios } from '../../rig/seed';
import { ARTIFACTS_DIR, RIG_FILE, type Rig } from './rig';

export default async function globalSetup() {
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  const server = await startMlflowServer();
  const manifestFile = join(server.dataDir, 'manifest.json');
  try {
    seedScenarios(server.url, ['base', 'shapes', 'rootcause', 'hostile'], manifestFile);
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
