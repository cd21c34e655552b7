// The judgement trajectory: one row per judge (and per person's label), one cell per turn, so where the
// judgements turn across a long session is seen at once. Pure: components/JudgementStrip.tsx draws it on a
// canvas, several turns to a pixel column when the session is longer than the strip is wide.
import { formatAssessmentValue, cutText } from '../text';
import { ROOT_CAUSE_ASSESSMENT } from '../mlflow/keys';
import { isScorerError, isShownAssessment, type Assessment, type Session, type Turn } from '../model';

/** What one judge said of one turn. Ordered: a column of several turns shows the worst of them. */
export const CELL_STATES = ['none', 'pass', 'ambiguous', 'scorer-error', 'fail'] as const;
export type CellState = (typeof CELL_STATES)[number];

export interface TrajectoryRow {
  /** The assessment name, and whether a person gave it (a person's label has its own row beside the judge's). */
  name: string;
  byPerson: boolean;
  /** One state per turn, in turn order; a Uint8 index into CELL_STATES (5,000 turns × rows stay small). */
  cells: Uint8Array;
  failures: number;
}

export interface Trajectory {
  rows: TrajectoryRow[];
  turnCount: number;
}

const RANK: Readonly<Record<CellState, number>> = Object.fromEntries(CELL_STATES.map((state, rank) => [state, rank])) as Record<
  CellState,
  number
>;

function stateOf(assessment: Assessment): CellState {
  if (isScorerError(assessment)) return 'scorer-error';
  if (assessment.verdict === 'negative') return 'fail';
  if (assessment.verdict === 'positive') return 'pass';
  return 'ambiguous';
}

const byPerson = (assessment: Pick<Assessment, 'source'>) => assessment.source.type === 'HUMAN';
const rowKey = (assessment: Pick<Assessment, 'name' | 'source'>) => `${byPerson(assessment) ? 'person' : 'judge'} ${assessment.name}`;

/**
 * Rows in the order their judge first speaks in the session; expectations and values that are no judgement
 * at all (a confirmed root cause, a note) have no row. Scorer errors have cells only when they are shown.
 */
export function trajectoryOf(session: Pick<Session, 'turns'>, showScorerErrors: boolean): Trajectory {
  const rows = new Map<string, TrajectoryRow>();
  const turnCount = session.turns.length;
  for (const [position, turn] of session.turns.entries()) {
    for (const assessment of turn.assessments) {
      if (assessment.kind !== 'feedback' || (assessment.verdict === 'not-a-judgement' && !isScorerError(assessment))) continue;
      // A person's confirmed root cause is drawn as the strip's marker, not as a judgement of the turn.
      if (assessment.name === ROOT_CAUSE_ASSESSMENT || !isShownAssessment(assessment, showScorerErrors)) continue;
      const key = rowKey(assessment);
      let row = rows.get(key);
      if (!row) {
        row = { name: assessment.name, byPerson: byPerson(assessment), cells: new Uint8Array(turnCount), failures: 0 };
        rows.set(key, row);
      }
      const state = stateOf(assessment);
      if (RANK[state] > row.cells[position]!) {
        if (state === 'fail') row.failures++;
        row.cells[position] = RANK[state];
      }
    }
  }
  return { rows: [...rows.values()], turnCount };
}

/** The turns (0-based positions, end exclusive) drawn in pixel column `column` of `columns`. */
export function turnsInColumn(turnCount: number, columns: number, column: number): { start: number; end: number } {
  if (turnCount <= columns) return { start: column, end: Math.min(column + 1, turnCount) };
  return { start: Math.floor((column * turnCount) / columns), end: Math.floor(((column + 1) * turnCount) / columns) };
}

/** The column a turn is drawn in. */
export function columnOfTurn(turnCount: number, columns: number, position: number): number {
  // The last column whose first turn (turnsInColumn's start) is at or before this turn.
  return turnCount <= columns ? position : Math.ceil(((position + 1) * columns) / turnCount) - 1;
}

/** The worst state among the turns of a column, and the first turn that has it (the one a click opens). */
export function columnCell(row: TrajectoryRow, start: number, end: number): { state: CellState; position: number } {
  let worst = 0;
  let position = start;
  for (let turn = start; turn < end; turn++) {
    if (row.cells[turn]! > worst) {
      worst = row.cells[turn]!;
      position = turn;
    }
  }
  return { state: CELL_STATES[worst]!, position };
}

const RATIONALE_CHARS = 120;
/** A judge's value can be free text or JSON; the description keeps its start. */
const VALUE_CHARS = 60;

/** What a cell says on hover or under the keyboard cursor: the judge, its value and the start of its rationale. */
export function describeCell(turn: Turn, row: Pick<TrajectoryRow, 'name' | 'byPerson'>, showScorerErrors: boolean): string {
  const ofRow = turn.assessments.filter(
    (candidate) =>
      candidate.kind === 'feedback' &&
      candidate.name === row.name &&
      byPerson(candidate) === row.byPerson &&
      isShownAssessment(candidate, showScorerErrors),
  );
  // Several people (or a judge run twice) on one turn: the worst of what they said, as the cell shows it.
  const assessment = ofRow.reduce<Assessment | undefined>(
    (worst, candidate) => (!worst || RANK[stateOf(candidate)] > RANK[stateOf(worst)] ? candidate : worst),
    undefined,
  );
  const who = row.byPerson ? `${row.name} (${assessment?.source.id ?? 'a person'})` : row.name;
  if (!assessment) return `Turn ${turn.index} · ${who}: not judged`;
  if (assessment.scorerError)
    return `Turn ${turn.index} · ${who}: scorer error, ${cutText(assessment.scorerError.message, RATIONALE_CHARS)}`;
  const rationale = assessment.rationale ? ` — ${cutText(assessment.rationale, RATIONALE_CHARS)}` : '';
  return `Turn ${turn.index} · ${who}: ${cutText(formatAssessmentValue(assessment.value), VALUE_CHARS)} (${stateOf(assessment)})${rationale}`;
}
