// A turn's text from what the search already returned, so the transcript needs no span fetch per turn.
// MLflow computes `request_preview`/`response_preview` from the root span's inputs and outputs (for chat
// payloads: the last user and the last assistant message), cut at 1,000 characters with a trailing "...";
// trace metadata `mlflow.traceInputs`/`traceOutputs` hold the same JSON cut at 250 characters.
import { TRACE_INPUTS_METADATA_KEY, TRACE_OUTPUTS_METADATA_KEY } from '../mlflow/keys';
import type { WireTraceInfo } from '../mlflow/schemas';
import { extractAssistantOutput, extractUserInput, type ExtractedText, type Side } from './normalise';

const PREVIEW_MAX_CHARS = 1000;
const METADATA_MAX_CHARS = 250;
const CUT_MARK = '...';

export interface SearchText {
  text: ExtractedText;
  origin: 'preview' | 'metadata';
  truncated: boolean;
}

/**
 * The text of one side of a turn from its search result, or null when the search result does not hold it
 * readably. `expectedPath` is where the first turn's spans had the text: a cut preview is only trusted
 * when what survives the cut is that same field.
 */
export function textFromSearch(info: WireTraceInfo, side: Side, expectedPath: string | null = null): SearchText | null {
  const preview = side === 'input' ? info.request_preview : info.response_preview;
  const fromPreview = readCut(preview, PREVIEW_MAX_CHARS, side, expectedPath);
  if (fromPreview) return { ...fromPreview, origin: 'preview' };
  const metadata = info.trace_metadata[side === 'input' ? TRACE_INPUTS_METADATA_KEY : TRACE_OUTPUTS_METADATA_KEY];
  const fromMetadata = readCut(metadata, METADATA_MAX_CHARS, side, expectedPath);
  return fromMetadata ? { ...fromMetadata, origin: 'metadata' } : null;
}

function readCut(
  raw: string | undefined,
  limit: number,
  side: Side,
  expectedPath: string | null,
): { text: ExtractedText; truncated: boolean } | null {
  if (raw === undefined || raw.trim() === '') return null;
  const truncated = raw.length >= limit && raw.endsWith(CUT_MARK);
  const extract = side === 'input' ? extractUserInput : extractAssistantOutput;
  if (!truncated) {
    const whole = extract(raw);
    return whole ? { text: whole, truncated } : null;
  }
  const cut = raw.slice(0, -CUT_MARK.length);
  // Cut plain text (MLflow's extracted chat message) is a true prefix of the text.
  if (!/^\s*[[{"]/.test(cut)) return { text: { text: cut, path: '', toolCalls: [] }, truncated };
  // Cut JSON is not readable as a whole: only a leading string can be read up to the cut. Anything else
  // (the last message of a long history, say) is lost in the cut, and the turn's spans are needed.
  const salvaged = salvageCutJson(cut);
  return salvaged && (expectedPath === null || salvaged.path === expectedPath) ? { text: salvaged, truncated } : null;
}

/**
 * A cut preview of a string (`"What is…`) or of a one-field dict (`{"question": "What is…`) is no longer
 * JSON; its leading string is still readable up to the cut.
 */
export function salvageCutJson(cut: string): ExtractedText | null {
  const match = /^\s*(?:\{\s*"([^"\\]+)"\s*:\s*)?"/.exec(cut);
  if (!match) return null;
  let body = cut.slice(match[0].length);
  const closing = findClosingQuote(body);
  if (closing >= 0) body = body.slice(0, closing);
  // Drop an escape sequence the cut split in two.
  body = body.replace(/\\(u[0-9a-fA-F]{0,3})?$/, '');
  try {
    return { text: JSON.parse(`"${body}"`) as string, path: match[1] ?? '', toolCalls: [] };
  } catch {
    return null;
  }
}

function findClosingQuote(body: string): number {
  for (let index = 0; index < body.length; index++) {
    if (body[index] === '\\') index++;
    else if (body[index] === '"') return index;
  }
  return -1;
}

/**
 * Whether two extractions of the same turn say the same thing, whitespace aside; a cut one only has to be a
 * prefix. Only as much of the full text is read as the candidate could match: previews are 1,000 characters,
 * spans can hold megabytes.
 */
export function sameText(full: string, candidate: string, candidateTruncated: boolean): boolean {
  const b = squash(candidate);
  // Squashing only shortens runs of whitespace, so a full text that squashes to `b` has at most this many
  // characters before its first non-space one past `b`'s length; reading a little more is enough to decide.
  const reach = 4 * candidate.length + 1_000;
  if (!candidateTruncated && full.length > reach && squash(full.slice(0, reach)).length > b.length) return false;
  const a = squash(candidateTruncated ? full.slice(0, reach) : full);
  return candidateTruncated ? a.startsWith(b) : a === b;
}

function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
