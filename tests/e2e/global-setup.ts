// Starts the real `mlflow server`s of the suite and seeds them through MLflow's Python client: the main one
// (MLflow's default settings), and the servers a team runs (a path prefix and hostnames, workspaces, MLflow's
// basic-auth app), side by side. The rig file tells the tests where they are and what was seeded.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { TRACE_DRAWER_SELECTOR } from '../../entrypoints/content/host-page';
import { warmedProfile } from '../../rig/chromium';
import { startMlflowServer, warmUi, type MlflowServer } from '../../rig/mlflow-server';
import { removeTemporaryFolder } from '../../rig/temporary';
import { seedScenarios } from '../../rig/seed';
import { startTeamServers } from '../../rig/team-servers';
import type { Manifest } from '../fixtures/scenarios';
import { traceUrl } from './core-flows';
import { ARTIFACTS_DIR, PROFILE_TEMPLATE_VARIABLE, RIG_FILE, type Rig } from './rig';

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
        const manifest = Object.assign({}, ...parts) as Manifest;
        writeFileSync(manifestOf(server), JSON.stringify(manifest, null, 2));
        await warmUi(server.url);
        mark('main server seeded');
        const { experimentId, sessions } = manifest.base;
        const profileTemplate = await warmedProfile(
          traceUrl(server.url, experimentId, sessions.A.turns[3]!.traceId),
          TRACE_DRAWER_SELECTOR,
        );
        mark('browser profile warmed');
        return { server, profileTemplate };
      } catch (error) {
        await server.stop();
        throw error;
      }
    }),
    startTeamServers().then((team) => {
      mark('team servers up and seeded');
      return team;
    }),
  ]);
  if (main.status === 'rejected' || teamStarted.status === 'rejected') {
    if (main.status === 'fulfilled') await Promise.all([main.value.server.stop(), removeTemporaryFolder(main.value.profileTemplate)]);
    if (teamStarted.status === 'fulfilled') await teamStarted.value.stop();
    throw main.status === 'rejected' ? main.reason : (teamStarted as PromiseRejectedResult).reason;
  }
  const [{ server, profileTemplate }, team] = [main.value, teamStarted.value];
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
  process.env[PROFILE_TEMPLATE_VARIABLE] = profileTemplate;
  return async () => {
    await Promise.all([server.stop(), team.stop(), removeTemporaryFolder(profileTemplate)]);
  };
}
