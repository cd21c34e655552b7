// Every trace shape of rig/shapes.py, recorded from a real MLflow 3.17.2 server, through lib/.
import { describe, expect, test } from 'vitest';
import { createMlflowClient } from '../../lib/mlflow/client';
import { planTurnText, textsFromSpans, TRANSCRIPT_TEXT_CHARS } from '../../lib/turn-text/plan';
import { loadSessionOfTrace, loadSessionWithSpans, loadTurnDetail } from '../../lib/session/load';
import { findRootSpan, normaliseSpans } from '../../lib/trace/spans';
import { createFakeServer, tracesOfRecording } from '../fixtures/fake-server';
import { loadRecording, replayFetch } from '../fixtures/recording';

interface SeededTurn {
  traceId: string;
  input: string;
  output: string;
  toolCalls?: { name: string; arguments: string }[];
}
interface ShapeSession {
  sessionId: string;
  turns: SeededTurn[];
  inputKey?: string;
  outputKey?: string;
}
interface Shapes {
  experimentId: string;
  sessions: Record<string, ShapeSession>;
  long: { sessionId: string; turnCount: number; first: SeededTurn; middle: SeededTurn; last: SeededTurn; turnIds: string[] };
}

const recording = loadRecording<Shapes>('shapes');
const { sessions, long } = recording.manifest;

function connect() {
  const replay = replayFetch(recording);
  return { replay, client: createMlflowClient({ baseUrl: recording.baseUrl, fetch: replay.fetch }) };
}

// customKeys needs the user's override and longText a click for its full text: both have their own tests.
const DETECTED = Object.entries(sessions).filter(([name]) => name !== 'customKeys' && name !== 'longText');

describe('every shape shows the seeded user input and assistant output of every turn', () => {
  test.each(DETECTED)('%s', async (_name, seeded) => {
    // Opened from the first turn: for the session whose first turn has a JSON-encoded id, that is the
    // form that must also find the plain-id turns.
    const session = await loadSessionOfTrace(connect().client, seeded.turns[0]!.traceId);
    expect(session.sessionId).toBe(seeded.sessionId);
    expect(session.turns.map((turn) => turn.traceId)).toEqual(seeded.turns.map((turn) => turn.traceId));
    expect(session.turns.map((turn) => [turn.input?.text, turn.output?.text])).toEqual(
      seeded.turns.map((turn) => [turn.input, turn.output]),
    );
    expect(session.notices).toEqual([]);
  });
});

describe('where the text comes from', () => {
  test('a wrapper root is descended to the span two levels down', async () => {
    const session = await loadSessionOfTrace(connect().client, sessions.wrapper!.turns[1]!.traceId);
    expect(session.textSource.input).toBe(
      "mlflow.spanInputs → question on the span “chat_turn” (2 below the root: http_request › auth_middleware › chat_turn); the request preview does not hold it, so each turn's spans were read",
    );
  });

  test('OpenTelemetry GenAI messages with parts, OpenInference values and plain strings', async () => {
    const genai = await loadSessionOfTrace(connect().client, sessions.otelGenai!.turns[2]!.traceId);
    expect(genai.textSource.input).toBe('mlflow.spanInputs → [-1].content on the root span; other turns from their request preview');
    const openinference = await loadSessionOfTrace(connect().client, sessions.openinference!.turns[1]!.traceId);
    expect(openinference.textSource.output).toBe('mlflow.spanOutputs → output on the root span; other turns from their response preview');
  });

  test('application-specific keys are found only through the user override', async () => {
    const seeded = sessions.customKeys!;
    const detected = await loadSessionOfTrace(connect().client, seeded.turns.at(-1)!.traceId);
    expect(detected.turns.map((turn) => [turn.input, turn.output])).toEqual(seeded.turns.map(() => [null, null]));
    expect(detected.textSource.input).toBe("not found in the open turn's spans");

    const override = { input: seeded.inputKey, output: seeded.outputKey };
    const overridden = await loadSessionOfTrace(connect().client, seeded.turns[0]!.traceId, {
      overrides: { [recording.manifest.experimentId]: override },
    });
    expect(overridden.turns.map((turn) => [turn.input?.text, turn.output?.text])).toEqual(
      seeded.turns.map((turn) => [turn.input, turn.output]),
    );
    expect(overridden.textSource.input).toBe(
      "app.user_message on the root span (your setting); the request preview does not hold it, so each turn's spans were read",
    );
  });

  test("an OpenAI tool call is listed apart from the answer, from the turn's tool span", async () => {
    const { client } = connect();
    const seeded = sessions.openai!;
    const withTool = seeded.turns.find((turn) => turn.toolCalls?.length)!;
    const plan = planTurnText(undefined, normaliseSpans(await client.getTraceSpans(seeded.turns[0]!.traceId)));
    const texts = textsFromSpans(normaliseSpans(await client.getTraceSpans(withTool.traceId)), plan, TRANSCRIPT_TEXT_CHARS);
    expect(texts.output?.text).toBe(withTool.output);
    expect(texts.output?.toolCalls).toEqual([
      {
        name: withTool.toolCalls![0]!.name,
        arguments: withTool.toolCalls![0]!.arguments.replace(': ', ':'),
        result: '{"status":"shipped","eta":"Friday"}',
      },
    ]);
    expect(texts.input?.text).toBe(withTool.input);
  });
});

test('Anthropic content blocks: the tool_use block is a tool call, the text block the answer', async () => {
  const seeded = sessions.anthropic!;
  const session = await loadSessionOfTrace(connect().client, seeded.turns[0]!.traceId);
  expect(session.turns[0]!.output).toMatchObject({
    text: seeded.turns[0]!.output,
    toolCalls: [{ name: 'get_ticket', arguments: '{"id":"T-88"}' }],
  });
});

describe('a turn longer than the preview', () => {
  test('shows the preview cut short, marked, and its full text from its spans on demand', async () => {
    const { client } = connect();
    const seeded = sessions.longText!;
    const { session, plan } = await loadSessionWithSpans(client, seeded.turns[0]!.traceId);
    const long = session.turns[1]!;
    expect(long.input).toMatchObject({ origin: 'preview', truncated: true });
    expect(long.input!.text.length).toBeGreaterThan(900);
    expect(seeded.turns[1]!.input.startsWith(long.input!.text)).toBe(true);
    expect(long.output?.text).toBe(seeded.turns[1]!.output);
    const { detail } = await loadTurnDetail(client, long.traceId, plan);
    expect(detail.input).toMatchObject({ text: seeded.turns[1]!.input, origin: 'spans', truncated: false });
  });
});

describe('requests', () => {
  test('a 1,200-turn session: three search pages, all turns in order, within the budget', async () => {
    const { client, replay } = connect();
    const session = await loadSessionOfTrace(client, long.middle.traceId);
    expect(session.turns).toHaveLength(long.turnCount);
    expect(session.turns.map((turn) => turn.traceId)).toEqual(long.turnIds);
    expect([session.turns[0]!.input?.text, session.turns.at(-1)!.output?.text]).toEqual([long.first.input, long.last.output]);
    // The search pages follow each other; the open turn's spans are fetched beside them.
    expect(replay.requests[0]).toBe(`GET ajax-api/3.0/mlflow/traces/${long.middle.traceId}`);
    expect(replay.requests.slice(1).sort()).toEqual([
      `GET ajax-api/2.0/mlflow/get-trace-artifact?request_id=${long.middle.traceId}`,
      'POST ajax-api/3.0/mlflow/traces/search',
      'POST ajax-api/3.0/mlflow/traces/search',
      'POST ajax-api/3.0/mlflow/traces/search',
    ]);
  });

  test('turns whose cut preview lost the text are read from their spans, in one batch', async () => {
    const { client, replay } = connect();
    const seeded = sessions.langgraph!;
    const session = await loadSessionOfTrace(client, seeded.turns.at(-1)!.traceId);
    // MLflow's preview does not recognise LangChain's `type: human` messages, so it keeps the JSON of the
    // whole history, cut at 1,000 characters: from turn 2 on, the newest message is lost in the cut.
    expect(session.turns.map((turn) => turn.input?.origin)).toEqual(['spans', 'spans', 'spans', 'spans']);
    const batches = replay.requests.filter((request) => request.includes('batchGet'));
    expect(batches).toEqual([
      `GET ajax-api/3.0/mlflow/traces/batchGet?${seeded.turns
        .slice(0, -1)
        .map((turn) => `trace_ids=${turn.traceId}`)
        .join('&')}`,
    ]);
    expect(replay.requests).toHaveLength(4);
  });
});

describe('span formats', () => {
  test('spans a client left in the artifact store, which batchGet refuses, are read one trace at a time', async () => {
    const seeded = sessions.langgraph!;
    const server = createFakeServer(tracesOfRecording(recording), { spansInArtifactStore: new Set([seeded.turns[1]!.traceId]) });
    const client = createMlflowClient({ baseUrl: server.baseUrl, fetch: server.fetch });
    const session = await loadSessionOfTrace(client, seeded.turns.at(-1)!.traceId);
    expect(session.turns.map((turn) => turn.input?.origin)).toEqual(['spans', 'spans', 'spans', 'spans']);
    expect(session.turns.map((turn) => turn.input?.text)).toEqual(seeded.turns.map((turn) => turn.input));
    const artifactReads = server.requests.filter((request) => request.includes('get-trace-artifact'));
    expect(artifactReads).toHaveLength(seeded.turns.length);
  });

  test('OTLP-shaped spans (batchGet) decode to the same attributes as the get-trace-artifact shape', async () => {
    const { client } = connect();
    const ids = sessions.otelGenai!.turns.map((turn) => turn.traceId);
    const batch = await client.batchGetSpans(ids);
    for (const id of ids) {
      const fromArtifact = findRootSpan(normaliseSpans(await client.getTraceSpans(id)))!;
      const fromBatch = findRootSpan(normaliseSpans(batch.get(id)!))!;
      expect(fromBatch.attributes['gen_ai.input.messages']).toEqual(fromArtifact.attributes['gen_ai.input.messages']);
      expect(fromBatch.attributes['mlflow.spanOutputs']).toEqual(fromArtifact.attributes['mlflow.spanOutputs']);
      expect([fromBatch.name, fromBatch.status, fromBatch.parentId]).toEqual([fromArtifact.name, fromArtifact.status, null]);
    }
  });
});
