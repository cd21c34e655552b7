// Where the compatibility matrix's servers are, written by its global setup and read by its tests.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Manifest } from '../fixtures/scenarios';

export const MATRIX_ARTIFACTS_DIR = join(import.meta.dirname, '.artifacts');
export const MATRIX_RIG_FILE = join(MATRIX_ARTIFACTS_DIR, 'rig.json');

export interface MatrixServer {
  url: string;
  logFile: string;
  mlflowVersion: string;
  backend: 'SQLite' | 'PostgreSQL';
  manifestFile: string;
}

/** The pinned MLflow on PostgreSQL, the oldest supported MLflow on SQLite, and the pinned one for Firefox. */
export interface MatrixRig {
  postgres: MatrixServer;
  oldest: MatrixServer;
  firefox: MatrixServer;
}

export function readMatrixRig(): MatrixRig {
  return JSON.parse(readFileSync(MATRIX_RIG_FILE, 'utf8')) as MatrixRig;
}

export function readMatrixManifest(server: MatrixServer): Manifest {
  return JSON.parse(readFileSync(server.manifestFile, 'utf8')) as Manifest;
}
