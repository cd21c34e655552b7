// The session-wide analysis behind the panel's root-cause box and "what the model saw" flags, and the
// choice of which turns' spans it needs: every turn of a session of up to 100 turns (one batch request),
// only the failing chain of a longer one unless the user asks for all.
import type { Polarity, Session } from '../model';
import type { Span } from '../trace/spans';
import { contextCoverage, type ContextCoverage } from './context';
import { findRootCause, signalsOf, type RootCause } from './root-cause';

const AUTO_ANALYSED_TURNS = 100;
/** The most turns read for one analysis, the newest before the failing turn first. */
const MAX_ANALYSED_TURNS = 500;

export interface SessionAnalysis {
  rootCause: RootCause;
  /** Per turn whose spans were read and whose model input is a message list. */
  context: ContextCoverage[];
  turnsRead: number;
  /** Turns whose spans were not read (a long session analysed along its failing chain only). */
  turnsNotRead: number;
}

export function analyseSession(
  session: Session,
  openTraceId: string,
  spansByTrace: ReadonlyMap<string, readonly Span[]>,
  polarities: Readonly<Record<string, Polarity>> = {},
): SessionAnalysis {
  const context = session.turns.flatMap((turn) => {
    const spans = spansByTrace.get(turn.traceId);
    const coverage = spans ? contextCoverage(turn, spans) : null;
    return coverage ? [coverage] : [];
  });
  const turnsRead = session.turns.filter((turn) => spansByTrace.has(turn.traceId)).length;
  return {
    rootCause: findRootCause({ session, openTraceId, spansByTrace, polarities }),
    context,
    turnsRead,
    turnsNotRead: session.turns.length - turnsRead,
  };
}

/** The turns whose spans the analysis should read, among those not read yet. */
export function turnsToRead(
  session: Session,
  openTraceId: string,
  alreadyRead: ReadonlySet<string>,
  polarities: Readonly<Record<string, Polarity>> = {},
  { everyTurn = false } = {},
): string[] {
  const wanted = everyTurn || session.turns.length <= AUTO_ANALYSED_TURNS ? session.turns : failingChain(session, openTraceId, polarities);
  return wanted
    .filter((turn) => !alreadyRead.has(turn.traceId))
    .slice(-MAX_ANALYSED_TURNS)
    .map((turn) => turn.traceId);
}

/** The turns from the failing one back to the last turn a judge found good, from what is known without spans. */
function failingChain(session: Session, openTraceId: string, polarities: Readonly<Record<string, Polarity>>) {
  const signals = session.turns.map((turn) => signalsOf(turn, undefined, polarities));
  const open = signals.findIndex((signal) => signal.traceId === openTraceId);
  const target = open >= 0 && signals[open]!.negative.length > 0 ? open : signals.findLastIndex((signal) => signal.negative.length > 0);
  if (target < 0) return [];
  let start = target;
  while (start > 0 && !signals[start - 1]!.judgedGood) start--;
  return session.turns.slice(start, target + 1);
}
