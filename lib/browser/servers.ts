// Enabling and disabling Session Lens on a server, for the popup, the options page and the toolbar button's
// menu. Enabling grants the host (the browser asks the user); webext-dynamic-content-scripts, loaded by the
// worker, then registers the content script there and injects it into the server's open tabs.
import { browser } from 'wxt/browser';
import { enabledServersOf, isDefaultOrigin, originPattern } from '../hosts';
import { isOriginDisabled, withOriginEnabled } from '../settings';
import { readSettings, updateSettings } from './settings-store';

export type ServerState = 'on' | 'off';

export async function serverState(origin: string): Promise<ServerState> {
  const granted = await browser.permissions.contains({ origins: [originPattern(origin)] });
  return granted && !isOriginDisabled(await readSettings(), origin) ? 'on' : 'off';
}

/** Asks the browser for this server (it shows its own prompt); true when the user granted it. */
export async function enableServer(origin: string): Promise<boolean> {
  const granted = isDefaultOrigin(origin) || (await browser.permissions.request({ origins: [originPattern(origin)] }));
  if (granted) await updateSettings((settings) => withOriginEnabled(settings, origin, true));
  return granted;
}

/** A server the user enabled gives its permission back; localhost, which needs none, is turned off instead. */
export async function disableServer(origin: string): Promise<void> {
  if (isDefaultOrigin(origin)) {
    await updateSettings((settings) => withOriginEnabled(settings, origin, false));
    return;
  }
  await browser.permissions.remove({ origins: [originPattern(origin)] });
}

export async function enabledServers(): Promise<string[]> {
  const { origins = [] } = await browser.permissions.getAll();
  return enabledServersOf(origins);
}
