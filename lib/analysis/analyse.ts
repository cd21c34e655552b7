// The session-wide analysis behind the panel's root-cause box, the tool calls listed under each turn and the
// "what the model saw" flags, and the choice of which turns' spans it needs: every turn of a session of up to
// 100 turns (one batch request); of a longer one, only the failing chain, and nothing when nothing failed.
import { assumedPolarity, isYesOrNo, judge, NO_JUDGE_SETTINGS, type JudgeSettings } from '../judgement/polarity';
import type { Assessment, Polarity, Session, ToolCall } from '../model';
import type { Span } from '../trace/spans';
import { toolCallsOf } from '../turn-text/discover';
import { boundedToolCalls } from '../turn-text/plan';
import { contextCoverage, type ContextCoverage } from './context';
import { failingRun, findRootCause, type RootCause } from './root-cause';

const AUTO_ANALYSED_TURNS = 100;
/** The most turns read for one analysis, the newest before the failing turn first. */
const MAX_ANALYSED_TURNS = 500;
/** Characters of each tool call's arguments and result: the list under a turn is a summary, its spans have all. */
const TOOL_TEXT_CHARS = 1_000;

export interface SessionAnalysis {
  rootCause: RootCause;
  /** Per turn whose spans were read and whose model input is a message list. */
  context: ContextCoverage[];
  /** The tool spans of every turn whose spans were read, by trace id (an empty list: read, and none ran). */
  toolCalls: Record<string, ToolCall[]>;
  turnsRead: number;
  /** Turns whose spans were not read (a long session analysed along its failing chain only). */
  turnsNotRead: number;
  /** Judges Session Lens does not know and the user set nothing for, read with an assumed polarity (see below). */
  assumedJudges: { name: string; polarity: Polarity }[];
}

/**
 * The session as the analysis reads it. A judge that is not built in and has no polarity set says only
 * "ambiguous" in the panel; left out of the analysis, a session judged by custom judges alone would have "no
 * turn failed". The analysis reads its yes or no by `assumedPolarity`, and names the judges it did so for.
 */
function readForAnalysis(session: Session, judges: JudgeSettings = NO_JUDGE_SETTINGS) {
  const ambiguous = (assessment: Assessment) => assessment.verdict === 'ambiguous' && isYesOrNo(assessment.value);
  const names = new Set(
    [...session.sessionAssessments, ...session.turns.flatMap((turn) => turn.assessments)].filter(ambiguous).map(({ name }) => name),
  );
  if (names.size === 0) return { session, judges, assumedJudges: [] };
  const assumedJudges = [...names].sort().map((name) => ({ name, polarity: assumedPolarity(name) }));
  const polarities = { ...Object.fromEntries(assumedJudges.map(({ name, polarity }) => [name, polarity])), ...judges.polarities };
  const read = { ...judges, polarities };
  const rejudged = (assessments: Assessment[]) =>
    assessments.map((assessment) => {
      if (!ambiguous(assessment)) return assessment;
      const { verdict, reason } = judge(assessment, read);
      return { ...assessment, verdict, verdictReason: `assumed: ${reason}` };
    });
  return {
    session: {
      ...session,
      sessionAssessments: rejudged(session.sessionAssessments),
      turns: session.turns.map((turn) => ({ ...turn, assessments: rejudged(turn.assessments) })),
    },
    judges: read,
    assumedJudges,
  };
}

export function analyseSession(
  shown: Session,
  openTraceId: string,
  spansByTrace: ReadonlyMap<string, readonly Span[]>,
  judgesSet: JudgeSettings = NO_JUDGE_SETTINGS,
): SessionAnalysis {
  const { session, judges, assumedJudges } = readForAnalysis(shown, judgesSet);
  const context: ContextCoverage[] = [];
  const toolCalls: Record<string, ToolCall[]> = {};
  for (const turn of session.turns) {
    const spans = spansByTrace.get(turn.traceId);
    if (!spans) continue;
    const coverage = contextCoverage(turn, spans);
    if (coverage) context.push(coverage);
    toolCalls[turn.traceId] = boundedToolCalls(toolCallsOf(spans), TOOL_TEXT_CHARS);
  }
  const turnsRead = Object.keys(toolCalls).length;
  return {
    // The coverage just measured, so the root-cause search does not measure it again.
    rootCause: findRootCause({ session, openTraceId, spansByTrace, judges, coverage: context }),
    context,
    toolCalls,
    turnsRead,
    turnsNotRead: session.turns.length - turnsRead,
    assumedJudges,
  };
}

/** The turns whose spans the analysis should read, among those not read yet. */
export function turnsToRead(
  session: Session,
  openTraceId: string,
  alreadyRead: ReadonlySet<string>,
  judges: JudgeSettings = NO_JUDGE_SETTINGS,
  { everyTurn = false } = {},
): string[] {
  const wanted =
    everyTurn || session.turns.length <= AUTO_ANALYSED_TURNS ? session.turns : failingChain(readForAnalysis(session, judges), openTraceId);
  return wanted
    .filter((turn) => !alreadyRead.has(turn.traceId))
    .slice(-MAX_ANALYSED_TURNS)
    .map((turn) => turn.traceId);
}

/** The turns from the failing one back to the last one judged good on what failed, known without spans. */
function failingChain({ session, judges }: { session: Session; judges: JudgeSettings }, openTraceId: string) {
  const run = failingRun(session, openTraceId, new Map(), judges);
  return run ? session.turns.slice(run.start, run.target.index) : [];
}
