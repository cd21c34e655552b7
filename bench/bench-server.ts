// The benchmark's MLflow server: its data folder under .cache/bench/ (one per pinned MLflow), seeded with the
// sessions of 10 to 5,000 turns once (about 10 minutes) and kept between runs.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT, startMlflowServer, VENV_BIN, type MlflowServer } from '../rig/mlflow-server';

/** Starts the benchmark's server on its cached data, seeding it first when it has never been seeded. */
export async function startBenchServer(): Promise<{ server: MlflowServer; dataDir: string; manifestFile: string }> {
  const pinned = /mlflow(?:\[[^\]]*\])?==([\d.]+)/.exec(readFileSync(join(REPO_ROOT, 'rig/requirements.txt'), 'utf8'))![1]!;
  const dataDir = join(REPO_ROOT, '.cache', 'bench', `mlflow-${pinned}`);
  mkdirSync(dataDir, { recursive: true });
  const server = await startMlflowServer({ dataDir });
  const manifestFile = join(dataDir, 'manifest.json');
  if (!existsSync(manifestFile)) {
    console.log('Seeding the benchmark sessions (cached for later runs)...');
    try {
      execFileSync(
        join(VENV_BIN, 'python'),
        [join(REPO_ROOT, 'bench/seed_bench.py'), '--tracking-uri', server.url, '--out', manifestFile, '--sizes', '10,100,1000,5000'],
        { stdio: ['ignore', 'inherit', 'inherit'] },
      );
    } catch (error) {
      await server.stop();
      throw error;
    }
  }
  return { server, dataDir, manifestFile };
}
