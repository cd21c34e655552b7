// Wire types in, the session the panel shows out. Where each turn's text comes from is planned in
// lib/turn-text/plan.ts; this puts turns, assessments and times together.
import type { WireAssessment, WireTraceInfo } from '../mlflow/schemas';
import type { Span } from '../trace/spans';
import { describeSource, searchText, textsFromSpans, transcriptTextChars, type TextPlan } from '../turn-text/plan';
import { splitAssessments } from './assessments';
import { sessionTotals } from './totals';
import { COST_METADATA_KEY, SESSION_METADATA_KEY, SOURCE_SCORER_TAG, TOKEN_USAGE_METADATA_KEY, USER_METADATA_KEY } from '../mlflow/keys';
import type { JudgeSettings } from '../judgement/polarity';
import type { Assessment, Session, Turn, TurnUsage } from '../model';

export interface BuildSessionInput {
  baseUrl: string;
  experimentId: string;
  sessionId: string | null;
  /** The session's traces, oldest first, as the search returned them. */
  traces: readonly WireTraceInfo[];
  plan: TextPlan;
  /** Spans of the turns that have them: the open turn, and those that needed them. */
  spansByTrace: ReadonlyMap<string, readonly Span[]>;
  judges?: JudgeSettings;
  /** The source id of this user's own assessments. */
  reviewer: string;
  labelSet: Session['labelSet'];
}

export function buildSession({
  baseUrl,
  experimentId,
  sessionId,
  traces,
  plan,
  spansByTrace,
  judges,
  reviewer,
  labelSet,
}: BuildSessionInput): Session {
  const turnTraces = traces.filter(isTurnTrace);
  const sessionAssessments: Assessment[] = [];
  const limit = transcriptTextChars(turnTraces.length);
  const turns = turnTraces.map((info, position): Turn => {
    const { session, turn } = splitAssessments(info.assessments, info.trace_id, judges);
    sessionAssessments.push(...session);
    const spans = spansByTrace.get(info.trace_id);
    const fromSpans = spans && plan.discovered ? textsFromSpans(spans, plan, limit) : null;
    return {
      index: position + 1,
      traceId: info.trace_id,
      state: info.state ?? 'STATE_UNSPECIFIED',
      startTime: info.request_time ?? null,
      startMs: parseTime(info.request_time),
      durationMs: parseDuration(info.execution_duration),
      input: fromSpans?.input ?? searchText(info, plan, 'input', limit),
      output: fromSpans?.output ?? searchText(info, plan, 'output', limit),
      assessments: turn,
      usage: usageOf(info.trace_metadata),
    };
  });
  const last = turns.at(-1);
  const first = turnTraces[0];
  const startMs = turns[0]?.startMs ?? null;
  const endMs = last?.startMs != null ? last.startMs + (last.durationMs ?? 0) : null;
  return {
    baseUrl,
    experimentId,
    sessionId,
    userId: first?.trace_metadata[USER_METADATA_KEY] ?? null,
    turns,
    sessionAssessments,
    startMs,
    endMs,
    totals: sessionTotals({ turns, sessionAssessments, startMs, endMs }),
    textSource: {
      input: describeSource(plan, 'input', spansByTrace.size, turns.length),
      output: describeSource(plan, 'output', spansByTrace.size, turns.length),
    },
    notices: [],
    reviewer,
    labelSet,
  };
}

/** Traces that scorers made while judging the session are not turns of it. */
/** The session with one trace's assessments as MLflow now has them (after a label was written there): no search needed. */
export function withTraceAssessments(
  session: Session,
  traceId: string,
  assessments: readonly WireAssessment[],
  judges?: JudgeSettings,
): Session {
  const split = splitAssessments(assessments, traceId, judges);
  const turns = session.turns.map((turn) => (turn.traceId === traceId ? { ...turn, assessments: split.turn } : turn));
  const sessionAssessments = [...session.sessionAssessments.filter((assessment) => assessment.traceId !== traceId), ...split.session];
  return {
    ...session,
    turns,
    sessionAssessments,
    totals: sessionTotals({ turns, sessionAssessments, startMs: session.startMs, endMs: session.endMs }),
  };
}

export function isTurnTrace(info: WireTraceInfo): boolean {
  return info.tags[SOURCE_SCORER_TAG] === undefined;
}

export function sessionIdOf(info: WireTraceInfo): string | null {
  const value = info.trace_metadata[SESSION_METADATA_KEY];
  return value === undefined || value === '' ? null : value;
}

export function parseTime(value: string | undefined): number | null {
  if (!value) return null;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? null : ms;
}

/** Protobuf durations arrive as `"1.532s"`. */
export function parseDuration(value: string | undefined): number | null {
  const match = value ? /^(-?\d+(?:\.\d+)?)s$/.exec(value) : null;
  return match ? Math.round(Number(match[1]) * 1000) : null;
}

/** A count or an amount from trace metadata: a finite number of zero or more, else nothing. */
function amount(record: unknown, key: string): number | null {
  const value = record && typeof record === 'object' ? (record as Record<string, unknown>)[key] : undefined;
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : null;
}

function parsedJson(text: string | undefined): unknown {
  if (!text) return null;
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/** Tokens and cost of a turn, from the JSON MLflow writes into the trace's metadata. */
function usageOf(metadata: Readonly<Record<string, string>>): TurnUsage | null {
  const tokens = parsedJson(metadata[TOKEN_USAGE_METADATA_KEY]);
  const cost = parsedJson(metadata[COST_METADATA_KEY]);
  const usage = {
    inputTokens: amount(tokens, 'input_tokens'),
    outputTokens: amount(tokens, 'output_tokens'),
    costUsd: amount(cost, 'total_cost'),
  };
  return usage.inputTokens === null && usage.outputTokens === null && usage.costUsd === null ? null : usage;
}
