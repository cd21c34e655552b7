// Search within the session the panel shows: the turns' inputs and outputs, their tool calls and the rationales
// of their assessments, case-insensitive. Hits are counted on the data, not on the DOM, so a 5,000-turn session
// is searched without rendering it; the panel then scrolls to one hit at a time and highlights the rendered ones
// with the same matcher (components/Highlighted.tsx).
import { explanationOf, isShownAssessment, type ToolCall, type Turn, type TurnDetail, type TurnText } from '../model';

/** One searchable text of a turn, named as the panel renders it: the key ties a hit to the text it is in. */
export interface SearchText {
  key: string;
  text: string;
}

export interface SearchHit {
  /** 0-based position of the turn in the session. */
  position: number;
  /** Which text of the turn (SearchText.key), and which match of the query in it (0-based). */
  key: string;
  nth: number;
}

export interface SearchResult {
  /** Every match in the session. */
  total: number;
  /** The matches to step through, in reading order; at most MAX_STEPPED_HITS. */
  hits: SearchHit[];
}

/** Stepping through more matches than this is no use; the count still says how many there are. */
export const MAX_STEPPED_HITS = 10_000;

/** Queries shorter than this match too much to be useful, and would make every keystroke slow on a long session. */
const MIN_QUERY_LENGTH = 2;

/** A case-insensitive matcher of the query taken literally (regular-expression characters are plain text). */
export function queryPattern(query: string): RegExp | null {
  const trimmed = query.trim();
  if (trimmed.length < MIN_QUERY_LENGTH) return null;
  return new RegExp(trimmed.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'giu');
}

/**
 * The tool calls a turn shows: those of its output read from spans, else those the session's analysis read
 * (null: not read; undefined: not known yet).
 */
export function shownToolCalls(
  output: TurnText | null,
  analysed: readonly ToolCall[] | null | undefined,
): readonly ToolCall[] | null | undefined {
  return output?.toolCalls.length ? output.toolCalls : analysed;
}

/** What makes a search text's key: the turn's trace and which of its texts; the panel's highlights use the same. */
export const searchKey = (traceId: string, part: string) => `${traceId} ${part}`;

/** The texts of a turn the panel shows, in the order it shows them (its full text once read from its spans). */
export function searchTextsOf(
  turn: Turn,
  detail: TurnDetail | null,
  analysedToolCalls: readonly ToolCall[] | null | undefined,
  showScorerErrors: boolean,
): SearchText[] {
  const texts: SearchText[] = [];
  const input = detail?.input ?? turn.input;
  const output = detail?.output ?? turn.output;
  if (input) texts.push({ key: searchKey(turn.traceId, 'input'), text: input.text });
  if (output) texts.push({ key: searchKey(turn.traceId, 'output'), text: output.text });
  for (const [index, call] of (shownToolCalls(output, analysedToolCalls) ?? []).entries()) {
    texts.push({ key: searchKey(turn.traceId, `tool ${index} name`), text: call.name });
    texts.push({ key: searchKey(turn.traceId, `tool ${index} arguments`), text: call.arguments });
    if (call.result) texts.push({ key: searchKey(turn.traceId, `tool ${index} result`), text: call.result });
  }
  for (const assessment of turn.assessments) {
    const explanation = isShownAssessment(assessment, showScorerErrors) ? explanationOf(assessment) : null;
    if (explanation) texts.push({ key: searchKey(turn.traceId, `rationale ${assessment.id}`), text: explanation });
  }
  return texts;
}

export function searchSession(turns: readonly Turn[], query: string, textsOf: (position: number) => readonly SearchText[]): SearchResult {
  const pattern = queryPattern(query);
  const result: SearchResult = { total: 0, hits: [] };
  if (pattern) searchTurns(result, pattern, textsOf, 0, turns.length);
  return result;
}

/**
 * Adds the matches in the turns from `from` up to `to` to `result`: a long session is searched a slice at a
 * time (components/SessionSearch.tsx), so no keystroke holds the page for long.
 */
export function searchTurns(
  result: SearchResult,
  pattern: RegExp,
  textsOf: (position: number) => readonly SearchText[],
  from: number,
  to: number,
): void {
  for (let position = from; position < to; position++) {
    for (const { key, text } of textsOf(position)) {
      pattern.lastIndex = 0;
      let nth = 0;
      while (pattern.exec(text) !== null) {
        if (result.hits.length < MAX_STEPPED_HITS) result.hits.push({ position, key, nth });
        nth++;
        result.total++;
      }
    }
  }
}

/** Highlighted matches in one text, at most: past them the text is plain (the current match is always marked). */
const MAX_MARKS_PER_TEXT = 500;

/**
 * The text cut into plain and matching pieces, for highlighting; `nth` counts the matches as searchSession does.
 * Only the first MAX_MARKS_PER_TEXT matches, and `keep` (the current one), become pieces of their own.
 */
export function splitByMatches(text: string, pattern: RegExp, keep = -1): { text: string; nth: number | null }[] {
  const pieces: { text: string; nth: number | null }[] = [];
  let last = 0;
  let nth = 0;
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text), nth++) {
    if (nth >= MAX_MARKS_PER_TEXT && nth !== keep) {
      if (nth > keep) break;
      continue;
    }
    if (match.index > last) pieces.push({ text: text.slice(last, match.index), nth: null });
    pieces.push({ text: match[0], nth });
    last = match.index + match[0].length;
  }
  if (last < text.length) pieces.push({ text: text.slice(last), nth: null });
  return pieces;
}
