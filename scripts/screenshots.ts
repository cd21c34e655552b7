// The README's screenshots: runs the end-to-end tests that take them (against the real MLflow server the
// suite starts) and copies what they took into docs/. Tests never write into the repository themselves.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '../rig/mlflow-server';
import { ARTIFACTS_DIR } from '../tests/e2e/rig';

const SCREENSHOTS = ['panel.png', 'panel-dark.png', 'root-cause.png', 'popup.png'];

const run = spawnSync('npx', ['playwright', 'test', '--grep', "screenshot|MLflow's dark mode"], { cwd: REPO_ROOT, stdio: 'inherit' });
if (run.status !== 0) process.exit(run.status ?? 1);
mkdirSync(join(REPO_ROOT, 'docs'), { recursive: true });
for (const name of SCREENSHOTS) {
  copyFileSync(join(ARTIFACTS_DIR, name), join(REPO_ROOT, 'docs', name));
  console.log(`docs/${name}`);
}
