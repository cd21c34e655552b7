import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Manifest } from '../fixtures/scenarios';

export const ARTIFACTS_DIR = join(import.meta.dirname, '.artifacts');
export const RIG_FILE = join(ARTIFACTS_DIR, 'rig.json');

/** Where global setup leaves a browser profile whose caches hold MLflow's UI (rig/chromium.ts `warmedProfile`). */
export const PROFILE_TEMPLATE_VARIABLE = 'SESSION_LENS_PROFILE_TEMPLATE';

export interface Rig {
  url: string;
  port: number;
  logFile: string;
  manifestFile: string;
  /** The servers a team runs (rig/team-servers.ts), with what each was seeded with. */
  team: {
    prefixed: { url: string; port: number; logFile: string; manifest: Record<string, unknown> };
    workspaces: { url: string; manifests: Record<string, Record<string, unknown>> };
    auth: { url: string; manifest: Record<string, unknown> };
  };
}

export function readRig(): Rig {
  return JSON.parse(readFileSync(RIG_FILE, 'utf8')) as Rig;
}

export function readManifest(rig: Rig = readRig()): Manifest {
  return JSON.parse(readFileSync(rig.manifestFile, 'utf8')) as Manifest;
}
