// How a label is written so that MLflow keeps its history and a retry never writes twice. MLflow is read
// first: the reviewer's label already holding the value (a write whose answer was lost) is not written again;
// a changed value is a new assessment that overrides the old one, which MLflow keeps as superseded
// (`valid: false`, verified on 3.17.2). Others' labels are never overridden: each reviewer has their own.
import { SESSION_METADATA_KEY } from '../mlflow/keys';
import type { WireAssessment } from '../mlflow/schemas';
import type { LabelScope, LabelValue } from '../model';

export interface LabelWrite {
  name: string;
  scope: LabelScope;
  value: LabelValue;
  rationale: string;
}

export type LabelWritePlan = { kind: 'already-written'; assessmentId: string } | { kind: 'create'; overrides: string | null };

const scopeOf = (assessment: WireAssessment): LabelScope =>
  assessment.metadata?.[SESSION_METADATA_KEY] !== undefined ? 'session' : 'turn';

/** The reviewer's labels of this name and scope on a trace, newest first, superseded ones included. */
export function reviewerLabels(
  assessments: readonly WireAssessment[],
  name: string,
  scope: LabelScope,
  reviewer: string,
): WireAssessment[] {
  return assessments
    .filter(
      (assessment) =>
        assessment.assessment_name === name &&
        assessment.feedback !== undefined &&
        assessment.source?.source_type === 'HUMAN' &&
        assessment.source.source_id === reviewer &&
        scopeOf(assessment) === scope,
    )
    .sort((a, b) => (b.create_time ?? '').localeCompare(a.create_time ?? ''));
}

export function planLabelWrite(assessments: readonly WireAssessment[], write: LabelWrite, reviewer: string): LabelWritePlan {
  const current = reviewerLabels(assessments, write.name, write.scope, reviewer).find((assessment) => assessment.valid !== false);
  if (current && current.feedback?.value === write.value && (current.rationale ?? '') === write.rationale)
    return { kind: 'already-written', assessmentId: current.assessment_id };
  return { kind: 'create', overrides: current?.assessment_id ?? null };
}
