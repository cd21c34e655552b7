// Starts Debian's PostgreSQL for the tests: a fresh cluster in a temporary folder, on a free loopback port,
// with one database for MLflow; stopped and removed afterwards. PostgreSQL refuses to run as root, so as
// root the cluster belongs to Debian's `postgres` user.
import { execFileSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { freePort } from './mlflow-server';

export interface Postgres {
  /** `postgresql://postgres@127.0.0.1:<port>/mlflow`, for `mlflow server --backend-store-uri`. */
  uri: string;
  stop(): Promise<void>;
}

function postgresBin(): string {
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root) ? readdirSync(root).sort((a, b) => Number(b) - Number(a)) : [];
  const bin = versions.map((version) => join(root, version, 'bin')).find((dir) => existsSync(join(dir, 'initdb')));
  if (!bin) throw new Error('PostgreSQL not found: run `bash scripts/setup.sh` (it installs the `postgresql` package).');
  return bin;
}

export async function startPostgres(): Promise<Postgres> {
  const bin = postgresBin();
  const folder = mkdtempSync(join(tmpdir(), 'session-lens-postgres-'));
  const dataDir = join(folder, 'data');
  const asRoot = userInfo().uid === 0;
  if (asRoot) {
    chmodSync(folder, 0o755);
    const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
    chownSync(folder, uid, gid);
  }
  const run = (program: string, args: string[]) =>
    execFileSync(asRoot ? 'runuser' : join(bin, program), asRoot ? ['-u', 'postgres', '--', join(bin, program), ...args] : args, {
      stdio: ['ignore', 'ignore', 'pipe'],
    });
  const port = await freePort();
  run('initdb', ['-D', dataDir, '-U', 'postgres', '--auth=trust', '--no-sync', '-E', 'UTF8', '--locale=C']);
  // fsync off: a throwaway cluster, and the tests' writes should not wait on the disk.
  run('pg_ctl', [
    '-D',
    dataDir,
    '-l',
    join(folder, 'postgres.log'),
    '-w',
    '-o',
    `-p ${port} -k ${folder} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off`,
    'start',
  ]);
  run('createdb', ['-h', '127.0.0.1', '-p', String(port), '-U', 'postgres', 'mlflow']);
  return {
    uri: `postgresql://postgres@127.0.0.1:${port}/mlflow`,
    stop: async () => {
      try {
        run('pg_ctl', ['-D', dataDir, '-m', 'immediate', 'stop']);
      } finally {
        rmSync(folder, { recursive: true, force: true });
      }
    },
  };
}
