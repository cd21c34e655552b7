// What the model saw: for each turn, how many of the conversation's earlier messages were in the model's
// input. An app that keeps a sliding window or a summary drops earlier turns, a frequent cause of
// multi-turn failures ("the bot forgot what I said").
import { SPAN_INPUTS } from '../mlflow/keys';
import type { Turn } from '../model';
import { asRecord } from '../json';
import { byStart, findRootSpan, type Span } from '../trace/spans';
import { USER_ROLES } from '../turn-text/normalise';

export interface ContextCoverage {
  traceId: string;
  index: number;
  /** Earlier user and assistant messages the model got in this turn (system messages aside). */
  earlierMessagesSeen: number;
  /** How many there were in the conversation: two per earlier turn. */
  earlierMessagesInSession: number;
  /** The model saw fewer earlier messages than the conversation had. */
  dropped: boolean;
  /** A system message mentions a summary: earlier turns may be summarised rather than gone. */
  summarised: boolean;
  /** The span whose input was read. */
  spanName: string;
}

const CHAT_SPAN_TYPES = new Set(['CHAT_MODEL', 'LLM']);
export const SYSTEM_ROLES: ReadonlySet<string> = new Set(['system', 'developer']);

/** Null when the turn's spans have no message list (an app that sends the model a plain prompt). */
export function contextCoverage(turn: Turn, spans: readonly Span[]): ContextCoverage | null {
  const found = modelInput(spans);
  if (!found) return null;
  const { messages, spanName } = found;
  const conversation = messages.filter((message) => !SYSTEM_ROLES.has(roleOf(message)));
  // The last message is the turn's own user message (or a tool result within the turn).
  const lastUser = conversation.findLastIndex((message) => USER_ROLES.has(roleOf(message)));
  const earlierMessagesSeen = Math.max(0, lastUser);
  const earlierMessagesInSession = 2 * (turn.index - 1);
  const summarised = messages.some((message) => SYSTEM_ROLES.has(roleOf(message)) && /summar/i.test(contentOf(message)));
  return {
    traceId: turn.traceId,
    index: turn.index,
    earlierMessagesSeen,
    earlierMessagesInSession,
    dropped: earlierMessagesSeen < earlierMessagesInSession,
    summarised,
    spanName,
  };
}

/** The messages of the turn's first model call, or of the root span when no model span has them. */
export function modelInput(spans: readonly Span[]): { messages: Record<string, unknown>[]; spanName: string } | null {
  const ordered = [...spans].sort(byStart);
  const candidates = [...ordered.filter((span) => span.type !== null && CHAT_SPAN_TYPES.has(span.type)), findRootSpan(spans)].filter(
    (span): span is Span => span !== null,
  );
  for (const span of candidates) {
    const messages = messageList(span.attributes[SPAN_INPUTS]);
    if (messages) return { messages, spanName: span.name };
  }
  return null;
}

function messageList(value: unknown, depth = 0): Record<string, unknown>[] | null {
  if (depth > 3) return null;
  if (Array.isArray(value)) {
    const messages = value.map(asRecord).filter((item): item is Record<string, unknown> => item !== null && roleOf(item) !== '');
    return messages.length > 0 && messages.length === value.length ? messages : null;
  }
  const record = asRecord(value);
  if (!record) return null;
  for (const key of ['messages', 'inputs', 'input']) {
    const found = messageList(record[key], depth + 1);
    if (found) return found;
  }
  return null;
}

export function roleOf(message: Record<string, unknown>): string {
  const role = message.role ?? message.type;
  return typeof role === 'string' ? role.toLowerCase() : '';
}

export function contentOf(message: Record<string, unknown>): string {
  return typeof message.content === 'string' ? message.content : JSON.stringify(message.content ?? '');
}
