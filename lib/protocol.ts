// The typed messages between the content script and the service worker. The background parses every
// request with these schemas (a content script runs in a page's renderer and is not trusted); the server
// the request is about comes from the sender tab, never from the message.
import { z } from 'zod';
import type { SessionAnalysis } from './analysis/analyse';
import type { Session, TurnDetail } from './model';

const traceIdSchema = z
  .string()
  .min(1)
  .max(256)
  .regex(/^[^\u0000-\u001f]+$/, 'a trace id has no control characters');

export const getSessionRequestSchema = z.object({
  type: z.literal('session/get'),
  traceId: traceIdSchema,
  /** Skip the cache: the user asked for fresh data. */
  refresh: z.boolean().optional(),
});

export const getTurnDetailRequestSchema = z.object({
  type: z.literal('turn/get'),
  traceId: traceIdSchema,
});

export const getAnalysisRequestSchema = z.object({
  type: z.literal('analysis/get'),
  traceId: traceIdSchema,
  /** Read every turn's spans, not only the failing chain's (for long sessions). */
  everyTurn: z.boolean().optional(),
});

export const confirmRootCauseRequestSchema = z.object({
  type: z.literal('root-cause/confirm'),
  traceId: traceIdSchema,
  rationale: z.string().trim().min(1).max(2000),
  /** The failing turn this root cause explains, kept in the assessment's metadata. */
  explainsTraceId: traceIdSchema.optional(),
});

export const undoRootCauseRequestSchema = z.object({
  type: z.literal('root-cause/undo'),
  traceId: traceIdSchema,
  assessmentId: z.string().min(1).max(128).regex(/^[\w-]+$/),
});

export const openOptionsRequestSchema = z.object({
  type: z.literal('options/open'),
  experimentId: z.string().max(64).optional(),
});

export const enableHostRequestSchema = z.object({
  type: z.literal('host/enable'),
});

export const requestSchema = z.discriminatedUnion('type', [
  getSessionRequestSchema,
  getTurnDetailRequestSchema,
  getAnalysisRequestSchema,
  confirmRootCauseRequestSchema,
  undoRootCauseRequestSchema,
  enableHostRequestSchema,
  openOptionsRequestSchema,
]);

export type GetSessionRequest = z.infer<typeof getSessionRequestSchema>;
export type ExtensionRequest = z.infer<typeof requestSchema>;

export type PanelErrorKind = 'http' | 'network' | 'timeout' | 'malformed' | 'not-enabled' | 'bad-request' | 'internal';

export interface PanelError {
  kind: PanelErrorKind;
  message: string;
  status?: number;
  errorCode?: string;
  url?: string;
}

export type GetSessionResponse = { ok: true; session: Session } | { ok: false; error: PanelError };
export type GetTurnDetailResponse = { ok: true; detail: TurnDetail } | { ok: false; error: PanelError };
export type GetAnalysisResponse = { ok: true; analysis: SessionAnalysis } | { ok: false; error: PanelError };
export type ConfirmRootCauseResponse = { ok: true; assessmentId: string } | { ok: false; error: PanelError };
export type UndoRootCauseResponse = { ok: true } | { ok: false; error: PanelError };
export type EnableHostResponse = { ok: true } | { ok: false; error: PanelError };
export type OpenOptionsResponse = { ok: true } | { ok: false; error: PanelError };
