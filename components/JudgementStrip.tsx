// The judgement trajectory (lib/panel/trajectory.ts) drawn on a canvas: one row per judge and per person's
// label, one column per turn (several turns to a pixel column in sessions longer than the strip is wide,
// showing the worst). A canvas, so 5,000 turns cost one drawing, not 5,000 × judges elements. Pointer and
// keyboard alike: hover or the arrow keys say what the cell holds, a click or Enter opens that turn.
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Session } from '../lib/model';
import { CELL_STATES, columnCell, columnOfTurn, describeCell, trajectoryOf, turnsInColumn, type CellState } from '../lib/panel/trajectory';
import { own } from '../lib/json';
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

/** The cell under the pointer or the keyboard cursor: its row, the turn it names and the turns its column holds. */
interface Cursor {
  row: number;
  position: number;
  start: number;
  end: number;
}

export function JudgementStrip({ session, openTraceId, rootCauseTraceId, showScorerErrors }: JudgementStripProps) {
  const { openTurn } = usePanelActions();
  const trajectory = useMemo(() => trajectoryOf(session, showScorerErrors), [session, showScorerErrors]);
  const canvas = useRef<HTMLCanvasElement>(null);
  const [width, setWidth] = useState(0);
  const [cursorState, setCursor] = useState<Cursor | null>(null);
  const themeChanges = useThemeChanges(canvas);
  const turnCount = session.turns.length;
  const rowCount = trajectory.rows.length;
  // A cursor left from before the session was read again may name a row or turn that is gone.
  const cursor = cursorState && cursorState.row < rowCount && cursorState.end <= turnCount ? cursorState : null;
  const openPosition = session.turns.findIndex((turn) => turn.traceId === openTraceId);
  const rootCausePosition = session.turns.findIndex((turn) => turn.traceId === rootCauseTraceId);

  useLayoutEffect(() => {
    const element = canvas.current;
    if (!element) return;
    const observer = new ResizeObserver(() => setWidth(element.clientWidth));
    observer.observe(element);
    setWidth(element.clientWidth);
    return () => observer.disconnect();
  }, [rowCount > 0]);

  const { columns, cellWidth } = geometryOf(turnCount, width);
  // What each column shows, worked out once per session and width: the pointer and the redraws only read it.
  const cells = useMemo(
    () =>
      trajectory.rows.map((row) =>
        Array.from({ length: columns }, (_, column) => {
          const { start, end } = turnsInColumn(trajectory.turnCount, columns, column);
          return { ...columnCell(row, start, end), start, end };
        }),
      ),
    [trajectory, columns],
  );
  useEffect(() => {
    if (canvas.current && width > 0)
      draw(canvas.current, cells, { columns, cellWidth }, trajectory.turnCount, openPosition, rootCausePosition, cursor);
  }, [cells, width, cellWidth, openPosition, rootCausePosition, cursor?.row, cursor?.position, themeChanges]);

  if (rowCount === 0) return null;
  const height = MARKER_ROOM + rowCount * (ROW_HEIGHT + ROW_GAP);
  const cursorAt = (row: number, column: number): Cursor => ({ row, ...cells[row]![column]! });
  const pointAt = (event: MouseEvent): Cursor | null => {
    const box = (event.currentTarget as HTMLElement).getBoundingClientRect();
    const row = Math.floor((event.clientY - box.top - MARKER_ROOM) / (ROW_HEIGHT + ROW_GAP));
    const column = Math.floor((event.clientX - box.left) / cellWidth);
    return row >= 0 && row < rowCount && column >= 0 && column < columns ? cursorAt(row, column) : null;
  };
  const point = (next: Cursor | null) => {
    if (next?.row !== cursor?.row || next?.position !== cursor?.position) setCursor(next);
  };
  const cursorTurn = cursor ? session.turns[cursor.position] : undefined;
  const cellWords = cursor && cursorTurn ? describeCell(cursorTurn, trajectory.rows[cursor.row]!, showScorerErrors) : null;
  const description = cellWords
    ? cursor!.end - cursor!.start > 1
      ? `Turns ${cursor!.start + 1}–${cursor!.end}: ${cellWords}`
      : cellWords
    : `${plural(turnCount, 'turn')} · ${trajectory.rows.map((row) => `${row.name}: ${plural(row.failures, 'fail')}`).join(' · ')}`;
  const onKeyDown = (event: KeyboardEvent) => {
    // Alt+arrows go back and forward in the browser; the strip takes plain keys only.
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const current = cursor ?? { row: 0, position: Math.max(0, openPosition) };
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      openTurn(session.turns[current.position]!.traceId);
      return;
    }
    const page = Math.max(1, Math.round(turnCount / 10));
    const to = (row: number, position: number): Cursor => {
      const turn = Math.min(turnCount - 1, Math.max(0, position));
      return { row: Math.min(rowCount - 1, Math.max(0, row)), position: turn, start: turn, end: turn + 1 };
    };
    const moves: Record<string, () => Cursor> = {
      ArrowLeft: () => to(current.row, current.position - 1),
      ArrowRight: () => to(current.row, current.position + 1),
      ArrowUp: () => to(current.row - 1, current.position),
      ArrowDown: () => to(current.row + 1, current.position),
      PageUp: () => to(current.row, current.position - page),
      PageDown: () => to(current.row, current.position + page),
      Home: () => to(current.row, 0),
      End: () => to(current.row, turnCount - 1),
    };
    const move = own(moves, event.key);
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
          data-columns={columns}
          data-cell-width={cellWidth}
          style={{ height: `${height}px` }}
          tabIndex={0}
          role="slider"
          aria-label="Judgements by turn"
          aria-roledescription="judgement strip"
          title="Left and right: turns (Page Up and Down: a tenth of them); up and down: judges; Enter opens the turn"
          aria-valuemin={1}
          aria-valuemax={turnCount}
          aria-valuenow={cursorTurn?.index ?? session.turns[Math.max(0, openPosition)]?.index ?? 1}
          aria-valuetext={description}
          onMouseMove={(event) => point(pointAt(event))}
          onMouseLeave={() => point(null)}
          onBlur={() => point(null)}
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

/** Counts MLflow's switches between light and dark (the panel's `data-theme`), so the canvas is drawn again. */
function useThemeChanges(canvas: { current: HTMLElement | null }): number {
  const [changes, setChanges] = useState(0);
  useEffect(() => {
    const themed = canvas.current?.closest('[data-theme]');
    if (!themed) return;
    const observer = new MutationObserver(() => setChanges((count) => count + 1));
    observer.observe(themed, { attributes: true, attributeFilter: ['data-theme'] });
    return () => observer.disconnect();
  }, [canvas.current]);
  return changes;
}

function draw(
  canvas: HTMLCanvasElement,
  cells: readonly (readonly { state: CellState }[])[],
  { columns, cellWidth }: Geometry,
  turnCount: number,
  open: number,
  rootCause: number,
  cursor: Cursor | null,
) {
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
  const colours = new Map(CELL_STATES.map((state) => [state, colour(state)]));
  const gap = cellWidth >= 4 ? 1 : 0;
  const cellLeft = (column: number) => column * cellWidth;
  const rowTop = (row: number) => MARKER_ROOM + row * (ROW_HEIGHT + ROW_GAP);
  for (const [row, columnsOfRow] of cells.entries()) {
    for (const [column, { state }] of columnsOfRow.entries()) {
      context.fillStyle = colours.get(state)!;
      context.fillRect(cellLeft(column), rowTop(row), Math.max(1, cellWidth - gap), ROW_HEIGHT);
    }
  }
  const bottom = rowTop(cells.length) - ROW_GAP;
  const shown = Math.max(2, cellWidth - gap);
  if (open >= 0) {
    context.strokeStyle = colour('open');
    context.lineWidth = 2;
    context.strokeRect(cellLeft(columnOfTurn(turnCount, columns, open)) - 1, MARKER_ROOM - 1, shown + 2, bottom - MARKER_ROOM + 2);
  }
  if (cursor) {
    context.strokeStyle = colour('cursor');
    context.lineWidth = 2;
    context.strokeRect(cellLeft(columnOfTurn(turnCount, columns, cursor.position)) - 1, rowTop(cursor.row) - 1, shown + 2, ROW_HEIGHT + 2);
  }
  if (rootCause >= 0) {
    const centre = cellLeft(columnOfTurn(turnCount, columns, rootCause)) + Math.max(1, cellWidth - gap) / 2;
    context.fillStyle = colour('root-cause');
    context.beginPath();
    context.moveTo(centre - 4, 0);
    context.lineTo(centre + 4, 0);
    context.lineTo(centre, MARKER_ROOM - 1);
    context.closePath();
    context.fill();
  }
}
