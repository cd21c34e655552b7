// How a label is written so that MLflow keeps its history and a retry never writes twice. MLflow is read
// first: the reviewer's label already holding the value (a write whose answer was lost) is not written again;
// a changed value is a new assessment that overrides the old one, which MLflow keeps as superseded
// (`valid: false`, verified on 3.17.2). Others' labels are never overridden: each reviewer has their own.
import type { WireAssessment } from '../mlflow/schemas';
import type { LabelHistoryEntry, LabelScope, LabelValue } from '../model';
import { formatAssessmentValue } from '../text';
import { scopeOf } from './assessments';

export interface LabelWrite {
  name: string;
  scope: LabelScope;
  value: LabelValue;
  rationale: string;
}

export type LabelWritePlan = { kind: 'already-written'; assessmentId: string } | { kind: 'create'; overrides: string | null };

/** Every value of a label of this name and scope on a trace, by anyone, newest first, superseded ones included. */
function labelValues(assessments: readonly WireAssessment[], name: string, scope: LabelScope): WireAssessment[] {
  return assessments
    .filter((assessment) => assessment.assessment_name === name && assessment.feedback !== undefined && scopeOf(assessment) === scope)
    .sort((a, b) => (b.create_time ?? '').localeCompare(a.create_time ?? ''));
}

/** The reviewer's labels of this name and scope on a trace, newest first, superseded ones included. */
export function reviewerLabels(
  assessments: readonly WireAssessment[],
  name: string,
  scope: LabelScope,
  reviewer: string,
): WireAssessment[] {
  return labelValues(assessments, name, scope).filter(
    (assessment) => assessment.source?.source_type === 'HUMAN' && assessment.source.source_id === reviewer,
  );
}

/** A label's history as the panel lists it: each value, who gave it, when, and whether it is still in force. */
export function labelHistoryOf(assessments: readonly WireAssessment[], name: string, scope: LabelScope): LabelHistoryEntry[] {
  return labelValues(assessments, name, scope).map((assessment) => ({
    value: formatAssessmentValue(assessment.feedback?.value),
    rationale: assessment.rationale ?? null,
    author: assessment.source?.source_id ?? assessment.source?.source_type ?? 'unknown',
    time: assessment.create_time ?? null,
    superseded: assessment.valid === false,
  }));
}

export function planLabelWrite(assessments: readonly WireAssessment[], write: LabelWrite, reviewer: string): LabelWritePlan {
  const current = reviewerLabels(assessments, write.name, write.scope, reviewer).find((assessment) => assessment.valid !== false);
  if (current && current.feedback?.value === write.value && (current.rationale ?? '') === write.rationale)
    return { kind: 'already-written', assessmentId: current.assessment_id };
  return { kind: 'create', overrides: current?.assessment_id ?? null };
}
