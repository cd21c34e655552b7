// The worker on the servers teams run: which server, workspace and sign-in each request goes with. Over the
// in-memory server (tests/fixtures/fake-server.ts) started from recorded MLflow 3.17.2 documents; the real
// servers (prefix, workspaces, basic-auth, HTTPS, proxies) are in tests/e2e/team.spec.ts.
import { describe, expect, test } from 'vitest';
import { createMessageHandler, type MessageHandlerDeps } from '../../entrypoints/background/handle-message';
import type { CredentialsByOrigin } from '../../lib/credentials';
import { createMlflowClient } from '../../lib/mlflow/client';
import { createSessionService } from '../../lib/service';
import { handlerDeps } from '../fixtures/handler-deps';
import { createFakeServer, tracesOfRecording, type FakeServerOptions } from '../fixtures/fake-server';
import { loadRecording } from '../fixtures/recording';
import type { BaseScenario } from '../fixtures/scenarios';

const base = loadRecording<BaseScenario>('base');
const A = base.manifest.sessions.A;
const A4 = A.turns[3]!.traceId;

function serverAt(baseUrl: string, options: FakeServerOptions = {}) {
  return createFakeServer(tracesOfRecording(base), { baseUrl, ...options });
}

/** The worker's handler over fake servers by base URL, passing each client the headers the worker chose. */
function workerOver(servers: ReturnType<typeof serverAt>[], overrides: Partial<MessageHandlerDeps> = {}) {
  const sessions = createSessionService({
    createClient: ({ baseUrl, headers }) => {
      const server = servers.find((candidate) => candidate.baseUrl === baseUrl)!;
      return createMlflowClient({ baseUrl, headers, fetch: server.fetch });
    },
  });
  return createMessageHandler(handlerDeps(sessions, overrides));
}

const tabOn = (baseUrl: string, query = '') => {
  const url = `${baseUrl}#/experiments/1/traces?${query}traceId=${A4}`;
  return { url, frameId: 0, documentLifecycle: 'active', tabUrl: url };
};

describe('sign-in given to Session Lens', () => {
  test("goes to its own server only: another server's credential is never sent", async () => {
    const ours = serverAt('https://mlflow.example.test/');
    const theirs = serverAt('https://other.example.test/');
    const credentials: CredentialsByOrigin = {
      'https://mlflow.example.test': { kind: 'basic', username: 'ana', password: 'pw' },
      'https://other.example.test': { kind: 'bearer', token: 'their-token' },
    };
    const handleMessage = workerOver([ours, theirs], { readCredentials: async () => credentials });
    expect(await handleMessage({ kind: 'session/get', request: { traceId: A4 } }, tabOn(ours.baseUrl))).toMatchObject({ ok: true });
    expect(new Set(ours.requestHeaders.map((headers) => headers.authorization))).toEqual(new Set([`Basic ${btoa('ana:pw')}`]));
    expect(theirs.requests).toEqual([]);

    expect(await handleMessage({ kind: 'session/get', request: { traceId: A4 } }, tabOn(theirs.baseUrl))).toMatchObject({ ok: true });
    expect(new Set(theirs.requestHeaders.map((headers) => headers.authorization))).toEqual(new Set(['Bearer their-token']));
  });

  test('a refused one is named in the answer (never its secret), so the panel can say who was refused', async () => {
    const server = serverAt('https://mlflow.example.test/');
    const refusing = {
      ...server,
      fetch: (async () => new Response('{"error_code":"UNAUTHENTICATED","message":"Unauthenticated"}', { status: 401 })) as typeof fetch,
    };
    const handleMessage = workerOver([refusing], {
      readCredentials: async () => ({ 'https://mlflow.example.test': { kind: 'basic', username: 'ana', password: 'secret-pw' } }),
    });
    const answer = await handleMessage({ kind: 'session/get', request: { traceId: A4 } }, tabOn(server.baseUrl));
    expect(answer).toMatchObject({ ok: false, error: { status: 401, credential: 'signed in as ana' } });
    expect(JSON.stringify(answer)).not.toContain('secret-pw');
  });
});

describe('workspaces', () => {
  test('the workspace the page names is sent as X-MLFLOW-WORKSPACE on a server with workspaces, and cached apart', async () => {
    const server = serverAt('http://127.0.0.1:5000/', { workspacesEnabled: true });
    const handleMessage = workerOver([server]);
    for (const workspace of ['team-a', 'team-b']) {
      expect(
        await handleMessage({ kind: 'session/get', request: { traceId: A4, workspace } }, tabOn(server.baseUrl, `workspace=${workspace}&`)),
      ).toMatchObject({
        ok: true,
      });
    }
    const workspaces = server.requests.flatMap((request, index) =>
      request.includes('server-info') ? [] : [server.requestHeaders[index]!['x-mlflow-workspace']],
    );
    // Each workspace read on its own: team-b's session is not team-a's cached one.
    expect(new Set(workspaces)).toEqual(new Set(['team-a', 'team-b']));
    expect(workspaces.filter((workspace) => workspace === 'team-b').length).toBeGreaterThan(0);
  });

  test('a server without workspaces gets no header (MLflow 3.17.2 answers 500 to any)', async () => {
    const server = serverAt('http://127.0.0.1:5000/');
    const handleMessage = workerOver([server]);
    expect(
      await handleMessage({ kind: 'session/get', request: { traceId: A4, workspace: 'team-a' } }, tabOn(server.baseUrl)),
    ).toMatchObject({ ok: true });
    expect(server.requestHeaders.every((headers) => !('x-mlflow-workspace' in headers))).toBe(true);
  });

  test('a workspace name MLflow would not allow is refused before any request: it would go into a header', async () => {
    const server = serverAt('http://127.0.0.1:5000/', { workspacesEnabled: true });
    const handleMessage = workerOver([server]);
    for (const workspace of ['team-a\r\nX-Evil: 1', '../team-a', 'Team-A', 'a'.repeat(64), '', ' team-a']) {
      expect(await handleMessage({ kind: 'session/get', request: { traceId: A4, workspace } }, tabOn(server.baseUrl))).toMatchObject({
        ok: false,
        error: { kind: 'bad-request' },
      });
    }
    expect(server.requests).toEqual([]);
  });
});

describe('several servers', () => {
  test('two servers holding the same trace ids each answer from their own data', async () => {
    const here = serverAt('http://127.0.0.1:5000/');
    const there = serverAt('https://tools.example.test/ml/mlflow/');
    const firstTurn = [...there.traces.values()].find((trace) => trace.info.trace_id === A.turns[0]!.traceId)!;
    firstTurn.info.request_preview = JSON.stringify({ question: 'Asked on the other server' });
    (firstTurn.info.trace_metadata as Record<string, string>)['mlflow.traceInputs'] = JSON.stringify({
      question: 'Asked on the other server',
    });
    const handleMessage = workerOver([here, there]);
    const fromHere = await handleMessage({ kind: 'session/get', request: { traceId: A4 } }, tabOn(here.baseUrl));
    const fromThere = await handleMessage({ kind: 'session/get', request: { traceId: A4 } }, tabOn(there.baseUrl));
    const firstInput = (answer: unknown) =>
      (answer as { value: { turns: { input: { text: string } | null }[] } }).value.turns[0]!.input?.text;
    expect(firstInput(fromHere)).toBe(A.turns[0]!.input);
    expect(firstInput(fromThere)).toBe('Asked on the other server');
    // Under a sub-path, every request keeps it (the fake server answers 404 outside its base).
    expect(there.requests.every((request) => /^(GET|POST) ajax-api\//.test(request))).toBe(true);
  });
});
