// Starts the real `mlflow server`s of the suite and seeds them through MLflow's Python client: the main one
// (MLflow's default settings), and the servers a team runs (a path prefix and hostnames, workspaces, MLflow's
// basic-auth app), side by side. The rig file tells the tests where they are and what was seeded.
//
// The test command starts them earlier, beside lint and the unit tests (tests/e2e/serve-rig.ts), and says so in
// SESSION_LENS_RIG_READY: then this only waits for them, and the test command stops them.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startMlflowServer, warmUi } from '../../rig/mlflow-server';
import { seedScenarios } from '../../rig/seed';
import { startTeamServers } from '../../rig/team-servers';
import { ARTIFACTS_DIR, RIG_FILE, type Rig } from './rig';

/** Starts and seeds every server of the suite, writes the rig file, and returns how to stop them. */
export async function startSuiteServers(): Promise<() => Promise<void>> {
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  const [server, team] = await Promise.all([startMlflowServer(), startTeamServers()]);
  const stop = async () => void (await Promise.all([server.stop(), team.stop()]));
  const manifestFile = join(server.dataDir, 'manifest.json');
  try {
    await seedScenarios(server.url, ['base', 'shapes', 'rootcause', 'hostile', 'labelled-sample'], manifestFile);
    await warmUi(server.url);
  } catch (error) {
    await stop();
    throw error;
  }
  const rig: Rig = {
    url: server.url,
    port: server.port,
    logFile: server.logFile,
    manifestFile,
    team: {
      prefixed: { url: team.prefixed.url, port: team.prefixed.port, logFile: team.prefixed.logFile, manifest: team.prefixed.manifest },
      workspaces: { url: team.workspaces.url, manifests: team.workspaces.manifests },
      auth: { url: team.auth.url, manifest: team.auth.manifest },
    },
  };
  writeFileSync(RIG_FILE, JSON.stringify(rig, null, 2));
  return stop;
}

/** Waits for servers started by tests/e2e/serve-rig.ts: its ready file, or its error file. */
async function serversStartedElsewhere(readyFile: string): Promise<void> {
  for (;;) {
    if (existsSync(readyFile)) return;
    if (existsSync(`${readyFile}.error`))
      throw new Error(`The suite's servers did not start: ${readFileSync(`${readyFile}.error`, 'utf8')}`);
    await new Promise((done) => setTimeout(done, 250));
  }
}

export default async function globalSetup() {
  const readyFile = process.env.SESSION_LENS_RIG_READY;
  if (readyFile) return serversStartedElsewhere(readyFile);
  return startSuiteServers();
}
