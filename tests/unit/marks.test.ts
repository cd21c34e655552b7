// The marks on MLflow's own pages (lib/session/marks.ts), on searches recorded from a real server: what they
// say agrees with the panel's reading of the same sessions, and each page of rows costs the searches it may.
import fc from 'fast-check';
import { describe, expect, test, vi } from 'vitest';
import { createMlflowClient } from '../../lib/mlflow/client';
import { createSessionService } from '../../lib/service';
import { sessionsFilter } from '../../lib/session/filter';
import { traceRowChips } from '../../lib/panel/mark-text';
import { createFakeServer, tracesOfRecording } from '../fixtures/fake-server';
import { DEFAULT_READING, serverAt } from '../fixtures/reading';
import { loadRecording, replayFetch } from '../fixtures/recording';

interface Seeded {
  sessionId: string;
  turns: { traceId: string }[];
  rootCauseTurn?: number;
}
type Scenario = { experimentId: string } & Record<'refundWindow' | 'toolError' | 'slidingWindow', Seeded>;

const recording = loadRecording<Scenario>('marks');
const { experimentId, refundWindow, toolError, slidingWindow } = recording.manifest;
const seeded = [refundWindow, toolError, slidingWindow];
const server = serverAt(recording.baseUrl);

function serviceOnRecording() {
  const replay = replayFetch(recording);
  const service = createSessionService({ createClient: ({ baseUrl }) => createMlflowClient({ baseUrl, fetch: replay.fetch }) });
  return { service, requests: replay.requests };
}

describe('marks on the chat-sessions list and the session page', () => {
  test('a search under way when a write lands is answered but not kept: the next ask reads MLflow again', async () => {
    const mlflow = createFakeServer(tracesOfRecording(recording));
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    let searching = false;
    // The first search is answered by MLflow before the write and reaches the worker after it.
    const slowFirstSearch: typeof fetch = async (input, init) => {
      const response = await mlflow.fetch(input, init);
      if (!searching && String(input).endsWith('traces/search')) {
        searching = true;
        await held;
      }
      return response;
    };
    const service = createSessionService({ createClient: () => createMlflowClient({ baseUrl: mlflow.baseUrl, fetch: slowFirstSearch }) });
    const at = serverAt(mlflow.baseUrl);
    const listed = service.sessionMarks(at, experimentId, [refundWindow.sessionId], DEFAULT_READING);
    await vi.waitFor(() => expect(searching).toBe(true));
    const confirmed = refundWindow.turns[1]!.traceId;
    await service.confirmRootCause(at, { traceId: confirmed, rationale: 'Turn 2 read the old policy.' }, { reviewerName: 'Ana' });
    release();
    expect((await listed)[0]!.rootCause?.confirmed).toBe(false);

    const searches = mlflow.requests.filter((request) => request.endsWith('traces/search')).length;
    const [after] = await service.sessionMarks(at, experimentId, [refundWindow.sessionId], DEFAULT_READING);
    expect(mlflow.requests.filter((request) => request.endsWith('traces/search'))).toHaveLength(searches + 1);
    expect(after!.rootCause).toEqual({ traceId: confirmed, index: 2, confirmed: true });
  });

  test('every listed session from one search; a session page after it costs nothing', async () => {
    const { service, requests } = serviceOnRecording();
    const marks = await service.sessionMarks(
      server,
      experimentId,
      seeded.map((session) => session.sessionId),
      DEFAULT_READING,
    );
    expect(requests).toEqual(['POST ajax-api/3.0/mlflow/traces/search']);
    expect(marks.map((mark) => [mark.sessionId, mark.turnCount, mark.complete])).toEqual(
      seeded.map((session) => [session.sessionId, session.turns.length, true]),
    );

    const turns = await service.turnMarksOfSession(server, experimentId, refundWindow.sessionId, DEFAULT_READING);
    expect(requests).toHaveLength(1);
    expect(turns.map((turn) => [turn.traceId, turn.index, turn.turns])).toEqual(
      refundWindow.turns.map((turn, position) => [turn.traceId, position + 1, refundWindow.turns.length]),
    );
  });

  test('a mark says what the panel says about the same session: negative turns, errors, scorer errors, root cause', async () => {
    const marks = await serviceOnRecording().service.sessionMarks(
      server,
      experimentId,
      seeded.map((session) => session.sessionId),
      DEFAULT_READING,
    );
    // The panel's reading, on the same seeded sessions recorded when the panel opened them.
    const opened = loadRecording<Scenario>('rootcause');
    const panel = createSessionService({
      createClient: ({ baseUrl }) => createMlflowClient({ baseUrl, fetch: replayFetch(opened).fetch }),
    });
    for (const seededSession of seeded) {
      const openedSession = Object.values(opened.manifest).find(
        (candidate): candidate is Seeded => typeof candidate === 'object' && candidate.sessionId === seededSession.sessionId,
      )!;
      const openTurn = openedSession.turns[(openedSession as Seeded & { openTurn: number }).openTurn - 1]!;
      const session = await panel.getSessionOfTrace(serverAt(opened.baseUrl), openTurn.traceId, DEFAULT_READING);
      const mark = marks.find((candidate) => candidate.sessionId === seededSession.sessionId)!;
      const negativeTurns = session.turns.filter((turn) =>
        turn.assessments.some((assessment) => assessment.scorerError === null && assessment.verdict === 'negative'),
      );
      expect(mark.negativeTurns, seededSession.sessionId).toBe(negativeTurns.length);
      expect(mark.errorTurns).toBe(session.totals.traceErrors);
      expect(mark.scorerErrors).toBe(session.totals.scorerErrors);
    }
    // The manual workflow's example: the slip at turn 3 is seen from the search results alone (the previews
    // hold the phrase turn 5 repeats).
    expect(marks.find((mark) => mark.sessionId === refundWindow.sessionId)!.rootCause).toEqual({
      traceId: refundWindow.turns[2]!.traceId,
      index: refundWindow.rootCauseTurn,
      confirmed: false,
    });
    // The turns before it are not marked when only their spans show the cause (the context the model lost).
    expect(marks.find((mark) => mark.sessionId === slidingWindow.sessionId)!.rootCause).toBeNull();
  });
});

describe('marks on the Traces table', () => {
  test("Session column hidden: one search for the rows' sessions, one for their turns", async () => {
    const { service, requests } = serviceOnRecording();
    const traceIds = seeded.flatMap((session) => session.turns.map((turn) => turn.traceId));
    const marks = await service.traceMarks(
      server,
      experimentId,
      traceIds.map((traceId) => ({ traceId, sessionId: null })),
      DEFAULT_READING,
    );
    expect(requests).toEqual(['POST ajax-api/3.0/mlflow/traces/search', 'POST ajax-api/3.0/mlflow/traces/search']);
    for (const session of seeded) {
      for (const [position, turn] of session.turns.entries()) {
        expect(marks[turn.traceId]).toMatchObject({ sessionId: session.sessionId, index: position + 1, turns: session.turns.length });
      }
    }
    expect(marks[refundWindow.turns[2]!.traceId]!.rootCause).toBe(true);

    // The same rows again (MLflow re-rendered the table, or the user sorted it): answered from memory.
    await service.traceMarks(
      server,
      experimentId,
      traceIds.toReversed().map((traceId) => ({ traceId, sessionId: null })),
      DEFAULT_READING,
    );
    expect(requests).toHaveLength(2);
  });

  test("Session column shown (MLflow's default): one search, for the turns of the rows' sessions", async () => {
    const { service, requests } = serviceOnRecording();
    const rows = seeded.flatMap((session) => session.turns.map((turn) => ({ traceId: turn.traceId, sessionId: session.sessionId })));
    const marks = await service.traceMarks(server, experimentId, rows, DEFAULT_READING);
    expect(requests).toEqual(['POST ajax-api/3.0/mlflow/traces/search']);
    expect(Object.keys(marks)).toHaveLength(rows.length);
  });
});

describe('session ids no pattern can name', () => {
  test('are searched one by one beside the batch, and matched exactly', async () => {
    // The recorded traces, with the refund session renamed to an id holding both quote kinds (MLflow's filter
    // then needs LIKE, whose `_` also matches a near twin, renamed from the tool-error session).
    const odd = `it's "odd"`;
    const twin = `it_s "odd"`;
    const renamed = { [refundWindow.sessionId]: odd, [toolError.sessionId]: twin };
    const traces = tracesOfRecording(recording).map((trace) => {
      const metadata = trace.info.trace_metadata as Record<string, string>;
      const sessionId = renamed[metadata['mlflow.trace.session']!];
      return sessionId ? { ...trace, info: { ...trace.info, trace_metadata: { ...metadata, 'mlflow.trace.session': sessionId } } } : trace;
    });
    const fake = createFakeServer(traces);
    const service = createSessionService({ createClient: ({ baseUrl }) => createMlflowClient({ baseUrl, fetch: fake.fetch }) });
    const marks = await service.sessionMarks(serverAt(fake.baseUrl), experimentId, [odd, slidingWindow.sessionId], DEFAULT_READING);
    expect(fake.requests).toEqual(['POST ajax-api/3.0/mlflow/traces/search', 'POST ajax-api/3.0/mlflow/traces/search']);
    expect(marks.map((mark) => [mark.sessionId, mark.turnCount, mark.complete]).sort()).toEqual(
      [
        [odd, refundWindow.turns.length, true],
        [slidingWindow.sessionId, slidingWindow.turns.length, true],
      ].sort(),
    );
  });

  test('one refused single search costs that id its mark only; ids with a backslash are never searched', async () => {
    const odd = `it's "odd"`;
    const traces = tracesOfRecording(recording).map((trace) => {
      const metadata = trace.info.trace_metadata as Record<string, string>;
      if (metadata['mlflow.trace.session'] !== refundWindow.sessionId) return trace;
      return { ...trace, info: { ...trace.info, trace_metadata: { ...metadata, 'mlflow.trace.session': odd } } };
    });
    const fake = createFakeServer(traces, { refusesFilter: (filter) => filter.includes('LIKE') && !filter.includes('RLIKE') });
    const service = createSessionService({ createClient: ({ baseUrl }) => createMlflowClient({ baseUrl, fetch: fake.fetch }) });
    const ids = [odd, 'ends with \\', slidingWindow.sessionId, toolError.sessionId];
    const marks = await service.sessionMarks(serverAt(fake.baseUrl), experimentId, ids, DEFAULT_READING);
    // The batch (RLIKE) and the refused LIKE: the backslash id asks nothing.
    expect(fake.requests).toHaveLength(2);
    expect(marks.map((mark) => mark.sessionId).sort()).toEqual([slidingWindow.sessionId, toolError.sessionId].sort());
  });
});

describe('a marks search that stops early', () => {
  test('the sessions it reached are marked with "+", those it did not reach are asked again, never cached as unmarked', async () => {
    // The recorded traces, served by a server that sends the same next page twice after three traces.
    const fake = createFakeServer(tracesOfRecording(recording), { repeatedPageToken: 'again', pageSize: 3 });
    const service = createSessionService({ createClient: ({ baseUrl }) => createMlflowClient({ baseUrl, fetch: fake.fetch }) });
    const rows = seeded.flatMap((session) => session.turns.map((turn) => ({ traceId: turn.traceId, sessionId: session.sessionId })));
    const marks = await service.traceMarks(serverAt(fake.baseUrl), experimentId, rows, DEFAULT_READING);
    const reached = Object.values(marks);
    expect(reached.length).toBe(3);
    for (const mark of reached) {
      expect(mark.complete).toBe(false);
      expect(traceRowChips(mark)[0]!.text).toBe(`turn ${mark.index}/${mark.turns}+`);
    }
    const searches = fake.requests.length;
    await service.traceMarks(serverAt(fake.baseUrl), experimentId, rows, DEFAULT_READING);
    expect(fake.requests.length).toBeGreaterThan(searches);
  });
});

describe('one filter for many sessions', () => {
  const idCharacter = fc.constantFrom(...'abcXYZ019-_.*+?()[{}|$ /:@'.split(''));
  const sessionId = fc.string({ unit: idCharacter, minLength: 1, maxLength: 12 });

  test('the pattern matches each id exactly, and nothing a character longer or shorter', () => {
    fc.assert(
      fc.property(fc.uniqueArray(sessionId, { minLength: 1, maxLength: 8 }), (ids) => {
        const { filter, left } = sessionsFilter(ids);
        expect(left).toEqual([]);
        const pattern = new RegExp(/RLIKE '(.*)'$/.exec(filter!)![1]!);
        for (const id of ids) {
          expect(pattern.test(id)).toBe(true);
          if (!ids.includes(`${id}x`)) expect(pattern.test(`${id}x`)).toBe(false);
          if (id.length > 1 && !ids.includes(id.slice(1))) expect(pattern.test(id.slice(1))).toBe(false);
        }
      }),
    );
  });

  test('ids no pattern can name without a backslash or a quote are left apart', () => {
    expect(sessionsFilter(["o'brien", 'say "hi"', 'a\\b', 'x^y', 'plain'])).toEqual({
      filter: "metadata.`mlflow.trace.session` RLIKE '^(plain)$'",
      left: ["o'brien", 'say "hi"', 'a\\b', 'x^y'],
    });
    expect(sessionsFilter(["o'brien"]).filter).toBeNull();
  });
});
