// Splits a trace's assessments the way the manual workflow does: session-level ones carry the session key
// in their metadata (and sit on the session's first trace), the rest judge that one turn. Superseded
// assessments (`valid: false`) are dropped as MLflow's own UI drops them; scorer failures are kept but
// flagged, because they say nothing about the turn and the panel hides them until asked.
import type { WireAssessment } from '../mlflow/schemas';
import { SESSION_METADATA_KEY } from '../mlflow/keys';
import { judge } from '../judgement/polarity';
import type { Assessment, Polarity } from '../model';

export interface SplitAssessments {
  session: Assessment[];
  turn: Assessment[];
}

export function splitAssessments(
  wire: readonly WireAssessment[],
  traceId: string,
  polarities: Readonly<Record<string, Polarity>> = {},
): SplitAssessments {
  const split: SplitAssessments = { session: [], turn: [] };
  for (const raw of wire) {
    if (raw.valid === false) continue;
    const assessment = toAssessment(raw, traceId, polarities);
    split[assessment.scope].push(assessment);
  }
  return split;
}

function toAssessment(raw: WireAssessment, traceId: string, polarities: Readonly<Record<string, Polarity>>): Assessment {
  const error = raw.feedback?.error ?? raw.error;
  const unjudged: Omit<Assessment, 'verdict' | 'verdictReason'> = {
    id: raw.assessment_id,
    name: raw.assessment_name,
    traceId: raw.trace_id ?? traceId,
    scope: raw.metadata?.[SESSION_METADATA_KEY] !== undefined ? 'session' : 'turn',
    kind: raw.expectation ? 'expectation' : 'feedback',
    value: raw.expectation ? (raw.expectation.value ?? raw.expectation.serialized_value?.value ?? null) : (raw.feedback?.value ?? null),
    rationale: raw.rationale?.trim() ? raw.rationale : null,
    source: { type: raw.source?.source_type ?? 'SOURCE_TYPE_UNSPECIFIED', id: raw.source?.source_id ?? null },
    createTime: raw.create_time ?? null,
    scorerError: error
      ? { code: error.error_code ?? null, message: error.error_message ?? error.error_code ?? 'The scorer failed without a message' }
      : null,
  };
  const { verdict, reason } = judge(unjudged, polarities);
  return { ...unjudged, verdict, verdictReason: reason };
}
