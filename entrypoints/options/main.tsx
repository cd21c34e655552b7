import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { OptionsView } from '../../components/OptionsView';
import { ServersSection } from '../../components/ServersSection';
import { readCredentials, setCredential } from '../../lib/browser/credentials-store';
import { disableServer, enableServer, enabledServers } from '../../lib/browser/servers';
import { describeCredential } from '../../lib/credentials';
import { readSettings, updateSettings } from '../../lib/browser/settings-store';
import { labelSetSchema, withLabelSet, withOriginEnabled, withOverride, withJudgeReading, type Settings } from '../../lib/settings';
import { LabelSetsSection } from '../../components/LabelSetsSection';

function Options() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [servers, setServers] = useState<string[]>([]);
  const [signIns, setSignIns] = useState<Record<string, string>>({});
  const query = new URLSearchParams(location.search);
  const reloadServers = async () => {
    setServers(await enabledServers());
    const credentials = await readCredentials();
    setSignIns(Object.fromEntries(Object.entries(credentials).map(([origin, credential]) => [origin, describeCredential(credential)])));
  };
  useEffect(() => {
    void readSettings().then(setSettings);
    void reloadServers();
  }, []);
  if (!settings) return null;
  const change = (update: (current: Settings) => Settings) => void updateSettings(update).then(setSettings);
  return (
    <>
      <h1>MLflow Session Lens</h1>
      <ServersSection
        servers={servers}
        signIns={signIns}
        onEnable={(origin) => void enableServer(origin).then(reloadServers)}
        onDisable={(origin) => void disableServer(origin).then(reloadServers)}
        onSetToken={(origin, token) => void setCredential(origin, { kind: 'bearer', token }).then(reloadServers)}
        onForgetSignIn={(origin) => void setCredential(origin, null).then(reloadServers)}
        initialServer={query.get('server') ?? ''}
      />
      <OptionsView
        settings={settings}
        initialServer={query.get('server') ?? ''}
        initialExperiment={query.get('experiment') ?? ''}
        onSaveOverride={(origin, experimentId, override) => change((current) => withOverride(current, origin, experimentId, override))}
        onRemoveOverride={(origin, experimentId) => change((current) => withOverride(current, origin, experimentId, null))}
        onEnableOrigin={(origin) => change((current) => withOriginEnabled(current, origin, true))}
        onSetJudgeReading={(name, reading) => change((current) => withJudgeReading(current, name, reading))}
        onSetReviewerName={(reviewerName) => change((current) => ({ ...current, reviewerName: reviewerName.trim() }))}
      />
      <LabelSetsSection
        settings={settings}
        initialServer={query.get('server') ?? ''}
        initialExperiment={query.get('experiment') ?? ''}
        onSetLabelSet={(origin, experimentId, labels) => {
          const parsed = labels && labelSetSchema.safeParse(labels);
          if (parsed && !parsed.success) {
            const issue = parsed.error.issues[0];
            return `${issue?.path.length ? `${issue.path.slice(1).join(' ')}: ` : ''}${issue?.message ?? 'not a valid label'}`;
          }
          change((current) => withLabelSet(current, origin, experimentId, parsed ? parsed.data : null));
          return null;
        }}
      />
    </>
  );
}

render(<Options />, document.getElementById('app')!);
