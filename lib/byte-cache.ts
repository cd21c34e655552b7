// A least-recently-used cache bounded by an estimate of its size in bytes (and by a count), for the service
// worker's sessions and spans: a few huge sessions must not grow the worker without end.

export interface ByteCache<Value> {
  get(key: string): Value | undefined;
  has(key: string): boolean;
  set(key: string, value: Value): void;
  delete(key: string): void;
  clear(): void;
  keys(): IterableIterator<string>;
  /** The estimated bytes held now. */
  readonly bytes: number;
}

/**
 * About the bytes a value holds: two per character of its strings (which dominate what is cached) and a few
 * per other value. A walk, not `JSON.stringify`: no copy of a 10 MB string, no stack for a value 10,000 deep.
 */
export function estimateBytes(value: unknown): number {
  let bytes = 0;
  const pending: unknown[] = [value];
  while (pending.length > 0) {
    const next = pending.pop();
    if (typeof next === 'string') bytes += 2 * next.length;
    else if (Array.isArray(next)) {
      bytes += 16;
      for (const item of next) pending.push(item);
    } else if (typeof next === 'object' && next !== null) {
      for (const [key, item] of Object.entries(next)) {
        bytes += 2 * key.length + 16;
        pending.push(item);
      }
    } else bytes += 8;
  }
  return bytes;
}

export function createByteCache<Value>({
  maxBytes,
  maxEntries = Number.POSITIVE_INFINITY,
  sizeOf = estimateBytes,
  onEvict,
}: {
  maxBytes: number;
  maxEntries?: number;
  sizeOf?: (value: Value) => number;
  /** Called for each entry dropped to stay within the budget. */
  onEvict?: (key: string, value: Value) => void;
}): ByteCache<Value> {
  // A Map keeps insertion order: the first key is the least recently used.
  const entries = new Map<string, { value: Value; bytes: number }>();
  let total = 0;

  function remove(key: string) {
    const entry = entries.get(key);
    if (!entry) return;
    entries.delete(key);
    total -= entry.bytes;
  }

  return {
    get(key) {
      const entry = entries.get(key);
      if (!entry) return undefined;
      entries.delete(key);
      entries.set(key, entry);
      return entry.value;
    },
    has: (key) => entries.has(key),
    set(key, value) {
      remove(key);
      const bytes = sizeOf(value);
      entries.set(key, { value, bytes });
      total += bytes;
      // The newest entry always stays, even alone over the budget: it is what was just asked for.
      for (const oldest of entries.keys()) {
        if ((total <= maxBytes && entries.size <= maxEntries) || oldest === key) break;
        const evicted = entries.get(oldest)!.value;
        remove(oldest);
        onEvict?.(oldest, evicted);
      }
    },
    delete: remove,
    clear() {
      entries.clear();
      total = 0;
    },
    keys: () => entries.keys(),
    get bytes() {
      return total;
    },
  };
}
