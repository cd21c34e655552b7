// The user's own labels of the open turn, or of the session, as the experiment's label set defines them.
// What they pick stays a draft in the controller until MLflow has it: a failed write keeps it and says why,
// and Save tries again. Others' labels are in the assessment list above, with their author.
import { useState } from 'preact/hooks';
import { labelChoices, MAX_LABEL_TEXT_CHARS, NOTE_LABEL, ownLabel } from '../lib/labels';
import { labelDraftKey, type LabelDraft, type LabelTarget } from '../lib/panel/controller';
import type { Assessment, LabelDefinition, LabelHistoryEntry, LabelScope } from '../lib/model';
import { formatAssessmentValue } from '../lib/text';
import { writeErrorText } from '../lib/panel/format';
import { usePanelActions } from './panel-actions';
import './LabelEditors.css';

interface LabelEditorsProps {
  labelSet: readonly LabelDefinition[];
  scope: LabelScope;
  traceId: string;
  /** The assessments in force on that turn (or the session's). */
  assessments: readonly Assessment[];
  reviewer: string;
  drafts: Readonly<Record<string, LabelDraft>>;
  /** What the group is called for assistive tech: "Your labels of turn 3". */
  title: string;
  /** The turn label being given by keyboard, and how far the reviewer has got (turn labels only). */
  labeling?: { name: string | null; labeled: number; turns: number };
}

export function LabelEditors({ labelSet, scope, traceId, assessments, reviewer, drafts, title, labeling }: LabelEditorsProps) {
  const labels = labelSet.filter((label) => label.scope === scope);
  if (labels.length === 0) return null;
  return (
    <div class="label-editors" role="group" aria-label={title} data-testid={`${scope}-labels`}>
      {labels.map((definition) => {
        const target = { traceId, scope, name: definition.name };
        return (
          <LabelEditor
            key={definition.name}
            definition={definition}
            target={target}
            mine={ownLabel(assessments, definition.name, reviewer)}
            draft={drafts[labelDraftKey(target)]}
            labeling={labeling}
          />
        );
      })}
    </div>
  );
}

interface LabelEditorProps {
  definition: LabelDefinition;
  target: LabelTarget;
  mine: Assessment | undefined;
  draft: LabelDraft | undefined;
  labeling: LabelEditorsProps['labeling'];
}

function LabelEditor({ definition, target, mine, draft, labeling }: LabelEditorProps) {
  const { editLabel, saveLabel, removeLabel, setLabeling } = usePanelActions();
  const { kind, name } = definition;
  const mineValue = mine && (typeof mine.value === 'string' || typeof mine.value === 'number') ? mine.value : null;
  const shown = draft ?? { value: mineValue, rationale: mine?.rationale ?? '', status: { kind: 'editing' } };
  const writing = shown.status.kind === 'writing';
  const unchanged = mine !== undefined && shown.value === mineValue && shown.rationale.trim() === (mine.rationale ?? '');
  const edit = (change: Partial<Pick<LabelDraft, 'value' | 'rationale'>>) =>
    editLabel(target, { value: shown.value, rationale: shown.rationale, ...change });
  const choices = labelChoices(kind);
  const isNote = name === NOTE_LABEL.name;
  return (
    <form
      class="label-editor"
      data-testid="label-editor"
      data-label={name}
      onSubmit={(event) => {
        event.preventDefault();
        if (!writing && shown.value !== null && !unchanged) saveLabel(target);
      }}
    >
      <fieldset>
        <legend>
          {isNote ? 'Note' : name}
          {mine && (
            <span class="label-mine" data-testid="label-mine">
              {' '}
              · yours: {formatAssessmentValue(mine.value)}
            </span>
          )}
        </legend>
        {choices ? (
          <div class="label-choices">
            {choices.map((choice) => (
              <label key={choice} class="label-choice">
                <input
                  type="radio"
                  name={labelDraftKey(target)}
                  value={choice}
                  checked={shown.value === choice}
                  onChange={() => edit({ value: choice })}
                />{' '}
                {choice}
              </label>
            ))}
          </div>
        ) : (
          <label class="label-field">
            {kind.type === 'number' ? `Value, ${kind.min} to ${kind.max}` : isNote ? 'Your note' : 'Label'}{' '}
            {kind.type === 'number' ? (
              <input
                type="number"
                min={kind.min}
                max={kind.max}
                step="any"
                value={shown.value ?? ''}
                onInput={(event) => edit({ value: event.currentTarget.value === '' ? null : event.currentTarget.valueAsNumber })}
              />
            ) : (
              <input
                type="text"
                maxLength={MAX_LABEL_TEXT_CHARS}
                value={shown.value ?? ''}
                onInput={(event) => edit({ value: event.currentTarget.value || null })}
              />
            )}
          </label>
        )}
        {!isNote && (
          <label class="label-field">
            Rationale (optional){' '}
            <input
              type="text"
              maxLength={MAX_LABEL_TEXT_CHARS}
              value={shown.rationale}
              onInput={(event) => edit({ rationale: event.currentTarget.value })}
            />
          </label>
        )}
        <div class="label-actions">
          <button
            type="submit"
            class="primary-button"
            data-testid="label-save"
            aria-disabled={writing || shown.value === null || unchanged}
          >
            {writing ? 'Saving…' : mine ? 'Change' : 'Save'}
            <span class="visually-hidden"> {name}</span>
          </button>
          {mine && (
            <button
              type="button"
              class="link-button"
              data-testid="label-remove"
              aria-disabled={writing}
              onClick={() => !writing && removeLabel(target)}
            >
              Remove<span class="visually-hidden"> your {name} label</span>
            </button>
          )}
          <LabelHistory target={target} />
          {labeling && choices && labeling.name !== name && (
            <button type="button" class="link-button" data-testid="labeling-start" onClick={() => setLabeling(name)}>
              Label turns by keyboard<span class="visually-hidden"> with {name}</span>
            </button>
          )}
        </div>
        {labeling && choices && labeling.name === name && (
          <div class="labeling" data-testid="labeling">
            <p class="hint">
              Keys: {choices.map((choice, index) => `${index + 1} ${choice}`).join(' · ')} · Enter saves · J / K next / previous turn · N
              next turn without your label
            </p>
            <span role="status" data-testid="labeling-progress">
              {labeling.labeled} of {labeling.turns} turns labeled by you
            </span>{' '}
            <button type="button" class="link-button" onClick={() => setLabeling(null)}>
              Stop labeling by keyboard
            </button>
          </div>
        )}
        {shown.status.kind === 'error' && (
          <p class="label-error" role="alert" data-testid="label-error">
            Not saved: {writeErrorText(shown.status.error)} Your choice is kept here; Save tries again.
          </p>
        )}
      </fieldset>
    </form>
  );
}

/** Every value the label had, superseded ones too, read from MLflow when asked for. */
function LabelHistory({ target }: { target: LabelTarget }) {
  const { labelHistory } = usePanelActions();
  const [history, setHistory] = useState<LabelHistoryEntry[] | string | null>(null);
  return (
    <>
      <button
        type="button"
        class="link-button"
        data-testid="label-history-toggle"
        aria-expanded={history !== null}
        onClick={async () => {
          if (history !== null) return setHistory(null);
          setHistory('Reading…');
          const reply = await labelHistory(target);
          setHistory(reply.ok ? reply.value : `The history could not be read: ${reply.error.message}`);
        }}
      >
        History<span class="visually-hidden"> of {target.name}</span>
      </button>
      {typeof history === 'string' && <p class="hint">{history}</p>}
      {Array.isArray(history) && (
        <ol class="label-history" data-testid="label-history">
          {history.length === 0 && <li>No one has given this label here yet.</li>}
          {history.map((entry, index) => (
            <li key={index} data-superseded={entry.superseded}>
              <strong>{entry.value}</strong> by {entry.author}
              {entry.time && `, ${new Date(entry.time).toLocaleString()}`}
              {entry.superseded ? ' (superseded)' : ' (in force)'}
              {entry.rationale && <span class="hint"> · {entry.rationale}</span>}
            </li>
          ))}
        </ol>
      )}
    </>
  );
}
