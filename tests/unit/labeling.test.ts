// Labeling by keyboard (lib/panel/labeling.ts) on session A as recorded from a real server: which keys act,
// where J, K and N go, and what counts as labeled by the reviewer.
import { beforeAll, describe, expect, test } from 'vitest';
import { createMlflowClient } from '../../lib/mlflow/client';
import type { Assessment, Session } from '../../lib/model';
import type { ReadyState } from '../../lib/panel/controller';
import { keyboardLabels, labelingAction, labelingProgress } from '../../lib/panel/labeling';
import { loadSessionOfTrace } from '../../lib/session/load';
import { DEFAULT_REVIEWER } from '../../lib/settings';
import type { BaseScenario } from '../fixtures/scenarios';
import { loadRecording, replayFetch } from '../fixtures/recording';
import { readyState } from '../fixtures/panel-state';

const recording = loadRecording<BaseScenario>('base');
let session: Session;

beforeAll(async () => {
  const client = createMlflowClient({ baseUrl: recording.baseUrl, fetch: replayFetch(recording).fetch });
  session = await loadSessionOfTrace(client, recording.manifest.sessions.A.turns[3]!.traceId);
});

const key = (name: string, modifiers: Partial<Record<'altKey' | 'ctrlKey' | 'metaKey', boolean>> = {}) => ({
  key: name,
  altKey: false,
  ctrlKey: false,
  metaKey: false,
  ...modifiers,
});

function labelOf(traceId: string, source: string, value = 'pass'): Assessment {
  return {
    id: `a-${traceId}-${source}`,
    name: 'correct',
    traceId,
    scope: 'turn',
    kind: 'feedback',
    value,
    rationale: null,
    source: { type: 'HUMAN', id: source },
    createTime: null,
    scorerError: null,
    verdict: 'positive',
    verdictReason: '',
    dimension: null,
  };
}

/** Session A with turns (1-based) labeled by the reviewer, and turn 5 by someone else. */
function withLabels(labeledTurns: number[]): Session {
  return {
    ...session,
    turns: session.turns.map((turn) => ({
      ...turn,
      assessments: [
        ...turn.assessments,
        ...(labeledTurns.includes(turn.index) ? [labelOf(turn.traceId, DEFAULT_REVIEWER)] : []),
        ...(turn.index === 5 ? [labelOf(turn.traceId, 'bo')] : []),
      ],
    })),
  };
}

function state(open: number, labeled: number[] = [], labeling: string | null = 'correct'): ReadyState {
  const shown = withLabels(labeled);
  return readyState(shown, shown.turns[open - 1]!.traceId, { labeling });
}

describe('labeling by keyboard', () => {
  test('offers the turn labels with values to pick (the default correct), not the session’s', () => {
    expect(keyboardLabels(session).map((label) => label.name)).toEqual(['correct']);
  });

  test('number keys pick the value of that position; Enter saves', () => {
    expect(labelingAction(state(2), key('1'))).toEqual({ kind: 'pick', value: 'pass' });
    expect(labelingAction(state(2), key('2'))).toEqual({ kind: 'pick', value: 'fail' });
    expect(labelingAction(state(2), key('3'))).toBeNull();
    expect(labelingAction(state(2), key('Enter'))).toEqual({ kind: 'save' });
  });

  test('J and K move one turn, and stop at the ends', () => {
    const traceOf = (index: number) => session.turns[index - 1]!.traceId;
    expect(labelingAction(state(2), key('j'))).toEqual({ kind: 'open', traceId: traceOf(3) });
    expect(labelingAction(state(2), key('K'))).toEqual({ kind: 'open', traceId: traceOf(1) });
    expect(labelingAction(state(1), key('k'))).toBeNull();
    expect(labelingAction(state(6), key('j'))).toBeNull();
  });

  test('N goes to the next turn without the reviewer’s label, around the end; another reviewer’s label does not count', () => {
    const traceOf = (index: number) => session.turns[index - 1]!.traceId;
    expect(labelingAction(state(2, [3, 4]), key('n'))).toEqual({ kind: 'open', traceId: traceOf(5) });
    expect(labelingAction(state(5, [6, 1]), key('n'))).toEqual({ kind: 'open', traceId: traceOf(2) });
    expect(labelingAction(state(1, [1, 2, 3, 4, 5, 6]), key('n'))).toBeNull();
  });

  test('nothing acts with the mode off or with a modifier (those are the panel’s and the browser’s shortcuts)', () => {
    expect(labelingAction(state(2, [], null), key('1'))).toBeNull();
    expect(labelingAction(state(2), key('j', { altKey: true }))).toBeNull();
    expect(labelingAction(state(2), key('1', { ctrlKey: true }))).toBeNull();
    expect(labelingAction(state(2), key('x'))).toBeNull();
  });

  test('progress counts the turns the reviewer labeled', () => {
    expect(labelingProgress(withLabels([1, 3]), 'correct')).toEqual({ labeled: 2, turns: 6 });
    expect(labelingProgress(withLabels([]), 'correct')).toEqual({ labeled: 0, turns: 6 });
  });
});
