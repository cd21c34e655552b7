// Where a session's text lives, planned once from one turn's spans (the open turn's: lib/session/load.ts):
// each other turn takes its text from its search result when that result provably carries the same text,
// and from its own spans otherwise (load.ts fetches those, and only those).
import type { WireTraceInfo } from '../mlflow/schemas';
import type { ToolCall, TurnText } from '../model';
import { cutText } from '../text';
import type { Span } from '../trace/spans';
import {
  applyTurnSchema,
  describeLocation,
  discoverTurnSchema,
  toolCallsOf,
  type AttributeOverride,
  type DiscoveredTurn,
} from './discover';
import { sameText, textFromSearch, type SearchText } from './from-search';
import type { ExtractedText, Side } from './normalise';

const SIDES: readonly Side[] = ['input', 'output'];

/** Where one turn's spans put the text, and whether search results carry that same text. */
export interface TextPlan {
  discovered: DiscoveredTurn | null;
  searchCarries: Record<Side, boolean>;
  override: AttributeOverride;
}

/** `sample` is the turn whose spans were read (the open one); its search result is checked against them. */
export function planTurnText(
  sample: WireTraceInfo | undefined,
  sampleSpans: readonly Span[] | null,
  override: AttributeOverride = {},
): TextPlan {
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
export function turnsNeedingSpans(turnTraces: readonly WireTraceInfo[], plan: TextPlan, haveSpans: ReadonlySet<string>): string[] {
  return turnTraces
    .filter((info) => !haveSpans.has(info.trace_id))
    .flatMap((info) => (SIDES.some((side) => needsSpans(info, plan, side)) ? [info.trace_id] : []));
}

function needsSpans(info: WireTraceInfo, plan: TextPlan, side: Side): boolean {
  if (!plan.discovered?.schema[side]) return false;
  return !plan.searchCarries[side] || textFromSearch(info, side, plan.discovered.schema[side]!.path) === null;
}

/**
 * How much of one side of a turn crosses to the panel: in the transcript (the panel shows 700 characters and
 * then the rest on request), and when the user asks for a turn's full text. Longer text says how long it was.
 */
export const TRANSCRIPT_TEXT_CHARS = 4_000;
/** All the turns' texts of one transcript together; a session of thousands of long turns gets less of each. */
const TRANSCRIPT_BUDGET_CHARS = 16_000_000;
const TRANSCRIPT_TEXT_MIN_CHARS = 1_000;

/** How much of each side of each turn a transcript of `turnCount` turns carries. */
export function transcriptTextChars(turnCount: number): number {
  const share = Math.floor(TRANSCRIPT_BUDGET_CHARS / (2 * Math.max(1, turnCount)));
  return Math.max(TRANSCRIPT_TEXT_MIN_CHARS, Math.min(TRANSCRIPT_TEXT_CHARS, share));
}
export const FULL_TEXT_CHARS = 1_000_000;
/** Tool calls listed per turn, and how much of each one's arguments and result. */
const MAX_TOOL_CALLS = 20;
const MAX_TOOL_TEXT_CHARS = 4_000;

/** The text of one turn from its own spans, by the session's schema, each side cut at `limit` characters. */
export function textsFromSpans(spans: readonly Span[], plan: TextPlan, limit: number): { input: TurnText | null; output: TurnText | null } {
  const found = plan.discovered ? applyTurnSchema(spans, plan.discovered.schema, plan.override) : discoverTurnSchema(spans, plan.override);
  const tools = toolCallsOf(spans);
  return {
    input: found.input ? turnText(found.input, 'spans', false, [], limit) : null,
    // A tool span tells more (it has the result) than the model's request for the call.
    output: found.output ? turnText(found.output, 'spans', false, tools.length > 0 ? tools : found.output.toolCalls, limit) : null,
  };
}

export function searchText(info: WireTraceInfo, plan: TextPlan, side: Side, limit: number): TurnText | null {
  if (!plan.searchCarries[side]) return null;
  const found: SearchText | null = textFromSearch(info, side, plan.discovered?.schema[side]?.path ?? null);
  return found ? turnText(found.text, found.origin, found.truncated, found.text.toolCalls, limit) : null;
}

function turnText(
  text: ExtractedText,
  origin: TurnText['origin'],
  truncated: boolean,
  toolCalls: readonly ToolCall[],
  limit: number,
): TurnText {
  return {
    text: cutText(text.text, limit),
    fullLength: text.text.length,
    origin,
    truncated,
    toolCalls: boundedToolCalls(toolCalls),
  };
}

/** At most 20 calls, each text cut at `textChars` characters. */
export function boundedToolCalls(toolCalls: readonly ToolCall[], textChars = MAX_TOOL_TEXT_CHARS): ToolCall[] {
  return toolCalls.slice(0, MAX_TOOL_CALLS).map((call) => ({
    name: cutText(call.name, textChars),
    arguments: cutText(call.arguments, textChars),
    ...(call.result === undefined ? {} : { result: cutText(call.result, textChars) }),
  }));
}

/** Where the panel says a side's text came from, in words. */
export function describeSource(plan: TextPlan, side: Side, turnsWithSpans: number, turnCount: number): string {
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
