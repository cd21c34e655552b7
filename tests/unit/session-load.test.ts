// lib/ on exchanges recorded from a real MLflow 3.17.2 server (tests/fixtures/record.ts).
import { describe, expect, test } from 'vitest';
import { createMlflowClient, MlflowError } from '../../lib/mlflow/client';
import { formatAssessmentValue } from '../../lib/text';
import { loadSessionOfTrace } from '../../lib/session/load';
import type { BaseScenario } from '../fixtures/scenarios';
import { loadRecording, replayFetch } from '../fixtures/recording';

const recording = loadRecording<BaseScenario>('base');
const { sessions, noSession, assessments } = recording.manifest;

function client() {
  const replay = replayFetch(recording);
  return { replay, client: createMlflowClient({ baseUrl: recording.baseUrl, fetch: replay.fetch }) };
}

describe('a session loaded from one of its turns', () => {
  test('has every turn of the session, oldest first, with the texts that were logged', async () => {
    const session = await loadSessionOfTrace(client().client, sessions.A.turns[3]!.traceId);
    expect(session.sessionId).toBe(sessions.A.sessionId);
    expect(session.userId).toBe(sessions.A.userId);
    expect(session.turns.map((turn) => turn.traceId)).toEqual(sessions.A.turns.map((turn) => turn.traceId));
    expect(session.turns.map((turn) => turn.index)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(session.turns.map((turn) => turn.input?.text)).toEqual(sessions.A.turns.map((turn) => turn.input));
    expect(session.turns.map((turn) => turn.output?.text)).toEqual(sessions.A.turns.map((turn) => turn.output));
    expect(session.turns.every((turn) => turn.state === 'OK' && turn.durationMs !== null && turn.startMs !== null)).toBe(true);
    expect(session.turns.map((turn) => turn.startMs)).toEqual(session.turns.map((turn) => turn.startMs).sort());
  });

  test('takes the open turn from its spans and the others from the search previews', async () => {
    const session = await loadSessionOfTrace(client().client, sessions.A.turns[3]!.traceId);
    expect(session.turns.map((turn) => turn.input?.origin)).toEqual(['preview', 'preview', 'preview', 'spans', 'preview', 'preview']);
    expect(session.textSource.input).toBe('mlflow.spanInputs → question on the root span; other turns from their request preview');
    expect(session.textSource.output).toBe('mlflow.spanOutputs on the root span; other turns from their response preview');
  });

  test("costs one trace-info request, then one search and the open turn's spans side by side", async () => {
    const { client: mlflow, replay } = client();
    await loadSessionOfTrace(mlflow, sessions.B.turns[1]!.traceId);
    expect(replay.requests).toEqual([
      `GET ajax-api/3.0/mlflow/traces/${sessions.B.turns[1]!.traceId}`,
      `GET ajax-api/2.0/mlflow/get-trace-artifact?request_id=${sessions.B.turns[1]!.traceId}`,
      'POST ajax-api/3.0/mlflow/traces/search',
    ]);
  });

  test('keeps the sessions apart', async () => {
    const session = await loadSessionOfTrace(client().client, sessions.B.turns[1]!.traceId);
    expect(session.turns.map((turn) => turn.traceId)).toEqual(sessions.B.turns.map((turn) => turn.traceId));
    expect(session.turns.map((turn) => turn.input?.text)).toEqual(sessions.B.turns.map((turn) => turn.input));
  });
});

describe('assessments', () => {
  test('session-level ones are apart from the first turn, which keeps only its own', async () => {
    const session = await loadSessionOfTrace(client().client, sessions.A.turns[3]!.traceId);
    const sessionLevel = session.sessionAssessments.filter((assessment) => !assessment.scorerError);
    expect(sessionLevel.map((assessment) => [assessment.name, assessment.value, assessment.rationale])).toEqual([
      [assessments.sessionLevel.name, assessments.sessionLevel.value, assessments.sessionLevel.rationale],
    ]);
    expect(session.turns[0]!.assessments.map((assessment) => assessment.name)).not.toContain(assessments.sessionLevel.name);
  });

  test('per-turn ones sit on their turns with their rationale', async () => {
    const session = await loadSessionOfTrace(client().client, sessions.A.turns[3]!.traceId);
    for (const seeded of assessments.perTurn) {
      const turn = session.turns.find((candidate) => candidate.traceId === seeded.traceId)!;
      const found = turn.assessments.find((assessment) => assessment.name === seeded.name)!;
      expect(formatAssessmentValue(found.value)).toBe(seeded.value);
      expect(found.rationale).toBe(seeded.rationale);
      expect(found.scope).toBe('turn');
      expect(found.source.type).toBe('LLM_JUDGE');
    }
  });

  test('scorer errors are kept, flagged, with their message; superseded judgements are dropped', async () => {
    const session = await loadSessionOfTrace(client().client, sessions.A.turns[3]!.traceId);
    const all = [...session.sessionAssessments, ...session.turns.flatMap((turn) => turn.assessments)];
    const errors = all.filter((assessment) => assessment.scorerError);
    expect(errors.map((assessment) => [assessment.name, assessment.scorerError!.message, assessment.value]).sort()).toEqual(
      assessments.scorerErrors.map((error) => [error.name, error.message, null]).sort(),
    );
    expect(all.map((assessment) => assessment.id)).not.toContain(assessments.superseded.assessmentId);
    expect(all.map((assessment) => assessment.id)).toContain(assessments.override.assessmentId);
  });
});

describe('edge cases from the recording', () => {
  test('a trace with no session is a one-turn session with a null id', async () => {
    const session = await loadSessionOfTrace(client().client, noSession.traceId);
    expect(session.sessionId).toBeNull();
    expect(session.turns).toHaveLength(1);
    expect(session.turns[0]!.input?.text).toBe(noSession.input);
    expect(session.turns[0]!.output?.text).toBe(noSession.output);
  });

  test('markup in a trace stays text', async () => {
    const session = await loadSessionOfTrace(client().client, sessions.Markup.turns[0]!.traceId);
    expect(session.turns[0]!.input?.text).toBe(sessions.Markup.turns[0]!.input);
    expect(session.turns[0]!.output?.text).toBe(sessions.Markup.turns[0]!.output);
  });

  test("a missing trace is MLflow's 404 with its error code and message", async () => {
    const error = await loadSessionOfTrace(client().client, 'tr-00000000000000000000000000000000').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(MlflowError);
    expect(error).toMatchObject({ kind: 'http', status: 404, errorCode: 'RESOURCE_DOES_NOT_EXIST' });
    expect((error as MlflowError).message).toContain('tr-00000000000000000000000000000000');
  });
});
