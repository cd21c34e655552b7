import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { OptionsView } from '../../components/OptionsView';
import { readSettings, updateSettings } from '../../lib/browser/settings-store';
import { withOriginEnabled, withOverride, withPolarity, type Settings } from '../../lib/settings';

function Options() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const query = new URLSearchParams(location.search);
  useEffect(() => {
    void readSettings().then(setSettings);
  }, []);
  if (!settings) return null;
  const change = (update: (current: Settings) => Settings) => void updateSettings(update).then(setSettings);
  return (
    <OptionsView
      settings={settings}
      initialServer={query.get('server') ?? ''}
      initialExperiment={query.get('experiment') ?? ''}
      onSaveOverride={(origin, experimentId, override) => change((current) => withOverride(current, origin, experimentId, override))}
      onRemoveOverride={(origin, experimentId) => change((current) => withOverride(current, origin, experimentId, null))}
      onEnableOrigin={(origin) => change((current) => withOriginEnabled(current, origin, true))}
      onSetPolarity={(name, polarity) => change((current) => withPolarity(current, name, polarity))}
      onSetReviewerName={(reviewerName) => change((current) => ({ ...current, reviewerName: reviewerName.trim() }))}
    />
  );
}

render(<Options />, document.getElementById('app')!);
