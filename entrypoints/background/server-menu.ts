// "Enable Session Lens on this server" on the toolbar button's own menu (a right click on it), as
// refined-github offers it: a checkbox for the server of the tab it was opened over.
import { browser } from 'wxt/browser';
import { disableServer, enableServer, serverState } from '../../lib/browser/servers';
import { isDefaultOrigin, webOrigin } from '../../lib/hosts';

const MENU_ITEM = 'session-lens-server';

export function addServerMenu(): void {
  // MV3 names the toolbar button `action`, MV2 (Firefox) `browser_action`.
  const context = browser.runtime.getManifest().manifest_version === 3 ? 'action' : 'browser_action';
  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({ id: MENU_ITEM, title: 'Enable Session Lens on this server', type: 'checkbox', contexts: [context] });
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    const origin = webOrigin(tab?.url);
    if (info.menuItemId !== MENU_ITEM || !origin) return;
    // The click is the user's gesture: the browser lets the worker ask for the permission right here.
    void (info.checked ? enableServer(origin) : disableServer(origin)).finally(() => void showStateOf(tab?.url));
  });
  browser.tabs.onActivated.addListener(({ tabId }) => void browser.tabs.get(tabId).then((tab) => showStateOf(tab.url)));
}

async function showStateOf(url: string | undefined): Promise<void> {
  const origin = webOrigin(url);
  await browser.contextMenus.update(MENU_ITEM, {
    enabled: origin !== null,
    checked: origin !== null && (await serverState(origin)) === 'on',
    title: origin && isDefaultOrigin(origin) ? 'Session Lens on this server' : 'Enable Session Lens on this server',
  });
}
