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
  test('the pages down to the open turn are previewed once, before the session, oldest first; the session comes whole and in order', async () => {
    const { client } = pagedServer();
    const events: string[] = [];
    const previews: SessionPreview[] = [];
    // Turn 4 comes with the second page of three (turns 6 and 5, then 4 and 3); its spans are in the recording.
    const open = A.turns[3]!.traceId;
    const session = await loadSessionOfTrace(client, open, {
      onPreview: (preview) => {
        events.push('preview');
        previews.push(preview);
      },
    });
    events.push('session');
    expect(events).toEqual(['preview', 'session']);
    expect(ids(previews[0]!.turns)).toEqual(ids(A.turns.slice(2)));
    expect(previews[0]!).toMatchObject({ openTraceId: open, turnsRead: 4 });
    expect(previews[0]!.turns[1]!.input?.text).toBe(session.turns[3]!.input?.text);
    expect(previews[0]!.turns[1]!.input?.text).toBe(A.turns[3]!.input);
    expect(ids(session.turns)).toEqual(ids(A.turns));
    expect(session.turns.map((turn) => turn.index)).toEqual([1, 2, 3, 4, 5, 6]);
  });

  test('no preview where the open turn comes with the last page, or the session fits in one', async () => {
    const previews: SessionPreview[] = [];
    const onPreview = (preview: SessionPreview) => previews.push(preview);
    const first = await loadSessionOfTrace(pagedServer().client, A.turns[0]!.traceId, { onPreview });
    expect(ids(first.turns)).toEqual(ids(A.turns));
    const server = createFakeServer(tracesOfRecording(base));
    await loadSessionOfTrace(createMlflowClient({ baseUrl: server.baseUrl, fetch: server.fetch }), A.turns.at(-1)!.traceId, { onPreview });
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
