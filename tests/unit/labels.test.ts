// Label sets (their schema in the settings) and how a label is written: read first, a retry never writes
// twice, a change overrides only the reviewer's own label. The assessments below are as MLflow 3.17.2 answered
// after a label and its override were posted (`overrides` on the new one, `valid: false` on the old); the e2e
// suite writes them through the real server.
import { describe, expect, test } from 'vitest';
import { DEFAULT_LABEL_SET, labelValueProblem } from '../../lib/labels';
import type { WireAssessment } from '../../lib/mlflow/schemas';
import { planLabelWrite, reviewerLabels } from '../../lib/session/label-write';
import { labelSetSchema, parseSettings, readingSettingsFor, withLabelSet } from '../../lib/settings';

const TRACE = 'tr-3fb8380002f3bb03a00eaef8d6ce587b';
const human = (id: string): WireAssessment['source'] => ({ source_type: 'HUMAN', source_id: id });

const superseded: WireAssessment = {
  assessment_id: 'a-860bf19e86874b2a83604a3bc25a504a',
  assessment_name: 'correct',
  trace_id: TRACE,
  source: human('ana'),
  create_time: '2026-11-28T04:00:02.238Z',
  last_update_time: '2026-11-28T04:00:02.238Z',
  feedback: { value: 'pass' },
  rationale: 'r1',
  valid: false,
};
const inForce: WireAssessment = {
  assessment_id: 'a-ff32da8219df4564a7f871b0d39f61b7',
  assessment_name: 'correct',
  trace_id: TRACE,
  source: human('ana'),
  create_time: '2026-11-28T04:00:02.249Z',
  last_update_time: '2026-11-28T04:00:02.249Z',
  feedback: { value: 'fail' },
  rationale: 'r2',
  overrides: 'a-860bf19e86874b2a83604a3bc25a504a',
  valid: true,
};
const othersLabel: WireAssessment = {
  ...inForce,
  assessment_id: 'a-bo',
  source: human('bo'),
  overrides: undefined,
  feedback: { value: 'pass' },
};
const sessionLabel: WireAssessment = {
  ...inForce,
  assessment_id: 'a-session',
  assessment_name: 'correct',
  overrides: undefined,
  metadata: { 'mlflow.trace.session': 'chat-1' },
};
const judge: WireAssessment = {
  ...inForce,
  assessment_id: 'a-judge',
  source: { source_type: 'LLM_JUDGE', source_id: 'gpt' },
  overrides: undefined,
};

describe('a label set', () => {
  test('the default set and every kind of label parse', () => {
    expect(labelSetSchema.parse(DEFAULT_LABEL_SET)).toEqual(DEFAULT_LABEL_SET);
    const every = [
      { name: 'correct', scope: 'turn', kind: { type: 'pass-fail' } },
      { name: 'helpful', scope: 'turn', kind: { type: 'yes-no' } },
      { name: 'failure mode', scope: 'turn', kind: { type: 'choice', options: ['hallucination', 'wrong tool', 'other'] } },
      { name: 'quality', scope: 'session', kind: { type: 'number', min: 1, max: 5 } },
      { name: 'notes', scope: 'session', kind: { type: 'text' } },
      // The same name once per scope is allowed: a turn's "correct" and the session's.
      { name: 'correct', scope: 'session', kind: { type: 'pass-fail' } },
    ];
    expect(labelSetSchema.parse(every)).toEqual(every);
  });

  test.each([
    ['a choice of one', [{ name: 'x', scope: 'turn', kind: { type: 'choice', options: ['only'] } }]],
    ['an option twice', [{ name: 'x', scope: 'turn', kind: { type: 'choice', options: ['a', 'a'] } }]],
    ['a range upside down', [{ name: 'x', scope: 'turn', kind: { type: 'number', min: 5, max: 1 } }]],
    ['a name with a quote', [{ name: "it's", scope: 'turn', kind: { type: 'text' } }]],
    ['a name with a line break', [{ name: 'a\nb', scope: 'turn', kind: { type: 'text' } }]],
    ['an unknown kind', [{ name: 'x', scope: 'turn', kind: { type: 'stars' } }]],
    [
      'a name twice in one scope',
      [
        { name: 'x', scope: 'turn', kind: { type: 'text' } },
        { name: 'x', scope: 'turn', kind: { type: 'pass-fail' } },
      ],
    ],
  ])('refuses %s', (_what, labels) => {
    expect(labelSetSchema.safeParse(labels).success).toBe(false);
  });

  test('kept per server and experiment; an unreadable set costs only the label sets', () => {
    const labels = [{ name: 'helpful', scope: 'turn' as const, kind: { type: 'yes-no' as const } }];
    const settings = withLabelSet(parseSettings({}), 'http://mlflow.test', '7', labels);
    const reading = readingSettingsFor(settings, 'http://mlflow.test');
    expect(reading.labelSets).toEqual({ '7': labels });
    // A yes/no label reads "yes" as good without being told.
    expect(reading.judges.polarities).toEqual({ helpful: 'yes-is-good' });
    expect(readingSettingsFor(settings, 'http://other.test').labelSets).toEqual({});
    expect(withLabelSet(settings, 'http://mlflow.test', '7', null).labelSets).toEqual({});
    const broken = parseSettings({ reviewerName: 'ana', labelSets: { 'http://mlflow.test': { '7': [{ name: '' }] } } });
    expect(broken).toMatchObject({ reviewerName: 'ana', labelSets: {} });
  });

  test.each([
    [{ type: 'pass-fail' as const }, 'pass', null],
    [{ type: 'pass-fail' as const }, 'yes', 'pick one of pass, fail'],
    [{ type: 'yes-no' as const }, 'no', null],
    [{ type: 'choice' as const, options: ['a', 'b'] }, 'c', 'pick one of a, b'],
    [{ type: 'number' as const, min: 1, max: 5 }, 5, null],
    [{ type: 'number' as const, min: 1, max: 5 }, 6, 'give a number from 1 to 5'],
    [{ type: 'number' as const, min: 1, max: 5 }, '3', 'give a number from 1 to 5'],
    [{ type: 'text' as const }, '  ', 'write something'],
    [{ type: 'text' as const }, 'x'.repeat(2001), 'at most 2000 characters'],
  ])('%o: %o → %s', (kind, value, problem) => {
    expect(labelValueProblem(kind, value)).toBe(problem);
  });
});

describe('writing a label', () => {
  const write = { name: 'correct', scope: 'turn' as const, value: 'fail', rationale: 'r2' };

  test('the first label is a new assessment that overrides nothing', () => {
    expect(planLabelWrite([judge, othersLabel], write, 'ana')).toEqual({ kind: 'create', overrides: null });
  });

  test('a retry after a write whose answer was lost finds it, and writes nothing', () => {
    expect(planLabelWrite([superseded, inForce], write, 'ana')).toEqual({ kind: 'already-written', assessmentId: inForce.assessment_id });
  });

  test('a changed value or rationale overrides the reviewer’s label in force, never a superseded one', () => {
    expect(planLabelWrite([superseded, inForce], { ...write, value: 'pass' }, 'ana')).toEqual({
      kind: 'create',
      overrides: inForce.assessment_id,
    });
    expect(planLabelWrite([superseded, inForce], { ...write, rationale: 'other' }, 'ana')).toEqual({
      kind: 'create',
      overrides: inForce.assessment_id,
    });
  });

  test('another reviewer’s label, a judge’s, or the session’s of the same name is never overridden', () => {
    expect(planLabelWrite([othersLabel, judge, sessionLabel], write, 'ana')).toEqual({ kind: 'create', overrides: null });
    expect(planLabelWrite([inForce, sessionLabel], { ...write, scope: 'session' }, 'ana')).toEqual({
      kind: 'already-written',
      assessmentId: 'a-session',
    });
  });

  test('removing takes every value the reviewer gave, newest first', () => {
    expect(reviewerLabels([superseded, othersLabel, inForce, sessionLabel], 'correct', 'turn', 'ana').map((a) => a.assessment_id)).toEqual([
      inForce.assessment_id,
      superseded.assessment_id,
    ]);
  });
});
