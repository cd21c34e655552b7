import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { HostToggle } from '../../components/HostToggle';
import { readSettings, updateSettings } from '../../lib/browser/settings-store';
import { originPattern } from '../../lib/hosts';
import { isOriginDisabled, withOriginEnabled } from '../../lib/settings';

interface TabHost {
  host: string;
  origin: string;
}

async function activeTabHost(): Promise<TabHost | null> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  // The URL is only visible for hosts the extension may access; elsewhere it is undefined.
  if (!tab?.url) return null;
  const url = new URL(tab.url);
  return url.protocol.startsWith('http') ? { host: url.host, origin: url.origin } : null;
}

function Popup() {
  const [tab, setTab] = useState<TabHost | null>(null);
  const [hasAccess, setHasAccess] = useState(false);
  const [enabled, setEnabled] = useState(true);

  useEffect(() => {
    void (async () => {
      const current = await activeTabHost();
      setTab(current);
      if (!current) return;
      setHasAccess(await browser.permissions.contains({ origins: [originPattern(current.origin)] }));
      setEnabled(!isOriginDisabled(await readSettings(), current.origin));
    })();
  }, []);

  async function change(next: boolean) {
    if (!tab) return;
    await updateSettings((settings) => withOriginEnabled(settings, tab.origin, next));
    setEnabled(next);
  }

  return (
    <>
      <h1>MLflow Session Lens</h1>
      <HostToggle host={tab?.host ?? null} hasAccess={hasAccess} enabled={enabled} onChange={(next) => void change(next)} />
    </>
  );
}

render(<Popup />, document.getElementById('app')!);
