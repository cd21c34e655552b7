import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { OptionsView } from '../../components/OptionsView';
import { parseSettings, SETTINGS_KEY, withHostEnabled, withOverride, withPolarity, type Settings } from '../../lib/settings';

async function read(): Promise<Settings> {
  return parseSettings((await browser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY]);
}

async function update(change: (settings: Settings) => Settings): Promise<Settings> {
  const next = change(await read());
  await browser.storage.local.set({ [SETTINGS_KEY]: next });
  return next;
}

function Options() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const query = new URLSearchParams(location.search);
  useEffect(() => {
    void read().then(setSettings);
  }, []);
  if (!settings) return null;
  return (
    <OptionsView
      settings={settings}
      initialServer={query.get('server') ?? ''}
      initialExperiment={query.get('experiment') ?? ''}
      onSaveOverride={(origin, experimentId, override) => void update((current) => withOverride(current, origin, experimentId, override)).then(setSettings)}
      onRemoveOverride={(origin, experimentId) => void update((current) => withOverride(current, origin, experimentId, null)).then(setSettings)}
      onEnableHost={(host) => void update((current) => withHostEnabled(current, host, true)).then(setSettings)}
      onSetPolarity={(name, polarity) => void update((current) => withPolarity(current, name, polarity)).then(setSettings)}
      onSetReviewerName={(reviewerName) => void update((current) => ({ ...current, reviewerName: reviewerName.trim() })).then(setSettings)}
    />
  );
}

render(<Options />, document.getElementById('app')!);
