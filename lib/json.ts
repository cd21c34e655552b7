// Small helpers for values of unknown shape: everything read from MLflow or a trace passes through them.

/** A plain object, or null for anything else (arrays, null, primitives). */
export function asRecord(value: unknown): Record<string, unknown> | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
}

/**
 * `record[key]` when the record has that key itself. Names from a trace (`constructor`, `toString`,
 * `__proto__`) must never reach `Object.prototype` through a plain lookup.
 */
export function own<Value>(record: Readonly<Record<string, Value>>, key: string): Value | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

/** MLflow stores every attribute JSON-encoded; values that are not JSON are kept as they are. */
export function decodeJsonString(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  try {
    return JSON.parse(value);
  } catch {
    return value;
  }
}

/** A value as one line of JSON, or null when JSON cannot write it (nested too deep, a BigInt, a cycle). */
export function jsonOrNull(value: unknown): string | null {
  try {
    return JSON.stringify(value) ?? null;
  } catch {
    return null;
  }
}

/**
 * A value as one line of JSON. Never throws: a value JSON cannot write reads as a placeholder, since
 * `String()` itself throws on objects whose `toString` is not a function (`{"toString": 1}`).
 */
export function compactJson(value: unknown): string {
  return jsonOrNull(value) ?? (value === undefined ? 'undefined' : '(a value too deep or too odd to show)');
}

/** Text of any value read from a trace: strings as they are, numbers and booleans written out, the rest as JSON. */
export function textOf(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return compactJson(value);
}

/** What a caught error says, whatever was thrown. */
export function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
