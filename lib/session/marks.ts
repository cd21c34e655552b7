// The compact marks Session Lens adds to MLflow's own pages (its Traces table, its chat-sessions list, its
// single chat-session page): where a trace sits in its session and what went wrong there. Built from search
// results alone (no spans), with the same reading of judgements as the panel, so a mark never disagrees with
// the panel about what failed; the root-cause turn is the panel's answer before any span is read.
import { findRootCause } from '../analysis/root-cause';
import type { WireTraceInfo } from '../mlflow/schemas';
import { isNegativeJudgement, isScorerError, type Assessment, type Session } from '../model';
import { planTurnText } from '../turn-text/plan';
import { confirmationOf } from '../analysis/confirmation';
import type { JudgeSettings } from '../judgement/polarity';
import { buildSession } from './build';

/** One turn's mark: "turn k/N" and what happened there. */
export interface TurnMark {
  traceId: string;
  /** 1-based position among the session's turns. */
  index: number;
  turns: number;
  /** False when the search stopped early: then `turns` is a lower bound. */
  complete: boolean;
  /** A judge or a person said this turn went wrong (scorer errors are not judgements). */
  negative: boolean;
  /** The trace ended in ERROR. */
  error: boolean;
  /** A person gave this turn a label or a note. */
  humanLabel: boolean;
  /**
   * The turn a person confirmed as the root cause, or the earlier turn the panel names before reading spans
   * (the panel may name another once it has read them).
   */
  rootCause: boolean;
}

/** A session's mark in MLflow's chat-sessions list; its turns' marks are kept beside it (`MarkedSession`). */
export interface SessionMark {
  sessionId: string;
  turnCount: number;
  /** False when the search stopped early: then `turnCount` is a lower bound. */
  complete: boolean;
  negativeTurns: number;
  errorTurns: number;
  /** Failed scorer runs, which MLflow's list counts as assessments and the panel hides. */
  scorerErrors: number;
  rootCause: { traceId: string; index: number; confirmed: boolean } | null;
  /** A person labelled the session itself. */
  humanSessionLabel: boolean;
}

/** A Traces table row's mark: where its trace sits in which session. */
export type TracesTableMark = TurnMark & { sessionId: string };

export interface MarkedSession {
  mark: SessionMark;
  turns: TurnMark[];
}

export interface MarkOptions {
  judges: JudgeSettings;
  reviewer: string;
}

const isHumanLabel = (assessment: Assessment) => assessment.source.type === 'HUMAN' && !isScorerError(assessment);

/**
 * Marks for every session the traces belong to; `traces` oldest first, grouped by `sessionIdOfTrace`.
 * `complete` false: the search stopped early, so the counts are lower bounds.
 */
export function marksOfSessions(
  traces: readonly WireTraceInfo[],
  sessionIdOfTrace: (info: WireTraceInfo) => string | null,
  { judges, reviewer }: MarkOptions,
  complete = true,
): MarkedSession[] {
  const bySession = new Map<string, WireTraceInfo[]>();
  for (const info of traces) {
    const sessionId = sessionIdOfTrace(info);
    if (sessionId === null) continue;
    const group = bySession.get(sessionId) ?? [];
    group.push(info);
    bySession.set(sessionId, group);
  }
  // Search results only: the text plan that reads each turn's previews.
  const plan = planTurnText(undefined, null);
  return [...bySession].map(([sessionId, group]) =>
    markOf(
      sessionId,
      buildSession({
        baseUrl: '',
        experimentId: '',
        sessionId,
        traces: group,
        plan,
        spansByTrace: new Map(),
        judges,
        reviewer,
        labelSet: [],
      }),
      judges,
      complete,
    ),
  );
}

function markOf(sessionId: string, session: Session, judges: JudgeSettings, complete: boolean): MarkedSession {
  const confirmed = session.turns.find((turn) => confirmationOf(session, turn.traceId) !== null);
  // Only a turn before the failing one: that the failing turn is its own cause is what the search results say
  // when the cause is in the spans (a dropped context, a failed step), so the mark would mislead.
  const analysis = confirmed ? null : findRootCause({ session, openTraceId: '', spansByTrace: new Map(), judges });
  const found = analysis?.candidates.find((candidate) => candidate.index < (analysis.target?.index ?? 0));
  const rootCause = confirmed
    ? { traceId: confirmed.traceId, index: confirmed.index, confirmed: true }
    : found
      ? { traceId: found.traceId, index: found.index, confirmed: false }
      : null;
  const turns = session.turns.map((turn): TurnMark => ({
    traceId: turn.traceId,
    index: turn.index,
    turns: session.turns.length,
    complete,
    negative: turn.assessments.some(isNegativeJudgement),
    error: turn.state === 'ERROR',
    humanLabel: turn.assessments.some(isHumanLabel),
    rootCause: rootCause?.traceId === turn.traceId,
  }));
  const mark: SessionMark = {
    sessionId,
    turnCount: turns.length,
    complete,
    negativeTurns: turns.filter((turn) => turn.negative).length,
    errorTurns: turns.filter((turn) => turn.error).length,
    scorerErrors: session.totals.scorerErrors,
    rootCause,
    humanSessionLabel: session.sessionAssessments.some(isHumanLabel),
  };
  return { mark, turns };
}
