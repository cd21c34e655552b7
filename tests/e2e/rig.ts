import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const ARTIFACTS_DIR = join(import.meta.dirname, '.artifacts');
export const RIG_FILE = join(ARTIFACTS_DIR, 'rig.json');

export interface Rig {
  url: string;
  port: number;
  logFile: string;
  manifestFile: string;
}

export interface SeededTurn {
  traceId: string;
  input: string;
  output: string;
}

export interface SeededSession {
  sessionId: string;
  userId: string;
  turns: SeededTurn[];
}

export interface SeededFeedback {
  assessmentId: string;
  traceId: string;
  name: string;
  value: string;
  rationale: string;
}

export interface BaseScenario {
  experimentId: string;
  sessions: { A: SeededSession; B: SeededSession; Markup: SeededSession };
  noSession: SeededTurn;
  assessments: {
    perTurn: SeededFeedback[];
    sessionLevel: SeededFeedback;
    superseded: SeededFeedback;
    override: { assessmentId: string; traceId: string; name: string; value: string };
    scorerErrors: { assessmentId: string; traceId: string; name: string; message: string }[];
  };
}

export interface ShapeTurn extends SeededTurn {
  toolCalls?: { name: string; arguments: string }[];
}

export interface ShapeSession {
  sessionId: string;
  turns: ShapeTurn[];
  inputKey?: string;
  outputKey?: string;
}

export interface ShapesScenario {
  experimentId: string;
  sessions: Record<string, ShapeSession>;
  long: { sessionId: string; turnCount: number; first: SeededTurn; middle: SeededTurn; last: SeededTurn; turnIds: string[] };
}

export interface RootCauseSession extends SeededSession {
  openTurn: number;
}

export interface RootCauseScenario {
  experimentId: string;
  refundWindow: RootCauseSession & { rootCauseTurn: number; outdatedDocument: string };
  toolError: RootCauseSession & { rootCauseTurn: number; toolError: string };
  slidingWindow: RootCauseSession & { truncatedFrom: number; window: number };
}

export interface Manifest {
  trackingUri: string;
  mlflowVersion: string;
  base: BaseScenario;
  shapes: ShapesScenario;
  rootcause: RootCauseScenario;
}

export function readRig(): Rig {
  return JSON.parse(readFileSync(RIG_FILE, 'utf8')) as Rig;
}

export function readManifest(rig: Rig = readRig()): Manifest {
  return JSON.parse(readFileSync(rig.manifestFile, 'utf8')) as Manifest;
}
