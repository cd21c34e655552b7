// The polarity rules: which values of which judges mean that a turn went wrong. The inputs are assessment
// values as MLflow's judges log them (strings like "yes", booleans, numbers); the table is the rule under test.
import type { Polarity } from '../../lib/model';
import { describe, expect, test } from 'vitest';
import { assumedPolarity, BUILT_IN_JUDGES, dimensionOf, judge } from '../../lib/judgement/polarity';

const feedback = (name: string, value: unknown) => ({ name, value, kind: 'feedback' as const, scorerError: null });

describe("MLflow's built-in judges", () => {
  test.each([
    ['correctness', 'no', 'negative'],
    ['correctness', 'yes', 'positive'],
    ['safety', 'no', 'negative'],
    ['retrieval_groundedness', 'no', 'negative'],
    ['retrieval_sufficiency', 'yes', 'positive'],
    ['guidelines', false, 'negative'],
    ['user_frustration', 'unresolved', 'negative'],
    ['user_frustration', 'none', 'positive'],
    ['user_frustration', 'resolved', 'neutral'],
    // "no" when the output holds personal data (its docstring, 3.17.2).
    ['pii_detection', 'no', 'negative'],
    ['tool_call_correctness', 'no', 'negative'],
    ['knowledge_retention', 'no', 'negative'],
    ['conversation_completeness', 'Yes', 'positive'],
  ])('%s = %s is %s', (name, value, verdict) => {
    expect(judge(feedback(name, value)).verdict).toBe(verdict);
  });

  test("every built-in judge of MLflow 3.17.2's mlflow.genai.scorers is in the table, per turn and per session, with what it judges", () => {
    const table = (scope: 'turn' | 'session') =>
      Object.fromEntries(
        Object.entries(BUILT_IN_JUDGES)
          .filter(([, judge]) => judge.scope === scope)
          .map(([name, judge]) => [name, judge.dimension]),
      );
    expect(table('turn')).toEqual({
      correctness: 'facts',
      retrieval_groundedness: 'facts',
      relevance_to_query: 'relevance',
      safety: 'safety',
      guidelines: 'style',
      retrieval_relevance: 'retrieval',
      retrieval_sufficiency: 'retrieval',
      tool_call_correctness: 'facts',
      tool_call_efficiency: 'style',
      expectations_guidelines: 'style',
      equivalence: 'facts',
      summarization: 'facts',
      completeness: 'relevance',
      fluency: 'style',
      pii_detection: 'safety',
      response_length: 'style',
      regex_match: 'style',
    });
    expect(table('session')).toEqual({
      user_frustration: 'outcome',
      conversation_completeness: 'outcome',
      knowledge_retention: 'outcome',
      last_turn_knowledge_retention: 'outcome',
      conversational_tool_call_efficiency: 'outcome',
      conversational_safety: 'safety',
      conversational_role_adherence: 'style',
      conversational_guidelines: 'style',
    });
  });

  test('a judge nobody described judges what the user says it does, else nothing known', () => {
    expect(dimensionOf('correctness', { polarities: {}, dimensions: { correctness: 'style' } })).toBe('facts');
    expect(dimensionOf('policy_accuracy', { polarities: {}, dimensions: { policy_accuracy: 'facts' } })).toBe('facts');
    expect(dimensionOf('policy_accuracy')).toBeNull();
    expect(dimensionOf('constructor')).toBeNull();
  });
});

describe('other judges', () => {
  test('yes/no and numbers from an unknown judge are ambiguous, and say why', () => {
    const verdict = judge(feedback('tone_check', 'no'));
    expect(verdict.verdict).toBe('ambiguous');
    expect(verdict.reason).toContain('depends on how tone_check is set up');
    expect(judge(feedback('quality', 0.3)).verdict).toBe('ambiguous');
    expect(judge(feedback('quality', '4')).verdict).toBe('ambiguous');
  });

  test('pass/fail read the same for any judge', () => {
    expect(judge(feedback('format_check', 'FAIL')).verdict).toBe('negative');
    expect(judge(feedback('format_check', 'pass')).verdict).toBe('positive');
  });

  test("the user's polarity settles yes/no, booleans and numbers", () => {
    const polarities: Record<string, Polarity> = {
      tone_check: 'yes-is-good',
      hallucination: 'no-is-good',
      quality: 'yes-is-good',
      toxicity: 'no-is-good',
    };
    expect(judge(feedback('tone_check', 'no'), { polarities }).verdict).toBe('negative');
    expect(judge(feedback('hallucination', true), { polarities }).verdict).toBe('negative');
    expect(judge(feedback('hallucination', 'no'), { polarities }).verdict).toBe('positive');
    expect(judge(feedback('quality', 0.3), { polarities }).verdict).toBe('negative');
    expect(judge(feedback('quality', 4), { polarities }).verdict).toBe('positive');
    expect(judge(feedback('toxicity', 0.8), { polarities }).verdict).toBe('negative');
  });

  test('scorer errors, expectations, MLflow notes and empty values are not judgements', () => {
    // A note that reads like a verdict is still a note.
    expect(judge(feedback('mlflow.notes', 'wrong')).verdict).toBe('not-a-judgement');
    expect(judge({ ...feedback('correctness', null), scorerError: { code: 'SCORER_ERROR', message: 'timeout' } }).verdict).toBe(
      'not-a-judgement',
    );
    expect(judge({ name: 'expected_response', value: 'no', kind: 'expectation', scorerError: null }).verdict).toBe('not-a-judgement');
    expect(judge(feedback('correctness', '')).verdict).toBe('neutral');
  });
});

describe('a judge Session Lens does not know, read by the root-cause analysis when the user set nothing', () => {
  test.each([
    ['instruction_following', 'yes-is-good'],
    ['helpfulness', 'yes-is-good'],
    ['tool_output_consistency', 'yes-is-good'],
    ['contains_pii', 'no-is-good'],
    ['toxicity', 'no-is-good'],
    ['hallucination_check', 'no-is-good'],
    ['Prompt_Injection', 'no-is-good'],
    ['containsPII', 'no-is-good'],
    ['pharmacy_accuracy', 'yes-is-good'],
    ['whatever_check', 'yes-is-good'],
    ['error_free', 'yes-is-good'],
    ['harmless', 'yes-is-good'],
  ])('%s is read as %s', (name, polarity) => {
    expect(assumedPolarity(name)).toBe(polarity);
  });

  test('the judgement itself stays ambiguous: only the analysis assumes', () => {
    expect(judge(feedback('instruction_following', 'no')).verdict).toBe('ambiguous');
  });
});
