// Every runtime message between the content script and the service worker, declared once: the request's
// schema (parsed by the worker: a content script runs in a page's renderer and is not trusted) and the type
// of its answer. The server a request is about comes from the sender, never from the message.
// The content side imports only types from here, so zod stays out of its bundle.
import { z } from './zod';
import type { SessionAnalysis } from './analysis/analyse';
import type { TurnChanges } from './analysis/turn-changes';
import type { LabelHistoryEntry, Session, SessionPreview, TurnDetail } from './model';
import { MAX_MARKED_ROWS, type MarkChip } from './panel/mark-text';
import { MAX_LABEL_TEXT_CHARS } from './labels';
import type { UnsavedLabel } from './unsaved-labels';

const traceIdSchema = z
  .string()
  .min(1)
  .max(256)
  .refine((id) => ![...id].some((character) => character.charCodeAt(0) < 0x20), 'a trace id has no control characters');

/** The workspace the page's UI selected (MLflow's own rule for names: it goes into a request header). */
const workspaceSchema = z
  .string()
  .regex(/^[a-z0-9](?:[-a-z0-9]{0,61}[a-z0-9])?$/)
  .nullable()
  .optional();

const experimentIdSchema = z.string().min(1).max(64);
const sessionIdSchema = z.string().min(1).max(1000);

/** Which label of which turn or session a label message is about. */
const labelRequest = z.object({
  traceId: traceIdSchema,
  workspace: workspaceSchema,
  name: z.string().min(1).max(100),
  scope: z.enum(['turn', 'session']),
});

/** A message's request schema, with the type of its answer carried alongside (it has no runtime value). */
interface Message<Request extends z.ZodType, Answer> {
  request: Request;
  /** Type only: never set. */
  answer?: Answer;
}

const message =
  <Answer>() =>
  <Request extends z.ZodType>(request: Request): Message<Request, Answer> => ({ request });

export const protocol = {
  'session/get': message<Session>()(
    z.object({
      traceId: traceIdSchema,
      workspace: workspaceSchema,
      /** Skip the cache: the user asked for fresh data. */
      refresh: z.boolean().optional(),
    }),
  ),
  /** The turns around the open one while a long session is still read (lib/service.ts); null when there is none to show. */
  'session/preview': message<SessionPreview | null>()(z.object({ traceId: traceIdSchema, workspace: workspaceSchema })),
  /** The first turn of a session named by its id (MLflow's session page, with no trace chosen); null when none. */
  'session/find': message<{ traceId: string | null }>()(
    z.object({ experimentId: experimentIdSchema, sessionId: sessionIdSchema, workspace: workspaceSchema }),
  ),
  /** Marks for the session rows of MLflow's Traces table grouped by session, by session id (lib/session/marks.ts). */
  'marks/sessions': message<Record<string, MarkChip[]>>()(
    z.object({ experimentId: experimentIdSchema, sessionIds: z.array(sessionIdSchema).max(MAX_MARKED_ROWS), workspace: workspaceSchema }),
  ),
  /** Marks for the turn cards of MLflow's single chat-session page, by turn number. */
  'marks/turns': message<Record<string, MarkChip[]>>()(
    z.object({ experimentId: experimentIdSchema, sessionId: sessionIdSchema, workspace: workspaceSchema }),
  ),
  /** Marks for the rows of MLflow's Traces table, by trace id; a trace in no session has none. */
  'marks/traces': message<Record<string, MarkChip[]>>()(
    z.object({
      experimentId: experimentIdSchema,
      /** Each row's trace, and its session when MLflow's Session column shows it (then no search is needed to find it). */
      rows: z.array(z.object({ traceId: traceIdSchema, sessionId: sessionIdSchema.nullable() })).max(MAX_MARKED_ROWS),
      workspace: workspaceSchema,
    }),
  ),
  'turn/get': message<TurnDetail>()(z.object({ traceId: traceIdSchema, workspace: workspaceSchema })),
  /** What changed for the model since the turn before (lib/analysis/turn-changes.ts). */
  'turn/changes': message<TurnChanges>()(z.object({ traceId: traceIdSchema, workspace: workspaceSchema })),
  'analysis/get': message<SessionAnalysis>()(
    z.object({
      traceId: traceIdSchema,
      workspace: workspaceSchema,
      /** Read every turn's spans, not only the failing chain's (for long sessions). */
      everyTurn: z.boolean().optional(),
    }),
  ),
  /** The session as a file: Markdown for a bug report or an LLM, JSON for a program (lib/session/export.ts). */
  'session/export': message<string>()(
    z.object({
      traceId: traceIdSchema,
      workspace: workspaceSchema,
      format: z.enum(['markdown', 'json']),
      includeScorerErrors: z.boolean(),
    }),
  ),
  'root-cause/confirm': message<{ assessmentId: string }>()(
    z.object({
      traceId: traceIdSchema,
      workspace: workspaceSchema,
      rationale: z.string().trim().min(1).max(2000),
      /** The failing turn this root cause explains, kept in the assessment's metadata. */
      explainsTraceId: traceIdSchema.optional(),
    }),
  ),
  'root-cause/undo': message<null>()(
    z.object({
      traceId: traceIdSchema,
      workspace: workspaceSchema,
      assessmentId: z
        .string()
        .min(1)
        .max(128)
        .regex(/^[\w-]+$/),
    }),
  ),
  /**
   * The user's label on a turn (its trace) or on the session (`traceId` is any of its turns); the worker checks
   * it against the experiment's label set.
   */
  'label/write': message<{ assessmentId: string }>()(
    labelRequest.extend({
      value: z.union([z.string().max(MAX_LABEL_TEXT_CHARS), z.number().finite()]),
      rationale: z.string().trim().max(MAX_LABEL_TEXT_CHARS),
    }),
  ),
  /** Label writes of this server that failed and were not retried since, kept by the worker (lib/unsaved-labels.ts). */
  'label/unsaved': message<UnsavedLabel[]>()(z.object({})),
  /** Removes the user's own label (never anyone else's). */
  'label/remove': message<null>()(labelRequest),
  'label/history': message<LabelHistoryEntry[]>()(labelRequest),
  'host/enable': message<null>()(z.object({})),
  /** A user name and password for the sender's server, when the browser's own sign-in does not reach the worker. */
  'sign-in/save': message<null>()(z.object({ username: z.string().trim().min(1).max(256), password: z.string().min(1).max(1024) })),
  'sign-in/forget': message<null>()(z.object({})),
  'options/open': message<null>()(z.object({ experimentId: z.string().max(64).optional() })),
  /** One piece of an answer too large for one message (see ChunkedReply). */
  'reply/chunk': message<string>()(
    z.object({
      id: z.string().regex(/^[\w-]{1,64}$/),
      index: z.number().int().min(0).max(100_000),
    }),
  ),
};

export type MessageKind = keyof typeof protocol;
export type RequestOf<Kind extends MessageKind> = z.input<(typeof protocol)[Kind]['request']>;
export type ParsedRequestOf<Kind extends MessageKind> = z.output<(typeof protocol)[Kind]['request']>;
export type AnswerOf<Kind extends MessageKind> = (typeof protocol)[Kind] extends Message<z.ZodType, infer Answer> ? Answer : never;

/** What travels over `runtime.sendMessage`. */
export interface Envelope<Kind extends MessageKind = MessageKind> {
  kind: Kind;
  request: RequestOf<Kind>;
}

type PanelErrorKind = 'http' | 'network' | 'timeout' | 'malformed' | 'too-large' | 'sign-in' | 'not-enabled' | 'bad-request' | 'internal';

export interface PanelError {
  kind: PanelErrorKind;
  message: string;
  status?: number;
  errorCode?: string;
  url?: string;
  /** MLflow (or a proxy) asked to wait this long before trying again. */
  retryAfterSeconds?: number;
  /** What Session Lens signed in with, when it sent a credential of its own (never the secret). */
  credential?: string;
}

/** Every answer: the value, or what went wrong in words the panel shows. */
export type Reply<Kind extends MessageKind> = { ok: true; value: AnswerOf<Kind> } | { ok: false; error: PanelError };

/**
 * Runtime messages have a size limit (64 MiB in Chrome, where a lost answer fails silently). An answer longer
 * than MESSAGE_CHUNK_CHARS as JSON crosses as this, then in pieces asked for with `reply/chunk`: JSON escapes
 * at most 6 bytes per character, so no message is over 6 MiB.
 */
export interface ChunkedReply {
  ok: true;
  chunked: { id: string; count: number };
}

export const MESSAGE_CHUNK_CHARS = 1024 * 1024;

/** What the worker sends back: the reply itself, or where to fetch it in pieces. */
export type WireReply = Reply<MessageKind> | ChunkedReply;

/** The content side's one way to ask the worker anything. */
export type Ask = <Kind extends MessageKind>(kind: Kind, request: RequestOf<Kind>) => Promise<Reply<Kind>>;
