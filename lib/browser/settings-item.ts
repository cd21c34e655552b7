// The user's settings as one versioned storage item. Free of zod so the content script can watch it; the
// worker and the extension's pages read it through settings-store.ts, which parses what is stored.
import { storage } from 'wxt/utils/storage';
import type { Settings } from '../settings';
import { migrateSettingsToV2, SETTINGS_VERSION } from '../settings-migrations';

export const settingsItem = storage.defineItem<Settings | null>('local:settings', {
  fallback: null,
  version: SETTINGS_VERSION,
  migrations: { 2: migrateSettingsToV2 as (stored: unknown) => Settings },
});
