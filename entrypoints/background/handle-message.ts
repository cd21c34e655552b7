// What the service worker does with a message, with every browser API injected so the rules are tested
// in Node: the request is parsed, the server is the sender tab's (never one named in the message), and
// every failure becomes an answer the panel can show.
import { describeError } from '../../lib/json';
import type {
  ConfirmRootCauseResponse,
  PanelError,
  EnableHostResponse,
  GetAnalysisResponse,
  GetSessionResponse,
  GetTurnDetailResponse,
  OpenOptionsResponse,
  UndoRootCauseResponse,
} from '../../lib/protocol';
import { requestSchema } from '../../lib/protocol';
import { parseMlflowUrl } from '../../lib/route';
import { MlflowError } from '../../lib/mlflow/client';
import type { SessionService } from '../../lib/service';

export interface HostAccess {
  /** Null when the host is enabled, else why not, in words for the panel. */
  whyNotEnabled(origin: string): Promise<string | null>;
  enable(origin: string): Promise<EnableHostResponse>;
}

export interface MessageHandlerDeps {
  sessions: SessionService;
  hostAccess: HostAccess;
  /** Opens the options page on the override form for this server and experiment. */
  openOptions: (origin: string, experimentId: string | undefined) => Promise<void>;
  /** Runs before the first request to a server (the service worker installs its header rule there). */
  prepareRequests: () => Promise<void>;
}

export type MessageResponse =
  | GetSessionResponse
  | GetTurnDetailResponse
  | GetAnalysisResponse
  | ConfirmRootCauseResponse
  | UndoRootCauseResponse
  | EnableHostResponse
  | OpenOptionsResponse;

export async function handleMessage(raw: unknown, senderTabUrl: string | undefined, deps: MessageHandlerDeps): Promise<MessageResponse> {
  const parsed = requestSchema.safeParse(raw);
  if (!parsed.success) {
    return { ok: false, error: { kind: 'bad-request', message: `Unreadable request: ${parsed.error.issues[0]?.message ?? 'unknown shape'}` } };
  }
  const route = senderTabUrl ? parseMlflowUrl(senderTabUrl) : null;
  if (!route) return { ok: false, error: { kind: 'bad-request', message: 'The request did not come from an MLflow page.' } };
  const origin = new URL(route.base).origin;
  const request = parsed.data;
  try {
    if (request.type === 'host/enable') return await deps.hostAccess.enable(origin);
    if (request.type === 'options/open') {
      await deps.openOptions(origin, request.experimentId);
      return { ok: true };
    }
    const notEnabled = await deps.hostAccess.whyNotEnabled(origin);
    if (notEnabled !== null) return { ok: false, error: { kind: 'not-enabled', message: notEnabled } };
    await deps.prepareRequests();
    switch (request.type) {
      case 'turn/get':
        return { ok: true, detail: await deps.sessions.getTurnDetail(route.base, request.traceId) };
      case 'analysis/get':
        return { ok: true, analysis: await deps.sessions.getAnalysis(route.base, request.traceId, { everyTurn: request.everyTurn ?? false }) };
      case 'root-cause/confirm':
        return { ok: true, assessmentId: await deps.sessions.confirmRootCause(route.base, request.traceId, request.rationale, request.explainsTraceId) };
      case 'root-cause/undo':
        await deps.sessions.undoRootCause(route.base, request.traceId, request.assessmentId);
        return { ok: true };
      case 'session/get':
        return { ok: true, session: await deps.sessions.getSessionOfTrace(route.base, request.traceId, { refresh: request.refresh ?? false }) };
    }
  } catch (error) {
    return { ok: false, error: toPanelError(error) };
  }
}

/** Every failure as the panel shows it; MLflow's own errors keep their status, code and URL. */
export function toPanelError(error: unknown): PanelError {
  if (error instanceof MlflowError) {
    return { kind: error.kind, message: error.message, status: error.status, errorCode: error.errorCode, url: error.url };
  }
  return { kind: 'internal', message: describeError(error) };
}
