// The content script's one door to the service worker. Requests are typed by lib/messages.ts and checked
// there by the background; answers come back as plain data.
import { browser } from 'wxt/browser';
import type { EnableHostResponse, ExtensionRequest, GetSessionResponse, GetTurnDetailResponse, OpenOptionsResponse } from '../../lib/messages';

async function send<Response>(request: ExtensionRequest): Promise<Response> {
  try {
    return (await browser.runtime.sendMessage(request)) as Response;
  } catch (error) {
    // The extension was reloaded or updated under this page: its old content script cannot talk any more.
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, error: { kind: 'internal', message: `Session Lens lost its connection (${message}); reload the page.` } } as Response;
  }
}

export function requestSession(traceId: string, refresh: boolean): Promise<GetSessionResponse> {
  return send<GetSessionResponse>({ type: 'session/get', traceId, refresh });
}

export function requestEnableHost(): Promise<EnableHostResponse> {
  return send<EnableHostResponse>({ type: 'host/enable' });
}

export function requestTurnDetail(traceId: string): Promise<GetTurnDetailResponse> {
  return send<GetTurnDetailResponse>({ type: 'turn/get', traceId });
}

export function requestOpenOptions(experimentId: string | undefined): Promise<OpenOptionsResponse> {
  return send<OpenOptionsResponse>({ type: 'options/open', experimentId });
}
