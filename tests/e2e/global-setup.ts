// Starts the real `mlflow server`s of the suite and seeds them through MLflow's Python client: the main one
// (MLflow's default settings), and the servers a team runs (a path prefix and hostnames, workspaces, MLflow's
// basic-auth app), side by side. The rig file tells the tests where they are and what was seeded.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startMlflowServer, warmUi } from '../../rig/mlflow-server';
import { seedScenarios } from '../../rig/seed';
import { startTeamServers } from '../../rig/team-servers';
import { ARTIFACTS_DIR, RIG_FILE, type Rig } from './rig';

export default async function globalSetup() {
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  const [server, team] = await Promise.all([startMlflowServer(), startTeamServers()]);
  const manifestFile = join(server.dataDir, 'manifest.json');
  try {
    await seedScenarios(server.url, ['base', 'shapes', 'rootcause', 'hostile', 'labelled-sample'], manifestFile);
    await warmUi(server.url);
  } catch (error) {
    await Promise.all([server.stop(), team.stop()]);
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
  return async () => {
    await Promise.all([server.stop(), team.stop()]);
  };
}
