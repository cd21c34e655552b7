// Schema discovery, once per session, the way the manual workflow does it: take the first turn's spans,
// start at the root span, and find which attributes hold the user's input and the assistant's output;
// a root that carries neither is a wrapper, so descend to the nearest span that does.
import { asRecord, childrenOf, findRootSpan, type Span } from '../trace/spans';
import { extractAssistantOutput, extractUserInput, type ExtractedText } from './normalise';

/**
 * Where a turn's text lives, in the order they are tried. MLflow maps several conventions into
 * `mlflow.spanInputs`/`mlflow.spanOutputs` at OTLP ingest but keeps the originals, so MLflow's own keys
 * come first and the conventions after them catch what the mapping missed.
 */
export const ATTRIBUTE_CONVENTIONS: readonly AttributeConvention[] = [
  { name: 'MLflow', input: 'mlflow.spanInputs', output: 'mlflow.spanOutputs' },
  { name: 'OpenTelemetry GenAI', input: 'gen_ai.input.messages', output: 'gen_ai.output.messages' },
  { name: 'OpenTelemetry GenAI (indexed)', input: 'gen_ai.prompt', output: 'gen_ai.completion', indexed: true },
  { name: 'OpenInference', input: 'input.value', output: 'output.value' },
  { name: 'OpenInference (indexed)', input: 'llm.input_messages', output: 'llm.output_messages', indexed: true },
  { name: 'Traceloop', input: 'traceloop.entity.input', output: 'traceloop.entity.output' },
];

export interface AttributeConvention {
  name: string;
  input: string;
  output: string;
  /** Flattened lists like `gen_ai.prompt.0.role`, `gen_ai.prompt.0.content`. */
  indexed?: boolean;
}

/** User-chosen attribute keys for one side, from the options page. */
export interface AttributeOverride {
  input?: string;
  output?: string;
}

export interface TextLocation {
  /** The attribute key (or indexed prefix) read. */
  attribute: string;
  /** The span it was found on: its name, and how far below the root (0 for the root). */
  spanName: string;
  spanDepth: number;
  /** Where in the value the text sits, like `messages[-1].content`. */
  path: string;
}

export interface TurnSchema {
  input: TextLocation | null;
  output: TextLocation | null;
}

export interface DiscoveredTurn {
  schema: TurnSchema;
  input: ExtractedText | null;
  output: ExtractedText | null;
}

const MAX_DESCENT = 6;

/** Finds the turn's input and output in one trace's spans, breadth first from the root. */
export function discoverTurnSchema(spans: readonly Span[], override: AttributeOverride = {}): DiscoveredTurn {
  const root = findRootSpan(spans);
  if (!root) return { schema: { input: null, output: null }, input: null, output: null };
  let input: Found | null = null;
  let output: Found | null = null;
  let level: Span[] = [root];
  for (let depth = 0; depth <= MAX_DESCENT && level.length > 0 && !(input && output); depth++) {
    for (const span of level) {
      input ??= findOnSpan(span, depth, 'input', override.input);
      output ??= findOnSpan(span, depth, 'output', override.output);
      if (input && output) break;
    }
    level = level.flatMap((span) => childrenOf(spans, span.spanId));
  }
  return {
    schema: { input: input?.location ?? null, output: output?.location ?? null },
    input: input?.text ?? null,
    output: output?.text ?? null,
  };
}

interface Found {
  location: TextLocation;
  text: ExtractedText;
}

function findOnSpan(span: Span, depth: number, side: 'input' | 'output', overrideKey: string | undefined): Found | null {
  const keys = overrideKey
    ? [{ key: overrideKey, indexed: false }]
    : ATTRIBUTE_CONVENTIONS.map((convention) => ({ key: convention[side], indexed: convention.indexed ?? false }));
  for (const { key, indexed } of keys) {
    const value = indexed ? collectIndexed(span.attributes, key) : readAttribute(span.attributes, key);
    if (isEmpty(value)) continue;
    const text = side === 'input' ? extractUserInput(value) : extractAssistantOutput(value);
    if (!text || (text.text.trim() === '' && text.toolCalls.length === 0)) continue;
    return { location: { attribute: key, spanName: span.name, spanDepth: depth, path: text.path }, text };
  }
  return null;
}

/** Reads `a.b.c` as one flat key, or as a shorter key followed by a path into its (decoded) value. */
export function readAttribute(attributes: Record<string, unknown>, key: string): unknown {
  if (key in attributes) return attributes[key];
  const parts = key.split('.');
  for (let cut = parts.length - 1; cut > 0; cut--) {
    const prefix = parts.slice(0, cut).join('.');
    if (!(prefix in attributes)) continue;
    const value = readPath(attributes[prefix], parts.slice(cut));
    if (value !== undefined) return value;
  }
  return undefined;
}

function readPath(value: unknown, path: string[]): unknown {
  let current = value;
  for (const part of path) {
    const record = asRecord(current);
    if (!record) return undefined;
    current = record[part];
  }
  return current;
}

/**
 * Rebuilds a message list from flattened attributes: `gen_ai.prompt.0.role` + `gen_ai.prompt.0.content`, or
 * OpenInference's `llm.input_messages.0.message.role` + `.message.content`.
 */
export function collectIndexed(attributes: Record<string, unknown>, prefix: string): unknown {
  const messages = new Map<number, Record<string, unknown>>();
  const pattern = new RegExp(`^${prefix.replaceAll('.', '\\.')}\\.(\\d+)\\.(?:message\\.)?(role|content)$`);
  for (const [key, value] of Object.entries(attributes)) {
    const match = pattern.exec(key);
    if (!match) continue;
    const index = Number(match[1]);
    const message = messages.get(index) ?? {};
    message[match[2]!] = typeof value === 'string' ? value : value === undefined ? '' : JSON.stringify(value);
    messages.set(index, message);
  }
  if (messages.size === 0) return undefined;
  return [...messages.entries()].sort(([a], [b]) => a - b).map(([, message]) => ({ role: 'user', ...message }));
}

function isEmpty(value: unknown): boolean {
  if (value === undefined || value === null || value === '') return true;
  if (Array.isArray(value)) return value.length === 0;
  const record = asRecord(value);
  return record !== null && Object.values(record).every((inner) => inner === null || inner === undefined || inner === '');
}

export function describeLocation(location: TextLocation | null): string {
  if (!location) return 'not found';
  const span = location.spanDepth === 0 ? 'root span' : `span “${location.spanName}” (${location.spanDepth} below the root)`;
  return `${location.attribute}${location.path ? ` → ${location.path}` : ''} on the ${span}`;
}
