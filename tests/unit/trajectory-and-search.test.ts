// The judgement trajectory (lib/panel/trajectory.ts) and the session search (lib/panel/search.ts) on session A
// of the recorded base scenario, against what rig/seed.py logged as its manifest says: the judgements and the
// texts, worked out here from the manifest rather than from the panel's own model.
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import type { Session } from '../../lib/model';
import { createMlflowClient } from '../../lib/mlflow/client';
import { CELL_STATES, columnCell, columnOfTurn, describeCell, trajectoryOf, turnsInColumn } from '../../lib/panel/trajectory';
import { queryPattern, searchSession, searchTextsOf, splitByMatches, MAX_STEPPED_HITS } from '../../lib/panel/search';
import { createSessionService } from '../../lib/service';
import { DEFAULT_READING, serverAt } from '../fixtures/reading';
import { loadRecording, replayFetch } from '../fixtures/recording';
import type { BaseScenario } from '../fixtures/scenarios';

const recording = loadRecording<BaseScenario>('base');
const { sessions, assessments } = recording.manifest;

async function sessionA(): Promise<Session> {
  const service = createSessionService({
    createClient: ({ baseUrl }) => createMlflowClient({ baseUrl, fetch: replayFetch(recording).fetch }),
  });
  return service.getSessionOfTrace(serverAt(recording.baseUrl), sessions.A.turns[3]!.traceId, DEFAULT_READING);
}

const positionOf = (traceId: string) => sessions.A.turns.findIndex((turn) => turn.traceId === traceId);

describe('judgement trajectory', () => {
  test("session A: a row per judge in the order they first speak, each turn's cell as the seeded value reads", async () => {
    const session = await sessionA();
    const trajectory = trajectoryOf(session, false);
    const expected = new Map<string, string[]>();
    for (const feedback of [...assessments.perTurn, { ...assessments.override, rationale: '' }]) {
      const cells = expected.get(feedback.name) ?? sessions.A.turns.map(() => 'none');
      // correctness and relevance_to_query are built-in judges with yes as good; helpfulness (its override says
      // yes) is none, so its value reads as ambiguous until the user gives it a polarity.
      cells[positionOf(feedback.traceId)] = feedback.name === 'helpfulness' ? 'ambiguous' : feedback.value === 'no' ? 'fail' : 'pass';
      expected.set(feedback.name, cells);
    }
    const rows = Object.fromEntries(trajectory.rows.map((row) => [row.name, [...row.cells].map((cell) => CELL_STATES[cell])]));
    expect(rows).toEqual(Object.fromEntries(expected));
    expect(trajectory.rows.map((row) => row.name)).toEqual(['relevance_to_query', 'correctness', 'helpfulness']);
    expect(trajectory.rows.find((row) => row.name === 'correctness')!.failures).toBe(1);
  });

  test("scorer errors get cells only when shown; a cell's description names judge, value and rationale", async () => {
    const session = await sessionA();
    const groundedness = assessments.scorerErrors.find((error) => error.name === 'groundedness')!;
    expect(trajectoryOf(session, false).rows.some((row) => row.name === 'groundedness')).toBe(false);
    const shown = trajectoryOf(session, true).rows.find((row) => row.name === 'groundedness')!;
    expect(CELL_STATES[shown.cells[positionOf(groundedness.traceId)]!]).toBe('scorer-error');

    const wrong = assessments.perTurn.find((feedback) => feedback.value === 'no')!;
    const turn = session.turns[positionOf(wrong.traceId)]!;
    expect(describeCell(turn, { name: wrong.name, byPerson: false }, false)).toBe(
      `Turn ${turn.index} · ${wrong.name}: no (fail) — ${wrong.rationale.slice(0, 119)}…`.replace(
        /…$/,
        wrong.rationale.length > 120 ? '…' : '',
      ),
    );
    expect(describeCell(session.turns[0]!, { name: 'correctness', byPerson: false }, false)).toBe('Turn 1 · correctness: not judged');
    expect(describeCell(turn, { name: 'groundedness', byPerson: false }, false)).toBe(`Turn ${turn.index} · groundedness: not judged`);
  });

  test('columns: every turn in exactly one column, in order; a column shows its worst turn and opens it', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 6_000 }), fc.integer({ min: 1, max: 600 }), (turnCount, columns) => {
        const used = Math.min(turnCount, columns);
        let next = 0;
        const misplaced: number[] = [];
        for (let column = 0; column < used; column++) {
          const { start, end } = turnsInColumn(turnCount, used, column);
          if (start !== next || end <= start) misplaced.push(column);
          for (let position = start; position < end; position++)
            if (columnOfTurn(turnCount, used, position) !== column) misplaced.push(position);
          next = end;
        }
        expect({ misplaced, covered: next }).toEqual({ misplaced: [], covered: turnCount });
      }),
    );
    const cells = Uint8Array.from([1, 2, 4, 1, 4].map(Number));
    expect(columnCell({ name: 'x', byPerson: false, cells, failures: 2 }, 0, 5)).toEqual({ state: 'fail', position: 2 });
    expect(columnCell({ name: 'x', byPerson: false, cells, failures: 2 }, 0, 2)).toEqual({ state: 'ambiguous', position: 1 });
  });
});

describe('session search', () => {
  const textsOf = (session: Session, showScorerErrors: boolean) => (position: number) =>
    searchTextsOf(session.turns[position]!, null, undefined, showScorerErrors);
  const occurrences = (text: string, word: string) => text.toLowerCase().split(word.toLowerCase()).length - 1;

  test("session A: every match in inputs, outputs and rationales counted, case-insensitive, in the turns' order", async () => {
    const session = await sessionA();
    for (const word of ['return', 'DAYS', 'policy', 'store credit']) {
      const result = searchSession(session.turns, word, textsOf(session, false));
      const expected = sessions.A.turns.reduce((count, turn) => {
        const rationales = assessments.perTurn
          .filter((feedback) => feedback.traceId === turn.traceId)
          .map((feedback) => feedback.rationale)
          .concat(
            turn.traceId === assessments.override.traceId ? ['Re-judged: the answer apologises and gives a concrete next step.'] : [],
          );
        return count + [turn.input, turn.output, ...rationales].reduce((sum, text) => sum + occurrences(text, word), 0);
      }, 0);
      expect({ word, total: result.total }).toEqual({ word, total: expected });
      expect(result.hits.map((hit) => hit.position)).toEqual(result.hits.map((hit) => hit.position).sort((a, b) => a - b));
    }
  });

  test('scorer error messages are searched only when shown; short queries and regex characters match literally or not at all', async () => {
    const session = await sessionA();
    expect(searchSession(session.turns, 'rate limit', textsOf(session, false)).total).toBe(0);
    expect(searchSession(session.turns, 'rate limit', textsOf(session, true)).total).toBe(1);
    expect(searchSession(session.turns, 'a', textsOf(session, false))).toEqual({ total: 0, hits: [] });
    expect(searchSession(session.turns, '.*', textsOf(session, false)).total).toBe(0);
    expect(searchSession(session.turns, '"Return item"', textsOf(session, false)).total).toBe(2);
  });

  test('over MAX_STEPPED_HITS matches: all counted, the first ones stepped through', () => {
    const turn = { ...({} as Session['turns'][number]), traceId: 'tr-1', assessments: [], input: null, output: null };
    const text = 'ab '.repeat(MAX_STEPPED_HITS + 5);
    const result = searchSession([turn], 'ab', () => [{ key: 'tr-1 input', text }]);
    expect(result.total).toBe(MAX_STEPPED_HITS + 5);
    expect(result.hits).toHaveLength(MAX_STEPPED_HITS);
  });

  test('highlight pieces put the text back together, and number the matches as the search counts them', () => {
    // Texts made of the query (in other cases too) and other text, so most cases hold several matches.
    const queryAndText = fc.string({ minLength: 2, maxLength: 4 }).chain((query) =>
      fc.tuple(
        fc.constant(query),
        fc
          .array(fc.oneof(fc.constant(query), fc.constant(query.toUpperCase()), fc.string({ maxLength: 6 })), { maxLength: 12 })
          .map((parts) => parts.join('')),
        fc.integer({ min: -1, max: 20 }),
      ),
    );
    let withMatches = 0;
    fc.assert(
      fc.property(queryAndText, ([query, text, keep]) => {
        const pattern = queryPattern(query);
        fc.pre(pattern !== null);
        const pieces = splitByMatches(text, pattern!, keep);
        expect(pieces.map((piece) => piece.text).join('')).toBe(text);
        const matches = pieces.filter((piece) => piece.nth !== null);
        expect(matches.map((piece) => piece.nth)).toEqual(matches.map((_, index) => index));
        const counted = searchSession([{ traceId: 't' } as Session['turns'][number]], query, () => [{ key: 'k', text }]).total;
        expect(matches.length).toBe(counted);
        if (counted > 0) withMatches++;
      }),
    );
    expect(withMatches).toBeGreaterThan(50);
  });

  test('a text with more matches than are highlighted: the first 500 marked, and the current one wherever it is', () => {
    const text = 'ab '.repeat(800);
    const pattern = queryPattern('ab')!;
    const marked = (keep: number) => splitByMatches(text, pattern, keep).flatMap((piece) => (piece.nth === null ? [] : [piece.nth]));
    expect(marked(-1)).toEqual([...Array(500).keys()]);
    expect(marked(700)).toEqual([...Array(500).keys(), 700]);
    expect(
      splitByMatches(text, pattern, 700)
        .map((piece) => piece.text)
        .join(''),
    ).toBe(text);
  });
});
