// What changed in what the model saw from one turn to the next: messages that entered or left its input (a
// sliding window drops the oldest), a changed system prompt, retrieved documents added, removed or changed,
// the tools the turn called; and a word diff of the two answers (the panel shows it on request). Read from both
// turns' spans.
import type { ToolCall } from '../model';
import { retrievedDocuments } from '../trace/documents';
import type { Span } from '../trace/spans';
import { toolCallsOf } from '../turn-text/discover';
import { boundedToolCalls } from '../turn-text/plan';
import { modelInput, roleOf, contentOf, SYSTEM_ROLES } from './context';

/** Characters of a message or document shown in a change; the spans have the rest. */
const PREVIEW_CHARS = 300;
/** Words and spaces of each answer the word diff compares (its table grows with the product of the two). */
const MAX_DIFF_TOKENS = 3_000;

export interface MessageChange {
  role: string;
  text: string;
}

interface DocumentChange {
  id: string;
  text: string;
}

export interface TurnChanges {
  traceId: string;
  index: number;
  previousIndex: number;
  /** Null when either turn's model input is not a message list (then nothing is known of its context). */
  context: { added: MessageChange[]; dropped: MessageChange[] } | null;
  systemPrompt: { before: string; after: string } | null;
  documents: { added: DocumentChange[]; removed: DocumentChange[]; changed: DocumentChange[] };
  toolCalls: ToolCall[];
  /** The two answers, word by word: kept, removed (only in the previous answer), added (only in this one). */
  answers: DiffPart[];
}

export interface DiffPart {
  kind: 'same' | 'removed' | 'added';
  text: string;
}

interface TurnSide {
  index: number;
  traceId: string;
  spans: readonly Span[];
  answer: string;
}

const preview = (text: string) => (text.length > PREVIEW_CHARS ? `${text.slice(0, PREVIEW_CHARS - 1)}…` : text);
const messageKey = (message: Record<string, unknown>) => `${roleOf(message)}\u0000${contentOf(message)}`;

export function turnChanges(previous: TurnSide, current: TurnSide): TurnChanges {
  return {
    traceId: current.traceId,
    index: current.index,
    previousIndex: previous.index,
    context: contextChanges(previous, current),
    systemPrompt: systemPromptChange(previous.spans, current.spans),
    documents: documentChanges(previous.spans, current.spans),
    toolCalls: boundedToolCalls(toolCallsOf(current.spans), PREVIEW_CHARS),
    answers: wordDiff(previous.answer, current.answer),
  };
}

/**
 * What entered and left the model's input, system messages aside: messages of this turn's input not in the
 * previous turn's (normally the previous answer and the new user message), and messages of the previous
 * turn's input missing from this one's (what a sliding window or a summary dropped).
 */
function contextChanges(previous: TurnSide, current: TurnSide): TurnChanges['context'] {
  const before = modelInput(previous.spans)?.messages.filter((message) => !SYSTEM_ROLES.has(roleOf(message)));
  const after = modelInput(current.spans)?.messages.filter((message) => !SYSTEM_ROLES.has(roleOf(message)));
  if (!before || !after) return null;
  const afterKeys = new Set(after.map(messageKey));
  const beforeKeys = new Set(before.map(messageKey));
  const show = (message: Record<string, unknown>): MessageChange => ({ role: roleOf(message), text: preview(contentOf(message)) });
  return {
    added: after.filter((message) => !beforeKeys.has(messageKey(message))).map(show),
    dropped: before.filter((message) => !afterKeys.has(messageKey(message))).map(show),
  };
}

function systemPromptOf(spans: readonly Span[]): string | null {
  const messages = modelInput(spans)?.messages.filter((message) => SYSTEM_ROLES.has(roleOf(message)));
  return messages && messages.length > 0 ? messages.map(contentOf).join('\n') : null;
}

function systemPromptChange(previous: readonly Span[], current: readonly Span[]): TurnChanges['systemPrompt'] {
  const before = systemPromptOf(previous);
  const after = systemPromptOf(current);
  return before === after ? null : { before: preview(before ?? ''), after: preview(after ?? '') };
}

function documentChanges(previous: readonly Span[], current: readonly Span[]): TurnChanges['documents'] {
  const before = new Map(retrievedDocuments(previous).map((document) => [document.id, document.text]));
  const after = new Map(retrievedDocuments(current).map((document) => [document.id, document.text]));
  const show = ([id, text]: [string, string]): DocumentChange => ({ id, text: preview(text) });
  return {
    added: [...after].filter(([id]) => !before.has(id)).map(show),
    removed: [...before].filter(([id]) => !after.has(id)).map(show),
    changed: [...after].filter(([id, text]) => before.has(id) && before.get(id) !== text).map(show),
  };
}

/**
 * A word diff: the longest common subsequence of words and the spaces between them, so that the kept and
 * removed parts give back the old text exactly, and the kept and added ones the new. Past MAX_DIFF_TOKENS of
 * either text, the rest is shown as removed and added.
 */
export function wordDiff(before: string, after: string): DiffPart[] {
  const allA = before.match(/\s+|\S+/g) ?? [];
  const allB = after.match(/\s+|\S+/g) ?? [];
  const a = allA.slice(0, MAX_DIFF_TOKENS);
  const b = allB.slice(0, MAX_DIFF_TOKENS);
  // lengths[i * width + j]: the longest common subsequence of a[i..] and b[j..], in one typed array.
  const width = b.length + 1;
  const lengths = new Uint16Array((a.length + 1) * width);
  for (let i = a.length - 1; i >= 0; i--)
    for (let j = b.length - 1; j >= 0; j--)
      lengths[i * width + j] =
        a[i] === b[j] ? lengths[(i + 1) * width + j + 1]! + 1 : Math.max(lengths[(i + 1) * width + j]!, lengths[i * width + j + 1]!);
  const parts: DiffPart[] = [];
  const push = (kind: DiffPart['kind'], text: string) => {
    const last = parts.at(-1);
    if (last?.kind === kind) last.text += text;
    else parts.push({ kind, text });
  };
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      push('same', a[i]!);
      i++;
      j++;
    } else if (lengths[(i + 1) * width + j]! >= lengths[i * width + j + 1]!) push('removed', a[i++]!);
    else push('added', b[j++]!);
  }
  for (const token of allA.slice(i)) push('removed', token);
  for (const token of allB.slice(j)) push('added', token);
  return parts;
}
