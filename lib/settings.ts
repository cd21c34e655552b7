// The user's settings as stored in `storage.local`, parsed on every read: storage written by an older
// version, or edited by hand, must not break the extension.
import { z } from 'zod';

export const SETTINGS_KEY = 'settings';

export const settingsSchema = z.object({
  /** Hosts (`host:port`) where the user turned Session Lens off. */
  disabledHosts: z.array(z.string()).default([]),
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
