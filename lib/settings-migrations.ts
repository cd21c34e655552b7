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
 */
export function migrateSettingsToV2(stored: unknown): unknown {
  const v1 = asRecord(stored);
  if (!v1) return stored;
  const { disabledHosts, overrides, ...rest } = v1;
  const disabledOrigins = Array.isArray(disabledHosts)
    ? disabledHosts.filter((host): host is string => typeof host === 'string').map((host) => `http://${host}`)
    : [];
  const nested: Record<string, Record<string, unknown>> = {};
  for (const [key, override] of Object.entries(asRecord(overrides) ?? {})) {
    const match = /^(\S+) experiment (\S+)$/.exec(key);
    if (match) (nested[match[1]!] ??= {})[match[2]!] = override;
  }
  return { ...rest, disabledOrigins, overrides: nested };
}
