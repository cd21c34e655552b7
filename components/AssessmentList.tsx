import { own } from '../lib/json';
import { formatAssessmentValue } from '../lib/text';
import { isShownAssessment, type Assessment } from '../lib/model';
import { searchKey } from '../lib/panel/search';
import { Highlighted } from './SessionSearch';
import './AssessmentList.css';

interface AssessmentListProps {
  assessments: readonly Assessment[];
  showScorerErrors: boolean;
  label: string;
  /** A turn's assessments (its trace id): their rationales are among the texts the session search counts. */
  searchedTurn?: string;
}

const SOURCE_LABELS: Record<string, string> = {
  LLM_JUDGE: 'LLM judge',
  HUMAN: 'human',
  CODE: 'code',
};

/** Judgements with their rationale beside the value; failed scorers only when the user asked to see them. */
export function AssessmentList({ assessments, showScorerErrors, label, searchedTurn }: AssessmentListProps) {
  const shown = assessments.filter((assessment) => isShownAssessment(assessment, showScorerErrors));
  if (shown.length === 0) return null;
  return (
    <ul class="assessments" aria-label={label} data-testid="assessment-list">
      {shown.map((assessment) => (
        <AssessmentItem key={assessment.id} assessment={assessment} searchedTurn={searchedTurn} />
      ))}
    </ul>
  );
}

function AssessmentItem({ assessment, searchedTurn }: { assessment: Assessment; searchedTurn: string | undefined }) {
  // Keyed by the turn the search counted it under (lib/panel/search.ts), not by the trace id MLflow sent with it.
  const rationale = (text: string) =>
    searchedTurn === undefined ? text : <Highlighted text={text} hitKey={searchKey(searchedTurn, `rationale ${assessment.id}`)} />;
  const source = own(SOURCE_LABELS, assessment.source.type) ?? assessment.source.type.toLowerCase();
  const sourceTitle = assessment.source.id ? `${source}: ${assessment.source.id}` : source;
  // A person's label is shown with their name: several reviewers may label the same turn.
  const author = assessment.source.type === 'HUMAN' && assessment.source.id ? assessment.source.id : source;
  if (assessment.scorerError) {
    return (
      <li class="assessment scorer-error" data-testid="assessment" data-name={assessment.name} data-scorer-error="true">
        <span class="assessment-name">{assessment.name}</span>
        <span class="assessment-value">scorer error</span>
        <span class="assessment-source" title={sourceTitle}>
          {source}
        </span>
        <p class="assessment-rationale">
          {assessment.scorerError.code ? `${assessment.scorerError.code}: ` : ''}
          {rationale(assessment.scorerError.message)}
        </p>
      </li>
    );
  }
  return (
    <li
      class={`assessment verdict-${assessment.verdict}`}
      data-testid="assessment"
      data-name={assessment.name}
      data-verdict={assessment.verdict}
    >
      <span class="assessment-name">{assessment.name}</span>
      <span class="assessment-value" data-testid="assessment-value" title={assessment.verdictReason}>
        {formatAssessmentValue(assessment.value)}
      </span>
      {assessment.verdict === 'ambiguous' && (
        <span class="ambiguous-marker" title={assessment.verdictReason}>
          <span aria-hidden="true">?</span>
          <span class="visually-hidden">ambiguous: {assessment.verdictReason}</span>
        </span>
      )}
      <span class="assessment-source" title={sourceTitle}>
        {assessment.kind === 'expectation' ? 'expectation' : author}
      </span>
      {assessment.rationale && (
        <p class="assessment-rationale" data-testid="assessment-rationale">
          {rationale(assessment.rationale)}
        </p>
      )}
    </li>
  );
}
