// Reading and changing the settings, for the worker and the extension's own pages (never the content
// script: parsing brings zod).
import { parseSettings, type Settings } from '../settings';
import { settingsItem } from './settings-item';

export async function readSettings(): Promise<Settings> {
  return parseSettings(await settingsItem.getValue());
}

export async function updateSettings(change: (settings: Settings) => Settings): Promise<Settings> {
  const next = change(await readSettings());
  await settingsItem.setValue(next);
  return next;
}
