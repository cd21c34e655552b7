import { describe, expect, test } from 'vitest';
import { handleMessage, type MessageHandlerDeps } from '../../lib/background/handle-message';
import { MlflowError } from '../../lib/mlflow/client';
import type { Session } from '../../lib/session/model';
import type { SessionService } from '../../lib/session/service';

const TAB = 'http://127.0.0.1:5000/mlflow/#/experiments/1/traces?traceId=tr-abc';

function deps(overrides: Partial<MessageHandlerDeps> = {}) {
  const calls: { baseUrl: string; traceId: string; refresh: boolean }[] = [];
  const sessions = {
    async getSessionOfTrace(baseUrl: string, traceId: string, { refresh = false } = {}) {
      calls.push({ baseUrl, traceId, refresh });
      return { sessionId: 's', turns: [] } as unknown as Session;
    },
    async getTurnDetail(baseUrl: string, traceId: string) {
      calls.push({ baseUrl, traceId, refresh: false });
      return { traceId, input: null, output: null, spans: [] };
    },
    forget() {},
  } satisfies SessionService;
  const all: MessageHandlerDeps = {
    sessions,
    hostAccess: { whyNotEnabled: async () => null, enable: async () => ({ ok: true }) },
    prepareRequests: async () => {},
    openOptions: async () => {},
    ...overrides,
  };
  return { calls, deps: all };
}

describe('background message handling', () => {
  test("asks the sender tab's server, never a server named in the message", async () => {
    const { calls, deps: handlerDeps } = deps();
    const response = await handleMessage({ type: 'session/get', traceId: 'tr-abc', baseUrl: 'http://evil.example/' }, TAB, handlerDeps);
    expect(response).toMatchObject({ ok: true });
    expect(calls).toEqual([{ baseUrl: 'http://127.0.0.1:5000/mlflow/', traceId: 'tr-abc', refresh: false }]);
  });

  test('refuses unreadable requests and requests from no tab', async () => {
    const { calls, deps: handlerDeps } = deps();
    expect(await handleMessage({ type: 'session/get', traceId: '' }, TAB, handlerDeps)).toMatchObject({ ok: false, error: { kind: 'bad-request' } });
    expect(await handleMessage({ type: 'session/get', traceId: 'tr\u0000x' }, TAB, handlerDeps)).toMatchObject({ ok: false, error: { kind: 'bad-request' } });
    expect(await handleMessage({ type: 'delete-everything' }, TAB, handlerDeps)).toMatchObject({ ok: false, error: { kind: 'bad-request' } });
    expect(await handleMessage({ type: 'session/get', traceId: 'tr-abc' }, undefined, handlerDeps)).toMatchObject({ ok: false, error: { kind: 'bad-request' } });
    expect(calls).toEqual([]);
  });

  test('a host that is not enabled gets the not-enabled answer and no request', async () => {
    let prepared = false;
    const { calls, deps: handlerDeps } = deps({
      hostAccess: { whyNotEnabled: async (origin) => `off for ${origin}`, enable: async () => ({ ok: true }) },
      prepareRequests: async () => {
        prepared = true;
      },
    });
    expect(await handleMessage({ type: 'session/get', traceId: 'tr-abc' }, TAB, handlerDeps)).toEqual({
      ok: false,
      error: { kind: 'not-enabled', message: 'off for http://127.0.0.1:5000' },
    });
    expect(calls).toEqual([]);
    expect(prepared).toBe(false);
  });

  test("MLflow's errors reach the panel with status, code and message", async () => {
    const { deps: handlerDeps } = deps({
      sessions: {
        getSessionOfTrace: async () => {
          throw new MlflowError('http', 'Trace with ID tr-abc not found.', 'http://127.0.0.1:5000/ajax-api/3.0/mlflow/traces/tr-abc', 404, 'RESOURCE_DOES_NOT_EXIST');
        },
        getTurnDetail: async () => {
          throw new Error('not called');
        },
        forget() {},
      },
    });
    expect(await handleMessage({ type: 'session/get', traceId: 'tr-abc', refresh: true }, TAB, handlerDeps)).toEqual({
      ok: false,
      error: {
        kind: 'http',
        status: 404,
        errorCode: 'RESOURCE_DOES_NOT_EXIST',
        message: 'Trace with ID tr-abc not found.',
        url: 'http://127.0.0.1:5000/ajax-api/3.0/mlflow/traces/tr-abc',
      },
    });
  });

  test('enabling goes to the origin of the sender tab', async () => {
    const enabled: string[] = [];
    const { deps: handlerDeps } = deps({
      hostAccess: {
        whyNotEnabled: async () => null,
        enable: async (origin) => {
          enabled.push(origin);
          return { ok: true };
        },
      },
    });
    expect(await handleMessage({ type: 'host/enable' }, TAB, handlerDeps)).toEqual({ ok: true });
    expect(enabled).toEqual(['http://127.0.0.1:5000']);
  });
});
