// The chain's rules, on sessions recorded from a real MLflow server (rig/rootcause.py) whose judgements are
// changed here to each setup a judge can produce: a "yes" on another dimension, a "yes" on the same one,
// judges that disagree, a user who asked for what failed.
import { describe, expect, test } from 'vitest';
import { analyseSession, turnsToRead } from '../../lib/analysis/analyse';
import { judge } from '../../lib/judgement/polarity';
import { createMlflowClient } from '../../lib/mlflow/client';
import type { Assessment, Session } from '../../lib/model';
import { fetchSpansOf, loadSessionOfTrace } from '../../lib/session/load';
import type { Span } from '../../lib/trace/spans';
import { createFakeServer, tracesOfRecording } from '../fixtures/fake-server';
import { analysisOnRecording } from '../fixtures/reading';
import { loadRecording } from '../fixtures/recording';
import type { LabelledScenario, RootCauseScenario } from '../fixtures/scenarios';

const rootcause = loadRecording<RootCauseScenario>('rootcause');
const { refundWindow, toolError } = rootcause.manifest;

async function loaded(
  openTraceId: string,
  recording: Parameters<typeof tracesOfRecording>[0] = rootcause,
): Promise<{ session: Session; spans: Map<string, Span[]> }> {
  const server = createFakeServer(tracesOfRecording(recording));
  const client = createMlflowClient({ baseUrl: server.baseUrl, fetch: server.fetch });
  const session = await loadSessionOfTrace(client, openTraceId);
  return {
    session,
    spans: await fetchSpansOf(
      client,
      session.turns.map((turn) => turn.traceId),
    ),
  };
}

/** The session with each listed turn judged only by these (name, value, rationale) judgements. */
function judgedAs(
  session: Session,
  judgements: Record<number, [string, string, string?][]>,
  template: Assessment = session.turns.flatMap((turn) => turn.assessments)[0]!,
): Session {
  return {
    ...session,
    turns: session.turns.map((turn) => {
      const pairs = judgements[turn.index];
      if (!pairs) return turn;
      return {
        ...turn,
        assessments: pairs.map(([name, value, rationale], position): Assessment => ({
          ...template,
          id: `a-${turn.index}-${position}`,
          traceId: turn.traceId,
          name,
          value,
          rationale: rationale ?? null,
        })),
      };
    }),
  };
}

/** A recorded labelled session loaded at `openTurn` (where a user would open it, unless said), with its spans. */
async function loadedLabelled(set: string, name: string, openTurn?: number) {
  const recording = loadRecording<LabelledScenario>(set);
  const labelled = recording.manifest.sessions.find((candidate) => candidate.name === name)!;
  const open = labelled.turns[(openTurn ?? labelled.openTurn) - 1]!.traceId;
  return { open, ...(await loaded(open, recording)) };
}

/** The root cause of a recorded labelled session opened at `openTurn`, its listed turns judged only as given. */
async function rejudgedRootCause(set: string, name: string, openTurn: number, judgements: Parameters<typeof judgedAs>[1]) {
  const { open, session, spans } = await loadedLabelled(set, name, openTurn);
  return analyseSession(judgedAs(session, judgements), open, spans).rootCause;
}

/** The root cause of a recorded labelled session, opened where a user would open it. */
async function labelledRootCause(set: string, name: string) {
  const recording = loadRecording<LabelledScenario>(set);
  const session = recording.manifest.sessions.find((candidate) => candidate.name === name)!;
  return (await analysisOnRecording(recording)(session.turns[session.openTurn - 1]!.traceId)).rootCause;
}

describe('judges by what they judge', () => {
  test('every turn judged relevant, the last one incorrect: the chain walks past the relevance yeses to turn 3', async () => {
    const { session, spans } = await loaded(refundWindow.turns[4]!.traceId);
    const judged = judgedAs(session, {
      1: [['relevance_to_query', 'yes']],
      2: [['relevance_to_query', 'yes']],
      3: [
        ['relevance_to_query', 'yes'],
        ['safety', 'yes'],
        ['guidelines', 'yes'],
      ],
      4: [['relevance_to_query', 'yes']],
      5: [
        ['relevance_to_query', 'yes'],
        ['correctness', 'no', 'The current policy allows 30 days from delivery; the 60-day window does not exist.'],
      ],
    });
    const [best] = analyseSession(judged, refundWindow.turns[4]!.traceId, spans).rootCause.candidates;
    expect(best?.index).toBe(3);
    expect(best?.explanation).toBe(
      'Turn 3 first said “60 days from delivery”, which turn 5 repeats; it came from the retrieved document returns-2019.',
    );
  });

  test('a turn judged correct that already said the failing claim is named anyway, with both shown', async () => {
    const { session, spans } = await loaded(refundWindow.turns[4]!.traceId);
    const judged = judgedAs(session, { 3: [['correctness', 'yes']], 4: [['correctness', 'yes']], 5: [['correctness', 'no']] });
    const [best] = analyseSession(judged, refundWindow.turns[4]!.traceId, spans).rootCause.candidates;
    expect(best?.index).toBe(3);
    expect(best?.explanation).toMatch(/^Judged good by correctness = yes, but turn 3 already said “60 days from delivery”/);
    expect(best?.evidence).toContainEqual({ kind: 'judged-good', names: ['correctness = yes'], dimension: 'facts' });
  });

  test('judges of the facts that disagree about a turn are shown as such, and the turn is not taken as good', async () => {
    const { session, spans } = await loaded(refundWindow.turns[4]!.traceId);
    const judged = judgedAs(session, {
      3: [
        ['correctness', 'yes'],
        ['retrieval_groundedness', 'no'],
      ],
      5: [['correctness', 'no']],
    });
    const [best] = analyseSession(judged, refundWindow.turns[4]!.traceId, spans).rootCause.candidates;
    expect(best?.index).toBe(3);
    expect(best?.evidence).toContainEqual({
      kind: 'judges-disagree',
      dimension: 'facts',
      positive: ['correctness = yes'],
      negative: ['retrieval_groundedness = no'],
    });
  });

  test('a failed step before a turn judged relevant is still in the chain; before a turn judged correct it is not', async () => {
    const { session, spans } = await loaded(toolError.turns[3]!.traceId);
    const open = toolError.turns[3]!.traceId;
    const pastRelevance = judgedAs(session, { 3: [['relevance_to_query', 'yes']], 4: [['correctness', 'no']] });
    expect(analyseSession(pastRelevance, open, spans).rootCause.candidates[0]).toMatchObject({
      index: 2,
      explanation: expect.stringContaining('Turn 2 is the first failing turn of the run that leads to turn 4'),
    });
    // Judged correct at turn 3: the failed step is not in the run any more; the fare turn 2 made up, repeated
    // by turn 4, still points there.
    const pastCorrect = judgedAs(session, { 3: [['correctness', 'yes']], 4: [['correctness', 'no']] });
    const [best] = analyseSession(pastCorrect, open, spans).rootCause.candidates;
    expect(best?.index).toBe(2);
    expect(best?.explanation).toMatch(/^Turn 2 first said “142 EUR”, which turn 4 repeats\./);
  });

  test('a failure of style is not explained by an earlier failure of the facts', async () => {
    const { session, spans } = await loaded(toolError.turns[3]!.traceId);
    const judged = judgedAs(session, { 1: [['correctness', 'no']], 4: [['guidelines', 'no']] });
    const { rootCause } = analyseSession(judged, toolError.turns[3]!.traceId, spans);
    expect(rootCause.candidates.map((candidate) => candidate.index)).not.toContain(1);
  });

  test('a judge nobody described is its own dimension: its yes stops only a failure of its own', async () => {
    const { session, spans } = await loaded(toolError.turns[3]!.traceId);
    const judges = { polarities: { fare_check: 'yes-is-good' as const }, dimensions: {} };
    const judged = judgedAs(session, { 3: [['fare_check', 'yes']], 4: [['fare_check', 'no']] });
    const { rootCause } = analyseSession(judged, toolError.turns[3]!.traceId, spans, judges);
    // Its yes at turn 3 ends the run: turn 2 is named for the fare it made up, not as a failing turn of the run.
    expect(rootCause.candidates[0]?.explanation).toMatch(/^Turn 2 first said “142 EUR”/);
    // Said to judge the facts, a relevance-only yes at turn 3 does not end the run, and the failed step is in it.
    const described = { ...judges, dimensions: { fare_check: 'facts' as const } };
    const onRelevance = judgedAs(session, { 3: [['relevance_to_query', 'yes']], 4: [['fare_check', 'no']] });
    expect(analyseSession(onRelevance, toolError.turns[3]!.traceId, spans, described).rootCause.candidates[0]?.explanation).toMatch(
      /^Turn 2 is the first failing turn of the run that leads to turn 4/,
    );
  });
});

describe('no needless work', () => {
  test('nothing failed: no target, and a long session reads no spans', async () => {
    const { session, spans } = await loaded(refundWindow.turns[4]!.traceId);
    const healthy = judgedAs(session, { 5: [['correctness', 'yes']] });
    expect(analyseSession(healthy, refundWindow.turns[4]!.traceId, spans).rootCause).toMatchObject({ target: null, candidates: [] });
    const long = {
      ...healthy,
      turns: Array.from({ length: 150 }, (_, position) => ({
        ...healthy.turns[position % 5]!,
        index: position + 1,
        traceId: `tr-${position}`,
        assessments: [],
      })),
    };
    expect(turnsToRead(long, 'tr-149', new Set())).toEqual([]);
    // One turn judged wrong, after one judged right on the facts: only the turns from there are read.
    const failing = judgedAs(
      long,
      { 140: [['correctness', 'yes']], 141: [['relevance_to_query', 'yes']], 150: [['correctness', 'no']] },
      session.turns[4]!.assessments[0],
    );
    expect(turnsToRead(failing, 'tr-149', new Set())).toEqual(Array.from({ length: 10 }, (_, offset) => `tr-${140 + offset}`));
  });
});

describe('the labelled set (rig/labelled.py), recorded', () => {
  const labelled = loadRecording<LabelledScenario>('labelled');

  test('healthy sessions get no root cause; every other session gets one, at or before the failing turn', async () => {
    const analyse = analysisOnRecording(labelled);
    for (const session of labelled.manifest.sessions) {
      const { rootCause } = await analyse(session.turns[session.openTurn - 1]!.traceId);
      if (session.rootCauseTurn === null) expect(rootCause.candidates, session.name).toEqual([]);
      else expect(rootCause.candidates[0]?.index, session.name).toBeLessThanOrEqual(rootCause.target!.index);
    }
  });
});

/**
 * How a claim is found in the conversation's own words, on sessions of rig/labelled_holdout.py (the set held out
 * until stop 23, whose misses these rules were written for; rig/labelled_holdout2.py is the held-out set now).
 */
describe('claims in the words of the conversation', () => {
  const holdout = loadRecording<LabelledScenario>('labelled-holdout');
  const analyse = analysisOnRecording(holdout);
  async function bestOf(name: string) {
    const session = holdout.manifest.sessions.find((candidate) => candidate.name === name)!;
    const { rootCause } = await analyse(session.turns[session.openTurn - 1]!.traceId);
    return { best: rootCause.candidates[0]!, rootCause };
  }

  test('a user who changes the request owns what the judge names, in the plural or the singular', async () => {
    // The session's judge measured the order against the first request; the user asked for the new format.
    const { best: photoBook } = await bestOf('changed-mind-photo-book-format');
    expect(photoBook.index).toBe(5);
    expect(photoBook.evidence).toContainEqual({ kind: 'user-request', phrases: ['30x30 square', '60 pages'], repeatedBy: 7 });
    // The judge says "a 1-bedroom flat", the user asked for "1-bedroom flats instead".
    const { best: flat } = await bestOf('changed-mind-one-bedroom');
    expect(flat.index).toBe(3);
    expect(flat.evidence).toContainEqual(expect.objectContaining({ kind: 'user-request', phrases: ['1-bedroom flats'] }));
  });

  test('a question about something claims nothing: the answer to it is where the claim was made', async () => {
    // Turn 3's user asked "Is there an exit fee for leaving Northstar early?"; its answer said there was none.
    const { best } = await bestOf('invented-no-exit-fee');
    expect(best.index).toBe(3);
    expect(best.evidence[0]).toMatchObject({ kind: 'introduced-phrases', phrases: [{ text: 'exit fees', source: null }] });
  });

  test('an answer that asks again for what the user said ("Which floor?") did not have it', async () => {
    const { best } = await bestOf('window-fourth-floor-move');
    expect(best.index).toBe(6);
    expect(best.evidence[0]).toMatchObject({ kind: 'context-dropped', constraintTurn: 2, words: ['floor'], failingTurn: 8 });
  });

  test('the same objection judged at an earlier turn is the same mistake, past turns judged good on other claims', async () => {
    // Turn 6: "the applicant's score is below the 2027 requirement"; turn 3, before turn 4's correct tuition
    // answer: "for September 2027 entry the requirement is 6.5 overall".
    const { best, rootCause } = await bestOf('outdated-page-msc-entry');
    expect(rootCause.candidates.map((candidate) => candidate.index)).toEqual([2, 3, 5]);
    expect(best.explanation).toBe(
      'Judged good by correctness = yes, retrieval_groundedness = yes, but turn 2 already said “6.0 overall”, “component below”, ' +
        'which turn 3 repeats; it came from the retrieved document msc-data-science/entry-2025.',
    );
  });

  test('a claim that came from a retrieved document outweighs an earlier passing mention of its topic', async () => {
    // Turn 1: "I'll check what your contents section says about accidental damage"; turn 2 read it from the 2023 wording.
    const { best } = await bestOf('outdated-wording-laptop-claim');
    expect(best.index).toBe(2);
    expect(best.explanation).toMatch(/^Turn 2 first said .*; it came from the retrieved document contents-wording-2023\.$/);
  });

  test('a claim said again in other words is traced by the sentence that first said it', async () => {
    // The judge said only "factually incorrect"; turn 7 words turn 4's claim differently.
    const { best } = await bestOf('outdated-terms-cross-border');
    expect(best.index).toBe(4);
    expect(best.evidence[0]).toEqual({
      kind: 'introduced-phrases',
      phrases: [
        {
          text: 'Yes, you can take the car to Croatia at no extra charge.',
          source: { kind: 'document', name: 'rental-terms-2024/cross-border' },
        },
      ],
      repeatedBy: 7,
      reworded: true,
    });
    expect(best.explanation).toContain('which turn 7 says again in other words');
  });

  test('a claim said again in other words, in a sentence without end, is shown by its first 24 words', async () => {
    const session = holdout.manifest.sessions.find((candidate) => candidate.name === 'outdated-terms-cross-border')!;
    const server = createFakeServer(tracesOfRecording(holdout));
    const client = createMlflowClient({ baseUrl: server.baseUrl, fetch: server.fetch });
    const openTraceId = session.turns[session.openTurn - 1]!.traceId;
    const loadedSession = await loadSessionOfTrace(client, openTraceId);
    const spans = await fetchSpansOf(
      client,
      loadedSession.turns.map((turn) => turn.traceId),
    );
    const endless = `Yes, you can take the car to Croatia at no extra charge${' and then some more'.repeat(5_000)}.`;
    const rewritten: Session = {
      ...loadedSession,
      turns: loadedSession.turns.map((turn) =>
        turn.index === 4 ? { ...turn, output: { ...turn.output!, text: endless, truncated: false, fullLength: endless.length } } : turn,
      ),
    };
    const [best] = analyseSession(rewritten, openTraceId, spans).rootCause.candidates;
    expect(best?.index).toBe(4);
    expect(best?.evidence[0]).toMatchObject({
      kind: 'introduced-phrases',
      reworded: true,
      phrases: [
        { text: 'Yes, you can take the car to Croatia at no extra charge and then some more and then some more and then some more …' },
      ],
    });
  });

  test('a one-off slip shares no claim with earlier turns: "per km" is no claim', async () => {
    const { best } = await bestOf('unlucky-pace-conversion');
    expect(best.index).toBe(29);
  });
});

/** Failed steps, on sessions of rig/labelled_holdout2.py (held out until these rules were written for its misses). */
describe('failed steps', () => {
  const rootCauseOf = (name: string) => labelledRootCause('labelled-holdout-2', name);

  test('a failed step the judge describes ("the stock check failed") is followed past turns judged correct', async () => {
    // Turn 2's check_stock raised; turns 2 to 5 were judged correct; turn 6: "the stock check failed when the order was placed".
    const { target, candidates } = await rootCauseOf('stock-check-unreachable-brunch');
    expect(target?.index).toBe(6);
    expect(candidates[0]).toMatchObject({ index: 2, evidence: [{ kind: 'error-span', spanName: 'check_stock' }] });
  });

  test('a failed step at the failing turn itself is its own cause, before any claim an earlier turn said', async () => {
    const { candidates } = await rootCauseOf('preflight-502-business-cards');
    expect(candidates[0]).toMatchObject({ index: 3, evidence: [{ kind: 'error-span' }] });
    expect(candidates[0]!.explanation).toMatch(/^Turn 3 is where it failed, and nothing earlier points to it: span “run_preflight” failed/);
  });
});

/**
 * A session judged only as a whole names no failing answer, on sessions of rig/labelled_holdout3.py (held out
 * until this rule was written for its misses): what the user disputed along the way is the claim.
 */
describe('a session judged as a whole', () => {
  const rootCauseOf = (name: string) => labelledRootCause('labelled-holdout-3', name);

  test('the answer whose words the user disputes ("There\'s no Calibrate under Settings") is named, with the dispute', async () => {
    // Turns 1-3 followed the firmware-4 manual; turn 4 sent the user to the firmware-3 menu; the session's judges
    // speak of "a menu the assistant insists exists" and "the Z offset", which turn 3 first said.
    const { target, candidates } = await rootCauseOf('outdated-manual-printer-z-offset');
    expect(target?.index).toBe(8);
    expect(candidates[0]).toMatchObject({
      index: 4,
      evidence: [
        {
          kind: 'introduced-phrases',
          disputed: true,
          repeatedBy: 5,
          phrases: [{ source: { kind: 'document', name: 'p2-manual/fw3/z-offset' } }],
        },
        // The firmware-4 page came back beside it.
        { kind: 'superseded-document', document: 'p2-manual/fw3/z-offset', newer: 'p2-manual/fw4/z-offset', newerAt: 4 },
      ],
    });
    expect(candidates[0]!.explanation).toMatch(
      /^Turn 4 said “Go to Settings > Calibrate > Z Offset .*”, which the user disputed at turn 5: “There's no Calibrate under Settings”\.$/,
    );
  });

  test('a name the user has never heard of is disputed even when the judges name only its amount', async () => {
    // "The installer has never heard of Warm Start" (turn 5); the judges: "promised a 5,000 GBP grant … gives up on the cavity walls".
    const { candidates } = await rootCauseOf('invented-insulation-grant');
    expect(candidates[0]).toMatchObject({ index: 2, evidence: [{ kind: 'introduced-phrases', disputed: true, repeatedBy: 5 }] });
  });
});

describe('a claim the user disputed', () => {
  test('is where the claims went wrong when nothing else points before the failing turn', async () => {
    // rig/labelled.py: the user flies into PWM (Portland, Maine); turn 2 plans Portland, Oregon, and at turn 5
    // the user asks "Wait, isn't Portland Head Light right next to the city?". Only turn 5 is judged wrong, and
    // none of the phrases its judge names was said earlier.
    const rootCause = await labelledRootCause('labelled', 'misread-portland');
    expect(rootCause.target?.index).toBe(5);
    expect(rootCause.candidates[0]).toMatchObject({ index: 2, evidence: [{ kind: 'introduced-phrases', disputed: true, repeatedBy: 5 }] });
  });

  test('only when the dispute is about what the judges objected to', async () => {
    const elsewhere = await rejudgedRootCause('labelled', 'misread-portland', 5, {
      5: [['correctness', 'no', 'Cape Elizabeth is a 20-minute drive from the airport, not 3,000 miles away.']],
    });
    expect(elsewhere.candidates.map((candidate) => candidate.index)).toEqual([5]);
  });
});

/** What the model did with its tools, on sessions of rig/labelled_holdout*.py read after their first measure. */
describe('tool calls that acted on what the judges object to', () => {
  test('the first turn whose tool arguments use two words of the rationale is named, with the calls', async () => {
    // "the owner asked for a sitter without dogs" (turn 4); turn 1 searched with sitter_has_dogs: true.
    const { candidates } = await labelledRootCause('labelled-holdout-3', 'misread-sitter-without-dogs');
    expect(candidates[0]).toMatchObject({
      index: 1,
      evidence: [{ kind: 'tool-arguments', calls: [{ name: 'search_sitters' }], words: ['sitter', 'dog'] }],
    });
    expect(candidates[0]!.evidence[0]).toMatchObject({ calls: [{ arguments: expect.stringContaining('"sitter_has_dogs":true') }] });
    expect(candidates[0]!.explanation).toBe('Turn 1 called search_sitters with what the judges of turn 4 object to (“sitter”, “dog”).');
  });

  test('numbers in the arguments do not count: a run logged as 5 km in 31:30 is not "5:30 per km"', async () => {
    const { target, candidates } = await labelledRootCause('labelled-holdout', 'unlucky-pace-conversion');
    expect(candidates[0]?.index).toBe(target?.index);
  });
});

describe('a user who changed the request', () => {
  test('is named when the judges measure against the request from before the change', async () => {
    // "Forget the rental: have you got any second-hand uprights…" at turn 3; the session's completeness judge
    // says "The customer came to rent a digital piano…; the session ends with a used upright being bought."
    const { candidates } = await labelledRootCause('labelled-holdout-4', 'changed-mind-rent-to-buy-upright');
    expect(candidates[0]).toMatchObject({
      index: 3,
      evidence: [
        { kind: 'user-revised', sentence: 'Forget the rental: have you got any second-hand uprights for around 1,500?', judgedAt: null },
      ],
    });
    expect(candidates[0]!.explanation).toMatch(/^At turn 3 the user changed the request \(“Forget the rental: .*”\); the session’s judges/);
  });

  test('in words the earlier sets did not use: "change of plan", "has decided"', async () => {
    const potatoes = (await labelledRootCause('labelled-holdout-4', 'changed-mind-potatoes-back-in')).candidates[0]!;
    expect(potatoes.index).toBe(4);
    expect(potatoes.evidence[0]).toMatchObject({ kind: 'user-revised', judgedAt: 5 });
    expect((await labelledRootCause('labelled-holdout-4', 'changed-mind-art-camp-week-3')).candidates[0]?.index).toBe(5);
  });

  test('not when the change is about something the judges do not mention ("Boarding\'s better actually")', async () => {
    const { candidates } = await labelledRootCause('labelled-holdout-3', 'misread-sitter-without-dogs');
    expect(candidates.flatMap((candidate) => candidate.evidence).some((evidence) => evidence.kind === 'user-revised')).toBe(false);
  });

  test('not when the judges do not measure against a request', async () => {
    const onPrice = await rejudgedRootCause('labelled-holdout-4', 'changed-mind-potatoes-back-in', 7, {
      5: [],
      7: [['correctness', 'no', 'The large box with potatoes and eggs is 35.40 GBP a week, not 33.40.']],
    });
    const evidence = onPrice.candidates.flatMap((candidate) => candidate.evidence);
    expect(evidence.some((item) => item.kind === 'user-revised')).toBe(false);
  });
});

describe('a judge that names an earlier turn', () => {
  test('names where the failure came from: "The stock check at turn 3 came back for the city-centre store"', async () => {
    const { candidates } = await labelledRootCause('labelled-holdout-4', 'stock-check-wrong-branch');
    expect(candidates[0]?.index).toBe(3);
    expect(candidates[0]!.explanation).toBe(
      'The correctness judge of turn 5 names turn 3: “The stock check at turn 3 came back for the city-centre store, not Headingley”.',
    );
  });

  test('through the run of failing turns, past a phrase a turn judged good said first (150 turns)', async () => {
    // Turn 150's judge names nothing; turn 131's says "the turn-88 check had timed out".
    const { target, candidates } = await labelledRootCause('labelled-holdout-4', 'suspension-check-timeout-match-day');
    expect(target?.index).toBe(150);
    expect(candidates[0]).toMatchObject({ index: 88, explanation: expect.stringContaining('correctness judge of turn 131 names turn 88') });
  });

  test('not in a clause reporting what the user said, nor in the session’s judgements', async () => {
    const reported = await rejudgedRootCause('labelled-holdout-4', 'stock-check-wrong-branch', 5, {
      5: [['correctness', 'no', 'The customer said at turn 1 they wanted Headingley; the shop has no screens.']],
    });
    expect(reported.candidates.some((candidate) => candidate.explanation.includes('names turn'))).toBe(false);
    // rig/labelled.py: "frustrated after the transfer is rejected (turns 6-8)" is where it showed, not where it began.
    expect((await labelledRootCause('labelled', 'outdated-doc-transfer-fee')).candidates[0]?.index).toBe(4);
  });
});

describe('the request an answer goes against', () => {
  test('is where the model misread it, when nothing else points earlier', async () => {
    // "Can you give her a code that only works then?" (turn 3); turn 7's judge: "The owner asked for Rosa's code
    // to work only on Wednesdays 09:00-13:00; it was created without a schedule".
    const { candidates } = await labelledRootCause('labelled-holdout-4', 'misread-scheduled-cleaner-code');
    expect(candidates[0]?.index).toBe(3);
    expect(candidates[0]!.evidence[0]).toMatchObject({ kind: 'user-request', repeatedBy: 7 });
    expect(candidates[0]!.explanation).toMatch(/^Turn 3 is where the user asked for what turn 7 is judged to go against/);
  });
});

describe('what the user asks about', () => {
  test('is the topic of the failing turn, not a claim an earlier answer made', async () => {
    // Turn 1 listed "stopping distances" among topics to revise; turn 3 was asked "What's the typical stopping
    // distance at 30 mph?" and a judge wrongly failed its answer.
    const { target, candidates } = await labelledRootCause('labelled-holdout-4', 'unlucky-judge-stopping-distance');
    expect(candidates.map((candidate) => candidate.index)).toEqual([target?.index]);
  });
});

/** A number or name the judges object to that the failing answer says first, on rig/labelled_holdout7.py (read since stop 27). */
describe('a claim the failing answer makes first', () => {
  test('is its own mistake (or the judge’s), not one it repeats: "4.5 bar is about 45 psi, not 65", after earlier answers in bar and psi', async () => {
    expect((await labelledRootCause('labelled-holdout-7', 'judge-wrong-bar-to-psi')).candidates[0]!.index).toBe(4);
  });

  test('a name counts as a number does, also after a semicolon: "Ottawa is the capital of Canada; Toronto is not"', async () => {
    expect((await labelledRootCause('labelled-holdout-7', 'one-off-slip-capitals-quiz')).candidates[0]!.index).toBe(61);
  });

  test('what the user brought up in the same turn is the topic: an "N4 form" the user names does not make the answer new', async () => {
    expect((await labelledRootCause('labelled-holdout', 'invented-right-to-withhold-rent')).candidates[0]!.index).toBe(2);
  });

  test('not when an earlier turn said it: that turn is named', async () => {
    const rootCause = await rejudgedRootCause('labelled-holdout-7', 'judge-nitpick-moles-of-water', 2, {
      2: [['correctness', 'no', 'Uses 18.02 g/mol; the molar mass of water is 18.0 g/mol, so the answer is 5.0 mol.']],
    });
    expect(rootCause.candidates[0]!.index).toBe(1);
    const unchanged = await labelledRootCause('labelled-holdout-7', 'judge-nitpick-moles-of-water');
    expect(unchanged.candidates[0]!.index).toBe(2);
  });
});

/** On rig/labelled_holdout8.py, whose healthy sessions with an unlucky judgement were read in stop 27 (the rest was not). */
describe('a claim said again in other words', () => {
  test('does not outweigh a judge of the same dimension: a turn judged correct is not named for words in common', async () => {
    // Turn 1 ("Half of 3/4 cup is 3/8 cup, which is 6 tablespoons.") was judged correct; turn 4 only says something like it.
    expect((await labelledRootCause('labelled-holdout-8', 'judge-wrong-third-cup-halved')).candidates[0]!.index).toBe(4);
    expect((await labelledRootCause('labelled-holdout-8', 'judge-wrong-condujo-preterite-drill')).candidates[0]!.index).toBe(87);
  });
});

describe('a judge Session Lens does not know', () => {
  // Judged only at the session level, by a custom `instruction_following` judge ("no") beside built-in ones
  // that did not fail: the user asked to keep their changes, and turn 1 suggested `git reset --hard`.
  const set = 'labelled-holdout-7';
  const name = 'misread-undo-commit-keep-changes';

  test('is read by the analysis as yes-is-good when the user set nothing, and named as assumed', async () => {
    const { open, session, spans } = await loadedLabelled(set, name);
    const analysis = analyseSession(session, open, spans);
    expect(analysis.assumedJudges).toEqual([{ name: 'instruction_following', polarity: 'yes-is-good' }]);
    expect(analysis.rootCause.candidates[0]!.index).toBe(1);
    // The panel still shows the judgement as ambiguous: only the analysis assumed.
    expect(session.sessionAssessments.find((assessment) => assessment.name === 'instruction_following')!.verdict).toBe('ambiguous');
  });

  test("the user's polarity wins over the assumption: read as no-is-good, nothing failed", async () => {
    const { open, session, spans } = await loadedLabelled(set, name);
    const judges = { polarities: { instruction_following: 'no-is-good' as const }, dimensions: {} };
    const rejudged = {
      ...session,
      sessionAssessments: session.sessionAssessments.map((assessment) =>
        assessment.name === 'instruction_following' ? { ...assessment, ...verdictOf(judge(assessment, judges)) } : assessment,
      ),
    };
    const analysis = analyseSession(rejudged, open, spans, judges);
    expect(analysis.assumedJudges).toEqual([]);
    expect(analysis.rootCause.candidates).toEqual([]);
  });
});

const verdictOf = ({ verdict, reason }: { verdict: Assessment['verdict']; reason: string }) => ({ verdict, verdictReason: reason });

describe('a judge measuring against the request', () => {
  test('is one that says what the user asked for, not any "was for": "the get_pickup_code result was for PP-4417-9902" is about a tool result', async () => {
    // Turn 4 ("Can my flatmate pick it up instead…?") is no change of request: the code given at turn 2 came
    // from another parcel's record (the user disputes it at turn 5).
    const rootCause = await labelledRootCause('labelled-holdout-8', 'tool-wrong-parcel-pickup-code');
    expect(rootCause.candidates[0]!.index).toBe(2);
    expect(rootCause.candidates[0]!.evidence[0]).toEqual({
      kind: 'tool-result',
      name: 'get_pickup_code',
      words: ['PP-4417-9902', 'Camberwell', 'Green'],
    });
  });
});

test("a judge naming the user's goal measures against the request: the race the user switched to at turn 5 is where it started", async () => {
  // "the week doesn't fit the user's goal of the Eastleigh 10K", after "Change of plan! … the Half Marathon instead".
  const rootCause = await labelledRootCause('labelled-holdout-8', 'changed-10k-to-half-marathon');
  expect(rootCause.candidates[0]!.index).toBe(5);
  expect(rootCause.candidates[0]!.explanation).toMatch(/^At turn 5 the user changed the request/);
});

test('"Big change … the committee voted … we\'re dropping the dog show" is a change of request: the session judge measured the end against the first', async () => {
  const rootCause = await labelledRootCause('labelled-holdout-8', 'changed-outdoor-fair-to-village-hall');
  expect(rootCause.candidates[0]!.index).toBe(23);
  expect(rootCause.candidates[0]!.explanation).toMatch(/^At turn 23 the user changed the request/);
});

test('a command-line option the judge names ("--resume-partial") is traced to the answer that first said it, though the failing answer only says "the option"', async () => {
  const rootCause = await labelledRootCause('labelled-holdout-8', 'invented-rsync-resume-option');
  expect(rootCause.candidates[0]!.index).toBe(2);
  expect(rootCause.candidates[0]!.explanation).toContain('resume-partial');
});

test("a failure of style follows the user for what they asked in its words, not for the names they gave: the deputy's name and address given at turn 2 do not make turn 2 the cause of a judged language", async () => {
  // guidelines said no at turn 3 ("part of the response is in English"): the user had asked for the English version there.
  const rootCause = await labelledRootCause('labelled-holdout-8', 'judge-wrong-language-out-of-office');
  expect(rootCause.candidates[0]!.index).toBe(3);
});

test('a method named by its own name ("no merge_fuzzy method") is the one an answer called `DataFrame.merge_fuzzy`: traced to the answer that invented it', async () => {
  const rootCause = await labelledRootCause('labelled-holdout-7', 'invented-pandas-fuzzy-merge');
  expect(rootCause.candidates[0]!.index).toBe(3);
  expect(rootCause.candidates[0]!.explanation).toContain('merge_fuzzy');
});

test("what a judge sets in quotes ('Urban Climate Review') outweighs a name and year said in a later format of it: the invented paper is traced to turn 4", async () => {
  const rootCause = await labelledRootCause('labelled-holdout-9', 'invented-meta-analysis-citation');
  expect(rootCause.candidates[0]!.index).toBe(4);
  expect(rootCause.candidates[0]!.explanation).toContain('Urban Climate Review');
});

test('"the user said at the outset" measures against the request, and the failing turn\'s own complaint ("instead of in file order") is no change of it: the request of turn 1 is named', async () => {
  const rootCause = await labelledRootCause('labelled-holdout-4', 'misread-keep-first-occurrence-order');
  expect(rootCause.candidates[0]!.index).toBe(1);
});

describe('an answer drawn from a superseded document', () => {
  test('is where the outdated claim came in, though the failing turn only repeats it in other words after the user quoted a number: the 2019 regulations beside the 2025 ones at turn 1', async () => {
    const rootCause = await labelledRootCause('labelled-holdout-9', 'outdated-thesis-word-limit-appendices');
    const [best] = rootCause.candidates;
    expect(best!.index).toBe(1);
    expect(best!.explanation).toContain('kestrel-university/doctoral-regulations-2019/s7');
    expect(best!.evidence[0]).toEqual({
      kind: 'superseded-document',
      document: 'kestrel-university/doctoral-regulations-2019/s7',
      newer: 'kestrel-university/doctoral-regulations-2025/s7',
      newerAt: 1,
      phrases: ['100,000 words', 'bibliography and appendices'],
    });
  });

  test('is not named past a turn whose spans were not read: the old runbook may have been used there first (turn 70 of 120, not 71)', async () => {
    const rootCause = await labelledRootCause('labelled-holdout-3', 'outdated-runbook-cache-flush');
    expect(rootCause.candidates[0]!.index).toBe(70);
    expect(rootCause.candidates[0]!.evidence.some((evidence) => evidence.kind === 'superseded-document')).toBe(false);
  });
});

describe('a constraint the context window dropped', () => {
  test('is lost where the model stopped seeing it, whatever later answers say: "green" in the code of turn 5 does not mean the model still had "never rely on red versus green"', async () => {
    const rootCause = await labelledRootCause('labelled-holdout-5', 'window-colour-blind-chart-palette');
    expect(rootCause.candidates[0]).toMatchObject({ index: 4, evidence: [{ kind: 'context-dropped', constraintTurn: 1 }] });
  });

  test('an answer restating it after it was lost ("Window functions need MySQL 8", turn 4) does not hide it: turn 1 lost at turn 3', async () => {
    const rootCause = await labelledRootCause('labelled-holdout-7', 'window-mysql-57-no-window-functions');
    expect(rootCause.candidates[0]).toMatchObject({ index: 3, evidence: [{ kind: 'context-dropped', constraintTurn: 1 }] });
  });

  test('the model applying it in a later answer (a reverse-charge note at turn 16) does not keep it: the instruction of turn 9 is lost at turn 25', async () => {
    const rootCause = await labelledRootCause('labelled-holdout-7', 'window-reverse-charge-invoice');
    expect(rootCause.candidates[0]).toMatchObject({ index: 25, evidence: [{ kind: 'context-dropped', constraintTurn: 9 }] });
  });
});

describe('a session judge naming an answer by its place', () => {
  test('"The first draft accepted an invitation the user had said they could not attend" names turn 1, though the clause reports what the user said', async () => {
    const rootCause = await labelledRootCause('labelled-holdout-9', 'misread-decline-written-as-accept');
    expect(rootCause.candidates[0]!.index).toBe(1);
    expect(rootCause.candidates[0]!.explanation).toBe(
      'The instruction_following judge of the session names turn 1: “The first draft accepted an invitation the user had said they could not attend”.',
    );
  });

  test('"the first answer used the floor area" names turn 1 of five', async () => {
    const rootCause = await labelledRootCause('labelled-holdout-6', 'misread-floor-area-for-walls');
    expect(rootCause.candidates[0]!.index).toBe(1);
  });
});

test('a failing turn earlier in the run whose judge quotes what it said first ("On your next move or the one after") made its own claim: the pawn moves of turn 1 it repeats are its topic', async () => {
  const rootCause = await labelledRootCause('labelled-holdout-9', 'invented-en-passant-delay-rule');
  expect(rootCause.target?.index).toBe(4);
  expect(rootCause.candidates[0]!.index).toBe(3);
});

test('a judge that names nothing the answer says ("The response contains inaccurate information") leaves the first claim the user disputed: the register reference of turn 1 the user could not find', async () => {
  const rootCause = await labelledRootCause('labelled-holdout-6', 'invented-parish-register-reference');
  expect(rootCause.candidates[0]).toMatchObject({ index: 1, evidence: [{ kind: 'introduced-phrases', disputed: true, repeatedBy: 2 }] });
});

test('a session judged as a whole, with nothing more specific: the first turn about what its judges object to ("tyre pressures … stated as facts")', async () => {
  const rootCause = await labelledRootCause('labelled-holdout-9', 'invented-tyre-pressures');
  expect(rootCause.candidates[0]!.index).toBe(1);
  expect(rootCause.candidates[0]!.explanation).toMatch(
    /^Turn 1 is the first about what the session’s judges object to \(.*“tyre”.*\); nothing more specific points anywhere\.$/,
  );
});

test('a tool result that first said what the judges object to ("53.23, 0.54 … North Sea" for a plot at -0.54) is where the wrong forecast came in, before a sentence the failing answer rewords', async () => {
  const rootCause = await labelledRootCause('labelled-holdout-9', 'tool-wrong-location-frost-forecast');
  expect(rootCause.candidates[0]!.index).toBe(2);
  expect(rootCause.candidates[0]!.evidence[0]).toMatchObject({ kind: 'tool-result', name: 'get_forecast' });
  expect(rootCause.candidates[0]!.explanation).toMatch(
    /^Turn 2's get_forecast result first said .*“North”.*, which the judges of turn 7 object to\.$/,
  );
});

test('a phrase does not run across sentences: "the price. As a markup" at turn 8 is no claim turn 98 repeats, and the judge of turn 98 was wrong alone', async () => {
  const rootCause = await labelledRootCause('labelled-holdout-9', 'judge-wrong-margin-vs-markup');
  expect(rootCause.candidates[0]!.index).toBe(98);
});

describe('judges measuring against the request in other words', () => {
  test.each([
    ['labelled-holdout-9', 'changed-garden-party-to-film-night', 5, '"The party described is an outdoor garden afternoon"'],
    ['labelled-holdout-7', 'changed-wildlife-pond-to-koi', 5, '"The user is building a small wildlife pond"'],
    ['labelled-holdout-2', 'changed-mind-folding-to-trail', 4, '"well over the user\'s budget"'],
  ])('%s %s: the change of request at turn %i is where it started (%s)', async (set, name, turn) => {
    const rootCause = await labelledRootCause(set, name);
    expect(rootCause.candidates[0]).toMatchObject({ index: turn, evidence: [{ kind: 'user-revised' }] });
  });
});

describe('a number the judge calls wrong', () => {
  test('outweighs the numbers it corrects with: "sticks to a wrong 7,730-year figure" names turn 2, which said it, not turn 3, which said "two half-lives"', async () => {
    const rootCause = await labelledRootCause('labelled-holdout-4', 'invented-half-life');
    expect(rootCause.candidates[0]!.index).toBe(2);
  });

  test('"5,107.20 CHF suggests the rate was applied the wrong way round" names turn 6, which first said 5,107.20 CHF, not turn 3, which said the 4,800 EUR it was converted from', async () => {
    const rootCause = await labelledRootCause('labelled-holdout-7', 'tool-inverted-exchange-rate');
    expect(rootCause.candidates[0]!.index).toBe(6);
  });
});

test('a dated document one word apart from an older one supersedes it: garden-waste-subscription-2026 beside garden-waste-2024 at turn 3', async () => {
  const rootCause = await labelledRootCause('labelled-holdout-8', 'outdated-garden-waste-collection');
  expect(rootCause.candidates[0]!.index).toBe(3);
  expect(rootCause.candidates[0]!.evidence).toContainEqual(
    expect.objectContaining({
      kind: 'superseded-document',
      document: 'wrenfield-waste/garden-waste-2024',
      newer: 'wrenfield-waste/garden-waste-subscription-2026',
    }),
  );
});

test('a constraint in short words ("please only give hints, never the full answers") is lost where the model stopped seeing it: turn 6', async () => {
  const rootCause = await labelledRootCause('labelled-holdout-6', 'window-hints-only-homework');
  expect(rootCause.candidates[0]).toMatchObject({ index: 6, evidence: [{ kind: 'context-dropped', constraintTurn: 3 }] });
});

test('"both" is no constraint word: "both sets of parents" at turn 2 is not what "Rob and Jean are both on table 4" broke', async () => {
  const rootCause = await labelledRootCause('labelled-holdout', 'window-wedding-seating');
  expect(rootCause.candidates[0]!.index).toBe(6);
});
