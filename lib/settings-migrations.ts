// How settings stored by earlier versions become today's shape. Kept apart from lib/settings.ts (and free of
// zod) because the storage item that runs them is also loaded by the content script. Each step reads what it
// finds defensively: the result is parsed by lib/settings.ts before anything uses it.
import { asRecord } from './json';

/** The settings item's version; a migration to it from every earlier version is below. */
export const SETTINGS_VERSION = 2;

/**
 * v1 (0.1.0) kept hosts turned off as `host:port` and overrides under `"<origin> experiment <id>"` keys.
 * v2 keeps origins (a host may serve http and https) and overrides nested by origin, then experiment.
 * Every v1 host was an http one: the content script ran on `http://localhost` and `http://127.0.0.1` only.
 * What is already in v2's shape is kept: a value stored without its version mark must not lose it.
 */
export function migrateSettingsToV2(stored: unknown): unknown {
  const v1 = asRecord(stored);
  if (!v1) return stored;
  const { disabledHosts, disabledOrigins, overrides, ...rest } = v1;
  const origins = new Set(strings(disabledOrigins));
  for (const host of strings(disabledHosts)) origins.add(`http://${host}`);
  // Maps, then Object.fromEntries: keys come from storage and may be anything, `__proto__` included.
  const nested = new Map<string, Map<string, unknown>>();
  const ofOrigin = (origin: string) => nested.get(origin) ?? nested.set(origin, new Map()).get(origin)!;
  for (const [key, value] of Object.entries(asRecord(overrides) ?? {})) {
    const match = /^(\S+) experiment (\S+)$/.exec(key);
    if (match) ofOrigin(match[1]!).set(match[2]!, value);
    else if (key.includes('://'))
      for (const [experimentId, override] of Object.entries(asRecord(value) ?? {})) ofOrigin(key).set(experimentId, override);
  }
  const overridesByOrigin = Object.fromEntries([...nested].map(([origin, byExperiment]) => [origin, Object.fromEntries(byExperiment)]));
  return { ...rest, disabledOrigins: [...origins], overrides: overridesByOrigin };
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}
