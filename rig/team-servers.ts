// The MLflow servers a team runs, started for the end-to-end tests of "any MLflow a team runs": one under a
// path prefix that also answers to hostnames (for HTTPS at a hostname and a reverse proxy at a sub-path),
// one with workspaces, one with MLflow's basic-auth app. Each real, each seeded through MLflow's client.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { startMlflowServer, VENV_BIN, type MlflowServer } from './mlflow-server';
import { seedScenarios } from './seed';

export const TEST_HOSTS = ['mlflow.example.test', 'tools.example.test'];
const ADMIN = { username: 'admin', password: 'Admin-password-1' };
export const READER = { username: 'reader', password: 'Reader-password-1' };
export const EDITOR = { username: 'editor', password: 'Editor-password-1' };
const WORKSPACES = ['team-a', 'team-b'];

export interface TeamServers {
  prefixed: MlflowServer & { manifest: Record<string, unknown> };
  workspaces: MlflowServer & { manifests: Record<string, Record<string, unknown>> };
  auth: MlflowServer & { manifest: Record<string, unknown> };
  stop(): Promise<void>;
}

const basic = ({ username, password }: { username: string; password: string }) =>
  `Basic ${Buffer.from(`${username}:${password}`).toString('base64')}`;

/**
 * One setup call to a server just started. A connection closed without an answer is tried again (seen once:
 * the workspaces server dropped the first call right after its health check answered); an answer is not.
 */
async function api(server: MlflowServer, path: string, body: unknown, headers: Record<string, string> = {}): Promise<void> {
  const call = () =>
    fetch(`${server.url}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify(body),
    });
  let response: Response | undefined;
  for (let attempt = 1; !response; attempt++) {
    try {
      response = await call();
    } catch (error) {
      if (attempt === 3) throw error;
      await new Promise((done) => setTimeout(done, 1000));
    }
  }
  if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
}

/**
 * The basic-auth app checks the password on every request with werkzeug's default hash (scrypt, tens of
 * milliseconds of CPU each): MLflow's page alone makes dozens of requests per load, which made these the
 * slowest tests on two cores. The test users' hashes are rewritten as cheap PBKDF2 ones, which the same
 * `check_password_hash` verifies; the app and its checks are unchanged.
 */
function cheapenPasswordHashes(server: MlflowServer, users: readonly { username: string; password: string }[]) {
  const script = [
    'import json, sqlite3, sys',
    'from werkzeug.security import generate_password_hash',
    'db = sqlite3.connect(sys.argv[1])',
    'for user in json.loads(sys.argv[2]):',
    "    db.execute('UPDATE users SET password_hash = ? WHERE username = ?', (generate_password_hash(user['password'], method='pbkdf2:sha256:1000'), user['username']))",
    'db.commit()',
  ].join('\n');
  execFileSync(join(VENV_BIN, 'python'), ['-c', script, join(server.dataDir, 'basic_auth.db'), JSON.stringify(users)]);
}

export async function startTeamServers(): Promise<TeamServers> {
  // One uvicorn process each (not a supervisor and two workers, each importing MLflow): only team.spec's tests
  // use them, one at a time.
  const [prefixed, workspaces, auth] = await Promise.all([
    // Setting --allowed-hosts replaces MLflow's default list: the loopback names stay in it.
    startMlflowServer({
      workers: 1,
      staticPrefix: '/mlflow',
      args: ['--allowed-hosts', [...TEST_HOSTS, '127.0.0.1', 'localhost'].map((host) => `${host}:*`).join(',')],
    }),
    startMlflowServer({ workers: 1, args: ['--enable-workspaces'] }),
    startMlflowServer({
      workers: 1,
      args: ['--app-name', 'basic-auth'],
      env: { MLFLOW_FLASK_SERVER_SECRET_KEY: 'session-lens-tests', MLFLOW_AUTH_ADMIN_PASSWORD: ADMIN.password },
    }),
  ]);
  try {
    cheapenPasswordHashes(auth, [ADMIN]);
    for (const workspace of WORKSPACES) await api(workspaces, 'ajax-api/3.0/mlflow/workspaces', { name: workspace });
    const adminHeaders = { authorization: basic(ADMIN) };
    // Seeded side by side: each seeding is mostly the Python client starting up.
    const [prefixedManifest, authManifest, ...workspaceManifests] = await Promise.all([
      seedScenarios(prefixed.url, ['base'], join(prefixed.dataDir, 'manifest.json')),
      seedScenarios(auth.url, ['base'], join(auth.dataDir, 'manifest.json'), {
        MLFLOW_TRACKING_USERNAME: ADMIN.username,
        MLFLOW_TRACKING_PASSWORD: ADMIN.password,
      }),
      ...WORKSPACES.map((workspace) =>
        seedScenarios(workspaces.url, ['workspace'], join(workspaces.dataDir, `manifest-${workspace}.json`), {
          MLFLOW_WORKSPACE: workspace,
        }),
      ),
    ]);
    const manifests = Object.fromEntries(WORKSPACES.map((workspace, index) => [workspace, workspaceManifests[index]!]));
    const experimentId = (authManifest.base as { experimentId: string }).experimentId;
    for (const [user, permission] of [
      [READER, 'READ'],
      [EDITOR, 'EDIT'],
    ] as const) {
      await api(auth, 'ajax-api/2.0/mlflow/users/create', user, adminHeaders);
      await api(
        auth,
        'ajax-api/3.0/mlflow/users/permissions/grant',
        { username: user.username, resource_type: 'experiment', resource_id: experimentId, permission },
        adminHeaders,
      );
    }
    cheapenPasswordHashes(auth, [READER, EDITOR]);
    return {
      prefixed: Object.assign(prefixed, { manifest: prefixedManifest }),
      workspaces: Object.assign(workspaces, { manifests }),
      auth: Object.assign(auth, { manifest: authManifest }),
      stop: async () => void (await Promise.all([prefixed.stop(), workspaces.stop(), auth.stop()])),
    };
  } catch (error) {
    await Promise.all([prefixed.stop(), workspaces.stop(), auth.stop()]);
    throw error;
  }
}
