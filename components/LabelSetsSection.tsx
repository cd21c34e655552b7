// The options' label sets: what a reviewer can label from the panel, per server and experiment. An experiment
// with no set of its own offers the default one (a turn's `correct`, the session's `resolved`, pass or fail).
import { useState } from 'preact/hooks';
import { DEFAULT_LABEL_SET } from '../lib/labels';
import type { LabelDefinition, LabelKind } from '../lib/model';
import type { Settings } from '../lib/settings';

interface LabelSetsSectionProps {
  settings: Settings;
  initialServer: string;
  initialExperiment: string;
  /** Keeps the set (null goes back to the default one), or says why it is not a valid set. */
  onSetLabelSet: (origin: string, experimentId: string, labels: readonly LabelDefinition[] | null) => string | null;
}

const KIND_NAMES: Readonly<Record<LabelKind['type'], string>> = {
  'pass-fail': 'pass / fail',
  'yes-no': 'yes / no',
  choice: 'one of a list',
  number: 'a number in a range',
  text: 'free text',
};

function describeKind(kind: LabelKind): string {
  if (kind.type === 'choice') return `one of ${kind.options.join(', ')}`;
  if (kind.type === 'number') return `a number from ${kind.min} to ${kind.max}`;
  return KIND_NAMES[kind.type];
}

export function LabelSetsSection({ settings, initialServer, initialExperiment, onSetLabelSet }: LabelSetsSectionProps) {
  const [server, setServer] = useState(initialServer);
  const [experiment, setExperiment] = useState(initialExperiment);
  const [name, setName] = useState('');
  const [scope, setScope] = useState<LabelDefinition['scope']>('turn');
  const [kindType, setKindType] = useState<LabelKind['type']>('pass-fail');
  const [options, setOptions] = useState('');
  const [range, setRange] = useState({ min: '1', max: '5' });
  const [problem, setProblem] = useState('');
  const origin = server.trim().replace(/\/+$/, '');
  const experimentId = experiment.trim();
  const own = settings.labelSets[origin]?.[experimentId];
  const labels = own ?? DEFAULT_LABEL_SET;

  const kind = (): LabelKind => {
    if (kindType === 'choice')
      return {
        type: 'choice',
        options: options
          .split(',')
          .map((option) => option.trim())
          .filter(Boolean),
      };
    if (kindType === 'number') return { type: 'number', min: Number(range.min), max: Number(range.max) };
    return { type: kindType };
  };
  const save = (next: LabelDefinition[]) => {
    const refused = onSetLabelSet(origin, experimentId, next);
    setProblem(refused ? `Not added: ${refused}.` : '');
    return refused === null;
  };

  return (
    <section data-testid="label-sets">
      <h2>What you label from the panel</h2>
      <p>
        Each label is written to MLflow as human feedback under your name (below): a turn's label on that turn's trace, a session's on its
        first trace with the session id in its metadata, where MLflow's own session page shows session assessments. Per experiment; an
        experiment without a set of its own offers the default one.
      </p>
      <div class="form-grid">
        <label for="label-server">MLflow server</label>
        <input
          id="label-server"
          type="text"
          placeholder="http://127.0.0.1:5000"
          value={server}
          onInput={(event) => setServer(event.currentTarget.value)}
        />
        <label for="label-experiment">Experiment id</label>
        <input id="label-experiment" type="text" value={experiment} onInput={(event) => setExperiment(event.currentTarget.value)} />
      </div>
      <p data-testid="label-set-origin">
        {own
          ? `Experiment ${experimentId}'s own labels:`
          : 'The default labels' + (origin && experimentId ? ` (experiment ${experimentId} has no set of its own):` : ':')}
      </p>
      <table data-testid="label-set">
        <thead>
          <tr>
            <th scope="col">Label</th>
            <th scope="col">Of</th>
            <th scope="col">Value</th>
            <td />
          </tr>
        </thead>
        <tbody>
          {labels.map((label) => (
            <tr key={`${label.scope} ${label.name}`}>
              <td>
                <code>{label.name}</code>
              </td>
              <td>{label.scope === 'turn' ? 'each turn' : 'the session'}</td>
              <td>{describeKind(label.kind)}</td>
              <td>
                <button
                  type="button"
                  disabled={!origin || !experimentId}
                  aria-label={`Remove the label ${label.name} of ${label.scope === 'turn' ? 'each turn' : 'the session'}`}
                  onClick={() => save(labels.filter((other) => other !== label))}
                >
                  Remove
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <form
        data-testid="label-form"
        onSubmit={(event) => {
          event.preventDefault();
          if (save([...labels, { name: name.trim(), scope, kind: kind() }])) setName('');
        }}
      >
        <label for="label-name">Label name</label>
        <input id="label-name" type="text" required value={name} onInput={(event) => setName(event.currentTarget.value)} />
        <label for="label-scope">Of</label>
        <select id="label-scope" value={scope} onChange={(event) => setScope(event.currentTarget.value as LabelDefinition['scope'])}>
          <option value="turn">each turn</option>
          <option value="session">the session</option>
        </select>
        <label for="label-kind">Value</label>
        <select id="label-kind" value={kindType} onChange={(event) => setKindType(event.currentTarget.value as LabelKind['type'])}>
          {Object.entries(KIND_NAMES).map(([type, description]) => (
            <option key={type} value={type}>
              {description}
            </option>
          ))}
        </select>
        {kindType === 'choice' && (
          <>
            <label for="label-options">Choices, comma-separated</label>
            <input id="label-options" type="text" value={options} onInput={(event) => setOptions(event.currentTarget.value)} />
          </>
        )}
        {kindType === 'number' && (
          <>
            <label for="label-min">From</label>
            <input
              id="label-min"
              type="number"
              value={range.min}
              onInput={(event) => setRange({ ...range, min: event.currentTarget.value })}
            />
            <label for="label-max">To</label>
            <input
              id="label-max"
              type="number"
              value={range.max}
              onInput={(event) => setRange({ ...range, max: event.currentTarget.value })}
            />
          </>
        )}
        <span />
        <span>
          <button type="submit" disabled={!origin || !experimentId}>
            Add
          </button>{' '}
          {own && (
            <button type="button" onClick={() => setProblem(onSetLabelSet(origin, experimentId, null) ?? '')}>
              Back to the default labels
            </button>
          )}
        </span>
      </form>
      <p role="alert" data-testid="label-problem">
        {problem}
      </p>
    </section>
  );
}
