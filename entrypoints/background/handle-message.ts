// What the service worker does with a message: one handler per kind of lib/protocol.ts, with every browser
// API injected so the rules are tested in Node. The request is parsed; the server is the sender tab's (never
// one named in the message); the settings are read once and handed down as values; every failure becomes an
// answer the panel can show.
import { describeError, jsonOrNull } from '../../lib/json';
import { MlflowError } from '../../lib/mlflow/client';
import {
  MESSAGE_CHUNK_CHARS,
  protocol,
  type AnswerOf,
  type ChunkedReply,
  type MessageKind,
  type PanelError,
  type ParsedRequestOf,
  type Reply,
  type WireReply,
} from '../../lib/protocol';
import { sessionRowChips, traceRowChips, turnCardChips } from '../../lib/panel/mark-text';
import { parseMlflowUrl } from '../../lib/route';
import type { Server, SessionService } from '../../lib/service';
import {
  authorizationOf,
  credentialFor,
  describeCredential,
  identityOf,
  type CredentialsByOrigin,
  type ServerCredential,
} from '../../lib/credentials';
import { isOriginDisabled, readingSettingsFor, type ReadingSettings, type Settings } from '../../lib/settings';
import { parseUnsavedLabels, withoutUnsavedLabel, withUnsavedLabel, type LabelPlace, type UnsavedLabel } from '../../lib/unsaved-labels';

export interface MessageHandlerDeps {
  sessions: SessionService;
  readSettings: () => Promise<Settings>;
  /** Whether the user granted the extension access to this origin. */
  hasHostPermission: (origin: string) => Promise<boolean>;
  /** Turns Session Lens back on for a server the user had turned it off for. */
  enableOrigin: (origin: string) => Promise<void>;
  /** Opens the options page on the override form for this server and experiment. */
  openOptions: (origin: string, experimentId: string | undefined) => Promise<void>;
  /** Runs before the first request to a server (the service worker installs its header rule there). */
  prepareRequests: () => Promise<void>;
  /** Label writes that failed (lib/unsaved-labels.ts), as stored, and a way to store them. */
  readUnsavedLabels: () => Promise<unknown>;
  writeUnsavedLabels: (labels: UnsavedLabel[]) => Promise<void>;
  /** The credentials the user gave Session Lens, by origin, and a way to change one. */
  readCredentials: () => Promise<CredentialsByOrigin>;
  setCredential: (origin: string, credential: ServerCredential | null) => Promise<void>;
  now?: () => number;
  /** Told of every reply: its kind, its length as JSON, and how long it took (what `npm run bench` reads). */
  onReply?: (reply: { kind: string; chars: number; ms: number }) => void;
}

/** What the browser says about who sent a message (`runtime.MessageSender`), never what the message says. */
export interface MessageSender {
  /** The sending document's URL, and its frame and lifecycle where the browser tells them. */
  url?: string;
  frameId?: number;
  documentLifecycle?: string;
  /** The URL of the tab the document is in. */
  tabUrl?: string;
}

/** Who asked: the sender tab's MLflow server, and the settings as they were when the message arrived. */
interface SenderContext {
  /** The UI's base URL (origin and path prefix); REST calls resolve against it. */
  base: string;
  origin: string;
  settings: Settings;
  /**
   * Checks that Session Lens may talk to this server and prepares the requests; gives the server as this user
   * sees it, in the workspace the page selected, and what reading it needs of the settings.
   */
  reachServer: (workspace: string | null | undefined) => Promise<{ server: Server; reading: ReadingSettings }>;
}

type Handlers = { [Kind in MessageKind]: (request: ParsedRequestOf<Kind>, sender: SenderContext) => Promise<AnswerOf<Kind>> };

class NotEnabledError extends Error {}

/** A page that keeps asking for the options page gets one tab per this many milliseconds, not a tab storm. */
const OPTIONS_TABS_EVERY_MS = 2_000;
/** Pieces of a chunked answer are kept this long for the page to fetch. */
const CHUNKS_KEPT_MS = 60_000;

function createHandlers(deps: MessageHandlerDeps, chunks: ChunkStore): Handlers {
  const { sessions, hasHostPermission, enableOrigin, openOptions, setCredential, now = Date.now } = deps;
  let lastOptionsTab = Number.NEGATIVE_INFINITY;
  const unsaved = createUnsavedLabels(deps, now);
  /** Where a label goes: the turn's trace, or the session's first (the trace asked about when that is unknown). */
  const labelPlace = async (
    sender: SenderContext,
    server: Server,
    traceId: string,
    { scope, name }: { scope: LabelPlace['scope']; name: string },
    reading: ReadingSettings,
  ): Promise<LabelPlace> => ({
    base: sender.base,
    workspace: server.workspace,
    traceId: await sessions.labelTargetOf(server, traceId, scope, reading).catch(() => traceId),
    scope,
    name,
  });
  return {
    'session/get': async ({ traceId, refresh, workspace }, sender) => {
      const { server, reading } = await sender.reachServer(workspace);
      return sessions.getSessionOfTrace(server, traceId, reading, { refresh: refresh ?? false });
    },
    'session/preview': async ({ traceId, workspace }, sender) => {
      const { server, reading } = await sender.reachServer(workspace);
      return sessions.getSessionPreview(server, traceId, reading);
    },
    'session/find': async ({ experimentId, sessionId, workspace }, sender) => {
      const { server } = await sender.reachServer(workspace);
      return { traceId: await sessions.findSessionTrace(server, experimentId, sessionId) };
    },
    'marks/sessions': async ({ experimentId, sessionIds, workspace }, sender) => {
      const { server, reading } = await sender.reachServer(workspace);
      const marks = await sessions.sessionMarks(server, experimentId, sessionIds, reading);
      return Object.fromEntries(marks.map((mark) => [mark.sessionId, sessionRowChips(mark)]));
    },
    'marks/turns': async ({ experimentId, sessionId, workspace }, sender) => {
      const { server, reading } = await sender.reachServer(workspace);
      const marks = await sessions.turnMarksOfSession(server, experimentId, sessionId, reading);
      return Object.fromEntries(marks.map((mark) => [mark.index, turnCardChips(mark)]));
    },
    'marks/traces': async ({ experimentId, rows, workspace }, sender) => {
      const { server, reading } = await sender.reachServer(workspace);
      const marks = await sessions.traceMarks(server, experimentId, rows, reading);
      return Object.fromEntries(Object.entries(marks).map(([traceId, mark]) => [traceId, traceRowChips(mark)]));
    },
    'turn/get': async ({ traceId, workspace }, sender) => {
      const { server, reading } = await sender.reachServer(workspace);
      return sessions.getTurnDetail(server, traceId, reading);
    },
    'turn/changes': async ({ traceId, workspace }, sender) => {
      const { server, reading } = await sender.reachServer(workspace);
      return sessions.getTurnChanges(server, traceId, reading);
    },
    'analysis/get': async ({ traceId, everyTurn, workspace }, sender) => {
      const { server, reading } = await sender.reachServer(workspace);
      return sessions.getAnalysis(server, traceId, reading, { everyTurn: everyTurn ?? false });
    },
    'session/export': async ({ traceId, workspace, format, includeScorerErrors }, sender) => {
      const { server, reading } = await sender.reachServer(workspace);
      return sessions.exportSession(server, traceId, reading, { format, includeScorerErrors });
    },
    'root-cause/confirm': async ({ workspace, ...confirmation }, sender) => {
      const { server, reading } = await sender.reachServer(workspace);
      return { assessmentId: await sessions.confirmRootCause(server, confirmation, reading) };
    },
    'root-cause/undo': async ({ traceId, assessmentId, workspace }, sender) => {
      const { server, reading } = await sender.reachServer(workspace);
      await sessions.undoRootCause(server, traceId, assessmentId, reading);
      return null;
    },
    'label/write': async ({ traceId, workspace, ...write }, sender) => {
      const { server, reading } = await sender.reachServer(workspace);
      // Kept until MLflow has it: the panel that asked may be gone by the time the write fails.
      const place = await labelPlace(sender, server, traceId, write, reading);
      let assessmentId: string;
      try {
        assessmentId = await sessions.writeLabel(server, traceId, write, reading);
      } catch (error) {
        const { kind, message, status, errorCode } = toPanelError(error);
        const kept = { ...place, value: write.value, rationale: write.rationale, error: { kind, message, status, errorCode }, at: now() };
        await unsaved.update((list) => withUnsavedLabel(list, kept));
        throw error;
      }
      // MLflow has it: storage failing to forget the draft now must not turn the write into a failure.
      await unsaved.update((list) => withoutUnsavedLabel(list, place)).catch(() => undefined);
      return { assessmentId };
    },
    'label/unsaved': async (_request, { base }) => (await unsaved.read()).filter((kept) => kept.base === base),
    'label/remove': async ({ traceId, workspace, ...label }, sender) => {
      const { server, reading } = await sender.reachServer(workspace);
      await sessions.removeLabel(server, traceId, label, reading);
      // Removed on purpose: a write of it that failed earlier is not offered again.
      const place = await labelPlace(sender, server, traceId, label, reading);
      await unsaved.update((list) => withoutUnsavedLabel(list, place)).catch(() => undefined);
      return null;
    },
    'label/history': async ({ traceId, workspace, ...label }, sender) => {
      const { server, reading } = await sender.reachServer(workspace);
      return sessions.labelHistory(server, traceId, label, reading);
    },
    'sign-in/save': async ({ username, password }, { origin }) => {
      await setCredential(origin, { kind: 'basic', username, password });
      return null;
    },
    'sign-in/forget': async (_request, { origin }) => {
      await setCredential(origin, null);
      return null;
    },
    'host/enable': async (_request, { origin }) => {
      if (!(await hasHostPermission(origin))) throw new NotEnabledError(`Grant access to ${origin} from the extension's toolbar button.`);
      await enableOrigin(origin);
      return null;
    },
    'options/open': async ({ experimentId }, { origin }) => {
      if (now() - lastOptionsTab < OPTIONS_TABS_EVERY_MS) return null;
      lastOptionsTab = now();
      await openOptions(origin, experimentId);
      return null;
    },
    'reply/chunk': async ({ id, index }, { origin }) => chunks.take(id, index, origin),
  };
}

/** The stored unsaved labels, changed one update at a time (two writes can fail at once). */
function createUnsavedLabels({ readUnsavedLabels, writeUnsavedLabels }: MessageHandlerDeps, now: () => number) {
  let last: Promise<unknown> = Promise.resolve();
  const read = async () => parseUnsavedLabels(await readUnsavedLabels(), now());
  return {
    read,
    update(change: (list: UnsavedLabel[]) => UnsavedLabel[]): Promise<void> {
      const next = last.then(async () => writeUnsavedLabels(change(await read())));
      last = next.catch(() => undefined);
      return next;
    },
  };
}

/** Answers too long for one message, cut into pieces kept until fetched (or for a minute). */
interface ChunkStore {
  put(json: string, origin: string): ChunkedReply;
  take(id: string, index: number, origin: string): string;
}

function createChunkStore(now: () => number): ChunkStore {
  const stored = new Map<string, { pieces: string[]; taken: number; origin: string; expires: number }>();
  let next = 0;
  return {
    put(json, origin) {
      for (const [id, entry] of stored) if (entry.expires < now()) stored.delete(id);
      const pieces: string[] = [];
      for (let start = 0; start < json.length; start += MESSAGE_CHUNK_CHARS) pieces.push(json.slice(start, start + MESSAGE_CHUNK_CHARS));
      const id = `reply-${next++}`;
      stored.set(id, { pieces, taken: 0, origin, expires: now() + CHUNKS_KEPT_MS });
      return { ok: true, chunked: { id, count: pieces.length } };
    },
    take(id, index, origin) {
      const entry = stored.get(id);
      const piece = entry?.origin === origin ? entry.pieces[index] : undefined;
      if (!entry || piece === undefined) throw new Error('Part of the answer was lost (the service worker restarted); try again.');
      if (++entry.taken === entry.pieces.length) stored.delete(id);
      return piece;
    },
  };
}

export function createMessageHandler(deps: MessageHandlerDeps) {
  const chunks = createChunkStore(deps.now ?? Date.now);
  const handlers = createHandlers(deps, chunks);

  return async function handleMessage(raw: unknown, sender: MessageSender): Promise<WireReply> {
    const started = performance.now();
    const kind = String((raw as { kind?: unknown } | null)?.kind);
    const reply = await answer(raw, sender);
    const json = jsonOrNull(reply);
    deps.onReply?.({ kind, chars: json?.length ?? 0, ms: performance.now() - started });
    // A piece of a chunked answer goes as it is: it is short by construction.
    if (!reply.ok || kind === 'reply/chunk') return reply;
    if (json === null) return { ok: false, error: { kind: 'internal', message: 'The answer holds a value too deep to send to the page.' } };
    return json.length > MESSAGE_CHUNK_CHARS ? chunks.put(json, new URL(senderBase(sender)!).origin) : reply;
  };

  async function answer(raw: unknown, sender: MessageSender): Promise<Reply<MessageKind>> {
    const envelope = typeof raw === 'object' && raw !== null ? (raw as { kind?: unknown; request?: unknown }) : {};
    const kind = typeof envelope.kind === 'string' && Object.hasOwn(protocol, envelope.kind) ? (envelope.kind as MessageKind) : null;
    if (!kind) return badRequest('Unreadable request: unknown kind of message');
    const parsed = protocol[kind].request.safeParse(envelope.request);
    if (!parsed.success) return badRequest(`Unreadable request: ${parsed.error.issues[0]?.message ?? 'unknown shape'}`);
    const base = senderBase(sender);
    if (!base) return badRequest('The request did not come from an MLflow page.');
    const origin = new URL(base).origin;
    // The credential Session Lens sent, if any: a 401 then means it was refused, which the panel says.
    let credentialSent: ServerCredential | null = null;
    try {
      const settings = await deps.readSettings();
      const context: SenderContext = {
        base,
        origin,
        settings,
        async reachServer(workspace) {
          if (!(await deps.hasHostPermission(origin))) {
            throw new NotEnabledError(`Session Lens has no access to ${origin}. Grant it from the extension's toolbar button.`);
          }
          if (isOriginDisabled(settings, origin)) throw new NotEnabledError('You turned Session Lens off for this server.');
          await deps.prepareRequests();
          const credential = credentialFor(await deps.readCredentials(), origin);
          credentialSent = credential;
          const headers: Record<string, string> = credential ? { authorization: authorizationOf(credential) } : {};
          const asUser: Server = { baseUrl: base, headers, workspace: null, key: `${base}|${identityOf(credential)}` };
          const server: Server =
            workspace && (await deps.sessions.workspacesEnabled(asUser))
              ? { ...asUser, headers: { ...headers, 'X-MLFLOW-WORKSPACE': workspace }, workspace, key: `${asUser.key}|${workspace}` }
              : asUser;
          return { server, reading: readingSettingsFor(settings, origin) };
        },
      };
      const handler = handlers[kind] as (request: unknown, sender: SenderContext) => Promise<AnswerOf<MessageKind>>;
      return { ok: true, value: await handler(parsed.data, context) };
    } catch (error) {
      const panelError = toPanelError(error);
      const sent = credentialSent as ServerCredential | null;
      return { ok: false, error: sent && panelError.status === 401 ? { ...panelError, credential: describeCredential(sent) } : panelError };
    }
  }
}

/**
 * The UI base of the MLflow page that sent a message: from the sending document itself, which must be the
 * tab's top frame, active (not prerendered or in the back/forward cache), and of the tab's own origin.
 */
function senderBase({ url, frameId, documentLifecycle, tabUrl }: MessageSender): string | null {
  if (frameId !== undefined && frameId !== 0) return null;
  if (documentLifecycle !== undefined && documentLifecycle !== 'active') return null;
  const documentUrl = url ?? tabUrl;
  const route = documentUrl ? parseMlflowUrl(documentUrl) : null;
  if (!route) return null;
  if (tabUrl !== undefined && url !== undefined && originOf(tabUrl) !== originOf(url)) return null;
  return route.base;
}

function originOf(url: string): string | null {
  try {
    return new URL(url).origin;
  } catch {
    return null;
  }
}

function badRequest(message: string): Reply<MessageKind> {
  return { ok: false, error: { kind: 'bad-request', message } };
}

/** Every failure as the panel shows it; MLflow's own errors keep their status, code and URL. */
function toPanelError(error: unknown): PanelError {
  if (error instanceof NotEnabledError) return { kind: 'not-enabled', message: error.message };
  if (error instanceof MlflowError) {
    return {
      kind: error.kind,
      message: error.message,
      status: error.status,
      errorCode: error.errorCode,
      url: error.url,
      retryAfterSeconds: error.retryAfterSeconds,
    };
  }
  return { kind: 'internal', message: describeError(error) };
}
