// Property-based: whatever documents an MLflow server (or whoever logs to it) serves, each session goes through
// the REST client, the session model, the analysis, the worker's message handling, the panel's controller and
// its components, and ends in a panel state: no uncaught error, no control left loading. Generated documents
// keep MLflow's wire shapes (tests/fixtures/fake-server.ts) and fill them with arbitrary JSON: prototype keys,
// repeated and cyclic span ids, lone surrogates, wrongly typed and missing fields, 10 MB strings and values
// nested 10,000 deep.
import fc from 'fast-check';
import { renderToString } from 'preact-render-to-string';
import { describe, expect, test } from 'vitest';
import { PanelActionsContext } from '../../components/panel-actions';
import { SessionPanel } from '../../components/SessionPanel';
import { TurnInspector } from '../../components/TurnInspector';
import { createMessageHandler } from '../../entrypoints/background/handle-message';
import { createMlflowClient } from '../../lib/mlflow/client';
import { createPanelController, type PanelState } from '../../lib/panel/controller';
import type { Ask, MessageKind, Reply, WireReply } from '../../lib/protocol';
import { parseMlflowUrl } from '../../lib/route';
import { createSessionService } from '../../lib/service';
import { handlerDeps } from '../fixtures/handler-deps';
import { createFakeServer, type StoredTrace } from '../fixtures/fake-server';
import { fakeActions } from '../fixtures/panel-actions';

const HOSTILE_TEXT = [
  '',
  ' ',
  '\uD800',
  'a\uDC00b',
  'yes',
  'no',
  'fail',
  'true',
  '0.3',
  '<img src=x onerror=alert(1)>',
  '{"messages": [{"role": "user", "content": "cut',
  '"quoted',
  "it's",
  '..',
  'tr-1',
  '__proto__',
  'constructor',
  'x'.repeat(1_001) + '...',
];
const KEYS = [
  '__proto__',
  'constructor',
  'toString',
  'valueOf',
  'messages',
  'role',
  'content',
  'query',
  'answer',
  'output',
  'choices',
  'message',
  'tool_calls',
  'type',
  'text',
  'parts',
  'id',
  'metadata',
  'page_content',
];
const ROLES = ['user', 'assistant', 'human', 'ai', 'tool', 'system'];
/** Shared, so a case that uses them costs no generation time. */
const TEN_MB = 'ten megabytes '.repeat(750_000);
const DEEP_JSON = `${'['.repeat(10_000)}"deep"${']'.repeat(10_000)}`;

const text = fc.oneof(
  { weight: 6, arbitrary: fc.string({ maxLength: 30 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) },
  { weight: 3, arbitrary: fc.constantFrom(...HOSTILE_TEXT) },
);

/** JSON text (not values): keys like `__proto__` stay own keys when the document is parsed, as in a browser. */
const jsonText: fc.Arbitrary<string> = fc.letrec<{ value: string }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    text.map((value) => JSON.stringify(value)),
    fc
      .oneof(fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.boolean(), fc.constant(null))
      .map((value) => JSON.stringify(value)),
    fc.array(tie('value'), { maxLength: 4 }).map((items) => `[${items.join(',')}]`),
    fc
      .array(fc.tuple(fc.oneof(fc.constantFrom(...KEYS), text), tie('value')), { maxLength: 4 })
      .map((entries) => `{${entries.map(([key, value]) => `${JSON.stringify(key)}:${value}`).join(',')}}`),
    fc
      .array(fc.tuple(fc.constantFrom(...ROLES), text), { minLength: 1, maxLength: 4 })
      .map((messages) => `{"messages":${JSON.stringify(messages.map(([role, content]) => ({ role, content })))}}`),
  ),
})).value;

/** Now and then a field of the wrong type, or a huge or very deep one. */
const odd = (arbitrary: fc.Arbitrary<unknown>) =>
  fc.oneof(
    { weight: 20, arbitrary },
    { weight: 1, arbitrary: jsonText.map((json) => JSON.parse(json) as unknown) },
    { weight: 1, arbitrary: fc.constant(undefined) },
  );
/**
 * Sessions, with a 10 MB string or a value nested 10,000 deep in one of every `hugeWeight` fields that can hold
 * text (about one case in a hundred at 5,000).
 */
function sessions(hugeWeight: number) {
  const huge = (arbitrary: fc.Arbitrary<string>) =>
    fc.oneof(
      { weight: hugeWeight, arbitrary },
      { weight: 1, arbitrary: fc.constant(TEN_MB) },
      { weight: 1, arbitrary: fc.constant(DEEP_JSON) },
    );
  const spanId = fc.constantFrom('AAAAAAAAAAA=', 'BBBBBBBBBBB=', 'CCCCCCCCCCC=', 'x');
  const attributes = fc.oneof(
    {
      weight: 4,
      arbitrary: fc.dictionary(
        fc.oneof(
          fc.constantFrom(
            'mlflow.spanInputs',
            'mlflow.spanOutputs',
            'mlflow.spanType',
            'input.value',
            'gen_ai.input.messages',
            '__proto__',
          ),
          text,
        ),
        huge(jsonText),
        { maxKeys: 4 },
      ),
    },
    { weight: 1, arbitrary: fc.array(fc.record({ key: text, value: fc.record({ string_value: text }) }), { maxLength: 3 }) },
  );
  const span = fc.record({
    span_id: odd(spanId),
    parent_span_id: odd(fc.option(spanId)),
    name: odd(text),
    start_time_unix_nano: odd(fc.oneof(fc.integer({ min: 0 }).map(String), text)),
    end_time_unix_nano: odd(fc.integer({ min: 0 }).map(String)),
    status: odd(fc.record({ code: fc.constantFrom('STATUS_CODE_OK', 'STATUS_CODE_ERROR', 'OK', 'ERROR'), message: text })),
    attributes: odd(attributes),
    events: odd(
      fc.array(
        fc.record({
          name: fc.constantFrom('exception', 'other'),
          attributes: fc.dictionary(fc.constantFrom('exception.message', 'exception.type'), text),
        }),
        { maxLength: 2 },
      ),
    ),
  });

  const assessment = fc.record(
    {
      assessment_id: fc.constantFrom('a-1', 'a-2', 'a-3'),
      assessment_name: fc.oneof(
        fc.constantFrom('correctness', 'relevance_to_query', 'user_frustration', 'root_cause_turn', 'constructor', 'toString', '__proto__'),
        text,
      ),
      source: fc.record({ source_type: fc.constantFrom('HUMAN', 'LLM_JUDGE', 'CODE', 'x'), source_id: text }, { requiredKeys: [] }),
      feedback: fc.record(
        { value: jsonText.map((json) => JSON.parse(json) as unknown), error: fc.record({ error_code: text, error_message: text }) },
        { requiredKeys: [] },
      ),
      rationale: huge(text),
      metadata: fc.dictionary(fc.constantFrom('mlflow.trace.session', 'x'), text, { maxKeys: 2 }),
      valid: fc.boolean(),
    },
    { requiredKeys: ['assessment_id', 'assessment_name'] },
  );

  return fc
    .record({
      sessionId: fc.oneof(text, fc.constantFrom('plain-session', `both ' and " quotes`)),
      turns: fc.array(
        fc.record({
          state: odd(fc.oneof(fc.constantFrom('OK', 'ERROR', 'IN_PROGRESS'), text)),
          requestTime: odd(
            fc.oneof(
              fc.integer({ min: 0, max: 4e12 }).map((ms) => new Date(ms).toISOString()),
              text,
            ),
          ),
          duration: odd(
            fc.oneof(
              fc.integer({ min: 0, max: 1e5 }).map((ms) => `${ms / 1000}s`),
              text,
            ),
          ),
          requestPreview: odd(huge(fc.oneof(text, jsonText))),
          responsePreview: odd(huge(fc.oneof(text, jsonText))),
          assessments: odd(fc.array(assessment, { maxLength: 3 })),
          scorer: fc.boolean(),
          spans: fc.array(span, { maxLength: 5 }),
        }),
        { minLength: 1, maxLength: 4 },
      ),
      openTurn: fc.nat(),
    })
    .map(({ sessionId, turns, openTurn }) => {
      const traces: StoredTrace[] = turns.map((turn, index) => ({
        info: withoutUndefined({
          trace_id: `tr-${index}`,
          trace_location: { mlflow_experiment: { experiment_id: '1' } },
          request_time: turn.requestTime,
          execution_duration: turn.duration,
          state: turn.state,
          trace_metadata: { 'mlflow.trace.session': sessionId },
          tags: turn.scorer && index > 0 ? { 'mlflow.trace.sourceScorer': 'judge' } : {},
          assessments: turn.assessments,
          request_preview: turn.requestPreview,
          response_preview: turn.responsePreview,
        }),
        spans: turn.spans,
      }));
      return { traces, openTraceId: `tr-${openTurn % turns.length}` };
    });
}

function withoutUndefined(record: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined));
}

/** The messaging the content script does, JSON round trip and chunked answers included, over the worker's handler. */
function askThrough(handle: (raw: unknown) => Promise<WireReply>): Ask {
  return (async (kind: MessageKind, request: unknown) => {
    const crossing = (reply: WireReply) => JSON.parse(JSON.stringify(reply)) as WireReply;
    const reply = crossing(await handle({ kind, request }));
    if (!reply.ok || !('chunked' in reply)) return reply;
    const pieces: string[] = [];
    for (let index = 0; index < reply.chunked.count; index++) {
      const piece = crossing(await handle({ kind: 'reply/chunk', request: { id: reply.chunked.id, index } })) as Reply<'reply/chunk'>;
      if (!piece.ok) return piece;
      pieces.push(piece.value);
    }
    return JSON.parse(pieces.join('')) as WireReply;
  }) as Ask;
}

/**
 * An `internal` error is an exception the code did not expect, turned into a message at the last moment: the
 * property allows MLflow's errors (a malformed document is refused as `malformed`), never those.
 */
function internalErrors(state: PanelState): string[] {
  if (state.kind === 'error') return state.error.kind === 'internal' ? [state.error.message] : [];
  if (state.kind !== 'ready') return [];
  const errors = [state.analysis, ...Object.values(state.details)].flatMap((part) => (part.kind === 'error' ? [part.error] : []));
  return errors.filter((error) => error.kind === 'internal').map((error) => error.message);
}

const busy = (state: PanelState) =>
  state.kind === 'loading' ||
  (state.kind === 'ready' &&
    (state.analysis.kind === 'loading' || Object.values(state.details).some((detail) => detail.kind === 'loading')));

async function settle(read: () => PanelState): Promise<PanelState> {
  for (let round = 0; round < 500 && busy(read()); round++) await new Promise((done) => setImmediate(done));
  return read();
}

async function runSession({ traces, openTraceId }: { traces: StoredTrace[]; openTraceId: string }): Promise<PanelState> {
  const server = createFakeServer(traces);
  const handleMessage = createMessageHandler(
    handlerDeps(createSessionService({ createClient: ({ baseUrl }) => createMlflowClient({ baseUrl, fetch: server.fetch }) })),
  );
  const url = `${server.baseUrl}#/experiments/1/traces?traceId=${openTraceId}`;
  const controller = createPanelController({
    ask: askThrough((raw) => handleMessage(raw, { url, frameId: 0, tabUrl: url })),
    onChange: () => {},
  });
  controller.showRoute(parseMlflowUrl(url));
  let state = await settle(() => controller.state);
  if (state.kind === 'ready') {
    for (const turn of state.session.turns) controller.loadTurnDetail(turn.traceId);
    state = await settle(() => controller.state);
  }
  const actions = fakeActions();
  for (const showScorerErrors of [false, true]) {
    renderToString(
      <PanelActionsContext.Provider value={actions}>
        <SessionPanel
          state={state}
          host="mlflow.test"
          collapsed={false}
          showScorerErrors={showScorerErrors}
          onToggleCollapsed={() => {}}
          onToggleScorerErrors={() => {}}
        />
      </PanelActionsContext.Provider>,
    );
  }
  if (state.kind === 'ready') {
    for (const turn of state.session.turns) renderToString(<TurnInspector turn={turn} detail={state.details[turn.traceId]} />);
  }
  return state;
}

describe('any session MLflow can serve ends in a panel state', () => {
  test('10,000 generated sessions through client, model, analysis, messages, controller and components', async () => {
    const outcomes = { ready: 0, error: 0 };
    await fc.assert(
      fc.asyncProperty(sessions(5_000), async (generated) => {
        const state = await runSession(generated);
        expect(['ready', 'error']).toContain(state.kind);
        expect(busy(state)).toBe(false);
        expect(internalErrors(state)).toEqual([]);
        if (state.kind === 'error') expect(state.error.message.length).toBeGreaterThan(0);
        outcomes[state.kind as 'ready' | 'error']++;
      }),
      { numRuns: 10_000 },
    );
    // Most generated sessions are readable; the rest are refused with a message, never a blank panel.
    expect(outcomes.ready).toBeGreaterThan(outcomes.error);
  }, 120_000);

  test('sessions full of 10 MB strings and values nested 10,000 deep', async () => {
    await fc.assert(
      fc.asyncProperty(sessions(1), async (generated) => {
        const state = await runSession(generated);
        expect(['ready', 'error']).toContain(state.kind);
        expect(busy(state)).toBe(false);
        expect(internalErrors(state)).toEqual([]);
      }),
      { numRuns: 12 },
    );
  }, 120_000);
});
