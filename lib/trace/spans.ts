// One span shape for every format MLflow has served: the `get-trace-artifact` shape of 3.x (base64 ids,
// STATUS_CODE_* status, JSON-encoded attribute values), the 3.5.0 variant (hex ids, `OK`/`ERROR`), the
// MLflow 2.x shape (`context`, `parent_id`, `status_code`, `start_time`) and OTLP-shaped spans (`batchGet`,
// attributes as a key/value list).
import { asRecord, decodeJsonString, textOf } from '../json';
import { SPAN_TYPE } from '../mlflow/keys';
import type { WireSpan } from '../mlflow/schemas';

type SpanStatus = 'OK' | 'ERROR' | 'UNSET';

interface SpanEvent {
  name: string;
  timeNs: number | null;
  attributes: Record<string, unknown>;
}

export interface Span {
  spanId: string;
  parentId: string | null;
  name: string;
  /** MLflow's span type (`CHAT_MODEL`, `RETRIEVER`, `TOOL`...), when the span has one. */
  type: string | null;
  startNs: number | null;
  endNs: number | null;
  status: SpanStatus;
  statusMessage: string;
  /** Attribute values decoded from their JSON encoding where they have one. */
  attributes: Record<string, unknown>;
  events: SpanEvent[];
}

export function normaliseSpans(wireSpans: readonly WireSpan[]): Span[] {
  return wireSpans.map(normaliseSpan);
}

function normaliseSpan(raw: WireSpan): Span {
  const context = asRecord(raw.context);
  const attributes = decodeAttributes(raw.attributes);
  const status = asRecord(raw.status);
  const statusCode = status ? status.code : (raw.status_code ?? raw.status);
  const type = attributes[SPAN_TYPE];
  return {
    spanId: asId(raw.span_id ?? context?.span_id) ?? '',
    parentId: asId(raw.parent_span_id ?? raw.parent_id) ?? null,
    name: typeof raw.name === 'string' ? raw.name : '(unnamed span)',
    type: typeof type === 'string' ? type : null,
    startNs: asNanos(raw.start_time_unix_nano ?? raw.start_time),
    endNs: asNanos(raw.end_time_unix_nano ?? raw.end_time),
    status: asStatus(statusCode),
    statusMessage: textOf(status?.message ?? raw.status_message),
    attributes,
    events: Array.isArray(raw.events) ? raw.events.map(normaliseEvent) : [],
  };
}

function normaliseEvent(raw: unknown): SpanEvent {
  const event = asRecord(raw) ?? {};
  return {
    name: typeof event.name === 'string' ? event.name : '(event)',
    timeNs: asNanos(event.time_unix_nano ?? event.timestamp),
    attributes: decodeAttributes(event.attributes),
  };
}

/** OTLP key/value lists nest; deeper than this they are kept undecoded (a hostile trace can nest 10,000 deep). */
const MAX_OTLP_DEPTH = 32;

/**
 * Attribute maps arrive as `{key: "<json>"}` (MLflow) or `[{key, value: {string_value...}}]` (OTLP). Built with
 * Object.fromEntries so a key named `__proto__` stays an ordinary own key.
 */
function decodeAttributes(raw: unknown, depth = 0): Record<string, unknown> {
  if (Array.isArray(raw)) {
    return Object.fromEntries(
      raw.flatMap((entry) => {
        const pair = asRecord(entry);
        return pair && typeof pair.key === 'string' ? [[pair.key, decodeJsonString(otlpValue(pair.value, depth))]] : [];
      }),
    );
  }
  return Object.fromEntries(Object.entries(asRecord(raw) ?? {}).map(([key, value]) => [key, decodeJsonString(value)]));
}

function otlpValue(raw: unknown, depth: number): unknown {
  const value = asRecord(raw);
  if (!value || depth >= MAX_OTLP_DEPTH) return raw;
  if (Object.hasOwn(value, 'string_value')) return value.string_value;
  if (Object.hasOwn(value, 'stringValue')) return value.stringValue;
  if (Object.hasOwn(value, 'bool_value')) return value.bool_value;
  if (Object.hasOwn(value, 'boolValue')) return value.boolValue;
  for (const key of ['int_value', 'intValue', 'double_value', 'doubleValue']) {
    if (Object.hasOwn(value, key)) return asNumber(value[key]);
  }
  const array = asRecord(value.array_value ?? value.arrayValue);
  if (array) return (Array.isArray(array.values) ? array.values : []).map((item) => otlpValue(item, depth + 1));
  const kvlist = asRecord(value.kvlist_value ?? value.kvlistValue);
  if (kvlist) return decodeAttributes(kvlist.values, depth + 1);
  return undefined;
}

function asStatus(code: unknown): SpanStatus {
  const text = textOf(code).toUpperCase();
  if (text.endsWith('ERROR') || text === '2') return 'ERROR';
  if (text.endsWith('OK') || text === '1') return 'OK';
  return 'UNSET';
}

function asId(value: unknown): string | null {
  return typeof value === 'string' && value !== '' ? value : null;
}

/** OTLP writes 64-bit integers as strings; anything that is not a number or a numeric string is not one. */
function asNumber(value: unknown): number | null {
  if (typeof value === 'number') return value;
  return typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value)) ? Number(value) : null;
}

/** Nanosecond timestamps lose precision beyond 2^53 in JSON; a few hundred ns do not matter for display. */
function asNanos(value: unknown): number | null {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value))) return Number(value);
  return null;
}

/**
 * The root span (no parent, or a parent that is not in the trace), earliest first. A trace whose spans all
 * have parents in it (a cycle, which only a broken or hostile writer makes) is read from its earliest span.
 */
export function findRootSpan(spans: readonly Span[]): Span | null {
  const ids = new Set(spans.map((span) => span.spanId));
  const roots = spans.filter((span) => span.parentId === null || !ids.has(span.parentId));
  return [...(roots.length > 0 ? roots : spans)].sort(byStart)[0] ?? null;
}

/** A trace's spans as a tree, built once: children by parent id, each list earliest first. */
export interface SpanTree {
  root: Span | null;
  childrenOf: (span: Span) => readonly Span[];
}

/**
 * Span ids are the writer's: they can repeat, and parents can form cycles. Walks over this tree must keep a
 * set of the spans they visited (see `walkSpans`), so each span is visited once and every walk is linear.
 */
export function spanTree(spans: readonly Span[]): SpanTree {
  const byParent = new Map<string, Span[]>();
  for (const span of spans) {
    if (span.parentId === null) continue;
    const siblings = byParent.get(span.parentId);
    if (siblings) siblings.push(span);
    else byParent.set(span.parentId, [span]);
  }
  for (const siblings of byParent.values()) siblings.sort(byStart);
  return { root: findRootSpan(spans), childrenOf: (span) => byParent.get(span.spanId)?.filter((child) => child !== span) ?? [] };
}

/** Every span reachable from the root, each once, breadth first, with its depth and the names on its path. */
export function* walkSpans(tree: SpanTree): Generator<{ span: Span; depth: number; path: readonly string[] }> {
  if (!tree.root) return;
  const seen = new Set<Span>([tree.root]);
  let level: { span: Span; depth: number; path: readonly string[] }[] = [{ span: tree.root, depth: 0, path: [tree.root.name] }];
  while (level.length > 0) {
    const next: typeof level = [];
    for (const entry of level) {
      yield entry;
      for (const child of tree.childrenOf(entry.span)) {
        if (seen.has(child)) continue;
        seen.add(child);
        next.push({ span: child, depth: entry.depth + 1, path: [...entry.path, child.name] });
      }
    }
    level = next;
  }
}

/** Earliest first, for `Array.prototype.sort`; a span with no start time sorts first. */
export function byStart(a: Span, b: Span): number {
  return (a.startNs ?? 0) - (b.startNs ?? 0);
}
