// Root cause and context coverage on sessions recorded from a real MLflow server (rig/rootcause.py).
import { describe, expect, test } from 'vitest';
import { analysisOnRecording } from '../fixtures/reading';
import { loadRecording } from '../fixtures/recording';

interface Seeded {
  sessionId: string;
  turns: { traceId: string; input: string; output: string }[];
}
interface Scenario {
  experimentId: string;
  refundWindow: Seeded & { rootCauseTurn: number; outdatedDocument: string };
  toolError: Seeded & { rootCauseTurn: number; toolError: string };
  slidingWindow: Seeded & { truncatedFrom: number; window: number };
}

const recording = loadRecording<Scenario>('rootcause');
const { refundWindow, toolError, slidingWindow } = recording.manifest;

/** Each analysis on a fresh service, as a newly opened page would get it. */
const analyse = (traceId: string) => analysisOnRecording(recording)(traceId);

describe('root cause', () => {
  test('the example of the manual workflow: turn 5 judged wrong, turn 3 said it first, from an outdated document', async () => {
    const { rootCause } = await analyse(refundWindow.turns[4]!.traceId);
    expect(rootCause.target).toEqual({ traceId: refundWindow.turns[4]!.traceId, index: 5 });
    const [best] = rootCause.candidates;
    expect(best).toMatchObject({ index: refundWindow.rootCauseTurn, traceId: refundWindow.turns[2]!.traceId });
    // The claim the judge's rationale talks about (the window), as one phrase, with the document it came from.
    expect(best!.evidence).toEqual([
      {
        kind: 'introduced-phrases',
        phrases: [{ text: '60 days from delivery', source: { kind: 'document', name: refundWindow.outdatedDocument } }],
        repeatedBy: 5,
        reworded: false,
      },
      // Turn 1 had retrieved the current policy: the 2019 one is superseded.
      {
        kind: 'superseded-document',
        document: refundWindow.outdatedDocument,
        newer: 'returns-2026',
        newerAt: 1,
        phrases: ['60 days', 'refund goes back', 'original card'],
      },
    ]);
    expect(best!.explanation).toBe(
      'Turn 3 first said “60 days from delivery”, which turn 5 repeats; it came from the retrieved document returns-2019.',
    );
    // Turn 4 repeats the wrong window without introducing it; turns 1 and 2 were judged good.
    expect(rootCause.candidates.map((candidate) => candidate.index)).not.toContain(4);
  });

  test('an error span inside a trace that ended OK starts the chain of failing turns', async () => {
    const { rootCause } = await analyse(toolError.turns[3]!.traceId);
    expect(rootCause.target?.index).toBe(4);
    expect(rootCause.candidates).toHaveLength(1);
    // The failed step, and the fare it made up that turn 4 repeats: one turn, both pieces of evidence.
    expect(rootCause.candidates[0]).toMatchObject({
      index: toolError.rootCauseTurn,
      evidence: [
        { kind: 'error-span', spanName: 'search_flights', message: toolError.toolError },
        { kind: 'introduced-phrases', phrases: [{ text: '142 EUR', source: null }], repeatedBy: 4 },
      ],
    });
    expect(rootCause.candidates[0]!.explanation).toBe(
      `Turn 2 is the first failing turn of the run that leads to turn 4: span “search_flights” failed (${toolError.toolError}). ` +
        'Turn 2 first said “142 EUR”, which turn 4 repeats.',
    );
  });

  test('judged only as a whole: the constraint the rationale names fell out of the model input at turn 3', async () => {
    const { rootCause } = await analyse(slidingWindow.turns[5]!.traceId);
    expect(rootCause.target).toEqual({ traceId: slidingWindow.turns[5]!.traceId, index: 6 });
    expect(rootCause.candidates).toEqual([
      {
        traceId: slidingWindow.turns[2]!.traceId,
        index: slidingWindow.truncatedFrom,
        explanation: 'From turn 3 on, the model no longer saw turn 1, where the user said “vegetarian”; turn 6 went against it.',
        evidence: [{ kind: 'context-dropped', constraintTurn: 1, words: ['vegetarian'], failingTurn: 6, seen: 2, inSession: 10 }],
      },
    ]);
  });
});

describe('what the model saw', () => {
  test('a sliding window of two messages: every turn from the third on dropped earlier messages', async () => {
    const { context, turnsRead } = await analyse(slidingWindow.turns[5]!.traceId);
    expect(turnsRead).toBe(6);
    expect(context.map((turn) => [turn.index, turn.earlierMessagesSeen, turn.earlierMessagesInSession, turn.dropped])).toEqual([
      [1, 0, 0, false],
      [2, 2, 2, false],
      [3, 2, 4, true],
      [4, 2, 6, true],
      [5, 2, 8, true],
      [6, 2, 10, true],
    ]);
  });

  test('an app that resends the whole history drops nothing', async () => {
    const { context } = await analyse(refundWindow.turns[4]!.traceId);
    expect(context.map((turn) => turn.dropped)).toEqual([false, false, false, false, false]);
    expect(context.map((turn) => turn.spanName)).toEqual(Array(5).fill('ChatOpenAI'));
  });
});
