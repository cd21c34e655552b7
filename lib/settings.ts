// The user's settings as stored in `storage.local`, parsed on every read: storage written by an older
// version, or edited by hand, must not break the extension.
import type { Polarity } from './model';
import { z } from 'zod';
import type { AttributeOverride } from './turn-text/discover';

export { SETTINGS_KEY } from './browser/settings-item';

const attributeKey = z.string().trim().max(200);

export const overrideSchema = z.object({
  input: attributeKey.optional(),
  output: attributeKey.optional(),
});

export const settingsSchema = z.object({
  /** Hosts (`host:port`) where the user turned Session Lens off. */
  disabledHosts: z.array(z.string()).default([]),
  /** Attribute keys chosen by the user, by `overrideKey(origin, experimentId)`. */
  overrides: z.record(z.string(), overrideSchema).default({}),
  /** How to read assessment names that are not MLflow's built-in judges. */
  polarities: z.record(z.string().max(200), z.enum(['yes-is-good', 'no-is-good'])).default({}),
  /** The name written as the source of the user's root-cause confirmations. */
  reviewerName: z.string().trim().max(200).default(''),
});

export type Settings = z.infer<typeof settingsSchema>;

export function parseSettings(stored: unknown): Settings {
  const parsed = settingsSchema.safeParse(stored ?? {});
  return parsed.success ? parsed.data : settingsSchema.parse({});
}

export function withHostEnabled(settings: Settings, host: string, enabled: boolean): Settings {
  const others = settings.disabledHosts.filter((disabled) => disabled !== host);
  return { ...settings, disabledHosts: enabled ? others : [...others, host] };
}

/** Overrides are per MLflow server and experiment: the same app logs the same way within one experiment. */
export function overrideKey(origin: string, experimentId: string): string {
  return `${origin} experiment ${experimentId}`;
}

export function parseOverrideKey(key: string): { origin: string; experimentId: string } | null {
  const match = /^(\S+) experiment (\S+)$/.exec(key);
  return match ? { origin: match[1]!, experimentId: match[2]! } : null;
}

export function overrideFor(settings: Settings, origin: string, experimentId: string): AttributeOverride | undefined {
  const override = settings.overrides[overrideKey(origin, experimentId)];
  if (!override) return undefined;
  return { input: override.input || undefined, output: override.output || undefined };
}

export function withOverride(settings: Settings, origin: string, experimentId: string, override: AttributeOverride | null): Settings {
  const overrides = { ...settings.overrides };
  const key = overrideKey(origin, experimentId);
  if (override && (override.input || override.output)) overrides[key] = { input: override.input || undefined, output: override.output || undefined };
  else delete overrides[key];
  return { ...settings, overrides };
}

export function withPolarity(settings: Settings, name: string, polarity: Polarity | null): Settings {
  const polarities = { ...settings.polarities };
  if (polarity) polarities[name] = polarity;
  else delete polarities[name];
  return { ...settings, polarities };
}
