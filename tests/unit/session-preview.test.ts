// A long session is searched newest first: the turns around the open one can be shown while the older pages
// come (issue 15's first useful paint). The session itself still comes whole, oldest first.
import { describe, expect, test } from 'vitest';
import { createMlflowClient } from '../../lib/mlflow/client';
import type { SessionPreview } from '../../lib/model';
import { createSessionService } from '../../lib/service';
import { loadSessionOfTrace } from '../../lib/session/load';
import { createFakeServer, tracesOfRecording, type FakeServer } from '../fixtures/fake-server';
import { DEFAULT_READING, serverAt } from '../fixtures/reading';
import { loadRecording } from '../fixtures/recording';
import type { BaseScenario } from '../fixtures/scenarios';

const base = loadRecording<BaseScenario>('base');
const A = base.manifest.sessions.A;
const ids = (turns: readonly { traceId: string }[]) => turns.map((turn) => turn.traceId);

/** Which end of the session each search read, in the order they were asked for. */
function searchEnds(server: FakeServer) {
  return server.requests.flatMap((request, at) =>
    request.includes('/traces/search') ? [server.requestBodies[at]!.includes('DESC') ? 'newest' : 'oldest'] : [],
  );
}

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

  test('an older turn: both ends are read after the newest page, the turn previewed from the first page that holds it', async () => {
    const { client, server } = pagedServer();
    const previews: SessionPreview[] = [];
    // Turn 4 is not among the newest two (6 and 5): the newest end's next page (4 and 3) and the oldest end's
    // first (1 and 2) are asked for at once; turn 4 comes with the newest end's. The ends have not met (turn 2
    // is older than turn 3), and at the pace read so far the gap fits in one page: the newest end alone reads
    // it (2 and 1). Four pages, one more than newest first on this server, which sends no next-page token
    // after a full last page (MLflow does, and then reading newest first costs one page more too).
    const open = A.turns[3]!.traceId;
    const session = await loadSessionOfTrace(client, open, { onPreview: (preview) => previews.push(preview) });
    expect(previews).toHaveLength(1);
    expect(ids(previews[0]!.turns)).toEqual(ids(A.turns.slice(2)));
    expect(previews[0]!.turns.find((turn) => turn.traceId === open)!.input?.text).toBe(A.turns[3]!.input);
    expect(previews[0]!).toMatchObject({ openTraceId: open, turnsRead: 4, readFrom: 'newest' });
    expect(ids(session.turns)).toEqual(ids(A.turns));
    expect(session.turns.map((turn) => turn.index)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(searchEnds(server)).toEqual(['newest', 'newest', 'oldest', 'newest']);
    // The first turn, which MLflow's session page opens, is previewed from the first of the oldest pages.
    const first: SessionPreview[] = [];
    await loadSessionOfTrace(pagedServer().client, A.turns[0]!.traceId, { onPreview: (preview) => first.push(preview) });
    expect(ids(first[0]!.turns)).toEqual(ids(A.turns.slice(0, 2)));
  });

  test('a long session is read from both ends at once until they meet: every turn once, in order, in fewer round trips and no more pages', async () => {
    // Session A's six recorded turns five times over: 30 turns a second apart, served four a page.
    const byId = new Map([...tracesOfRecording(base)].map((trace) => [String(trace.info.trace_id), trace]));
    const turns = A.turns.map((turn) => byId.get(turn.traceId)!);
    const copies = Array.from({ length: 30 }, (_, at) => {
      const recorded = turns[at % turns.length]!;
      const traceId = `tr-copy-${String(at + 1).padStart(2, '0')}`;
      const info = {
        ...recorded.info,
        trace_id: traceId,
        request_time: new Date(Date.UTC(2026, 0, 1, 0, 0, at)).toISOString(),
        assessments: [],
      };
      return { ...recorded, info };
    });
    const server = createFakeServer(copies, { pageSize: 4 });
    const client = createMlflowClient({ baseUrl: server.baseUrl, fetch: server.fetch });
    const session = await loadSessionOfTrace(client, 'tr-copy-30');
    expect(ids(session.turns)).toEqual(copies.map((copy) => copy.info.trace_id));
    // Three pages newest first alone (turns 30 to 19), then both ends a page each, twice (18 to 11 and 1 to 8),
    // then the newest end alone, as the pace says the two turns left fit in a page (10 to 7): the ends have met.
    // Eight pages, as many as newest first to the end, in six round trips instead of eight.
    expect(searchEnds(server)).toEqual(['newest', 'newest', 'newest', 'newest', 'oldest', 'newest', 'oldest', 'newest']);
    expect(session.notices).toEqual([]);
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
