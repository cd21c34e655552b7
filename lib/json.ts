// Small helpers for values of unknown shape: everything read from MLflow or a trace passes through them.

/** A plain object, or null for anything else (arrays, null, primitives). */
export function asRecord(value: unknown): Record<string, unknown> | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
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

/** A value as one line of JSON, or as its string form when it cannot be serialised. */
export function compactJson(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

/** What a caught error says, whatever was thrown. */
export function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
