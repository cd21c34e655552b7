import { BUILT_IN_JUDGES } from '../lib/judgement/polarity';
import { own } from '../lib/json';
import { DIMENSIONS, type Dimension, type Polarity } from '../lib/model';
import { useState } from 'preact/hooks';
import type { Settings } from '../lib/settings';
import type { AttributeOverride } from '../lib/turn-text/discover';

export interface OptionsViewProps {
  settings: Settings;
  /** Prefilled from the panel's "choose other attributes" link. */
  initialServer: string;
  initialExperiment: string;
  onSaveOverride: (origin: string, experimentId: string, override: AttributeOverride) => void;
  onRemoveOverride: (origin: string, experimentId: string) => void;
  onEnableOrigin: (origin: string) => void;
  onSetJudgeReading: (name: string, reading: { polarity: Polarity; dimension: Dimension | null } | null) => void;
  onSetReviewerName: (name: string) => void;
}

export function OptionsView({
  settings,
  initialServer,
  initialExperiment,
  onSaveOverride,
  onRemoveOverride,
  onEnableOrigin,
  onSetJudgeReading,
  onSetReviewerName,
}: OptionsViewProps) {
  const existing = settings.overrides[initialServer]?.[initialExperiment];
  const [server, setServer] = useState(initialServer);
  const [experiment, setExperiment] = useState(initialExperiment);
  const [input, setInput] = useState(existing?.input ?? '');
  const [output, setOutput] = useState(existing?.output ?? '');
  const [saved, setSaved] = useState(false);
  const overrides = Object.entries(settings.overrides).flatMap(([origin, byExperiment]) =>
    Object.entries(byExperiment).map(([experimentId, override]) => ({ origin, experimentId, ...override })),
  );

  const submit = (event: Event) => {
    event.preventDefault();
    onSaveOverride(server.trim().replace(/\/+$/, ''), experiment.trim(), {
      input: input.trim() || undefined,
      output: output.trim() || undefined,
    });
    setSaved(true);
  };

  return (
    <>
      <h2>Where a turn's text is read from</h2>
      <p>
        Session Lens finds the user's input and the assistant's output in each turn by itself: MLflow's <code>mlflow.spanInputs</code>/
        <code>mlflow.spanOutputs</code>, OpenTelemetry GenAI, OpenInference and Traceloop attributes, on the root span or the nearest span
        below it that has them. When your application keeps them under its own attribute names, name those here, per experiment. A dotted
        name may also go into a value, like <code>mlflow.spanInputs.request.text</code>.
      </p>
      <form onSubmit={submit} data-testid="override-form">
        <label for="server">MLflow server</label>
        <input
          id="server"
          type="text"
          required
          placeholder="http://127.0.0.1:5000"
          value={server}
          onInput={(event) => setServer(event.currentTarget.value)}
        />
        <label for="experiment">Experiment id</label>
        <input id="experiment" type="text" required value={experiment} onInput={(event) => setExperiment(event.currentTarget.value)} />
        <label for="input-key">User input attribute</label>
        <input
          id="input-key"
          type="text"
          placeholder="found automatically"
          value={input}
          onInput={(event) => setInput(event.currentTarget.value)}
        />
        <label for="output-key">Assistant output attribute</label>
        <input
          id="output-key"
          type="text"
          placeholder="found automatically"
          value={output}
          onInput={(event) => setOutput(event.currentTarget.value)}
        />
        <span />
        <span>
          <button type="submit" class="primary">
            Save
          </button>{' '}
          {saved && (
            <span class="saved" role="status">
              Saved. Open panels use it from their next refresh.
            </span>
          )}
        </span>
      </form>
      {overrides.length > 0 && (
        <table data-testid="override-list">
          <thead>
            <tr>
              <th>Server</th>
              <th>Experiment</th>
              <th>Input</th>
              <th>Output</th>
              <td />
            </tr>
          </thead>
          <tbody>
            {overrides.map((override) => (
              <tr key={`${override.origin} ${override.experimentId}`}>
                <td>{override.origin}</td>
                <td>{override.experimentId}</td>
                <td>
                  <code>{override.input ?? 'automatic'}</code>
                </td>
                <td>
                  <code>{override.output ?? 'automatic'}</code>
                </td>
                <td>
                  <button
                    type="button"
                    aria-label={`Remove the attributes of experiment ${override.experimentId} on ${override.origin}`}
                    onClick={() => onRemoveOverride(override.origin, override.experimentId)}
                  >
                    Remove
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <JudgeReadingSection settings={settings} onSetJudgeReading={onSetJudgeReading} />
      <h2>Your name on labels and confirmed root causes</h2>
      <p>
        Written as the source of your labels and of the human feedback “root_cause_turn” when you confirm a root-cause turn. Only labels
        under this name are yours to change or remove in the panel.
      </p>
      <input
        type="text"
        aria-label="Your name"
        data-testid="reviewer-name"
        value={settings.reviewerName}
        placeholder="Session Lens user"
        onChange={(event) => onSetReviewerName(event.currentTarget.value)}
      />
      <h2>Servers where Session Lens is off</h2>
      {settings.disabledOrigins.length === 0 ? (
        <p>None.</p>
      ) : (
        <ul>
          {settings.disabledOrigins.map((origin) => (
            <li key={origin}>
              {origin}{' '}
              <button type="button" onClick={() => onEnableOrigin(origin)}>
                Turn on
              </button>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

/** What each dimension means to a user choosing it. */
const DIMENSION_LABELS: Readonly<Record<Dimension, string>> = {
  facts: 'facts: correctness, groundedness',
  relevance: 'relevance to the request',
  retrieval: 'retrieval quality',
  safety: 'safety',
  style: 'guidelines and style',
  outcome: 'how the session went',
};

function readingLabel(polarity: Polarity): string {
  return polarity === 'yes-is-good' ? 'yes / true / high is good' : 'no / false / low is good';
}

function JudgeReadingSection({
  settings,
  onSetJudgeReading,
}: {
  settings: Settings;
  onSetJudgeReading: OptionsViewProps['onSetJudgeReading'];
}) {
  const [name, setName] = useState('');
  const [polarity, setPolarity] = useState<Polarity>('yes-is-good');
  const [dimension, setDimension] = useState<Dimension | ''>('');
  const names = Object.keys(settings.polarities);
  return (
    <>
      <h2>How to read your own judges</h2>
      <p>
        MLflow's built-in judges (correctness, safety, user_frustration…) are read by their meaning. For any other assessment, say whether
        “yes”, true and high scores are good or bad; until then its values are shown as ambiguous and never count as a failure. Say what it
        judges too: a turn judged good on relevance can still have its facts wrong, so the search for a root cause only stops at a turn
        judged good on what failed.
      </p>
      <form
        data-testid="polarity-form"
        onSubmit={(event) => {
          event.preventDefault();
          if (name.trim()) onSetJudgeReading(name.trim(), { polarity, dimension: dimension || null });
          setName('');
        }}
      >
        <label for="polarity-name">Assessment name</label>
        <input id="polarity-name" type="text" value={name} onInput={(event) => setName(event.currentTarget.value)} />
        <label for="polarity-value">Reading</label>
        <select id="polarity-value" value={polarity} onChange={(event) => setPolarity(event.currentTarget.value as Polarity)}>
          <option value="yes-is-good">{readingLabel('yes-is-good')}</option>
          <option value="no-is-good">{readingLabel('no-is-good')}</option>
        </select>
        <label for="dimension-value">What it judges</label>
        <select id="dimension-value" value={dimension} onChange={(event) => setDimension(event.currentTarget.value as Dimension | '')}>
          <option value="">not known</option>
          {DIMENSIONS.map((value) => (
            <option key={value} value={value}>
              {DIMENSION_LABELS[value]}
            </option>
          ))}
        </select>
        <span />
        <span>
          <button type="submit">Add</button>
        </span>
      </form>
      {names.length > 0 && (
        <table data-testid="polarity-list">
          <thead>
            <tr>
              <th scope="col">Assessment</th>
              <th scope="col">Reading</th>
              <th scope="col">What it judges</th>
              <td />
            </tr>
          </thead>
          <tbody>
            {names.map((assessment) => {
              const judged = own(settings.dimensions, assessment);
              return (
                <tr key={assessment}>
                  <td>
                    <code>{assessment}</code>
                  </td>
                  <td>{readingLabel(settings.polarities[assessment]!)}</td>
                  <td>{judged ? DIMENSION_LABELS[judged] : 'not known'}</td>
                  <td>
                    <button
                      type="button"
                      aria-label={`Remove the reading of ${assessment}`}
                      onClick={() => onSetJudgeReading(assessment, null)}
                    >
                      Remove
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      <details>
        <summary>MLflow's built-in judges</summary>
        <table data-testid="built-in-judges">
          <thead>
            <tr>
              <th scope="col">Assessment</th>
              <th scope="col">Judges</th>
              <th scope="col">Means it went wrong</th>
            </tr>
          </thead>
          <tbody>
            {Object.entries(BUILT_IN_JUDGES).map(([judgeName, builtIn]) => (
              <tr key={judgeName}>
                <td>
                  <code>{judgeName}</code>
                  {builtIn.scope === 'session' ? ' (session)' : ''}
                </td>
                <td>{DIMENSION_LABELS[builtIn.dimension]}</td>
                <td>{builtIn.negative.join(', ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </>
  );
}
