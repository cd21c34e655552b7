// Starts a real `mlflow server` for tests, the demo and the benchmark: SQLite in a temporary folder, a free
// loopback port, MLflow's default security settings. It stops only the processes it started (the server
// runs in its own process group, which is killed as a whole).
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, openSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { removeTemporaryFolder } from './temporary';

export const REPO_ROOT = resolve(import.meta.dirname, '..');
export const VENV_BIN = join(REPO_ROOT, '.venv', 'bin');
/** The oldest MLflow the README claims (rig/requirements-oldest.txt), in its own virtualenv. */
export const OLDEST_VENV_BIN = join(REPO_ROOT, '.venv-oldest', 'bin');

export interface MlflowServer {
  /** `http://127.0.0.1:<port>/` (with the static prefix, if any). */
  url: string;
  port: number;
  dataDir: string;
  logFile: string;
  pid: number;
  readLog(): string;
  stop(): Promise<void>;
}

export interface StartOptions {
  /** The `bin` folder of the virtualenv whose MLflow runs; the project's pinned one by default. */
  venvBin?: string;
  /** A database other than SQLite in the data folder (`postgresql://...`). */
  backendStoreUri?: string;
  /** Reuse a folder (and its SQLite database) instead of a fresh temporary one. */
  dataDir?: string;
  staticPrefix?: string;
  workers?: number;
  /** Extra arguments for `mlflow server` (`--app-name basic-auth`, `--enable-workspaces`, `--allowed-hosts`). */
  args?: string[];
  /** Extra environment (the basic-auth app's secret key and admin password). */
  env?: Record<string, string>;
  timeoutMs?: number;
}

export async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolvePort(port));
    });
  });
}

export async function startMlflowServer(options: StartOptions = {}): Promise<MlflowServer> {
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'session-lens-mlflow-'));
  const port = await freePort();
  const logFile = join(dataDir, `server-${port}.log`);
  const log = openSync(logFile, 'a');
  const prefix = options.staticPrefix ? `/${options.staticPrefix.replace(/^\/|\/$/g, '')}` : '';
  const child: ChildProcess = spawn(
    join(options.venvBin ?? VENV_BIN, 'mlflow'),
    [
      'server',
      '--backend-store-uri',
      options.backendStoreUri ?? `sqlite:///${join(dataDir, 'mlflow.db')}`,
      '--default-artifact-root',
      join(dataDir, 'artifacts'),
      '--host',
      '127.0.0.1',
      '--port',
      String(port),
      // Two workers, not the default four: these machines have two cores.
      '--workers',
      String(options.workers ?? 2),
      ...(prefix ? ['--static-prefix', prefix] : []),
      ...(options.args ?? []),
    ],
    // The basic-auth app keeps its users in `basic_auth.db` in its working directory: the data folder.
    {
      detached: true,
      cwd: dataDir,
      stdio: ['ignore', log, log],
      // Telemetry off: nothing here may reach the internet, and the rig's servers are not MLflow's users.
      env: { ...process.env, MLFLOW_TRACKING_URI: '', MLFLOW_DISABLE_TELEMETRY: 'true', ...options.env },
    },
  );
  const url = `http://127.0.0.1:${port}${prefix}/`;
  const server: MlflowServer = {
    url,
    port,
    dataDir,
    logFile,
    pid: child.pid ?? -1,
    readLog: () => readFileSync(logFile, 'utf8'),
    // A folder of our own goes with the server (it held a database and a log per run: hundreds piled up in /tmp).
    stop: async () => {
      await stopProcessGroup(child);
      if (!options.dataDir) await removeTemporaryFolder(dataDir);
    },
  };
  try {
    await waitForHealth(`${url}health`, child, options.timeoutMs ?? 90_000);
  } catch (error) {
    const log = server.readLog().slice(-3000);
    await server.stop();
    throw new Error(`${(error as Error).message}\n--- server log ---\n${log}`);
  }
  return server;
}

async function waitForHealth(healthUrl: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`mlflow server exited with code ${child.exitCode}`);
    try {
      const response = await fetch(healthUrl);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((done) => setTimeout(done, 250));
  }
  throw new Error(`mlflow server did not answer ${healthUrl} within ${timeoutMs} ms`);
}

async function stopProcessGroup(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.pid === undefined) return;
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  try {
    process.kill(-child.pid, 'SIGTERM');
  } catch {
    return;
  }
  const killed = await Promise.race([exited.then(() => true), new Promise<boolean>((done) => setTimeout(() => done(false), 10_000))]);
  if (!killed) {
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {
      // Already gone.
    }
  }
}

/**
 * Fetches MLflow's UI page and every script and style it names, once: the first test's first page load then
 * meets a server (and a disk cache) that has served them, not a cold one busy with the matrix starting beside it.
 */
export async function warmUi(url: string): Promise<void> {
  const page = await (await fetch(url)).text();
  const assets = [...page.matchAll(/(?:src|href)="([^"]+\.(?:js|css))"/g)].map((match) => new URL(match[1]!, url).href);
  await Promise.all(assets.map(async (asset) => (await fetch(asset)).arrayBuffer()));
}
