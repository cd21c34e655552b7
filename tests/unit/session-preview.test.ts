// A long session is searched newest first: the turns around the open one can be shown while the older pages
// come (issue 15's first useful paint). The session itself still comes whole, oldest first.
import { describe, expect, test } from 'vitest';
import { createMlflowClient } from '../../lib/mlflow/client';
import type { SessionPreview } from '../../lib/model';
import { createSessionService } from '../../lib/service';
import { loadSessionOfTrace } from '../../lib/session/load';
import { createFakeServer, tracesOfRecording } from '../fixtures/fake-server';
import { DEFAULT_READING, serverAt } from '../fixtures/reading';
import { loadRecording } from '../fixtures/recording';
import type { BaseScenario } from '../fixtures/scenarios';

const base = loadRecording<BaseScenario>('base');
const A = base.manifest.sessions.A;
const ids = (turns: readonly { traceId: string }[]) => turns.map((turn) => turn.traceId);

/** The recorded session A (6 turns) served two traces a page. */
function pagedServer() {
  const server = createFakeServer(tracesOfRecording(base), { pageSize: 2 });
  return { server, client: createMlflowClient({ baseUrl: server.baseUrl, fetch: server.fetch }) };
}

describe('a session longer than a page', () => {
  test('a turn among the newest is previewed from the newest pages, once, before the session; the session comes whole and in order', async () => {
    const { client } = pagedServer();
    const events: string[] = [];
    const previews: SessionPreview[] = [];
    // Turn 5 comes with the first page of three (turns 6 and 5); its spans are in the recording.
    const open = A.turns[4]!.traceId;
    const session = await loadSessionOfTrace(client, open, {
      onPreview: (preview) => {
        events.push('preview');
        previews.push(preview);
      },
    });
    events.push('session');
    expect(events).toEqual(['preview', 'session']);
    expect(ids(previews[0]!.turns)).toEqual(ids(A.turns.slice(4)));
    expect(previews[0]!).toMatchObject({ openTraceId: open, turnsRead: 2, readFrom: 'newest' });
    expect(ids(session.turns)).toEqual(ids(A.turns));
    expect(session.turns.map((turn) => turn.index)).toEqual([1, 2, 3, 4, 5, 6]);
  });

  test('an older turn is read from the oldest end after the newest page, previewed there, in as many pages', async () => {
    const { client, server } = pagedServer();
    const previews: SessionPreview[] = [];
    // Not among the newest two: the oldest pages (turns 1 and 2, then 3 and 4) come next, and the search stops
    // at the first page holding a turn newer than the newest page's oldest (turns 5 and 6): four pages, one
    // more than newest first on this server, which sends no next-page token after a full last page.
    const open = A.turns[3]!.traceId;
    const session = await loadSessionOfTrace(client, open, { onPreview: (preview) => previews.push(preview) });
    expect(previews).toHaveLength(1);
    expect(ids(previews[0]!.turns)).toEqual(ids(A.turns.slice(0, 4)));
    expect(previews[0]!.turns[3]!.input?.text).toBe(A.turns[3]!.input);
    expect(previews[0]!).toMatchObject({ openTraceId: open, turnsRead: 4, readFrom: 'oldest' });
    expect(ids(session.turns)).toEqual(ids(A.turns));
    expect(session.turns.map((turn) => turn.index)).toEqual([1, 2, 3, 4, 5, 6]);
    const searches = server.requests.filter((request) => request.includes('/traces/search'));
    expect(searches).toHaveLength(4);
    // The first turn, which MLflow's session page opens, is previewed from the first of the oldest pages.
    const first: SessionPreview[] = [];
    await loadSessionOfTrace(pagedServer().client, A.turns[0]!.traceId, { onPreview: (preview) => first.push(preview) });
    expect(ids(first[0]!.turns)).toEqual(ids(A.turns.slice(0, 2)));
  });

  test('no preview where the session fits in one page', async () => {
    const previews: SessionPreview[] = [];
    const server = createFakeServer(tracesOfRecording(base));
    await loadSessionOfTrace(createMlflowClient({ baseUrl: server.baseUrl, fetch: server.fetch }), A.turns.at(-1)!.traceId, {
      onPreview: (preview) => previews.push(preview),
    });
    expect(previews).toEqual([]);
  });

  test('the worker hands the preview to whoever asks while the load runs, and null once the session is cached', async () => {
    const { server } = pagedServer();
    const sessions = createSessionService({ createClient: ({ baseUrl }) => createMlflowClient({ baseUrl, fetch: server.fetch }) });
    const at = serverAt(server.baseUrl);
    const open = A.turns.at(-2)!.traceId;
    const [preview, session] = await Promise.all([
      sessions.getSessionPreview(at, open, DEFAULT_READING),
      sessions.getSessionOfTrace(at, open, DEFAULT_READING),
    ]);
    expect(ids(preview!.turns)).toEqual(ids(A.turns.slice(-2)));
    expect(session.turns).toHaveLength(6);
    const searches = server.requests.filter((request) => request.includes('/traces/search')).length;
    expect(searches).toBe(3);
    expect(await sessions.getSessionPreview(at, open, DEFAULT_READING)).toBeNull();
    expect(server.requests.filter((request) => request.includes('/traces/search'))).toHaveLength(searches);
  });
});
