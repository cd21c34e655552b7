// The domain model the panel renders. Plain data (it crosses the runtime messaging boundary), built from
// the wire types by lib/session/build.ts and never the other way round.
import type { SpanSummary } from './trace/outline';

/** Whether a judgement says the turn went wrong (lib/judgement/polarity.ts decides). */
export type Verdict = 'negative' | 'positive' | 'neutral' | 'ambiguous' | 'not-a-judgement';

/** How the user said to read an assessment name that is not built in. */
export type Polarity = 'yes-is-good' | 'no-is-good';

/**
 * What a judge looks at. A turn judged good on one says nothing of another: a relevant answer can still be
 * wrong. `outcome` is how the whole conversation went (frustration, completeness).
 */
export const DIMENSIONS = ['facts', 'relevance', 'retrieval', 'safety', 'style', 'outcome'] as const;
export type Dimension = (typeof DIMENSIONS)[number];

export interface ToolCall {
  name: string;
  arguments: string;
  /** What the tool returned, when the trace has it (tool spans do; a model's tool-call request does not). */
  result?: string;
}

type AssessmentScope = 'session' | 'turn';

export interface Assessment {
  id: string;
  name: string;
  traceId: string;
  scope: AssessmentScope;
  kind: 'feedback' | 'expectation';
  /** The value as MLflow sent it (string, number, boolean, object, or null for a failed scorer). */
  value: unknown;
  rationale: string | null;
  source: { type: string; id: string | null };
  createTime: string | null;
  /** Set when the scorer failed: then there is no judgement, only this. */
  scorerError: { code: string | null; message: string } | null;
  /** Whether the value says the turn went wrong (lib/judgement/polarity.ts), and why it reads so. */
  verdict: Verdict;
  verdictReason: string;
  /** What its judge looks at, when known (lib/judgement/polarity.ts). */
  dimension: Dimension | null;
}

type TextOrigin = 'spans' | 'preview' | 'metadata';

export interface TurnText {
  /** At most what the panel was sent (lib/turn-text/plan.ts), of `fullLength` characters. */
  text: string;
  fullLength: number;
  origin: TextOrigin;
  /** The server cut the text short (previews keep 1,000 characters, metadata 250). */
  truncated: boolean;
  toolCalls: ToolCall[];
}

export interface Turn {
  /** 1-based position in the session, oldest first. */
  index: number;
  traceId: string;
  state: string;
  startTime: string | null;
  startMs: number | null;
  durationMs: number | null;
  input: TurnText | null;
  output: TurnText | null;
  /** Per-turn assessments, superseded ones already removed; scorer errors included and flagged. */
  assessments: Assessment[];
  /** What the trace's model calls used, as MLflow summed it in the trace's metadata; null where it recorded none. */
  usage: TurnUsage | null;
}

export interface TurnUsage {
  inputTokens: number | null;
  outputTokens: number | null;
  costUsd: number | null;
}

interface TextSourceDescription {
  input: string;
  output: string;
}

export interface Session {
  baseUrl: string;
  experimentId: string;
  /** Null for a trace that belongs to no session: then `turns` holds that one trace. */
  sessionId: string | null;
  userId: string | null;
  turns: Turn[];
  /** Session-level assessments (their metadata names the session), superseded ones removed. */
  sessionAssessments: Assessment[];
  startMs: number | null;
  endMs: number | null;
  textSource: TextSourceDescription;
  /** Things the user should know about how complete this view is. */
  notices: string[];
  /** The source id this user's own assessments carry (their reviewer name): theirs to undo. */
  reviewer: string;
  /** What the user can label here (their experiment's label set, or the default one). */
  labelSet: readonly LabelDefinition[];
  totals: SessionTotals;
  /** The workspace it was read from, on servers with workspaces; follow-up requests go there too. */
  workspace?: string | null;
}

/**
 * The turns around the open one, read before the rest of a long session: shown while the other pages come.
 * Their numbers in the session are not known yet (the turns at the other end are not counted), so
 * `turns[].index` is not shown; `turnsRead` is how many of the session's turns have been read, from its newest
 * or from its oldest turn (`readFrom`).
 */
export interface SessionPreview {
  turns: Turn[];
  openTraceId: string;
  turnsRead: number;
  readFrom: 'newest' | 'oldest';
}

/** What a session adds up to (lib/session/totals.ts), for the panel's header. */
export interface SessionTotals {
  turns: number;
  /** From the first turn's start to the last turn's end. */
  spanMs: number | null;
  latency: { totalMs: number; p50Ms: number; p95Ms: number } | null;
  /** Summed over the turns that recorded them; null when none did. */
  inputTokens: number | null;
  outputTokens: number | null;
  costUsd: number | null;
  /** Turns that recorded tokens or cost, of all turns. */
  turnsWithUsage: number;
  /** Traces that ended in ERROR. */
  traceErrors: number;
  negativeJudgements: number;
  scorerErrors: number;
  /** The pause before each turn that began more than 5 minutes after the previous one ended, by trace id. */
  gaps: Record<string, number>;
}

/** One turn read from its own spans, fetched when the user opens or inspects it. */
export interface TurnDetail {
  traceId: string;
  input: TurnText | null;
  output: TurnText | null;
  /** Parents before children, as the inspector lists them (lib/trace/outline.ts). */
  spans: SpanSummary[];
  spansNotShown: number;
}

/** A scorer that failed said nothing about the turn; the panel hides these until asked. */
export function isScorerError(assessment: Pick<Assessment, 'scorerError'>): boolean {
  return assessment.scorerError !== null;
}

/** Whether the panel shows an assessment: a failed scorer's only when the user asked to see them. */
export function isShownAssessment(assessment: Pick<Assessment, 'scorerError'>, showScorerErrors: boolean): boolean {
  return showScorerErrors || !isScorerError(assessment);
}

/** What an assessment says for itself: its rationale, or what its failed scorer reported. */
export function explanationOf(assessment: Pick<Assessment, 'scorerError' | 'rationale'>): string | null {
  return assessment.scorerError?.message ?? assessment.rationale;
}

/** A judge or a person said the turn went wrong (a failed scorer said nothing). */
export function isNegativeJudgement(assessment: Pick<Assessment, 'scorerError' | 'verdict'>): boolean {
  return !isScorerError(assessment) && assessment.verdict === 'negative';
}

/** How many assessments of the session, session-level and per turn, are scorer errors. */
export function scorerErrorCount(session: Pick<Session, 'sessionAssessments' | 'turns'>): number {
  return (
    session.sessionAssessments.filter(isScorerError).length +
    session.turns.reduce((count, turn) => count + turn.assessments.filter(isScorerError).length, 0)
  );
}

/** A label the user can give from the panel (lib/labels.ts); an experiment's label set is a list of them. */
export type LabelKind =
  | { type: 'pass-fail' }
  | { type: 'yes-no' }
  | { type: 'choice'; options: string[] }
  | { type: 'number'; min: number; max: number }
  | { type: 'text' };

export type LabelScope = 'turn' | 'session';

export interface LabelDefinition {
  /** The assessment name written to MLflow. */
  name: string;
  scope: LabelScope;
  kind: LabelKind;
}

export type LabelValue = string | number;

/** One value a label had, as the panel's history lists it. */
export interface LabelHistoryEntry {
  value: string;
  rationale: string | null;
  author: string;
  time: string | null;
  superseded: boolean;
}
