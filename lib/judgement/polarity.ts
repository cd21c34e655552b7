// Whether a judgement says something went wrong, and what it judges. A value's meaning depends on the judge:
// "no" from `correctness` is bad, "no" from a frustration check may be good. And a "yes" says only what its
// judge looks at: a relevant answer can still be wrong. MLflow's built-in judges are listed with what their
// values mean and what they judge; any other name is read by the user's settings, or flagged as ambiguous
// (never silently guessed), with the rationale beside it in the panel.
import { own } from '../json';
import { NOTES_ASSESSMENT, ROOT_CAUSE_ASSESSMENT } from '../mlflow/keys';
import type { Assessment, Dimension, Polarity, Verdict } from '../model';

/** How the user said to read judges that are not built in: their polarity, and what they judge. */
export interface JudgeSettings {
  polarities: Readonly<Record<string, Polarity>>;
  dimensions: Readonly<Record<string, Dimension>>;
}

export const NO_JUDGE_SETTINGS: JudgeSettings = { polarities: {}, dimensions: {} };

interface BuiltInJudge {
  scope: 'turn' | 'session';
  dimension: Dimension;
  /** Values meaning "this went wrong", compared lowercased. */
  negative: readonly string[];
  positive: readonly string[];
}

const YES_IS_GOOD = { negative: ['no', 'false'], positive: ['yes', 'true'] } as const;

/** MLflow's built-in judges and checks (mlflow.genai.scorers, 3.17.2), by the name they log. */
export const BUILT_IN_JUDGES: Readonly<Record<string, BuiltInJudge>> = {
  correctness: { scope: 'turn', dimension: 'facts', ...YES_IS_GOOD },
  relevance_to_query: { scope: 'turn', dimension: 'relevance', ...YES_IS_GOOD },
  safety: { scope: 'turn', dimension: 'safety', ...YES_IS_GOOD },
  guidelines: { scope: 'turn', dimension: 'style', ...YES_IS_GOOD },
  // Whether the answer's claims are supported by what was retrieved: about the facts, not the retrieval.
  retrieval_groundedness: { scope: 'turn', dimension: 'facts', ...YES_IS_GOOD },
  retrieval_relevance: { scope: 'turn', dimension: 'retrieval', ...YES_IS_GOOD },
  retrieval_sufficiency: { scope: 'turn', dimension: 'retrieval', ...YES_IS_GOOD },
  // Whether the right tools were called with the right arguments: what the answer is then built on.
  tool_call_correctness: { scope: 'turn', dimension: 'facts', ...YES_IS_GOOD },
  tool_call_efficiency: { scope: 'turn', dimension: 'style', ...YES_IS_GOOD },
  expectations_guidelines: { scope: 'turn', dimension: 'style', ...YES_IS_GOOD },
  // Against the expected answer, or the input to be summarised: about the facts.
  equivalence: { scope: 'turn', dimension: 'facts', ...YES_IS_GOOD },
  summarization: { scope: 'turn', dimension: 'facts', ...YES_IS_GOOD },
  // Whether every part of the question was answered.
  completeness: { scope: 'turn', dimension: 'relevance', ...YES_IS_GOOD },
  fluency: { scope: 'turn', dimension: 'style', ...YES_IS_GOOD },
  // "no" when the output holds personal data.
  pii_detection: { scope: 'turn', dimension: 'safety', ...YES_IS_GOOD },
  response_length: { scope: 'turn', dimension: 'style', ...YES_IS_GOOD },
  regex_match: { scope: 'turn', dimension: 'style', ...YES_IS_GOOD },
  // "resolved" means the user was frustrated but the bot recovered: neither failure nor success.
  user_frustration: { scope: 'session', dimension: 'outcome', negative: ['unresolved', 'yes', 'true'], positive: ['none', 'no', 'false'] },
  conversation_completeness: { scope: 'session', dimension: 'outcome', ...YES_IS_GOOD },
  knowledge_retention: { scope: 'session', dimension: 'outcome', ...YES_IS_GOOD },
  last_turn_knowledge_retention: { scope: 'session', dimension: 'outcome', ...YES_IS_GOOD },
  conversational_tool_call_efficiency: { scope: 'session', dimension: 'outcome', ...YES_IS_GOOD },
  conversational_safety: { scope: 'session', dimension: 'safety', ...YES_IS_GOOD },
  conversational_role_adherence: { scope: 'session', dimension: 'style', ...YES_IS_GOOD },
  conversational_guidelines: { scope: 'session', dimension: 'style', ...YES_IS_GOOD },
};

/**
 * Words a judge's name starts a part with when it looks for something bad (`pii_leak`, `Toxicity`,
 * `hallucination_check`): for such a judge "no" is good. Not inside a word ("pharmacy" is no harm), and not
 * when the name says the bad thing is absent (`error_free`, `harmless`).
 */
const LOOKS_FOR_TROUBLE =
  /^(toxic|hallucinat|pii|leak|jailbreak|frustrat|harm|bias|injection|profan|unsafe|violat|error|fail|risk|offensive|hate)/;
const SAYS_ABSENT = /(free|less)$|^(no|none|absent|without)$/;

/**
 * How the root-cause analysis reads a judge it does not know, when the user set nothing for it: as judges are
 * mostly written ("does the answer follow the instructions?"), yes is good, unless the name says the judge
 * looks for something bad. Only the analysis assumes this, and says so; the judgement itself stays ambiguous.
 */
export function assumedPolarity(name: string): Polarity {
  const parts = name
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  if (parts.some((part) => SAYS_ABSENT.test(part))) return 'yes-is-good';
  return parts.some((part) => LOOKS_FOR_TROUBLE.test(part)) ? 'no-is-good' : 'yes-is-good';
}

/** Session Lens's own feedback: a person confirmed this turn is where the session went wrong. */
const CONFIRMED_ROOT_CAUSE: BuiltInJudge = { scope: 'turn', dimension: 'outcome', negative: ['true', 'yes'], positive: ['false', 'no'] };

/** What a judge looks at: the built-in table, else the user's setting, else nothing known. */
export function dimensionOf(name: string, judges: JudgeSettings = NO_JUDGE_SETTINGS): Dimension | null {
  if (name === ROOT_CAUSE_ASSESSMENT) return CONFIRMED_ROOT_CAUSE.dimension;
  return own(BUILT_IN_JUDGES, name)?.dimension ?? own(judges.dimensions, name) ?? null;
}

/** Values that read the same whatever the judge: a failed check is a failure. */
const ALWAYS_NEGATIVE = new Set(['fail', 'failed', 'failure', 'bad', 'incorrect', 'wrong', 'unsafe', 'error']);
const ALWAYS_POSITIVE = new Set(['pass', 'passed', 'success', 'good', 'correct', 'safe']);
const YES_LIKE = new Set(['yes', 'true', 'y']);
const NO_LIKE = new Set(['no', 'false', 'n']);

export interface Judgement {
  verdict: Verdict;
  /** Why it reads so, in a few words, for the panel's tooltip. */
  reason: string;
}

export function judge(
  assessment: Pick<Assessment, 'name' | 'value' | 'kind' | 'scorerError'>,
  { polarities }: Pick<JudgeSettings, 'polarities'> = NO_JUDGE_SETTINGS,
): Judgement {
  if (assessment.scorerError) return { verdict: 'not-a-judgement', reason: 'the scorer failed; this says nothing about the turn' };
  if (assessment.kind === 'expectation') return { verdict: 'not-a-judgement', reason: 'an expectation (ground truth), not a judgement' };
  if (assessment.name === NOTES_ASSESSMENT) return { verdict: 'not-a-judgement', reason: 'a note, not a judgement' };
  const value = normaliseValue(assessment.value);
  if (value === null) return { verdict: 'neutral', reason: 'no value' };
  const builtIn = assessment.name === ROOT_CAUSE_ASSESSMENT ? CONFIRMED_ROOT_CAUSE : own(BUILT_IN_JUDGES, assessment.name);
  if (typeof value === 'string') {
    const judgeName = builtIn === CONFIRMED_ROOT_CAUSE ? 'a confirmed root cause' : `MLflow's built-in ${assessment.name} judge`;
    if (builtIn?.negative.includes(value)) return { verdict: 'negative', reason: `“${value}” from ${judgeName} means it went wrong` };
    if (builtIn?.positive.includes(value)) return { verdict: 'positive', reason: `“${value}” from ${judgeName} means it went right` };
    if (ALWAYS_NEGATIVE.has(value)) return { verdict: 'negative', reason: `“${value}” reads as a failure for any judge` };
    if (ALWAYS_POSITIVE.has(value)) return { verdict: 'positive', reason: `“${value}” reads as a success for any judge` };
    const polarity = own(polarities, assessment.name);
    if (polarity && (YES_LIKE.has(value) || NO_LIKE.has(value))) {
      const good = polarity === 'yes-is-good' ? YES_LIKE.has(value) : NO_LIKE.has(value);
      return {
        verdict: good ? 'positive' : 'negative',
        reason: `your setting: for ${assessment.name}, ${polarity === 'yes-is-good' ? 'yes' : 'no'} is good`,
      };
    }
    if (builtIn) return { verdict: 'neutral', reason: `“${value}” is neither a failure nor a success for ${assessment.name}` };
    return {
      verdict: 'ambiguous',
      reason:
        `whether “${value}” is good depends on how ${assessment.name} is set up: ` +
        'read the rationale, or set its polarity in the options',
    };
  }
  // Numbers: a score in [0, 1] or on a 1-5 scale.
  const polarity = own(polarities, assessment.name);
  if (!polarity)
    return {
      verdict: 'ambiguous',
      reason: `whether ${value} is good depends on ${assessment.name}'s scale: set its polarity in the options`,
    };
  const midpoint = value >= 0 && value <= 1 ? 0.5 : 3;
  const good = polarity === 'yes-is-good' ? value >= midpoint : value < midpoint;
  return {
    verdict: good ? 'positive' : 'negative',
    reason: `your setting: for ${assessment.name}, ${polarity === 'yes-is-good' ? 'higher' : 'lower'} is better (midpoint ${midpoint})`,
  };
}

/** Whether a value is a yes or a no (what a polarity, set or assumed, reads). */
export function isYesOrNo(value: unknown): boolean {
  const normalised = normaliseValue(value);
  return typeof normalised === 'string' && (YES_LIKE.has(normalised) || NO_LIKE.has(normalised));
}

function normaliseValue(value: unknown): string | number | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'string') {
    const trimmed = value.trim().toLowerCase();
    if (trimmed === '') return null;
    const number = Number(trimmed);
    return Number.isFinite(number) && /^-?[\d.]+$/.test(trimmed) ? number : trimmed;
  }
  return null;
}
