import { describe, expect, test } from 'vitest';
import { sessionFilter } from '../../lib/session/filter';
import { salvageCutJson, sameText } from '../../lib/turn-text/from-search';
import { parseDuration } from '../../lib/session/build';

describe('sessionFilter (quoting rules measured against MLflow 3.17.2, which has no escape syntax)', () => {
  test('plain ids use single quotes', () => {
    expect(sessionFilter('support-a-7f3e')).toEqual({
      filter: "metadata.`mlflow.trace.session` = 'support-a-7f3e'",
      needsExactCheck: false,
    });
  });
  test('an id with a single quote uses double quotes', () => {
    expect(sessionFilter("it's a / ü")).toEqual({ filter: 'metadata.`mlflow.trace.session` = "it\'s a / ü"', needsExactCheck: false });
  });
  test('an id with both quote kinds becomes a LIKE pattern, checked exactly afterwards', () => {
    expect(sessionFilter('both \' and "')).toEqual({
      filter: "metadata.`mlflow.trace.session` LIKE 'both _ and \"'",
      needsExactCheck: true,
    });
  });
});

describe('cut previews', () => {
  test("the text of a one-field dict is read up to MLflow's cut", () => {
    expect(salvageCutJson('{"question": "What is \\"this\\"? A long')).toEqual({
      text: 'What is "this"? A long',
      path: 'question',
      toolCalls: [],
    });
    expect(salvageCutJson('{"question": "ends in a split escape \\u00')).toMatchObject({ text: 'ends in a split escape ' });
    expect(salvageCutJson('["not", "a dict')).toBeNull();
  });
  test('a cut text agrees with the full one when it is a prefix of it', () => {
    expect(sameText('one two  three', 'one two', true)).toBe(true);
    expect(sameText('one two three', 'one two', false)).toBe(false);
    expect(sameText('one\ntwo', 'one two', false)).toBe(true);
  });
});

test('protobuf durations', () => {
  expect(parseDuration('1.532s')).toBe(1532);
  expect(parseDuration('0s')).toBe(0);
  expect(parseDuration(undefined)).toBeNull();
  expect(parseDuration('soon')).toBeNull();
});
