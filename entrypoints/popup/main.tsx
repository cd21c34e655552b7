import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { PopupView, type PopupTab } from '../../components/PopupView';
import { disableServer, enableServer, enabledServers, serverState } from '../../lib/browser/servers';
import { webOrigin } from '../../lib/hosts';
import { MLFLOW_ROOT_SELECTOR } from '../content/host-page';

/** The tab the popup was opened over; clicking the toolbar button lets the popup read it (`activeTab`). */
async function activeTab(): Promise<(PopupTab & { id: number }) | null> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  const origin = webOrigin(tab?.url);
  if (!tab?.id || !origin) return null;
  return { id: tab.id, origin, isMlflow: await looksLikeMlflow(tab.id), state: await serverState(origin) };
}

async function looksLikeMlflow(tabId: number): Promise<boolean | null> {
  try {
    const [injection] = await browser.scripting.executeScript({
      target: { tabId },
      func: (selector: string) => document.querySelector(selector) !== null,
      args: [MLFLOW_ROOT_SELECTOR],
    });
    return injection?.result === true;
  } catch {
    return null;
  }
}

function Popup() {
  const [tab, setTab] = useState<PopupTab | null>(null);
  const [servers, setServers] = useState<string[]>([]);
  const reload = async () => {
    setTab(await activeTab());
    setServers(await enabledServers());
  };
  useEffect(() => void reload(), []);
  return (
    <PopupView
      tab={tab}
      servers={servers}
      // The browser asks the user first; on a yes, the content script reaches the server's open tabs by itself.
      onEnable={(origin) => void enableServer(origin).then(reload)}
      onDisable={(origin) => void disableServer(origin).then(reload)}
    />
  );
}

render(<Popup />, document.getElementById('app')!);
