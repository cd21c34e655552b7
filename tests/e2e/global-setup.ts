// Starts the real `mlflow server`s of the suite and seeds them through MLflow's Python client: the main one
// (MLflow's default settings), and the servers a team runs (a path prefix and hostnames, workspaces, MLflow's
// basic-auth app), side by side. The rig file tells the tests where they are and what was seeded.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startMlflowServer, warmUi, type MlflowServer } from '../../rig/mlflow-server';
import { seedScenarios } from '../../rig/seed';
import { startTeamServers } from '../../rig/team-servers';
import { ARTIFACTS_DIR, RIG_FILE, type Rig } from './rig';

const manifestOf = (server: MlflowServer) => join(server.dataDir, 'manifest.json');

export default async function globalSetup() {
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  // Where the suite's first minutes go, in the CI log.
  const started = Date.now();
  const mark = (what: string) => console.log(`global setup: ${what} at ${Math.round((Date.now() - started) / 1000)} s`);
  // The main server is seeded as soon as it is up, beside the team servers' start and seeding (which only
  // team.spec uses): each side is mostly Python starting up, and waiting for both before seeding cost ~30 s.
  const [main, teamStarted] = await Promise.allSettled([
    startMlflowServer().then(async (server) => {
      mark('main server up');
      try {
        // Two seeding processes side by side: each waits on the server as much as it computes.
        const parts = await Promise.all(
          [
            ['base', 'shapes', 'rootcause'],
            ['hostile', 'labelled-sample'],
          ].map((scenarios, part) => seedScenarios(server.url, scenarios, join(server.dataDir, `manifest-${part}.json`))),
        );
        writeFileSync(manifestOf(server), JSON.stringify(Object.assign({}, ...parts), null, 2));
        await warmUi(server.url);
      } catch (error) {
        await server.stop();
        throw error;
      }
      mark('main server seeded');
      return server;
    }),
    startTeamServers().then((team) => {
      mark('team servers up and seeded');
      return team;
    }),
  ]);
  if (main.status === 'rejected' || teamStarted.status === 'rejected') {
    await Promise.all([main, teamStarted].map((outcome) => (outcome.status === 'fulfilled' ? outcome.value.stop() : undefined)));
    throw main.status === 'rejected' ? main.reason : (teamStarted as PromiseRejectedResult).reason;
  }
  const [server, team] = [main.value, teamStarted.value];
  const manifestFile = manifestOf(server);
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
