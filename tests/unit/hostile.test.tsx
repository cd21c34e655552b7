// @vitest-environment happy-dom
// Every finding of the security review (../shared/reviews/security-review.md) that data alone triggers, as a
// regression test: the documents are those recorded from MLflow 3.17.2, changed the way a hostile writer can.
import { render } from '@testing-library/preact';
import { describe, expect, test } from 'vitest';
import { TurnInspector } from '../../components/TurnInspector';
import { TurnChangesSection } from '../../components/TurnChanges';
import type { TurnChanges } from '../../lib/analysis/turn-changes';
import { createMessageHandler, type MessageHandlerDeps } from '../../entrypoints/background/handle-message';
import { API_PATH_PATTERN, hostsOfPatterns, stripOriginRule } from '../../entrypoints/background/origin-rule';
import { CACHE_BUDGET, createSessionService, type SessionService } from '../../lib/service';
import { judge } from '../../lib/judgement/polarity';
import { createMlflowClient, MAX_RESPONSE_BYTES, MAX_SEARCH_PAGES, MlflowError } from '../../lib/mlflow/client';
import { MESSAGE_CHUNK_CHARS } from '../../lib/protocol';
import { outlineSpans } from '../../lib/trace/outline';
import { normaliseSpans, type Span } from '../../lib/trace/spans';
import { discoverTurnSchema, readAttribute } from '../../lib/turn-text/discover';
import { loadSessionOfTrace } from '../../lib/session/load';
import { analyseSession } from '../../lib/analysis/analyse';
import type { Session, Turn } from '../../lib/model';
import { handlerDeps } from '../fixtures/handler-deps';
import { createFakeServer, tracesOfRecording, type StoredTrace } from '../fixtures/fake-server';
import { DEFAULT_READING, serverAt } from '../fixtures/reading';
import { loadRecording } from '../fixtures/recording';
import type { BaseScenario, RootCauseScenario } from '../fixtures/scenarios';

const base = loadRecording<BaseScenario>('base');
const rootcause = loadRecording<RootCauseScenario>('rootcause');
const A = base.manifest.sessions.A;
const A4 = A.turns[3]!.traceId;
const PROTOTYPE_NAMES = ['constructor', 'toString', '__proto__', 'valueOf', 'hasOwnProperty', 'isPrototypeOf'];

function serverOf(traces: StoredTrace[], options = {}) {
  const server = createFakeServer(traces, options);
  const client = createMlflowClient({ baseUrl: server.baseUrl, fetch: server.fetch });
  return { server, client };
}

function handlerOver(server: ReturnType<typeof createFakeServer>, overrides: Partial<MessageHandlerDeps> = {}) {
  const sessions = createSessionService({ createClient: ({ baseUrl }) => createMlflowClient({ baseUrl, fetch: server.fetch }) });
  const handleMessage = createMessageHandler(handlerDeps(sessions, overrides));
  const url = `${server.baseUrl}#/experiments/1/traces?traceId=${A4}`;
  return { sessions, handleMessage, sender: { url, frameId: 0, tabUrl: url } };
}

function traceOf(traces: StoredTrace[], traceId: string): StoredTrace {
  return traces.find((trace) => trace.info.trace_id === traceId)!;
}

describe('finding 1: assessment names that are Object.prototype keys', () => {
  test('judge() reads them as any unknown judge, and never as the user’s setting', () => {
    for (const name of PROTOTYPE_NAMES) {
      for (const value of ['yes', 0.9, true]) {
        expect(judge({ name, value, kind: 'feedback', scorerError: null }).verdict).toBe('ambiguous');
      }
    }
  });

  test('a session with such assessments loads whole, with them listed', async () => {
    const traces = tracesOfRecording(base);
    (traceOf(traces, A.turns[1]!.traceId).info.assessments as unknown[]).push(
      ...PROTOTYPE_NAMES.map((name, index) => ({
        assessment_id: `a-proto-${index}`,
        assessment_name: name,
        feedback: { value: 'yes' },
        source: { source_type: 'HUMAN', source_id: name },
      })),
    );
    const { server } = serverOf(traces);
    const { handleMessage, sender } = handlerOver(server);
    const reply = await handleMessage({ kind: 'session/get', request: { traceId: A4 } }, sender);
    expect(reply.ok).toBe(true);
    if (!reply.ok || !('value' in reply)) throw new Error('no session');
    const session = reply.value as Session;
    const names = session.turns[1]!.assessments.map((assessment) => assessment.name);
    expect(names).toEqual(expect.arrayContaining(PROTOTYPE_NAMES));
  });
});

describe('finding 2: repeated and cyclic span ids', () => {
  const span = (id: string, parent: string | null, name = 'n') => ({
    span_id: id,
    parent_span_id: parent,
    name,
    start_time_unix_nano: '1',
    attributes: {},
  });

  test('schema discovery reads each span once, however the ids repeat', () => {
    let reads = 0;
    const spans = normaliseSpans([span('x', null), ...Array.from({ length: 10 }, () => span('x', 'x'))]).map((each) => {
      const counted = { ...each };
      Object.defineProperty(counted, 'attributes', {
        get: () => {
          reads++;
          return each.attributes;
        },
      });
      return counted as Span;
    });
    expect(discoverTurnSchema(spans).schema).toEqual({ input: null, output: null });
    // Each span is read once per attribute convention and side (6 × 2); k^7 reads before the fix.
    expect(reads).toBeLessThanOrEqual(spans.length * 12);
  });

  test('the inspector lists each span once, for cycles, repeated ids and a chain 10,000 deep', () => {
    const cycle = normaliseSpans([span('a', 'b', 'first'), span('b', 'a', 'second')]);
    expect(outlineSpans(cycle).spans.map((each) => each.name)).toEqual(['first', 'second']);
    const repeated = normaliseSpans([span('x', null, 'root'), span('x', 'x', 'child'), span('x', 'x', 'other')]);
    expect(outlineSpans(repeated).spans.map((each) => each.name)).toEqual(['root', 'child', 'other']);
    const chain = normaliseSpans(Array.from({ length: 10_000 }, (_, index) => span(`s${index}`, index === 0 ? null : `s${index - 1}`)));
    const outline = outlineSpans(chain);
    expect(outline.spans.length + outline.notShown).toBe(10_000);
    const turn = bareTurn(1, 't');
    const detail = { traceId: 't', input: null, output: null, ...outline, spansNotShown: outline.notShown };
    const { container } = render(<TurnInspector turn={turn} detail={{ kind: 'ready', detail }} />);
    expect(container.querySelectorAll('[data-testid="span"]')).toHaveLength(outline.spans.length);
  });
});

describe('finding 3: byte budgets', () => {
  test('an answer over the ceiling is refused with a clear message, whether it says its length or not', async () => {
    const big = new Uint8Array(1024 * 1024).fill(0x20);
    const streaming = async () =>
      new Response(
        new ReadableStream({
          pull(controller) {
            controller.enqueue(big);
          },
        }),
      );
    const declared = async () => new Response('{}', { headers: { 'content-length': String(MAX_RESPONSE_BYTES + 1) } });
    for (const fetchImpl of [streaming, declared]) {
      const client = createMlflowClient({ baseUrl: 'http://mlflow.test/', fetch: fetchImpl as typeof fetch });
      await expect(client.getTraceInfo('tr-1')).rejects.toMatchObject({ kind: 'too-large', message: expect.stringContaining('64 MiB') });
    }
  });

  test('a transcript of huge turns crosses cut, each text saying how long it was', async () => {
    const traces = tracesOfRecording(base);
    const huge = 'word '.repeat(400_000);
    const open = traceOf(traces, A4);
    for (const raw of open.spans as { attributes: Record<string, string> }[]) {
      if (raw.attributes['mlflow.spanOutputs']) raw.attributes['mlflow.spanOutputs'] = JSON.stringify(huge);
    }
    const { client } = serverOf(traces);
    const session = await loadSessionOfTrace(client, A4);
    const output = session.turns[3]!.output!;
    expect(output.fullLength).toBe(huge.length);
    expect(output.text.length).toBeLessThanOrEqual(4_001);
  });

  test('an answer longer than one message crosses in pieces, none over the chunk size, put back together exactly', async () => {
    const bigSession = { turns: Array.from({ length: 3_000 }, (_, index) => ({ index, text: 'x'.repeat(1_000) })) };
    const sessions = { getSessionOfTrace: async () => bigSession } as unknown as SessionService;
    const { handleMessage, sender } = handlerOver(createFakeServer([]), { sessions });
    const first = await handleMessage({ kind: 'session/get', request: { traceId: A4 } }, sender);
    if (!('chunked' in first)) throw new Error('expected a chunked reply');
    const pieces: string[] = [];
    for (let index = 0; index < first.chunked.count; index++) {
      const piece = await handleMessage({ kind: 'reply/chunk', request: { id: first.chunked.id, index } }, sender);
      if (!piece.ok || !('value' in piece)) throw new Error('a piece is missing');
      expect(Buffer.byteLength(JSON.stringify(piece))).toBeLessThan(8 * 1024 * 1024);
      expect((piece.value as string).length).toBeLessThanOrEqual(MESSAGE_CHUNK_CHARS);
      pieces.push(piece.value as string);
    }
    expect(JSON.parse(pieces.join(''))).toEqual({ ok: true, value: bigSession });
    // Taken once: the pieces are gone.
    expect(await handleMessage({ kind: 'reply/chunk', request: { id: first.chunked.id, index: 0 } }, sender)).toMatchObject({ ok: false });
  });

  test('the caches are bounded by bytes', () => {
    expect(CACHE_BUDGET.sessionBytes).toBeLessThanOrEqual(64 * 1024 * 1024);
    expect(CACHE_BUDGET.spanBytes).toBeLessThanOrEqual(64 * 1024 * 1024);
  });
});

describe('finding 5: the phrase ranking reads a bounded amount of a long answer', () => {
  test('a failing answer repeating a 16,000-word answer: evidence bounded, the introducer still found', async () => {
    const { client } = serverOf(tracesOfRecording(rootcause));
    const { refundWindow } = rootcause.manifest;
    const session = await loadSessionOfTrace(client, refundWindow.turns[4]!.traceId);
    const words = Array.from({ length: 16_000 }, (_, index) => `term${index}`).join(' ');
    const turns = session.turns.map((turn, index) =>
      index === 2
        ? { ...turn, output: { ...turn.output!, text: words } }
        : index === 4
          ? { ...turn, output: { ...turn.output!, text: `As I said before: ${words}` } }
          : turn,
    );
    const analysis = analyseSession({ ...session, turns }, refundWindow.turns[4]!.traceId, new Map());
    const [candidate] = analysis.rootCause.candidates;
    expect(candidate?.index).toBe(3);
    const phrases = candidate!.evidence.flatMap((evidence) => (evidence.kind === 'introduced-phrases' ? evidence.phrases : []));
    expect(phrases.length).toBeGreaterThan(0);
    expect(phrases.length).toBeLessThanOrEqual(2_000);
  });
});

describe('finding 6: a trace made by a scorer', () => {
  test('its analysis is answered, and its session is cached under it', async () => {
    const traces = tracesOfRecording(rootcause);
    const { refundWindow } = rootcause.manifest;
    const scorerTrace = traceOf(traces, refundWindow.turns[4]!.traceId);
    (scorerTrace.info.tags as Record<string, string>)['mlflow.trace.sourceScorer'] = 'correctness';
    const server = createFakeServer(traces);
    const sessions = createSessionService({ createClient: ({ baseUrl }) => createMlflowClient({ baseUrl, fetch: server.fetch }) });
    const open = refundWindow.turns[4]!.traceId;
    await sessions.getSessionOfTrace(serverAt(server.baseUrl), open, DEFAULT_READING);
    const analysis = await sessions.getAnalysis(serverAt(server.baseUrl), open, DEFAULT_READING);
    expect(analysis.rootCause).toBeDefined();
    const before = server.requests.length;
    await sessions.getSessionOfTrace(serverAt(server.baseUrl), open, DEFAULT_READING);
    expect(server.requests.length).toBe(before);
  });
});

describe('finding 7: pagination', () => {
  test('a page token served twice ends the search, with a notice', async () => {
    const { client } = serverOf(tracesOfRecording(base), { repeatedPageToken: 'same', pageSize: 2 });
    const session = await loadSessionOfTrace(client, A4);
    expect(session.notices.join(' ')).toContain('MLflow sent the same next page twice');
  });

  test('a session over the page limit shows its first pages, and says so; no page beyond the limit is asked for', async () => {
    const { client, server } = serverOf(tracesOfRecording(base), { pageSize: 1 });
    const { traces, complete } = await client.searchAllTraces(
      { experimentId: '1', filter: `metadata.\`mlflow.trace.session\` = '${A.sessionId}'` },
      undefined,
      { maxPages: 3 },
    );
    expect([traces.length, complete]).toEqual([3, false]);
    // The next page is asked for before a page's traces are read: never past the limit.
    expect(server.requests.filter((request) => request.includes('/traces/search'))).toHaveLength(3);
    expect(MAX_SEARCH_PAGES * 500).toBe(20_000);
  });
});

describe('finding 8: ids that would move a request elsewhere in the API', () => {
  test('`.` and `..` never reach a URL path, neither through the client nor through a message', async () => {
    const requested: string[] = [];
    const client = createMlflowClient({
      baseUrl: 'http://mlflow.test/',
      fetch: (async (input: RequestInfo | URL) => {
        requested.push(String(input));
        return new Response('{}');
      }) as typeof fetch,
    });
    for (const id of ['.', '..', '...']) {
      await expect(client.createFeedback(id, { name: 'x', value: true, rationale: 'r', sourceId: 's' })).rejects.toBeInstanceOf(
        MlflowError,
      );
      await expect(client.deleteAssessment(A4, id)).rejects.toBeInstanceOf(MlflowError);
    }
    expect(requested).toEqual([]);
    const { handleMessage, sender } = handlerOver(createFakeServer(tracesOfRecording(base)));
    for (const traceId of ['.', '..', 'tr-1/../../x', 'tr-1?x=1']) {
      expect(await handleMessage({ kind: 'session/get', request: { traceId } }, sender)).toMatchObject({ ok: false });
    }
  });
});

describe('finding 10: the Origin rule touches only what it must', () => {
  test("the worker's writes to MLflow's API on the enabled hosts, nothing else", () => {
    const rule = stripOriginRule({
      extensionHost: 'abcdef',
      hosts: hostsOfPatterns(['http://localhost/*', 'http://127.0.0.1/*', 'https://mlflow.example.test/*']),
    });
    expect(rule.condition).toEqual({
      initiatorDomains: ['abcdef'],
      requestDomains: ['localhost', '127.0.0.1', 'mlflow.example.test'],
      tabIds: [-1],
      requestMethods: ['post', 'put', 'patch', 'delete'],
      regexFilter: API_PATH_PATTERN,
      resourceTypes: ['xmlhttprequest'],
    });
    const api = new RegExp(API_PATH_PATTERN);
    expect(
      ['http://127.0.0.1:5000/ajax-api/3.0/mlflow/traces/search', 'https://tools.example.test/ml/mlflow/ajax-api/3.0/x'].every((url) =>
        api.test(url),
      ),
    ).toBe(true);
    expect(
      ['http://127.0.0.1:5000/v1/traces', 'http://127.0.0.1:5000/api/2.0/mlflow/x', 'http://h/x?ajax-api/'].some((url) => api.test(url)),
    ).toBe(false);
  });
});

describe('finding 11: the sender is its own document', () => {
  test('a frame, a document that is not active, or a document of another origin than its tab is refused', async () => {
    const { handleMessage, sender } = handlerOver(createFakeServer(tracesOfRecording(base)));
    const message = { kind: 'session/get', request: { traceId: A4 } };
    expect(await handleMessage(message, sender)).toMatchObject({ ok: true });
    for (const odd of [
      { ...sender, frameId: 3 },
      { ...sender, documentLifecycle: 'prerender' },
      { ...sender, tabUrl: 'http://other.test/#/experiments/1/traces' },
    ]) {
      expect(await handleMessage(message, odd)).toMatchObject({ ok: false, error: { kind: 'bad-request' } });
    }
  });
});

describe('finding 12: `__proto__` keys in span attributes', () => {
  test('stay ordinary keys: listed, and never read as another attribute', () => {
    const [span] = normaliseSpans([
      { span_id: 'a', name: 'root', attributes: JSON.parse('{"__proto__":"{\\"mlflow.spanInputs\\":\\"hidden text\\"}"}') },
    ]);
    expect(Object.keys(span!.attributes)).toEqual(['__proto__']);
    expect(readAttribute(span!.attributes, 'mlflow.spanInputs')).toBeUndefined();
    expect(readAttribute({ a: {} }, 'a.constructor')).toBeUndefined();
  });
});

describe('finding 13: undo removes only the user’s own confirmation', () => {
  test("a colleague's confirmation stays in MLflow", async () => {
    const traces = tracesOfRecording(base);
    const turn = traceOf(traces, A.turns[1]!.traceId);
    (turn.info.assessments as unknown[]).push({
      assessment_id: 'a-colleague',
      assessment_name: 'root_cause_turn',
      feedback: { value: true },
      source: { source_type: 'HUMAN', source_id: 'ana' },
    });
    const server = createFakeServer(traces);
    const sessions = createSessionService({ createClient: ({ baseUrl }) => createMlflowClient({ baseUrl, fetch: server.fetch }) });
    await expect(
      sessions.undoRootCause(serverAt(server.baseUrl), A.turns[1]!.traceId, 'a-colleague', { reviewerName: 'ben' }),
    ).rejects.toThrow("ana's");
    expect(server.requests.filter((request) => request.startsWith('DELETE'))).toEqual([]);
    await sessions.undoRootCause(serverAt(server.baseUrl), A.turns[1]!.traceId, 'a-colleague', { reviewerName: 'ana' });
    expect(server.requests.filter((request) => request.startsWith('DELETE'))).toHaveLength(1);
  });

  test('a confirmation written again after a lost answer is found, not written twice', async () => {
    const server = createFakeServer(tracesOfRecording(base));
    const sessions = createSessionService({ createClient: ({ baseUrl }) => createMlflowClient({ baseUrl, fetch: server.fetch }) });
    const confirmation = { traceId: A.turns[1]!.traceId, rationale: 'started here' };
    const first = await sessions.confirmRootCause(serverAt(server.baseUrl), confirmation, { reviewerName: 'ana' });
    const second = await sessions.confirmRootCause(serverAt(server.baseUrl), confirmation, { reviewerName: 'ana' });
    expect(second).toBe(first);
    expect(server.requests.filter((request) => request.startsWith('POST') && request.includes('/assessments'))).toHaveLength(1);
  });
});

describe('wrongly typed fields', () => {
  test('a trace whose shape is not a trace’s is left out of its session, which says so', async () => {
    const traces = tracesOfRecording(base);
    traceOf(traces, A.turns[1]!.traceId).info.request_preview = { not: 'a string' };
    const { client } = serverOf(traces);
    const session = await loadSessionOfTrace(client, A4);
    expect(session.turns).toHaveLength(5);
    expect(session.notices.join(' ')).toMatch(
      // Turn 2 of 6, on a page that holds the newest turns first.
      /1 trace of this session could not be read and is left out \(trace 5 of the page: request_preview/,
    );
  });
});

describe('turn changes from hostile traces', () => {
  test('messages, documents, prompts and answers that hold markup are shown as text', () => {
    const markup = '<img src=x onerror="window.__lensInjected=1"><script>window.__lensInjected=2</script>';
    const changes: TurnChanges = {
      traceId: 't2',
      index: 2,
      previousIndex: 1,
      context: { added: [{ role: markup, text: markup }], dropped: [{ role: 'user', text: markup }] },
      systemPrompt: { before: markup, after: '' },
      documents: { added: [{ id: markup, text: markup }], removed: [], changed: [] },
      toolCalls: [{ name: markup, arguments: markup }],
      answers: [
        { kind: 'removed', text: markup },
        { kind: 'added', text: markup },
      ],
    };
    const turn = bareTurn(2, 't2');
    const { container } = render(<TurnChangesSection turn={turn} changes={{ kind: 'ready', changes }} onOpen={() => {}} />);
    expect(container.querySelectorAll('img, script')).toHaveLength(0);
    expect(container.textContent).toContain(markup);
  });
});

/** A turn with nothing but its place: what the inspector needs to render around hostile content. */
function bareTurn(index: number, traceId: string): Turn {
  return {
    index,
    traceId,
    state: 'OK',
    startTime: null,
    startMs: null,
    durationMs: null,
    input: null,
    output: null,
    assessments: [],
    usage: null,
  };
}
