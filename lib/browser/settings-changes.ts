// The content script's one use of the settings: hearing that they changed, to show the session as they now
// say. A storage listener of its own, not the settings item's watch: that would bring the storage library
// (about 3.5 kB gzip with its dependencies) into every MLflow page for one event.
import { browser, type Browser } from 'wxt/browser';

/** Where the settings item lives in `storage.local`. */
export const SETTINGS_STORAGE_KEY = 'settings';

/** Calls `listener` whenever the settings are written; returns the function that stops listening. */
export function onSettingsChanged(listener: () => void): () => void {
  const onChanged = (changes: Record<string, Browser.storage.StorageChange>, area: string) => {
    if (area === 'local' && SETTINGS_STORAGE_KEY in changes) listener();
  };
  browser.storage.onChanged.addListener(onChanged);
  return () => browser.storage.onChanged.removeListener(onChanged);
}
