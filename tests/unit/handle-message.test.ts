// The service worker's message handling, with a real session service over recorded MLflow exchanges.
import { describe, expect, test } from 'vitest';
import { handleMessage, type MessageHandlerDeps } from '../../entrypoints/background/handle-message';
import { createMlflowClient } from '../../lib/mlflow/client';
import { createSessionService } from '../../lib/service';
import type { BaseScenario } from '../e2e/rig';
import { loadRecording, replayFetch } from '../fixtures/recording';

const recording = loadRecording<BaseScenario>('base');
const { sessions } = recording.manifest;
const A4 = sessions.A.turns[3]!.traceId;
// The tab's URL is the recorded server's, with a route: the server is taken from it.
const TAB = `${recording.baseUrl}#/experiments/1/traces?traceId=${A4}`;

function deps(overrides: Partial<MessageHandlerDeps> = {}) {
  const servers: string[] = [];
  const sessionService = createSessionService({
    createClient: (baseUrl) => {
      servers.push(baseUrl);
      return createMlflowClient({ baseUrl, fetch: replayFetch(recording).fetch });
    },
  });
  const all: MessageHandlerDeps = {
    sessions: sessionService,
    hostAccess: { whyNotEnabled: async () => null, enable: async () => ({ ok: true }) },
    prepareRequests: async () => {},
    openOptions: async () => {},
    ...overrides,
  };
  return { servers, deps: all };
}

describe('background message handling', () => {
  test("asks the sender tab's server, never a server named in the message", async () => {
    const { servers, deps: handlerDeps } = deps();
    const response = await handleMessage({ type: 'session/get', traceId: A4, baseUrl: 'http://evil.example/' }, TAB, handlerDeps);
    expect(response).toMatchObject({ ok: true, session: { sessionId: sessions.A.sessionId } });
    expect(servers).toEqual([recording.baseUrl]);
  });

  test('refuses unreadable requests and requests from no tab', async () => {
    const { servers, deps: handlerDeps } = deps();
    for (const message of [{ type: 'session/get', traceId: '' }, { type: 'session/get', traceId: 'tr\u0000x' }, { type: 'delete-everything' }, 'session/get']) {
      expect(await handleMessage(message, TAB, handlerDeps)).toMatchObject({ ok: false, error: { kind: 'bad-request' } });
    }
    expect(await handleMessage({ type: 'session/get', traceId: A4 }, undefined, handlerDeps)).toMatchObject({ ok: false, error: { kind: 'bad-request' } });
    expect(await handleMessage({ type: 'root-cause/undo', traceId: A4, assessmentId: '../../experiments' }, TAB, handlerDeps)).toMatchObject({ ok: false, error: { kind: 'bad-request' } });
    expect(servers).toEqual([]);
  });

  test('a host that is not enabled gets the not-enabled answer and no request', async () => {
    let prepared = false;
    const { servers, deps: handlerDeps } = deps({
      hostAccess: { whyNotEnabled: async (origin) => `off for ${origin}`, enable: async () => ({ ok: true }) },
      prepareRequests: async () => {
        prepared = true;
      },
    });
    expect(await handleMessage({ type: 'session/get', traceId: A4 }, TAB, handlerDeps)).toEqual({
      ok: false,
      error: { kind: 'not-enabled', message: `off for ${new URL(recording.baseUrl).origin}` },
    });
    expect(servers).toEqual([]);
    expect(prepared).toBe(false);
  });

  test("MLflow's errors reach the panel with status, code and message", async () => {
    const { deps: handlerDeps } = deps();
    const missing = 'tr-00000000000000000000000000000000';
    expect(await handleMessage({ type: 'session/get', traceId: missing, refresh: true }, TAB, handlerDeps)).toMatchObject({
      ok: false,
      error: { kind: 'http', status: 404, errorCode: 'RESOURCE_DOES_NOT_EXIST', url: `${recording.baseUrl}ajax-api/3.0/mlflow/traces/${missing}` },
    });
  });

  test('enabling and opening the options go to the origin of the sender tab', async () => {
    const enabled: string[] = [];
    const opened: [string, string | undefined][] = [];
    const { deps: handlerDeps } = deps({
      hostAccess: {
        whyNotEnabled: async () => null,
        enable: async (origin) => {
          enabled.push(origin);
          return { ok: true };
        },
      },
      openOptions: async (origin, experimentId) => {
        opened.push([origin, experimentId]);
      },
    });
    expect(await handleMessage({ type: 'host/enable' }, TAB, handlerDeps)).toEqual({ ok: true });
    expect(await handleMessage({ type: 'options/open', experimentId: '7' }, TAB, handlerDeps)).toEqual({ ok: true });
    const origin = new URL(recording.baseUrl).origin;
    expect(enabled).toEqual([origin]);
    expect(opened).toEqual([[origin, '7']]);
  });
});
