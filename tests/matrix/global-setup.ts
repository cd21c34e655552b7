// The compatibility matrix's servers, side by side: the pinned MLflow on PostgreSQL (Debian's, a throwaway
// cluster), the oldest supported MLflow on SQLite (seeded by its own client), and the pinned MLflow on SQLite
// for Firefox. Each is seeded with the core flows' sessions; PostgreSQL also gets the shapes (the 1,200 turns).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { OLDEST_VENV_BIN, startMlflowServer, VENV_BIN, type MlflowServer } from '../../rig/mlflow-server';
import { startPostgres } from '../../rig/postgres';
import { seedScenarios } from '../../rig/seed';
import { MATRIX_ARTIFACTS_DIR, MATRIX_RIG_FILE, type MatrixRig, type MatrixServer } from './rig';

const CORE_SCENARIOS = ['base', 'rootcause'];

async function seeded(
  server: MlflowServer,
  backend: MatrixServer['backend'],
  scenarios: string[],
  venvBin = VENV_BIN,
): Promise<MatrixServer> {
  const manifestFile = join(server.dataDir, 'manifest.json');
  const manifest = await seedScenarios(server.url, scenarios, manifestFile, {}, venvBin);
  return { url: server.url, logFile: server.logFile, backend, manifestFile, mlflowVersion: String(manifest.mlflowVersion) };
}

export default async function globalSetup() {
  mkdirSync(MATRIX_ARTIFACTS_DIR, { recursive: true });
  const postgres = await startPostgres();
  const servers: MlflowServer[] = [];
  const stop = async () => {
    await Promise.all(servers.map((server) => server.stop()));
    await postgres.stop();
  };
  try {
    // One worker each: they start beside the main suite's servers on two cores, and serve one browser at a time.
    const started = await Promise.all([
      startMlflowServer({ backendStoreUri: postgres.uri, workers: 1 }),
      startMlflowServer({ venvBin: OLDEST_VENV_BIN, workers: 1 }),
      startMlflowServer({ workers: 1 }),
    ]);
    servers.push(...started);
    const [onPostgres, oldest, forFirefox] = started as [MlflowServer, MlflowServer, MlflowServer];
    const [onPostgresSeeded, oldestSeeded, forFirefoxSeeded] = await Promise.all([
      seeded(onPostgres, 'PostgreSQL', [...CORE_SCENARIOS, 'shapes']),
      seeded(oldest, 'SQLite', CORE_SCENARIOS, OLDEST_VENV_BIN),
      seeded(forFirefox, 'SQLite', CORE_SCENARIOS),
    ]);
    const rig: MatrixRig = { postgres: onPostgresSeeded, oldest: oldestSeeded, firefox: forFirefoxSeeded };
    writeFileSync(MATRIX_RIG_FILE, JSON.stringify(rig, null, 2));
  } catch (error) {
    await stop();
    throw error;
  }
  return stop;
}
