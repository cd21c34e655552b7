// One span shape for every format MLflow has served: the `get-trace-artifact` shape of 3.x (base64 ids,
// STATUS_CODE_* status, JSON-encoded attribute values), the 3.5.0 variant (hex ids, `OK`/`ERROR`), the
// MLflow 2.x shape (`context`, `parent_id`, `status_code`, `start_time`) and OTLP-shaped spans (`batchGet`,
// attributes as a key/value list).
import { asRecord, decodeJsonString } from '../json';
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
    statusMessage: String(status?.message ?? raw.status_message ?? ''),
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

/** Attribute maps arrive as `{key: "<json>"}` (MLflow) or `[{key, value: {string_value...}}]` (OTLP). */
function decodeAttributes(raw: unknown): Record<string, unknown> {
  const decoded: Record<string, unknown> = {};
  if (Array.isArray(raw)) {
    for (const entry of raw) {
      const pair = asRecord(entry);
      if (pair && typeof pair.key === 'string') decoded[pair.key] = decodeJsonString(otlpValue(pair.value));
    }
    return decoded;
  }
  for (const [key, value] of Object.entries(asRecord(raw) ?? {})) decoded[key] = decodeJsonString(value);
  return decoded;
}

function otlpValue(raw: unknown): unknown {
  const value = asRecord(raw);
  if (!value) return raw;
  if ('string_value' in value) return value.string_value;
  if ('stringValue' in value) return value.stringValue;
  if ('bool_value' in value) return value.bool_value;
  if ('boolValue' in value) return value.boolValue;
  for (const key of ['int_value', 'intValue', 'double_value', 'doubleValue']) {
    if (key in value) return Number(value[key]);
  }
  const array = asRecord(value.array_value ?? value.arrayValue);
  if (array) return (Array.isArray(array.values) ? array.values : []).map(otlpValue);
  const kvlist = asRecord(value.kvlist_value ?? value.kvlistValue);
  if (kvlist) return decodeAttributes(kvlist.values);
  return undefined;
}

function asStatus(code: unknown): SpanStatus {
  const text = String(code ?? '').toUpperCase();
  if (text.endsWith('ERROR') || text === '2') return 'ERROR';
  if (text.endsWith('OK') || text === '1') return 'OK';
  return 'UNSET';
}

function asId(value: unknown): string | null {
  return typeof value === 'string' && value !== '' ? value : null;
}

/** Nanosecond timestamps lose precision beyond 2^53 in JSON; a few hundred ns do not matter for display. */
function asNanos(value: unknown): number | null {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value))) return Number(value);
  return null;
}

/** The root span (no parent, or a parent that is not in the trace), earliest first. */
export function findRootSpan(spans: readonly Span[]): Span | null {
  const ids = new Set(spans.map((span) => span.spanId));
  const roots = spans.filter((span) => span.parentId === null || !ids.has(span.parentId));
  return roots.sort(byStart)[0] ?? null;
}

export function childrenOf(spans: readonly Span[], parentId: string): Span[] {
  return spans.filter((span) => span.parentId === parentId).sort(byStart);
}

/** Earliest first, for `Array.prototype.sort`; a span with no start time sorts first. */
export function byStart(a: Span, b: Span): number {
  return (a.startNs ?? 0) - (b.startNs ?? 0);
}
