import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Manifest } from '../fixtures/scenarios';

export const ARTIFACTS_DIR = join(import.meta.dirname, '.artifacts');
export const RIG_FILE = join(ARTIFACTS_DIR, 'rig.json');

export interface Rig {
  url: string;
  port: number;
  logFile: string;
  manifestFile: string;
}

export function readRig(): Rig {
  return JSON.parse(readFileSync(RIG_FILE, 'utf8')) as Rig;
}

export function readManifest(rig: Rig = readRig()): Manifest {
  return JSON.parse(readFileSync(rig.manifestFile, 'utf8')) as Manifest;
}
