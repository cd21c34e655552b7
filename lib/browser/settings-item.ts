// The user's settings as one versioned storage item. The worker and the extension's pages read it through
// settings-store.ts, which parses what is stored; the content script only hears that it changed
// (settings-changes.ts), without this module's storage library.
import { storage } from 'wxt/utils/storage';
import type { Settings } from '../settings';
import { migrateSettingsToV2, SETTINGS_VERSION } from '../settings-migrations';
import { SETTINGS_STORAGE_KEY } from './settings-changes';

export const settingsItem = storage.defineItem<Settings | null>(`local:${SETTINGS_STORAGE_KEY}`, {
  fallback: null,
  version: SETTINGS_VERSION,
  migrations: { 2: migrateSettingsToV2 as (stored: unknown) => Settings },
});
