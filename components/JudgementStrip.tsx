// The judgement trajectory (lib/panel/trajectory.ts) drawn on a canvas: one row per judge and per person's
// label, one column per turn (several turns to a pixel column in sessions longer than the strip is wide,
// showing the worst). A canvas, so 5,000 turns cost one drawing, not 5,000 × judges elements. Pointer and
// keyboard alike: hover or the arrow keys say what the cell holds, a click or Enter opens that turn.
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Session } from '../lib/model';
import {
  CELL_STATES,
  columnCell,
  columnOfTurn,
  describeCell,
  trajectoryOf,
  turnsInColumn,
  type CellState,
  type Trajectory,
} from '../lib/panel/trajectory';
import { plural } from '../lib/text';
import { usePanelActions } from './panel-actions';
import './JudgementStrip.css';

const ROW_HEIGHT = 12;
const ROW_GAP = 2;
/** Room above the rows for the root-cause marker. */
const MARKER_ROOM = 6;
/** A short session's turns are wide cells, not a thin line at the left. */
const MAX_CELL_WIDTH = 24;

const STATE_LABELS: Record<CellState, string> = {
  none: 'not judged',
  pass: 'pass',
  ambiguous: 'ambiguous',
  'scorer-error': 'scorer error',
  fail: 'fail',
};

interface JudgementStripProps {
  session: Session;
  openTraceId: string;
  rootCauseTraceId: string | undefined;
  showScorerErrors: boolean;
}

interface Geometry {
  columns: number;
  cellWidth: number;
}

function geometryOf(turnCount: number, width: number): Geometry {
  const columns = Math.max(1, Math.min(turnCount, Math.floor(width)));
  return { columns, cellWidth: Math.min(MAX_CELL_WIDTH, width / columns) };
}

export function JudgementStrip({ session, openTraceId, rootCauseTraceId, showScorerErrors }: JudgementStripProps) {
  const { openTurn } = usePanelActions();
  const trajectory = useMemo(() => trajectoryOf(session, showScorerErrors), [session, showScorerErrors]);
  const canvas = useRef<HTMLCanvasElement>(null);
  const [width, setWidth] = useState(0);
  /** The cell under the pointer or the keyboard cursor: its row and turn position. */
  const [cursor, setCursor] = useState<{ row: number; position: number } | null>(null);
  const turnCount = session.turns.length;
  const openPosition = session.turns.findIndex((turn) => turn.traceId === openTraceId);
  const rootCausePosition = session.turns.findIndex((turn) => turn.traceId === rootCauseTraceId);

  useLayoutEffect(() => {
    const element = canvas.current;
    if (!element) return;
    const observer = new ResizeObserver(() => setWidth(element.clientWidth));
    observer.observe(element);
    setWidth(element.clientWidth);
    return () => observer.disconnect();
  }, [trajectory.rows.length > 0]);

  const geometry = geometryOf(turnCount, width);
  useEffect(() => {
    if (canvas.current && width > 0) draw(canvas.current, trajectory, geometry, openPosition, rootCausePosition);
  });

  if (trajectory.rows.length === 0) return null;
  const rowCount = trajectory.rows.length;
  const height = MARKER_ROOM + rowCount * (ROW_HEIGHT + ROW_GAP);
  const cellAt = (x: number, y: number) => {
    const row = Math.floor((y - MARKER_ROOM) / (ROW_HEIGHT + ROW_GAP));
    const column = Math.floor(x / geometry.cellWidth);
    if (row < 0 || row >= rowCount || column < 0 || column >= geometry.columns) return null;
    const { start, end } = turnsInColumn(turnCount, geometry.columns, column);
    return { row, position: columnCell(trajectory.rows[row]!, start, end).position };
  };
  const pointAt = (event: MouseEvent) => {
    const box = (event.currentTarget as HTMLElement).getBoundingClientRect();
    return cellAt(event.clientX - box.left, event.clientY - box.top);
  };
  const cursorTurn = cursor ? session.turns[cursor.position] : undefined;
  const description =
    cursor && cursorTurn
      ? describeCell(cursorTurn, trajectory.rows[cursor.row]!, showScorerErrors)
      : `${plural(turnCount, 'turn')} · ${trajectory.rows.map((row) => `${row.name}: ${plural(row.failures, 'fail')}`).join(' · ')}`;
  const onKeyDown = (event: KeyboardEvent) => {
    const current = cursor ?? { row: 0, position: Math.max(0, openPosition) };
    const moves: Record<string, () => { row: number; position: number }> = {
      ArrowLeft: () => ({ ...current, position: Math.max(0, current.position - 1) }),
      ArrowRight: () => ({ ...current, position: Math.min(turnCount - 1, current.position + 1) }),
      ArrowUp: () => ({ ...current, row: Math.max(0, current.row - 1) }),
      ArrowDown: () => ({ ...current, row: Math.min(rowCount - 1, current.row + 1) }),
      Home: () => ({ ...current, position: 0 }),
      End: () => ({ ...current, position: turnCount - 1 }),
    };
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      openTurn(session.turns[current.position]!.traceId);
      return;
    }
    const move = moves[event.key];
    if (!move) return;
    event.preventDefault();
    setCursor(move());
  };

  return (
    <div class="judgement-strip" data-testid="judgement-strip">
      <h3 class="section-title">Judgements by turn</h3>
      <div class="strip-grid">
        <ul class="strip-names" aria-hidden="true" style={{ paddingTop: `${MARKER_ROOM}px` }}>
          {trajectory.rows.map((row) => (
            <li key={`${row.byPerson} ${row.name}`} title={row.byPerson ? `${row.name}, labelled by a person` : row.name}>
              {row.name}
              {row.byPerson && <span class="strip-person"> (person)</span>}
            </li>
          ))}
        </ul>
        <canvas
          ref={canvas}
          class="strip-canvas"
          data-testid="strip-canvas"
          data-columns={geometry.columns}
          data-cell-width={geometry.cellWidth}
          style={{ height: `${height}px` }}
          tabIndex={0}
          role="slider"
          aria-label="Judgements by turn: arrow keys move between turns and judges, Enter opens the turn"
          aria-valuemin={1}
          aria-valuemax={turnCount}
          aria-valuenow={cursorTurn?.index ?? session.turns[Math.max(0, openPosition)]?.index ?? 1}
          aria-valuetext={description}
          onMouseMove={(event) => setCursor(pointAt(event))}
          onMouseLeave={() => setCursor(null)}
          onBlur={() => setCursor(null)}
          onClick={(event) => {
            const cell = pointAt(event);
            if (cell) openTurn(session.turns[cell.position]!.traceId);
          }}
          onKeyDown={onKeyDown}
        />
      </div>
      <p class="hint strip-description" data-testid="strip-description">
        {description}
      </p>
      <p class="strip-legend" aria-hidden="true">
        {CELL_STATES.filter((state) => state !== 'none').map((state) => (
          <span key={state} class="strip-legend-item">
            <span class={`strip-swatch strip-${state}`} />
            {STATE_LABELS[state]}
          </span>
        ))}
      </p>
    </div>
  );
}

function draw(canvas: HTMLCanvasElement, trajectory: Trajectory, { columns, cellWidth }: Geometry, open: number, rootCause: number) {
  const ratio = globalThis.devicePixelRatio || 1;
  const width = canvas.clientWidth;
  const height = canvas.clientHeight;
  canvas.width = Math.round(width * ratio);
  canvas.height = Math.round(height * ratio);
  const context = canvas.getContext('2d');
  if (!context) return;
  context.scale(ratio, ratio);
  context.clearRect(0, 0, width, height);
  // The colours are the theme's (JudgementStrip.css), so dark mode needs no second palette here.
  const style = getComputedStyle(canvas);
  const colour = (name: string) => style.getPropertyValue(`--strip-${name}`).trim() || '#888';
  const colours = CELL_STATES.map(colour);
  const gap = cellWidth >= 4 ? 1 : 0;
  for (const [rowIndex, row] of trajectory.rows.entries()) {
    const y = MARKER_ROOM + rowIndex * (ROW_HEIGHT + ROW_GAP);
    for (let column = 0; column < columns; column++) {
      const { start, end } = turnsInColumn(trajectory.turnCount, columns, column);
      const { state } = columnCell(row, start, end);
      context.fillStyle = colours[CELL_STATES.indexOf(state)]!;
      context.fillRect(column * cellWidth, y, Math.max(1, cellWidth - gap), ROW_HEIGHT);
    }
  }
  const bottom = MARKER_ROOM + trajectory.rows.length * (ROW_HEIGHT + ROW_GAP) - ROW_GAP;
  if (open >= 0) {
    const x = columnOfTurn(trajectory.turnCount, columns, open) * cellWidth;
    context.strokeStyle = colour('open');
    context.lineWidth = 2;
    context.strokeRect(x - 1, MARKER_ROOM - 1, Math.max(2, cellWidth - gap) + 2, bottom - MARKER_ROOM + 2);
  }
  if (rootCause >= 0) {
    const centre = columnOfTurn(trajectory.turnCount, columns, rootCause) * cellWidth + Math.max(1, cellWidth - gap) / 2;
    context.fillStyle = colour('root-cause');
    context.beginPath();
    context.moveTo(centre - 4, 0);
    context.lineTo(centre + 4, 0);
    context.lineTo(centre, MARKER_ROOM - 1);
    context.closePath();
    context.fill();
  }
}
