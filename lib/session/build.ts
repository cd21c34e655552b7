// Wire types in, the session the panel shows out. The open turn's spans decide where the text lives; each
// other turn takes its text from its search result when that result provably carries the same text, and
// from its own spans otherwise (lib/session/load.ts fetches those, and only those).
import type { WireTraceInfo } from '../mlflow/schemas';
import type { Span } from '../trace/spans';
import {
  applyTurnSchema,
  describeLocation,
  discoverTurnSchema,
  toolCallsOf,
  type AttributeOverride,
  type DiscoveredTurn,
} from '../turn-text/discover';
import type { ExtractedText, Side } from '../turn-text/normalise';
import { sameText, textFromSearch, type SearchText } from '../turn-text/from-search';
import { splitAssessments } from './assessments';
import { SESSION_METADATA_KEY, SOURCE_SCORER_TAG, USER_METADATA_KEY } from '../mlflow/keys';
import type { Assessment, Polarity, Session, Turn, TurnText } from '../model';

const SIDES: readonly Side[] = ['input', 'output'];

/** Where one turn's spans put the text, and whether search results carry that same text. */
export interface TextPlan {
  discovered: DiscoveredTurn | null;
  searchCarries: Record<Side, boolean>;
  override: AttributeOverride;
}

/** `sample` is the turn whose spans were read (the open one); its search result is checked against them. */
export function planTurnText(sample: WireTraceInfo | undefined, sampleSpans: readonly Span[] | null, override: AttributeOverride = {}): TextPlan {
  const discovered = sampleSpans ? discoverTurnSchema(sampleSpans, override) : null;
  const carries = (side: Side) => {
    const fromSpans = discovered?.[side];
    // Without spans the search results are all there is; with spans that hold nothing, they cannot agree.
    if (!discovered) return true;
    if (!fromSpans || !sample) return false;
    const found = textFromSearch(sample, side, discovered.schema[side]?.path ?? null);
    return found !== null && sameText(fromSpans.text, found.text.text, found.truncated);
  };
  return { discovered, searchCarries: { input: carries('input'), output: carries('output') }, override };
}

/** The turns whose text is not in their search result: their spans are needed to show them. */
export function turnsNeedingSpans(traces: readonly WireTraceInfo[], plan: TextPlan, haveSpans: ReadonlySet<string>): string[] {
  return traces
    .filter((info) => isTurnTrace(info) && !haveSpans.has(info.trace_id))
    .flatMap((info) => (SIDES.some((side) => needsSpans(info, plan, side)) ? [info.trace_id] : []));
}

function needsSpans(info: WireTraceInfo, plan: TextPlan, side: Side): boolean {
  if (!plan.discovered?.schema[side]) return false;
  return !plan.searchCarries[side] || textFromSearch(info, side, plan.discovered.schema[side]!.path) === null;
}

export interface BuildSessionInput {
  baseUrl: string;
  experimentId: string;
  sessionId: string | null;
  /** The session's traces, oldest first, as the search returned them. */
  traces: readonly WireTraceInfo[];
  plan: TextPlan;
  /** Spans of the turns that have them: the open turn, and those that needed them. */
  spansByTrace: ReadonlyMap<string, readonly Span[]>;
  polarities?: Readonly<Record<string, Polarity>>;
}

export function buildSession({ baseUrl, experimentId, sessionId, traces, plan, spansByTrace, polarities = {} }: BuildSessionInput): Session {
  const turnTraces = traces.filter(isTurnTrace);
  const sessionAssessments: Assessment[] = [];
  const turns = turnTraces.map((info, position): Turn => {
    const { session, turn } = splitAssessments(info.assessments, info.trace_id, polarities);
    sessionAssessments.push(...session);
    const spans = spansByTrace.get(info.trace_id);
    const fromSpans = spans && plan.discovered ? textsFromSpans(spans, plan) : null;
    return {
      index: position + 1,
      traceId: info.trace_id,
      state: info.state ?? 'STATE_UNSPECIFIED',
      startTime: info.request_time ?? null,
      startMs: parseTime(info.request_time),
      durationMs: parseDuration(info.execution_duration),
      input: fromSpans?.input ?? searchText(info, plan, 'input'),
      output: fromSpans?.output ?? searchText(info, plan, 'output'),
      assessments: turn,
    };
  });
  const last = turns.at(-1);
  const first = turnTraces[0];
  return {
    baseUrl,
    experimentId,
    sessionId,
    userId: first?.trace_metadata[USER_METADATA_KEY] ?? null,
    turns,
    sessionAssessments,
    startMs: turns[0]?.startMs ?? null,
    endMs: last?.startMs != null ? last.startMs + (last.durationMs ?? 0) : null,
    textSource: {
      input: describeSource(plan, 'input', spansByTrace.size, turns.length),
      output: describeSource(plan, 'output', spansByTrace.size, turns.length),
    },
    notices: [],
  };
}

/** The text of one turn from its own spans, by the session's schema. */
export function textsFromSpans(spans: readonly Span[], plan: TextPlan): { input: TurnText | null; output: TurnText | null } {
  const found = plan.discovered ? applyTurnSchema(spans, plan.discovered.schema, plan.override) : discoverTurnSchema(spans, plan.override);
  const tools = toolCallsOf(spans);
  return {
    input: found.input ? spanText(found.input, []) : null,
    output: found.output ? spanText(found.output, tools) : null,
  };
}

function spanText(text: ExtractedText, toolSpans: TurnText['toolCalls']): TurnText {
  // A tool span tells more (it has the result) than the model's request for the call.
  const toolCalls = toolSpans.length > 0 ? toolSpans : text.toolCalls;
  return { text: text.text, origin: 'spans', truncated: false, toolCalls };
}

function searchText(info: WireTraceInfo, plan: TextPlan, side: Side): TurnText | null {
  if (!plan.searchCarries[side]) return null;
  const found = textFromSearch(info, side, plan.discovered?.schema[side]?.path ?? null);
  return found ? fromSearch(found) : null;
}

function fromSearch(found: SearchText): TurnText {
  return { text: found.text.text, origin: found.origin, truncated: found.truncated, toolCalls: found.text.toolCalls };
}

/** Traces that scorers made while judging the session are not turns of it. */
export function isTurnTrace(info: WireTraceInfo): boolean {
  return info.tags[SOURCE_SCORER_TAG] === undefined;
}

export function sessionIdOf(info: WireTraceInfo): string | null {
  const value = info.trace_metadata[SESSION_METADATA_KEY];
  return value === undefined || value === '' ? null : value;
}

function describeSource(plan: TextPlan, side: Side, turnsWithSpans: number, turnCount: number): string {
  const location = plan.discovered?.schema[side] ?? null;
  const previewName = side === 'input' ? 'request preview' : 'response preview';
  const overridden = plan.override[side] ? ' (your setting)' : '';
  if (!plan.discovered) return `the ${previewName} of each turn (no turn's spans could be read)`;
  if (!location) return `not found in the open turn's spans${overridden}`;
  const where = `${describeLocation(location)}${overridden}`;
  if (turnCount <= 1) return where;
  if (plan.searchCarries[side] && turnsWithSpans <= 1) return `${where}; other turns from their ${previewName}`;
  if (plan.searchCarries[side]) return `${where}; other turns from their ${previewName}, or their spans where the preview is cut`;
  return `${where}; the ${previewName} does not hold it, so each turn's spans were read`;
}

function parseTime(value: string | undefined): number | null {
  if (!value) return null;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? null : ms;
}

/** Protobuf durations arrive as `"1.532s"`. */
export function parseDuration(value: string | undefined): number | null {
  const match = value ? /^(-?\d+(?:\.\d+)?)s$/.exec(value) : null;
  return match ? Math.round(Number(match[1]) * 1000) : null;
}
