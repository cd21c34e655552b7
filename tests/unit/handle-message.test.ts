// The service worker's message handling, with a real session service over recorded MLflow exchanges.
import { describe, expect, test } from 'vitest';
import { createMessageHandler, type MessageHandlerDeps } from '../../entrypoints/background/handle-message';
import { createMlflowClient } from '../../lib/mlflow/client';
import { createSessionService } from '../../lib/service';
import { parseSettings } from '../../lib/settings';
import { handlerDeps } from '../fixtures/handler-deps';
import type { BaseScenario } from '../fixtures/scenarios';
import { loadRecording, replayFetch } from '../fixtures/recording';

const recording = loadRecording<BaseScenario>('base');
const { sessions } = recording.manifest;
const A4 = sessions.A.turns[3]!.traceId;
// The tab's URL is the recorded server's, with a route: the server is taken from it.
const TAB_URL = `${recording.baseUrl}#/experiments/1/traces?traceId=${A4}`;
const TAB = { url: TAB_URL, frameId: 0, documentLifecycle: 'active', tabUrl: TAB_URL };

function handler(overrides: Partial<MessageHandlerDeps> = {}) {
  const servers: string[] = [];
  const sessionService = createSessionService({
    createClient: ({ baseUrl }) => {
      servers.push(baseUrl);
      return createMlflowClient({ baseUrl, fetch: replayFetch(recording).fetch });
    },
  });
  return { servers, handleMessage: createMessageHandler(handlerDeps(sessionService, overrides)) };
}

describe('background message handling', () => {
  test("asks the sender tab's server, never a server named in the message", async () => {
    const { servers, handleMessage } = handler();
    const response = await handleMessage({ kind: 'session/get', request: { traceId: A4, baseUrl: 'http://evil.example/' } }, TAB);
    expect(response).toMatchObject({ ok: true, value: { sessionId: sessions.A.sessionId } });
    expect(servers).toEqual([recording.baseUrl]);
  });

  test('refuses unreadable requests and requests from no tab', async () => {
    const { servers, handleMessage } = handler();
    const unreadable = [
      { kind: 'session/get', request: { traceId: '' } },
      { kind: 'session/get', request: { traceId: 'tr\u0000x' } },
      { kind: 'delete-everything', request: {} },
      { kind: 'constructor', request: {} },
      'session/get',
    ];
    for (const message of unreadable) {
      expect(await handleMessage(message, TAB)).toMatchObject({ ok: false, error: { kind: 'bad-request' } });
    }
    expect(await handleMessage({ kind: 'session/get', request: { traceId: A4 } }, {})).toMatchObject({
      ok: false,
      error: { kind: 'bad-request' },
    });
    expect(
      await handleMessage({ kind: 'root-cause/undo', request: { traceId: A4, assessmentId: '../../experiments' } }, TAB),
    ).toMatchObject({
      ok: false,
      error: { kind: 'bad-request' },
    });
    expect(servers).toEqual([]);
  });

  test('a host that is not enabled gets the not-enabled answer and no request', async () => {
    let prepared = false;
    const origin = new URL(recording.baseUrl).origin;
    const { servers, handleMessage } = handler({
      readSettings: async () => parseSettings({ disabledOrigins: [origin] }),
      prepareRequests: async () => {
        prepared = true;
      },
    });
    expect(await handleMessage({ kind: 'session/get', request: { traceId: A4 } }, TAB)).toEqual({
      ok: false,
      error: { kind: 'not-enabled', message: 'You turned Session Lens off for this server.' },
    });
    const noPermission = handler({ hasHostPermission: async () => false });
    expect(await noPermission.handleMessage({ kind: 'session/get', request: { traceId: A4 } }, TAB)).toEqual({
      ok: false,
      error: { kind: 'not-enabled', message: `Session Lens has no access to ${origin}. Grant it from the extension's toolbar button.` },
    });
    expect([...servers, ...noPermission.servers]).toEqual([]);
    expect(prepared).toBe(false);
  });

  test("MLflow's errors reach the panel with status, code and message", async () => {
    const { handleMessage } = handler();
    const missing = 'tr-00000000000000000000000000000000';
    expect(await handleMessage({ kind: 'session/get', request: { traceId: missing, refresh: true } }, TAB)).toMatchObject({
      ok: false,
      error: {
        kind: 'http',
        status: 404,
        errorCode: 'RESOURCE_DOES_NOT_EXIST',
        url: `${recording.baseUrl}ajax-api/3.0/mlflow/traces/${missing}`,
      },
    });
  });

  test('enabling and opening the options go to the origin of the sender tab', async () => {
    const enabled: string[] = [];
    const opened: [string, string | undefined][] = [];
    const { handleMessage } = handler({
      enableOrigin: async (origin) => {
        enabled.push(origin);
      },
      openOptions: async (origin, experimentId) => {
        opened.push([origin, experimentId]);
      },
    });
    expect(await handleMessage({ kind: 'host/enable', request: {} }, TAB)).toEqual({ ok: true, value: null });
    expect(await handleMessage({ kind: 'options/open', request: { experimentId: '7' } }, TAB)).toEqual({ ok: true, value: null });
    const origin = new URL(recording.baseUrl).origin;
    expect(enabled).toEqual([origin]);
    expect(opened).toEqual([[origin, '7']]);
  });

  test('a label write that fails is kept until one succeeds, for the next panel on that server (its tab may be closed)', async () => {
    let stored: unknown = [];
    const storage = {
      readUnsavedLabels: async () => stored,
      writeUnsavedLabels: async (labels: unknown[]) => void (stored = labels),
    };
    const service = createSessionService({
      createClient: ({ baseUrl }) => createMlflowClient({ baseUrl, fetch: replayFetch(recording).fetch }),
    });
    const handleMessage = createMessageHandler(handlerDeps(service, storage));
    const turnLabel = { traceId: A4, name: 'correct', scope: 'turn', value: 'fail', rationale: 'wrong return window' };
    const sessionLabel = { traceId: A4, name: 'resolved', scope: 'session', value: 'pass', rationale: '' };
    const unsaved = { kind: 'label/unsaved', request: {} };

    // The recording holds no write: MLflow cannot be reached for it.
    expect(await handleMessage({ kind: 'label/write', request: turnLabel }, TAB)).toMatchObject({ ok: false, error: { kind: 'network' } });
    expect(await handleMessage({ kind: 'label/write', request: sessionLabel }, TAB)).toMatchObject({ ok: false });
    expect(await handleMessage(unsaved, TAB)).toMatchObject({
      ok: true,
      value: [
        // A session label goes on the session's first turn.
        { traceId: sessions.A.turns[0]!.traceId, scope: 'session', name: 'resolved', value: 'pass', base: recording.baseUrl },
        { traceId: A4, scope: 'turn', name: 'correct', value: 'fail', rationale: 'wrong return window', error: { kind: 'network' } },
      ],
    });
    // Another server's page is told nothing of them.
    const elsewhere = `http://other.example:5000/#/experiments/1/traces?traceId=${A4}`;
    expect(await handleMessage(unsaved, { ...TAB, url: elsewhere, tabUrl: elsewhere })).toEqual({ ok: true, value: [] });

    // Written at last: no longer kept.
    const recovered = createMessageHandler(handlerDeps({ ...service, writeLabel: async () => 'assessment-1' }, storage));
    expect(await recovered({ kind: 'label/write', request: turnLabel }, TAB)).toEqual({
      ok: true,
      value: { assessmentId: 'assessment-1' },
    });
    expect(await handleMessage(unsaved, TAB)).toMatchObject({ ok: true, value: [{ scope: 'session' }] });
  });
});
