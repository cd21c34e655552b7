// Wire types in, the session the panel shows out. The first turn's spans decide where the text lives; the
// other turns take their text from the search results when those carry the same text.
import type { WireTraceInfo } from '../mlflow/schemas';
import type { Span } from '../trace/spans';
import { describeLocation, discoverTurnSchema, type AttributeOverride, type DiscoveredTurn } from '../turn-text/discover';
import type { ExtractedText } from '../turn-text/normalise';
import { sameText, textFromSearch, type SearchText, type Side } from '../turn-text/from-search';
import { splitAssessments } from './assessments';
import { SESSION_METADATA_KEY, SOURCE_SCORER_TAG, USER_METADATA_KEY } from './filter';
import type { Assessment, Session, Turn, TurnText } from './model';

export interface BuildSessionInput {
  baseUrl: string;
  experimentId: string;
  sessionId: string | null;
  /** The session's traces, oldest first, as the search returned them. */
  traces: readonly WireTraceInfo[];
  /** Spans of the first turn, for schema discovery; null when they could not be fetched. */
  firstTurnSpans: readonly Span[] | null;
  override?: AttributeOverride;
}

export function buildSession({ baseUrl, experimentId, sessionId, traces, firstTurnSpans, override }: BuildSessionInput): Session {
  const turnTraces = traces.filter(isTurnTrace);
  const discovered = firstTurnSpans ? discoverTurnSchema(firstTurnSpans, override) : null;
  const first = turnTraces[0];
  const previewsAgree = {
    input: first ? searchAgreesWithSpans(first, discovered, 'input') : false,
    output: first ? searchAgreesWithSpans(first, discovered, 'output') : false,
  };
  const sessionAssessments: Assessment[] = [];
  const turns = turnTraces.map((info, position): Turn => {
    const { session, turn } = splitAssessments(info.assessments, info.trace_id);
    sessionAssessments.push(...session);
    const fromSpans = position === 0 ? discovered : null;
    return {
      index: position + 1,
      traceId: info.trace_id,
      state: info.state ?? 'STATE_UNSPECIFIED',
      startTime: info.request_time ?? null,
      startMs: parseTime(info.request_time),
      durationMs: parseDuration(info.execution_duration),
      input: turnText(info, fromSpans?.input ?? null, previewsAgree.input || !discovered?.schema.input, 'input'),
      output: turnText(info, fromSpans?.output ?? null, previewsAgree.output || !discovered?.schema.output, 'output'),
      assessments: turn,
    };
  });
  const last = turns.at(-1);
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
      input: describeSource(discovered, previewsAgree.input, 'input'),
      output: describeSource(discovered, previewsAgree.output, 'output'),
    },
    notices: [],
  };
}

/** Traces that scorers made while judging the session are not turns of it. */
export function isTurnTrace(info: WireTraceInfo): boolean {
  return info.tags[SOURCE_SCORER_TAG] === undefined;
}

export function sessionIdOf(info: WireTraceInfo): string | null {
  const value = info.trace_metadata[SESSION_METADATA_KEY];
  return value === undefined || value === '' ? null : value;
}

function turnText(info: WireTraceInfo, fromSpans: ExtractedText | null, useSearch: boolean, side: Side): TurnText | null {
  if (fromSpans) return { text: fromSpans.text, origin: 'spans', truncated: false, toolCalls: fromSpans.toolCalls };
  if (!useSearch) return null;
  const found = textFromSearch(info, side);
  return found ? fromSearch(found) : null;
}

function fromSearch(found: SearchText): TurnText {
  return { text: found.text.text, origin: found.origin, truncated: found.truncated, toolCalls: found.text.toolCalls };
}

function searchAgreesWithSpans(first: WireTraceInfo, discovered: DiscoveredTurn | null, side: Side): boolean {
  const fromSpans = discovered?.[side];
  if (!fromSpans) return false;
  const found = textFromSearch(first, side);
  return found !== null && sameText(fromSpans.text, found.text.text, found.truncated);
}

function describeSource(discovered: DiscoveredTurn | null, previewsAgree: boolean, side: Side): string {
  const location = discovered?.schema[side] ?? null;
  const previewName = side === 'input' ? 'request preview' : 'response preview';
  if (!location) return `${previewName} of each turn (no ${side} found in the first turn's spans)`;
  const where = describeLocation(location);
  return previewsAgree ? `${where}; other turns from their ${previewName}` : `${where}; other turns' text only in their spans`;
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
