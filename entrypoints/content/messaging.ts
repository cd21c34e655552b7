// The content script's one door to the service worker. Requests are typed by lib/messages.ts and checked
// there by the background; answers come back as plain data.
import { describeError } from '../../lib/json';
import { browser } from 'wxt/browser';
import type {
  ConfirmRootCauseResponse,
  EnableHostResponse,
  ExtensionRequest,
  GetAnalysisResponse,
  GetSessionResponse,
  GetTurnDetailResponse,
  OpenOptionsResponse,
  UndoRootCauseResponse,
} from '../../lib/protocol';
import type { PanelTransport } from '../../lib/panel/controller';

async function send<Response>(request: ExtensionRequest): Promise<Response> {
  try {
    return (await browser.runtime.sendMessage(request)) as Response;
  } catch (error) {
    // The extension was reloaded or updated under this page: its old content script cannot talk any more.
    const message = describeError(error);
    return { ok: false, error: { kind: 'internal', message: `Session Lens lost its connection (${message}); reload the page.` } } as Response;
  }
}

export const panelTransport: PanelTransport = {
  requestSession: (traceId, refresh) => send<GetSessionResponse>({ type: 'session/get', traceId, refresh }),
  requestTurnDetail: (traceId) => send<GetTurnDetailResponse>({ type: 'turn/get', traceId }),
  requestAnalysis: (traceId, everyTurn) => send<GetAnalysisResponse>({ type: 'analysis/get', traceId, everyTurn }),
  confirmRootCause: (traceId, rationale, explainsTraceId) => send<ConfirmRootCauseResponse>({ type: 'root-cause/confirm', traceId, rationale, explainsTraceId }),
  undoRootCause: (traceId, assessmentId) => send<UndoRootCauseResponse>({ type: 'root-cause/undo', traceId, assessmentId }),
};

export function requestEnableHost(): Promise<EnableHostResponse> {
  return send<EnableHostResponse>({ type: 'host/enable' });
}

export function requestOpenOptions(experimentId: string | undefined): Promise<OpenOptionsResponse> {
  return send<OpenOptionsResponse>({ type: 'options/open', experimentId });
}
