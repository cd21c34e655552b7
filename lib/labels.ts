// Label sets: what a reviewer can say about a turn or a whole session from the panel, per experiment. A label
// is written as MLflow's own HUMAN feedback (a turn label on the turn's trace; a session label on the
// session's first trace with the session id in its metadata, as MLflow's session page reads them). Types and
// pure rules only: the panel imports this (no zod), the worker checks every write against it.
import { NOTES_ASSESSMENT } from './mlflow/keys';
import type { Assessment, LabelDefinition, LabelKind, LabelValue } from './model';

/** A turn's free note, as MLflow's own notes (its assessments pane shows them as "Notes"). */
export const NOTE_LABEL: LabelDefinition = { name: NOTES_ASSESSMENT, scope: 'turn', kind: { type: 'text' } };

/** What an experiment with no label set of its own offers. */
export const DEFAULT_LABEL_SET: readonly LabelDefinition[] = [
  { name: 'correct', scope: 'turn', kind: { type: 'pass-fail' } },
  NOTE_LABEL,
  { name: 'resolved', scope: 'session', kind: { type: 'pass-fail' } },
];

/** Longest free-text label or rationale written. */
export const MAX_LABEL_TEXT_CHARS = 2000;

/** The values a label offers to pick from; null for a number or free text. */
export function labelChoices(kind: LabelKind): readonly string[] | null {
  if (kind.type === 'pass-fail') return ['pass', 'fail'];
  if (kind.type === 'yes-no') return ['yes', 'no'];
  if (kind.type === 'choice') return kind.options;
  return null;
}

/** Why a value does not fit its label, in words; null when it does. */
export function labelValueProblem(kind: LabelKind, value: LabelValue): string | null {
  const choices = labelChoices(kind);
  if (choices) return typeof value === 'string' && choices.includes(value) ? null : `pick one of ${choices.join(', ')}`;
  if (kind.type === 'number') {
    return typeof value === 'number' && Number.isFinite(value) && value >= kind.min && value <= kind.max
      ? null
      : `give a number from ${kind.min} to ${kind.max}`;
  }
  if (typeof value !== 'string' || value.trim() === '') return 'write something';
  return value.length > MAX_LABEL_TEXT_CHARS ? `at most ${MAX_LABEL_TEXT_CHARS} characters` : null;
}

/** The reviewer's own label of this name among a turn's (or the session's) assessments in force. */
export function ownLabel(assessments: readonly Assessment[], name: string, reviewer: string): Assessment | undefined {
  return assessments.find(
    (assessment) =>
      assessment.name === name && assessment.kind === 'feedback' && assessment.source.type === 'HUMAN' && assessment.source.id === reviewer,
  );
}
