// What the marks on MLflow's own pages say (the content script draws them; lib/session/marks.ts computes them).
// Short words in the row, the full sentence in the tooltip.
import type { SessionMark, TracesTableMark, TurnMark } from '../session/marks';
import { plural } from '../text';

/** Rows of one of MLflow's tables marked per message: more than a page of them MLflow shows at once. */
export const MAX_MARKED_ROWS = 200;

export interface MarkChip {
  text: string;
  title: string;
  tone: 'info' | 'bad' | 'human' | 'cause';
}

const ROOT_CAUSE_TITLE =
  'The earliest turn the failure traces back to, from the judgements and the turns’ text (open it for the full analysis).';
const CONFIRMED_TITLE = 'A person confirmed this turn as the root cause.';

function turnStateChips(mark: TurnMark): MarkChip[] {
  return [
    ...(mark.rootCause ? [{ text: 'root cause', title: ROOT_CAUSE_TITLE, tone: 'cause' } as const] : []),
    ...(mark.negative ? [{ text: 'judged wrong', title: 'A judge or a person said this turn went wrong.', tone: 'bad' } as const] : []),
    ...(mark.error ? [{ text: 'error', title: 'This trace ended in ERROR.', tone: 'bad' } as const] : []),
    ...(mark.humanLabel ? [{ text: 'labelled', title: 'A person labelled this turn.', tone: 'human' } as const] : []),
  ];
}

/** A row of MLflow's Traces table: where the trace sits in its session, and what happened there. */
export function traceRowChips(mark: TracesTableMark): MarkChip[] {
  const position = {
    text: `turn ${mark.index}/${mark.turns}${mark.complete ? '' : '+'}`,
    title: `Turn ${mark.index} of ${mark.complete ? '' : 'at least '}${mark.turns} of session ${mark.sessionId}`,
    tone: 'info',
  } as const;
  return [position, ...turnStateChips(mark)];
}

/** A turn card of MLflow's session page: its state only (the card already says which turn it is). */
export const turnCardChips = turnStateChips;

/** A session row of MLflow's Traces table grouped by session. */
export function sessionRowChips(mark: SessionMark): MarkChip[] {
  const turns = `${mark.turnCount}${mark.complete ? '' : '+'}`;
  const chips: MarkChip[] = [
    {
      text: `${turns} turns`,
      title: mark.complete ? plural(mark.turnCount, 'turn') : `At least ${plural(mark.turnCount, 'turn')}: the search stopped early.`,
      tone: 'info',
    },
  ];
  if (mark.negativeTurns > 0)
    chips.push({ text: `${mark.negativeTurns} wrong`, title: `${plural(mark.negativeTurns, 'turn')} judged wrong`, tone: 'bad' });
  if (mark.errorTurns > 0)
    chips.push({ text: `${mark.errorTurns} error`, title: `${plural(mark.errorTurns, 'trace')} ended in ERROR`, tone: 'bad' });
  if (mark.rootCause)
    chips.push({
      text: `root cause: turn ${mark.rootCause.index}`,
      title: mark.rootCause.confirmed ? CONFIRMED_TITLE : ROOT_CAUSE_TITLE,
      tone: 'cause',
    });
  if (mark.humanSessionLabel) chips.push({ text: 'labelled', title: 'A person labelled this session.', tone: 'human' });
  if (mark.scorerErrors > 0)
    chips.push({
      text: `${mark.scorerErrors} scorer errors hidden`,
      title: `${plural(mark.scorerErrors, 'scorer run')} failed; MLflow counts them as assessments, Session Lens leaves them out.`,
      tone: 'info',
    });
  return chips;
}
