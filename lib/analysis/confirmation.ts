// A root cause confirmed by a person is human feedback on that turn's trace, so MLflow's own UI shows it
// and any client can query it.
import type { Assessment, Session } from '../session/model';

export const ROOT_CAUSE_ASSESSMENT = 'root_cause_turn';
/** Metadata of a confirmation: the failing turn it explains. */
export const EXPLAINS_METADATA_KEY = 'session_lens.explains_trace';

/** The person's confirmation that this turn is a root cause, as MLflow has it now. */
export function confirmationOf(session: Session, traceId: string): Assessment | null {
  const turn = session.turns.find((candidate) => candidate.traceId === traceId);
  return turn?.assessments.find((assessment) => assessment.name === ROOT_CAUSE_ASSESSMENT && assessment.source.type === 'HUMAN' && assessment.value === true) ?? null;
}
