// What the service worker does with a message: one handler per kind of lib/protocol.ts, with every browser
// API injected so the rules are tested in Node. The request is parsed; the server is the sender tab's (never
// one named in the message); the settings are read once and handed down as values; every failure becomes an
// answer the panel can show.
import { describeError } from '../../lib/json';
import { MlflowError } from '../../lib/mlflow/client';
import { protocol, type AnswerOf, type MessageKind, type PanelError, type ParsedRequestOf, type Reply } from '../../lib/protocol';
import { parseMlflowUrl } from '../../lib/route';
import type { SessionService } from '../../lib/service';
import { isOriginDisabled, readingSettingsFor, type ReadingSettings, type Settings } from '../../lib/settings';

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
}

/** Who asked: the sender tab's MLflow server, and the settings as they were when the message arrived. */
interface SenderContext {
  /** The UI's base URL (origin and path prefix); REST calls resolve against it. */
  base: string;
  origin: string;
  settings: Settings;
  /** Checks that Session Lens may talk to this server, prepares the requests, and gives what reading needs. */
  reachServer: () => Promise<ReadingSettings>;
}

type Handlers = { [Kind in MessageKind]: (request: ParsedRequestOf<Kind>, sender: SenderContext) => Promise<AnswerOf<Kind>> };

class NotEnabledError extends Error {}

function createHandlers({ sessions, hasHostPermission, enableOrigin, openOptions }: MessageHandlerDeps): Handlers {
  return {
    'session/get': async ({ traceId, refresh }, sender) =>
      sessions.getSessionOfTrace(sender.base, traceId, await sender.reachServer(), { refresh: refresh ?? false }),
    'turn/get': async ({ traceId }, sender) => sessions.getTurnDetail(sender.base, traceId, await sender.reachServer()),
    'analysis/get': async ({ traceId, everyTurn }, sender) =>
      sessions.getAnalysis(sender.base, traceId, await sender.reachServer(), { everyTurn: everyTurn ?? false }),
    'root-cause/confirm': async (request, sender) => ({
      assessmentId: await sessions.confirmRootCause(sender.base, request, await sender.reachServer()),
    }),
    'root-cause/undo': async ({ traceId, assessmentId }, sender) => {
      await sessions.undoRootCause(sender.base, traceId, assessmentId, await sender.reachServer());
      return null;
    },
    'host/enable': async (_request, { origin }) => {
      if (!(await hasHostPermission(origin))) throw new NotEnabledError(`Grant access to ${origin} from the extension's toolbar button.`);
      await enableOrigin(origin);
      return null;
    },
    'options/open': async ({ experimentId }, { origin }) => {
      await openOptions(origin, experimentId);
      return null;
    },
  };
}

export function createMessageHandler(deps: MessageHandlerDeps) {
  const handlers = createHandlers(deps);

  return async function handleMessage(raw: unknown, senderTabUrl: string | undefined): Promise<Reply<MessageKind>> {
    const envelope = typeof raw === 'object' && raw !== null ? (raw as { kind?: unknown; request?: unknown }) : {};
    const kind = typeof envelope.kind === 'string' && Object.hasOwn(protocol, envelope.kind) ? (envelope.kind as MessageKind) : null;
    if (!kind) return badRequest('Unreadable request: unknown kind of message');
    const parsed = protocol[kind].request.safeParse(envelope.request);
    if (!parsed.success) return badRequest(`Unreadable request: ${parsed.error.issues[0]?.message ?? 'unknown shape'}`);
    const route = senderTabUrl ? parseMlflowUrl(senderTabUrl) : null;
    if (!route) return badRequest('The request did not come from an MLflow page.');
    const origin = new URL(route.base).origin;
    try {
      const settings = await deps.readSettings();
      const sender: SenderContext = {
        base: route.base,
        origin,
        settings,
        async reachServer() {
          if (!(await deps.hasHostPermission(origin)))
            throw new NotEnabledError(`Session Lens has no access to ${origin}. Grant it from the extension's toolbar button.`);
          if (isOriginDisabled(settings, origin)) throw new NotEnabledError('You turned Session Lens off for this server.');
          await deps.prepareRequests();
          return readingSettingsFor(settings, origin);
        },
      };
      const handler = handlers[kind] as (request: unknown, sender: SenderContext) => Promise<AnswerOf<MessageKind>>;
      return { ok: true, value: await handler(parsed.data, sender) };
    } catch (error) {
      return { ok: false, error: toPanelError(error) };
    }
  };
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
