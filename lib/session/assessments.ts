// Splits a trace's assessments the way the manual workflow does: session-level ones carry the session key
// in their metadata (and sit on the session's first trace), the rest judge that one turn. Superseded
// assessments (`valid: false`) are dropped as MLflow's own UI drops them; scorer failures are kept but
// flagged, because they say nothing about the turn and the panel hides them until asked.
import { compactJson, jsonOrNull } from '../json';
import type { WireAssessment } from '../mlflow/schemas';
import { cutText } from '../text';
import { SESSION_METADATA_KEY } from '../mlflow/keys';
import { dimensionOf, judge, NO_JUDGE_SETTINGS, type JudgeSettings } from '../judgement/polarity';
import type { Assessment } from '../model';

/** What of an assessment crosses to the panel: names and sources, rationales and values, each cut. */
const MAX_NAME_CHARS = 256;
const MAX_RATIONALE_CHARS = 8_000;
const MAX_VALUE_CHARS = 8_000;

/** A value as MLflow sent it, unless it is long: then its text (JSON for structures), cut. */
function boundedValue(value: unknown): unknown {
  if (typeof value === 'string') return cutText(value, MAX_VALUE_CHARS);
  if (value === null || typeof value !== 'object') return value;
  const json = jsonOrNull(value);
  // A structure JSON cannot write (nested thousands deep) could not cross to the panel either: its text does.
  if (json === null) return compactJson(value);
  return json.length > MAX_VALUE_CHARS ? cutText(json, MAX_VALUE_CHARS) : value;
}

/** Session-level when its metadata names the session (MLflow's own rule), else about its one turn. */
export function scopeOf(assessment: Pick<WireAssessment, 'metadata'>): Assessment['scope'] {
  return assessment.metadata?.[SESSION_METADATA_KEY] !== undefined ? 'session' : 'turn';
}

export interface SplitAssessments {
  session: Assessment[];
  turn: Assessment[];
}

export function splitAssessments(
  wire: readonly WireAssessment[],
  traceId: string,
  judges: JudgeSettings = NO_JUDGE_SETTINGS,
): SplitAssessments {
  const split: SplitAssessments = { session: [], turn: [] };
  for (const raw of wire) {
    if (raw.valid === false) continue;
    const assessment = toAssessment(raw, traceId, judges);
    split[assessment.scope].push(assessment);
  }
  return split;
}

function toAssessment(raw: WireAssessment, traceId: string, judges: JudgeSettings): Assessment {
  const error = raw.feedback?.error ?? raw.error;
  const unjudged: Omit<Assessment, 'verdict' | 'verdictReason' | 'dimension'> = {
    id: raw.assessment_id,
    name: cutText(raw.assessment_name, MAX_NAME_CHARS),
    traceId: raw.trace_id ?? traceId,
    scope: scopeOf(raw),
    kind: raw.expectation ? 'expectation' : 'feedback',
    value: boundedValue(
      raw.expectation ? (raw.expectation.value ?? raw.expectation.serialized_value?.value ?? null) : (raw.feedback?.value ?? null),
    ),
    rationale: raw.rationale?.trim() ? cutText(raw.rationale, MAX_RATIONALE_CHARS) : null,
    source: {
      type: cutText(raw.source?.source_type ?? 'SOURCE_TYPE_UNSPECIFIED', MAX_NAME_CHARS),
      id: raw.source?.source_id === undefined ? null : cutText(raw.source.source_id, MAX_NAME_CHARS),
    },
    createTime: raw.create_time ?? null,
    scorerError: error
      ? {
          code: error.error_code === undefined ? null : cutText(error.error_code, MAX_NAME_CHARS),
          message: cutText(error.error_message ?? error.error_code ?? 'The scorer failed without a message', MAX_RATIONALE_CHARS),
        }
      : null,
  };
  const { verdict, reason } = judge(unjudged, judges);
  return { ...unjudged, verdict, verdictReason: reason, dimension: dimensionOf(unjudged.name, judges) };
}
