// Schema discovery, once per session, the way the manual workflow does it: take one turn's spans (the open
// turn's: lib/session/load.ts), start at the root span, and find which attributes hold the user's input and the assistant's output;
// a root that carries neither is a wrapper, so descend to the nearest span that does.
import { SPAN_INPUTS, SPAN_OUTPUTS } from '../mlflow/keys';
import { asRecord } from '../json';
import type { ToolCall } from '../model';
import { byStart, spanTree, walkSpans, type Span, type SpanTree } from '../trace/spans';
import { argumentsText, extractAssistantOutput, extractUserInput, type ExtractedText, type Side } from './normalise';

/**
 * Where a turn's text lives, in the order they are tried. MLflow maps several conventions into
 * `mlflow.spanInputs`/`mlflow.spanOutputs` at OTLP ingest but keeps the originals, so MLflow's own keys
 * come first and the conventions after them catch what the mapping missed.
 */
const ATTRIBUTE_CONVENTIONS: readonly AttributeConvention[] = [
  { name: 'MLflow', input: SPAN_INPUTS, output: SPAN_OUTPUTS },
  { name: 'OpenTelemetry GenAI', input: 'gen_ai.input.messages', output: 'gen_ai.output.messages' },
  { name: 'OpenTelemetry GenAI (indexed)', input: 'gen_ai.prompt', output: 'gen_ai.completion', indexed: true },
  { name: 'OpenInference', input: 'input.value', output: 'output.value' },
  { name: 'OpenInference (indexed)', input: 'llm.input_messages', output: 'llm.output_messages', indexed: true },
  { name: 'Traceloop', input: 'traceloop.entity.input', output: 'traceloop.entity.output' },
];

interface AttributeConvention {
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
  /** Span names from the root down to the span it was found on, to find the same span in other turns. */
  spanPath: string[];
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

/** Finds the turn's input and output in one trace's spans, breadth first from the root (each span once). */
export function discoverTurnSchema(spans: readonly Span[], override: AttributeOverride = {}): DiscoveredTurn {
  let input: Found | null = null;
  let output: Found | null = null;
  for (const { span, depth, path } of walkSpans(spanTree(spans))) {
    if (depth > MAX_DESCENT || (input && output)) break;
    input ??= findOnSpan(span, path, 'input', override.input);
    output ??= findOnSpan(span, path, 'output', override.output);
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

function findOnSpan(span: Span, spanPath: readonly string[], side: Side, overrideKey: string | undefined): Found | null {
  const keys = overrideKey
    ? [{ key: overrideKey, indexed: false }]
    : ATTRIBUTE_CONVENTIONS.map((convention) => ({ key: convention[side], indexed: convention.indexed ?? false }));
  for (const { key, indexed } of keys) {
    const text = readText(span, key, indexed, side);
    if (text) return { location: { attribute: key, spanPath: [...spanPath], path: text.path }, text };
  }
  return null;
}

function readText(span: Span, key: string, indexed: boolean, side: Side): ExtractedText | null {
  const value = indexed ? collectIndexed(span.attributes, key) : readAttribute(span.attributes, key);
  if (isEmpty(value)) return null;
  const text = side === 'input' ? extractUserInput(value) : extractAssistantOutput(value);
  return !text || (text.text.trim() === '' && text.toolCalls.length === 0) ? null : text;
}

/**
 * A turn's text by the schema discovered on the session's first turn: the same attribute on the span at the
 * same place in the tree. A turn logged differently (another code path of the app) is discovered afresh.
 */
export function applyTurnSchema(spans: readonly Span[], schema: TurnSchema, override: AttributeOverride = {}): DiscoveredTurn {
  const tree = spanTree(spans);
  const read = (side: Side): ExtractedText | null => {
    const location = schema[side];
    if (!tree.root || !location) return null;
    const span = followPath(tree, location.spanPath);
    const indexed = ATTRIBUTE_CONVENTIONS.some((convention) => convention.indexed && convention[side] === location.attribute);
    return span ? readText(span, location.attribute, indexed, side) : null;
  };
  const input = read('input');
  const output = read('output');
  if ((input || !schema.input) && (output || !schema.output)) return { schema, input, output };
  const fresh = discoverTurnSchema(spans, override);
  return { schema: fresh.schema, input: input ?? fresh.input, output: output ?? fresh.output };
}

function followPath(tree: SpanTree, path: readonly string[]): Span | null {
  let span: Span | undefined | null = tree.root;
  if (!span || (path[0] !== undefined && path[0] !== span.name)) return null;
  for (const name of path.slice(1)) {
    span = tree.childrenOf(span).find((child) => child.name === name);
    if (!span) return null;
  }
  return span;
}

/** Tool spans below the turn's root, as the calls the assistant made during the turn. */
export function toolCallsOf(spans: readonly Span[]): ToolCall[] {
  return spans
    .filter((span) => span.type === 'TOOL')
    .sort(byStart)
    .map((span) => ({
      name: span.name,
      arguments: argumentsText(span.attributes[SPAN_INPUTS]),
      result: argumentsText(span.attributes[SPAN_OUTPUTS]),
    }));
}

/** Reads `a.b.c` as one flat key, or as a shorter key followed by a path into its (decoded) value. */
export function readAttribute(attributes: Record<string, unknown>, key: string): unknown {
  if (Object.hasOwn(attributes, key)) return attributes[key];
  const parts = key.split('.');
  for (let cut = parts.length - 1; cut > 0; cut--) {
    const prefix = parts.slice(0, cut).join('.');
    if (!Object.hasOwn(attributes, prefix)) continue;
    const value = readPath(attributes[prefix], parts.slice(cut));
    if (value !== undefined) return value;
  }
  return undefined;
}

function readPath(value: unknown, path: string[]): unknown {
  let current = value;
  for (const part of path) {
    const record = asRecord(current);
    if (!record || !Object.hasOwn(record, part)) return undefined;
    current = record[part];
  }
  return current;
}

/**
 * Rebuilds a message list from flattened attributes: `gen_ai.prompt.0.role` + `gen_ai.prompt.0.content`, or
 * OpenInference's `llm.input_messages.0.message.role` + `.message.content`.
 */
function collectIndexed(attributes: Record<string, unknown>, prefix: string): unknown {
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
  const depth = location.spanPath.length - 1;
  const path = location.spanPath.join(' › ');
  const span = depth <= 0 ? 'root span' : `span “${location.spanPath.at(-1)}” (${depth} below the root: ${path})`;
  return `${location.attribute}${location.path ? ` → ${location.path}` : ''} on the ${span}`;
}
