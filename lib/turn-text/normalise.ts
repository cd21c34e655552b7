// Turns whatever an application logged as a turn's input or output into the text a person reads: the last
// thing the user said, and the assistant's final answer (not the history the app resent, not the
// intermediate tool calls, which are listed apart). Every result says where in the value it was found.
import { asRecord, compactJson, textOf } from '../json';
import type { ToolCall } from '../model';

export interface ExtractedText {
  text: string;
  /** Where in the value the text was found, like `messages[-1].content`; empty for the value itself. */
  path: string;
  toolCalls: ToolCall[];
}

/** Roles that mark what the user said: OpenAI's `user`, LangChain's `human`. */
export const USER_ROLES: ReadonlySet<string> = new Set(['user', 'human']);
const ASSISTANT_ROLES = new Set(['assistant', 'ai', 'model', 'bot']);
const INPUT_KEYS = ['messages', 'query', 'question', 'input', 'inputs', 'prompt', 'user_input', 'message', 'text', 'content', 'request'];
const OUTPUT_KEYS = [
  'messages',
  'answer',
  'output',
  'outputs',
  'response',
  'result',
  'text',
  'content',
  'completion',
  'generations',
  'message',
];
const MAX_DEPTH = 8;

export function extractUserInput(value: unknown): ExtractedText | null {
  return extract(value, 'input', '', 0);
}

export function extractAssistantOutput(value: unknown): ExtractedText | null {
  return extract(value, 'output', '', 0);
}

/** Which half of a turn: what the user said, or what the assistant answered. */
export type Side = 'input' | 'output';

function extract(value: unknown, side: Side, path: string, depth: number): ExtractedText | null {
  if (value === null || value === undefined) return null;
  if (depth > MAX_DEPTH) return found(compactJson(value), path);
  if (typeof value === 'string') return fromString(value, side, path, depth);
  if (typeof value === 'number' || typeof value === 'boolean') return found(String(value), path);
  if (Array.isArray(value)) return fromArray(value, side, path, depth);
  const record = asRecord(value);
  if (!record) return found(compactJson(value), path);
  return fromRecord(record, side, path, depth);
}

function fromString(value: string, side: Side, path: string, depth: number): ExtractedText | null {
  const trimmed = value.trim();
  if (trimmed === '') return null;
  // Some conventions (OpenInference `input.value`, LangChain tracers) store JSON inside a string.
  if (/^[[{"]/.test(trimmed)) {
    try {
      // A JSON string (`"hi"`) is the text itself, once decoded; objects and lists are looked into.
      return extract(JSON.parse(trimmed) as unknown, side, path, depth + 1);
    } catch {
      // Not JSON after all: it is the text.
    }
  }
  return found(value, path);
}

function fromArray(items: unknown[], side: Side, path: string, depth: number): ExtractedText | null {
  if (items.length === 0) return null;
  if (items.some(isMessage)) return fromMessages(items, side, path);
  if (items.every((item) => typeof item === 'string')) return found(items.join('\n'), path);
  // LangChain `generations: [[{text, message}]]` and similar one-element wrappers.
  if (items.length === 1) return extract(items[0], side, `${path}[0]`, depth + 1);
  return found(compactJson(items), path);
}

function fromRecord(record: Record<string, unknown>, side: Side, path: string, depth: number): ExtractedText | null {
  if (isMessage(record)) {
    const text = messageText(record);
    return text === null && messageToolCalls(record).length === 0
      ? null
      : { text: text ?? '', path: join(path, 'content'), toolCalls: messageToolCalls(record) };
  }
  if (side === 'output') {
    const choices = record.choices;
    if (Array.isArray(choices) && choices.length > 0) {
      const choice = asRecord(choices[0]);
      if (choice?.message) return extract(choice.message, side, join(path, 'choices[0].message'), depth + 1);
      if (typeof choice?.text === 'string') return found(choice.text, join(path, 'choices[0].text'));
    }
    // Anthropic and Bedrock responses: `{role: 'assistant', content: [blocks]}` without a role on some SDKs.
    if (Array.isArray(record.content) && record.content.some(isContentBlock)) {
      const text = blocksText(record.content);
      return { text, path: join(path, 'content'), toolCalls: blockToolCalls(record.content) };
    }
  }
  for (const key of side === 'input' ? INPUT_KEYS : OUTPUT_KEYS) {
    if (!Object.hasOwn(record, key)) continue;
    const inner = extract(record[key], side, join(path, key), depth + 1);
    if (inner) return inner;
  }
  const entries = Object.entries(record).filter(([, inner]) => inner !== null && inner !== undefined && inner !== '');
  if (entries.length === 0) return null;
  const [onlyKey, onlyValue] = entries[0]!;
  if (entries.length === 1) return extract(onlyValue, side, join(path, onlyKey), depth + 1);
  return found(compactJson(record), path);
}

function fromMessages(items: unknown[], side: Side, path: string): ExtractedText | null {
  const messages = items.map((item) => asRecord(item)).filter((item): item is Record<string, unknown> => item !== null && isMessage(item));
  if (side === 'input') {
    for (let index = messages.length - 1; index >= 0; index--) {
      const message = messages[index]!;
      if (!USER_ROLES.has(messageRole(message))) continue;
      const text = messageText(message);
      if (text !== null) return found(text, `${path}[${index - messages.length}].content`);
    }
    // No user message: the last message of any role is what the turn was about (a tool result, say).
    const last = messages.at(-1);
    const text = last ? messageText(last) : null;
    return text === null ? null : found(text, `${path}[-1].content`);
  }
  // The final answer is the last assistant message with text; the tool calls are those made since the
  // last user message, so an agent's accumulated history does not repeat earlier turns' calls.
  const lastUserIndex = messages.findLastIndex((message) => USER_ROLES.has(messageRole(message)));
  const sinceUser = messages.slice(lastUserIndex + 1);
  const toolCalls = sinceUser.flatMap(messageToolCalls);
  for (let index = messages.length - 1; index > lastUserIndex; index--) {
    const message = messages[index]!;
    if (!ASSISTANT_ROLES.has(messageRole(message))) continue;
    const text = messageText(message);
    if (text !== null && text.trim() !== '') return { text, path: `${path}[${index - messages.length}].content`, toolCalls };
  }
  if (toolCalls.length > 0) return { text: '', path, toolCalls };
  const last = messages.at(-1);
  const text = last ? messageText(last) : null;
  return text === null ? null : { text, path: `${path}[-1].content`, toolCalls };
}

function isMessage(value: unknown): boolean {
  const record = asRecord(value);
  if (!record) return false;
  const role = messageRole(record);
  return role !== '' && ['content', 'parts', 'tool_calls', 'kwargs'].some((key) => Object.hasOwn(record, key));
}

/** OpenAI `role`, LangChain `type` (`human`, `ai`) or a serialised LangChain class id. */
function messageRole(message: Record<string, unknown>): string {
  if (typeof message.role === 'string') return message.role.toLowerCase();
  if (typeof message.type === 'string' && message.type !== 'constructor') return message.type.toLowerCase();
  const id = Array.isArray(message.id) ? textOf(message.id.at(-1)) : '';
  if (id === 'HumanMessage') return 'human';
  if (id === 'AIMessage') return 'ai';
  if (id.endsWith('Message')) return id.slice(0, -'Message'.length).toLowerCase();
  return '';
}

function messageText(message: Record<string, unknown>): string | null {
  const kwargs = asRecord(message.kwargs);
  const content = message.content ?? message.parts ?? kwargs?.content;
  if (typeof content === 'string') return content;
  if (Array.isArray(content)) {
    const text = blocksText(content);
    return text === '' && !content.some(isTextBlock) ? null : text;
  }
  return null;
}

function isContentBlock(value: unknown): boolean {
  const block = asRecord(value);
  return block !== null && typeof block.type === 'string';
}

function isTextBlock(value: unknown): boolean {
  const block = asRecord(value);
  return block !== null && (block.type === 'text' || block.type === 'output_text' || block.type === 'input_text');
}

/** Text of OpenAI/Anthropic content blocks (`{type: 'text', text}`) and GenAI parts (`{type: 'text', content}`). */
function blocksText(blocks: unknown[]): string {
  return blocks
    .map((block) => {
      if (typeof block === 'string') return block;
      const record = asRecord(block);
      if (!record || !isTextBlock(record)) return '';
      return typeof record.text === 'string' ? record.text : typeof record.content === 'string' ? record.content : '';
    })
    .filter((text) => text !== '')
    .join('\n');
}

function blockToolCalls(blocks: unknown[]): ToolCall[] {
  return blocks.flatMap((block) => {
    const record = asRecord(block);
    if (!record) return [];
    if (record.type === 'tool_use' || record.type === 'tool_call' || record.type === 'function_call') {
      return [{ name: textOf(record.name) || '(tool)', arguments: argumentsText(record.input ?? record.arguments ?? record.args) }];
    }
    return [];
  });
}

function messageToolCalls(message: Record<string, unknown>): ToolCall[] {
  const kwargs = asRecord(message.kwargs);
  const calls = message.tool_calls ?? kwargs?.tool_calls;
  const fromCalls = Array.isArray(calls)
    ? calls.flatMap((call) => {
        const record = asRecord(call);
        if (!record) return [];
        const fn = asRecord(record.function);
        return [
          { name: textOf(fn?.name ?? record.name) || '(tool)', arguments: argumentsText(fn?.arguments ?? record.args ?? record.arguments) },
        ];
      })
    : [];
  const content = message.content ?? message.parts;
  return [...fromCalls, ...(Array.isArray(content) ? blockToolCalls(content) : [])];
}

/** Tool-call arguments or results as one line: strings as they are, anything else as compact JSON. */
export function argumentsText(value: unknown): string {
  if (value === undefined || value === null) return '';
  return typeof value === 'string' ? value : compactJson(value);
}

function found(text: string, path: string): ExtractedText {
  return { text, path, toolCalls: [] };
}

function join(path: string, key: string): string {
  return path === '' ? key : `${path}.${key}`;
}
