// A root cause confirmed by a person is human feedback on that turn's trace, so MLflow's own UI shows it
// and any client can query it.
import { ROOT_CAUSE_ASSESSMENT } from '../mlflow/keys';
import type { Assessment, Session } from '../model';

/** The person's confirmation that this turn is a root cause, as MLflow has it now. */
export function confirmationOf(session: Session, traceId: string): Assessment | null {
  const turn = session.turns.find((candidate) => candidate.traceId === traceId);
  return (
    turn?.assessments.find(
      (assessment) => assessment.name === ROOT_CAUSE_ASSESSMENT && assessment.source.type === 'HUMAN' && assessment.value === true,
    ) ?? null
  );
}
