// Which earlier turn started the failure the user is looking at. The turn reported wrong is often not the
// turn that went wrong: a slip at turn 3 that nobody challenged is built on at turn 4 and repeated at turn 5.
//
// The chain: from the failing turn, walk back through the turns it builds on. A judge's "yes" only stops the
// walk when it judged what failed: relevance, safety or style say nothing of whether the facts were right.
// Within the chain, four kinds of evidence point earlier, and the earliest turn they point at is the best
// candidate:
// - a failure that can cause this one (an error span, a negative judgement on a related dimension);
// - the claims the failing answer repeats, first said by an earlier assistant turn (and the document or tool
//   result they came from); when judges left a rationale, only the claims it talks about count; when none is
//   repeated word for word, the earlier sentence that says most of the same words;
// - a constraint the user stated that the model no longer saw (the app's context window dropped it);
// - failing that, the user's own request: the failing answer follows what the user asked for at an earlier
//   turn, so the model is not where it went wrong;
// - failing all of these, a claim the user disputed, or a tool call made with what the judges object to.
// Even a turn judged good on the failing dimension is named when it already said the failing claim: judges
// miss things, and both are shown. An earlier failure the judges describe in the same words is the same
// mistake judged again: the walk reaches it past turns judged good on other claims.
import { textOf } from '../json';
import { sourceText, type PhraseSource } from '../text';
import { dimensionOf, judge, NO_JUDGE_SETTINGS, type JudgeSettings } from '../judgement/polarity';
import type { Assessment, Dimension, Session, Turn } from '../model';
import { retrievedDocuments, type RetrievedDocument } from '../trace/documents';
import type { Span } from '../trace/spans';
import { toolCallsOf } from '../turn-text/discover';
import { contextCoverage, type ContextCoverage } from './context';
import { supersedes } from './document-versions';

export interface SourcedPhrase {
  text: string;
  source: PhraseSource | null;
}

export type Evidence =
  | { kind: 'state-error' }
  | { kind: 'error-span'; spanName: string; message: string }
  | {
      kind: 'judgement';
      name: string;
      value: unknown;
      rationale: string | null;
      source: string;
      reason: string;
      dimension: Dimension | null;
      scope: 'turn' | 'session';
    }
  /**
   * Claims first said here; `reworded` when the later turn says them in other words (then each is a sentence);
   * `disputed` when the later turn is the user saying they are wrong.
   */
  | { kind: 'introduced-phrases'; phrases: SourcedPhrase[]; repeatedBy: number; reworded: boolean; disputed?: true }
  /** A judge found this turn good on what later failed, yet it already said the failing claim. */
  | { kind: 'judged-good'; names: string[]; dimension: Dimension | null }
  /** Judges of one dimension disagree about this turn: shown, never settled. */
  | { kind: 'judges-disagree'; dimension: Dimension | null; positive: string[]; negative: string[] }
  /** From this turn on the model no longer saw the turn where the user stated what the failing turn broke. */
  | { kind: 'context-dropped'; constraintTurn: number; words: string[]; failingTurn: number; seen: number; inSession: number }
  /** The model called these tools here with arguments in the words the failing judgements object to. */
  | { kind: 'tool-arguments'; calls: { name: string; arguments: string }[]; words: string[] }
  /** The failing answer follows what the user asked for here. */
  | { kind: 'user-request'; phrases: string[]; repeatedBy: number }
  /** The user changed the request here; the judges of turn `judgedAt` (null: the session's) measured against the one before. */
  | { kind: 'user-revised'; sentence: string; judgedAt: number | null }
  /** A tool's result here first said these names or numbers the failing judges object to. */
  | { kind: 'tool-result'; name: string; words: string[] }
  /** This turn said `phrases`, which only `document` says, and `newer` (first retrieved at turn `newerAt`) supersedes it. */
  | { kind: 'superseded-document'; document: string; newer: string; newerAt: number; phrases: string[] };

/** A judgement's dimension, or the judge's own name when nobody said what it judges. */
type DimensionKey = Dimension | `judge:${string}`;

interface TurnSignals {
  traceId: string;
  index: number;
  negative: Evidence[];
  /** What judges found good here with no judge of the same dimension disagreeing, and which judges. */
  goodOn: ReadonlyMap<DimensionKey, string[]>;
  disagreements: Evidence[];
  /** Whether its spans were read (error spans are only known then). */
  spansRead: boolean;
}

export interface Candidate {
  traceId: string;
  index: number;
  /** One line: why this turn. */
  explanation: string;
  evidence: Evidence[];
}

export interface RootCause {
  /** The failing turn the analysis starts from: the open one, or the last failing one. */
  target: { traceId: string; index: number } | null;
  /** Best first; empty when nothing failed or nothing points earlier. */
  candidates: Candidate[];
  /** Why there is no candidate, or what the analysis could not see. */
  note: string | null;
}

export interface RootCauseInput {
  session: Session;
  openTraceId: string;
  spansByTrace: ReadonlyMap<string, readonly Span[]>;
  judges?: JudgeSettings;
  /** What each turn's model saw, when already measured (else measured here, for the turns whose spans were read). */
  coverage?: readonly ContextCoverage[];
}

/** Which failures can cause a failure of each dimension; `error` is a failed step (error span, ERROR state). */
const CAUSES: Readonly<Record<Dimension, ReadonlySet<string>>> = {
  facts: new Set(['facts', 'relevance', 'retrieval', 'error']),
  relevance: new Set(['relevance', 'facts', 'retrieval', 'error']),
  retrieval: new Set(['retrieval', 'error']),
  safety: new Set(['safety']),
  style: new Set(['style']),
  outcome: new Set(['facts', 'relevance', 'retrieval', 'outcome', 'error']),
};

const NO_FAILURE_NOTE = 'No turn failed: no ERROR state, no error span, no negative judgement, of the turns or of the session.';

/** The failing turn, what failed there, and where the run of turns leading to it starts. */
export interface FailingRun {
  signals: TurnSignals[];
  target: TurnSignals;
  failing: ReadonlySet<DimensionKey>;
  /** Position (0-based) of the run's first turn. */
  start: number;
}

/** Null when nothing failed in what is known: no ERROR state, error span or negative judgement. */
export function failingRun(
  session: Session,
  openTraceId: string,
  spansByTrace: ReadonlyMap<string, readonly Span[]>,
  judges: JudgeSettings = NO_JUDGE_SETTINGS,
): FailingRun | null {
  const signals = session.turns.map((turn) => signalsOf(turn, spansByTrace.get(turn.traceId), judges));
  const target = failingTarget(session, signals, openTraceId, judges);
  if (!target) return null;
  const failing = failingKeys(target.negative);
  return { signals, target, failing, start: chainStartOf(signals, target.index - 1, failing) };
}

export function findRootCause({ session, openTraceId, spansByTrace, judges = NO_JUDGE_SETTINGS, coverage }: RootCauseInput): RootCause {
  const run = failingRun(session, openTraceId, spansByTrace, judges);
  if (!run) return { target: null, candidates: [], note: NO_FAILURE_NOTE };
  const { signals, target } = run;
  const targetRef = { traceId: target.traceId, index: target.index };
  const candidates: Candidate[] = [];

  // Back along the run: each failing turn is explained by the first failure before it that can cause it.
  let current = target;
  let failing = run.failing;
  let start = run.start;
  const hops: TurnSignals[] = [];
  // What the judges objected to along the run: an earlier failure they describe in the same words is the same
  // mistake judged again, even past turns judged good on other claims.
  const objections = rationaleWords(target.negative);
  for (;;) {
    const causing = (signal: TurnSignals) => signal.negative.some((evidence) => causes(failing, evidenceKey(evidence)));
    const earlier =
      signals.slice(start, current.index - 1).find(causing) ??
      signals.slice(0, start).find((signal) => causing(signal) && sameObjection(objections, objectionWords(signal.negative)));
    if (!earlier) break;
    for (const word of objectionWords(earlier.negative)) objections.add(word);
    hops.push(earlier);
    current = earlier;
    failing = failingKeys(earlier.negative);
    start = chainStartOf(signals, earlier.index - 1, failing);
  }

  // The constraint the user stated that the model no longer saw, when the judges' rationale names it.
  const measured = new Map(
    (
      coverage ??
      session.turns.flatMap((turn) => {
        const spans = spansByTrace.get(turn.traceId);
        const seen = spans ? contextCoverage(turn, spans) : null;
        return seen ? [seen] : [];
      })
    ).map((seen) => [seen.traceId, seen]),
  );
  const droppedFor = (turn: TurnSignals) =>
    droppedConstraint(session, session.turns[turn.index - 1]!, measured, rationaleWords(turn.negative));
  const dropped = droppedFor(current) ?? (current === target ? null : droppedFor(target));
  if (dropped) {
    const lostAt = session.turns[dropped.lostAt - 1]!;
    candidates.push({
      traceId: lostAt.traceId,
      index: lostAt.index,
      explanation:
        `From turn ${lostAt.index} on, the model no longer saw turn ${dropped.evidence.constraintTurn}, where the user said ` +
        `${dropped.evidence.words.map((word) => `“${word}”`).join(', ')}; turn ${dropped.evidence.failingTurn} went against it.`,
      evidence: [dropped.evidence],
    });
  }

  // A judge of a turn that names an earlier turn as where its failure came from ("the turn-88 check had timed
  // out") says in words what the rest of the analysis can only infer.
  const named = dropped ? null : namedByJudge(session, [target, ...hops]);
  if (named) candidates.push(named);

  // A judge measuring against the request ("asked for 4 people; the booking is for 6") after the user changed
  // it: the model followed the user, and the turn where the user changed course is where it started.
  const revised = dropped
    ? null
    : revisedRequest(
        session,
        current.index,
        [target, ...hops].flatMap((turn) => turn.negative),
      );
  if (revised) candidates.push(revised);

  // A session judged as a whole names no failing answer: what the user disputed along the way is the claim.
  const disputed = sessionJudged(target.negative) ? disputedCandidate(session, null, signals, spansByTrace) : null;
  if (disputed) candidates.push(disputed);

  // Then where the claims the failing turn is judged for were first said, by the assistant or by the user.
  // Unless the numbers and names the judges object to are said first by the failing answer itself: then it is
  // that turn's own mistake (or the judge's), and what it repeats from earlier turns is only its topic.
  const ownClaim = (turn: TurnSignals) =>
    (turn === target && objectedClaimIsNew(session, turn)) || (turn === current && turn !== target && quotedClaimIsNew(session, turn));
  const claimsOf = (turn: TurnSignals) =>
    ownClaim(turn) ? null : firstSayers(session, turn, spansByTrace, claimsAbout(failingKeys(turn.negative)));
  let tracedFrom = current;
  let sayer = claimsOf(current);
  if (!sayer && current !== target) [tracedFrom, sayer] = [target, claimsOf(target)];
  // A claim said again in other words is the weakest evidence: looked for only when nothing else points earlier.
  const rewordedOf = (turn: TurnSignals) => {
    const failingHere = failingKeys(turn.negative);
    if (!claimsAbout(failingHere) || ownClaim(turn)) return null;
    const reworded = rewordedSayer(session, turn, spansByTrace);
    // Words in common outweigh no judge: a turn judged good on what failed is passed over only for the claim said word for word.
    const judgedGood = reworded && [...failingHere].some((key) => signals[reworded.turn.index - 1]!.goodOn.has(key));
    return judgedGood ? null : reworded;
  };
  // Before a claim said again in other words: a tool result that said what the judges object to first.
  if (!sayer && candidates.length === 0) {
    const fromTool = toolResultCandidate(session, target, spansByTrace);
    if (fromTool) candidates.push(fromTool);
  }
  if (!sayer && candidates.length === 0) [tracedFrom, sayer] = [current, rewordedOf(current)];
  if (!sayer && candidates.length === 0 && current !== target) [tracedFrom, sayer] = [target, rewordedOf(target)];
  if (sayer && (sayer.turn.index < current.index || (sayer.turn === session.turns[current.index - 1] && current !== target))) {
    const signal = signals[sayer.turn.index - 1]!;
    if (sayer.role === 'user') {
      candidates.push({
        traceId: sayer.turn.traceId,
        index: sayer.turn.index,
        explanation:
          `Turn ${tracedFrom.index} follows what the user asked for at turn ${sayer.turn.index} ` +
          `(${sayer.phrases.map((phrase) => `“${phrase.text}”`).join(', ')}): the model did what it was told there.`,
        evidence: [
          { kind: 'user-request', phrases: sayer.phrases.map((phrase) => phrase.text), repeatedBy: tracedFrom.index },
          ...tracedFrom.negative,
        ],
      });
    } else {
      const goodJudges = [...failing].flatMap((key) => signal.goodOn.get(key) ?? []);
      const evidence: Evidence[] = [
        { kind: 'introduced-phrases', phrases: sayer.phrases, repeatedBy: tracedFrom.index, reworded: sayer.reworded },
      ];
      if (goodJudges.length > 0) evidence.push({ kind: 'judged-good', names: goodJudges, dimension: dimensionOfKey([...failing][0]) });
      evidence.push(...signal.negative, ...signal.disagreements);
      candidates.push({
        traceId: sayer.turn.traceId,
        index: sayer.turn.index,
        explanation: introducedExplanation(sayer, tracedFrom.index, goodJudges),
        evidence,
      });
    }
  }
  // A failed step (an error span, a trace in ERROR) where the run starts is direct evidence: it goes before
  // where the claims were first said, which is only circumstantial.
  if (current !== target && current.negative.some((evidence) => evidence.kind !== 'judgement'))
    candidates.unshift(hopCandidate(current, target));
  // So is a failed step at the failing turn itself, when no judge objected to a claim there.
  else if (current === target && target.negative.length > 0 && target.negative.every((evidence) => evidence.kind !== 'judgement'))
    candidates.unshift(ownFailureCandidate(target));
  for (const hop of [...hops].reverse()) candidates.push(hopCandidate(hop, target));
  // Failing that, a claim said before the failing turn that the user disputed in words of the judges'
  // rationale; or the first turn whose tool calls acted on what the judges object to ("search_sitters" with
  // "sitter_has_dogs: true" for "asked for a sitter without dogs"): the model misread it there.
  if (candidates.length === 0 && claimsAbout(run.failing)) {
    const objected = rationaleWords(target.negative);
    // A rationale that names nothing the answer says ("contains inaccurate information") narrows no dispute down.
    const vague = !wordsOf(session.turns[target.index - 1]!.output?.text ?? '').some((word) => mentionedIn(word, objected));
    const disputedEarlier = disputedCandidate(session, vague ? null : objected, signals, spansByTrace);
    const fallback =
      disputedEarlier && disputedEarlier.index < target.index ? disputedEarlier : actedOnCandidate(session, target, spansByTrace, objected);
    if (fallback) candidates.push(fallback);
  }
  if (candidates.length === 0 && claimsAbout(run.failing)) {
    const misread = misreadRequest(session, target);
    if (misread) candidates.push(misread);
  }
  if (candidates.length === 0 && claimsAbout(run.failing) && sessionJudged(target.negative)) {
    const topic = firstAnswerOnTopic(session, target);
    if (topic) candidates.push(topic);
  }
  // An answer drawn from a document the session also retrieved a newer version of is where an outdated fact
  // came in: direct evidence, ahead of where the failing claims' words were first said. A candidate already
  // naming that turn is moved first, and says which document it answered from.
  const superseded = claimsAbout(run.failing) ? supersededSource(session, target, signals, spansByTrace) : null;
  if (superseded) {
    const same = candidates.findIndex((candidate) => candidate.index === superseded.index);
    if (same === -1) candidates.unshift(superseded);
    else {
      const [named] = candidates.splice(same, 1);
      candidates.unshift({ ...named!, evidence: [...named!.evidence, superseded.evidence[0]!] });
    }
  }
  if (candidates.length > 0) return { target: targetRef, candidates: mergeByTurn(candidates), note: null };
  return {
    target: targetRef,
    candidates: [ownFailureCandidate(target)],
    note:
      run.start < target.index - 1 || run.start === 0
        ? null
        : `Turn ${run.start} was judged good on what failed here, so the failure starts at turn ${target.index}.`,
  };
}

/**
 * What a failure is about, in words: its judges' rationales, and a failed step's name and message ("the stock
 * check failed" is about the span `check_stock`).
 */
function objectionWords(negative: readonly Evidence[]): Set<string> {
  const words = rationaleWords(negative);
  for (const evidence of negative) {
    if (evidence.kind !== 'error-span') continue;
    const said = `${evidence.spanName.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/[_.]/g, ' ')} ${evidence.message}`;
    for (const word of wordsOf(said)) for (const stem of stems(word)) if (isContentWord(stem)) words.add(stem);
  }
  return words;
}

/** The rationales of the judgements among `negative` (of the turn's own judges only, when asked). */
function rationalesOf(negative: readonly Evidence[], { ownTurnOnly = false } = {}): string[] {
  return negative.flatMap((evidence) =>
    evidence.kind === 'judgement' && evidence.rationale && (!ownTurnOnly || evidence.scope === 'turn') ? [evidence.rationale] : [],
  );
}

/** A rationale's clauses: "…; the first answer used the floor area" is a clause of its own. */
function clausesOf(rationale: string): string[] {
  return rationale.split(/[;:]|(?<=\.)\s/);
}

/** Words of a rationale that report what someone said: "the user said at turn 1 …" names a request, not a cause. */
const REPORTED = /\b(said|asked|required|requested|wanted|stated|told|mentioned|gave|wrote)\b/i;
const NAMED_TURN = /\bturns?[- ](\d+)\b/gi;
const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth'];
/** "The first draft accepted …", "the first answer used the floor area": the assistant's answers in order. */
const ORDINAL_ANSWER = new RegExp(
  `\\bthe (${ORDINALS.join('|')}) (?:answer|draft|reply|response|quote|estimate|version|suggestion|recommendation|calculation|attempt)\\b`,
  'i',
);
/** A clause that says an answer was right does not name it as the cause. */
const PRAISED = /\b(right|correct|correctly|fine|good|fixed|resolved|accurate|accurately)\b/i;

/**
 * The earliest earlier turn a failing turn's judge names in its rationale, outside a clause reporting what
 * someone said. A session's judges name where the outcome showed ("frustrated after the rejection (turns
 * 6-8)"), not where it began: of theirs, only an answer named by its place ("the first draft accepted …")
 * counts.
 */
function namedByJudge(session: Session, failing: readonly TurnSignals[]): Candidate | null {
  let earliest: { index: number; clause: string; judge: string; judgedAt: TurnSignals; ofSession: boolean } | null = null;
  for (const judgedAt of failing)
    for (const evidence of judgedAt.negative) {
      if (evidence.kind !== 'judgement' || !evidence.rationale) continue;
      const ownTurn = evidence.scope === 'turn';
      for (const clause of clausesOf(evidence.rationale)) {
        const named = !ownTurn || REPORTED.test(clause) ? [] : [...clause.matchAll(NAMED_TURN)].map(([, number]) => Number(number));
        const ordinal = ORDINAL_ANSWER.exec(clause);
        if (ordinal && !PRAISED.test(clause)) named.push(ORDINALS.indexOf(ordinal[1]!.toLowerCase()) + 1);
        for (const index of named) {
          if (index >= 1 && (index < judgedAt.index || !ownTurn) && index < (earliest?.index ?? Infinity))
            earliest = { index, clause: clause.trim(), judge: evidence.name, judgedAt, ofSession: !ownTurn };
        }
      }
    }
  if (!earliest) return null;
  const turn = session.turns[earliest.index - 1]!;
  return {
    traceId: turn.traceId,
    index: turn.index,
    explanation: `The ${earliest.judge} judge of ${earliest.ofSession ? 'the session' : `turn ${earliest.judgedAt.index}`} names turn ${turn.index}: “${earliest.clause.replace(/[.!?]+$/, '')}”.`,
    evidence: [...earliest.judgedAt.negative],
  };
}

/** A judge that measures an answer against what the user asked for: "The user asked for 4 people; it is for 6". */
const AGAINST_REQUEST =
  /\b(asked for|asked to|asked that|wanted|requested|came (?:to|for)|(?:request|user|customer|they|she|he) was for|stated|the request|(?:user|customer)['’]s (?:goal|request|requirement|brief|target|budget|plan)|(?:the|their) (?:\w+ )?described|(?:user|customer) is (?:building|planning|organi[sz]ing|looking for|after)|(?:user|customer) (?:said|says|specified|made clear|insisted)|at the outset)\b/i;

function measuresAgainstRequest(evidence: Evidence): boolean {
  return evidence.kind === 'judgement' && AGAINST_REQUEST.test(evidence.rationale ?? '');
}

/**
 * The first user message after the first that changes the request ("Change of plan: make it the large box"),
 * before the turn `upTo`, when the failing judgements measure against the request.
 */
function revisedRequest(session: Session, upTo: number, negative: readonly Evidence[]): Candidate | null {
  if (!negative.some(measuresAgainstRequest)) return null;
  const objected = rationaleWords(negative);
  // Before the turn `upTo`: what the user says there ("they show up alphabetically instead of in file order")
  // is about the answers before it, not a change the answer there follows.
  for (const turn of session.turns.slice(1, upTo - 1)) {
    const text = turn.input?.text ?? '';
    const sentence = sentencesOf(text).find((candidate) => REVISION.test(candidate));
    // A change of something else ("boarding's better actually") is not the change the judges measure.
    if (!sentence || wordsAmong(text, objected).size === 0) continue;
    const judgedAt = sessionJudged(negative) ? null : upTo;
    return {
      traceId: turn.traceId,
      index: turn.index,
      explanation: `At turn ${turn.index} the user changed the request (“${sentence.replace(/[.!?]+$/, '')}”); ${judgesOf(judgedAt)} measured against the request before it.`,
      evidence: [{ kind: 'user-revised', sentence, judgedAt }],
    };
  }
  return null;
}

/**
 * The request the judges say the failing answer goes against ("The user said at the outset that first-appearance
 * order must be kept"): the first user message before it that says two of the rationale's words.
 */
function misreadRequest(session: Session, target: TurnSignals): Candidate | null {
  const against = target.negative.filter(measuresAgainstRequest);
  if (against.length === 0) return null;
  const objected = new Set([...rationaleWords(against)].filter((word) => !/\d/.test(word)));
  const asked = firstTurnSaying(session.turns.slice(0, target.index - 1), (turn) => requestsIn(turn.input?.text ?? ''), objected);
  if (!asked) return null;
  const { turn, shared } = asked;
  return {
    traceId: turn.traceId,
    index: turn.index,
    explanation: `Turn ${turn.index} is where the user asked for what turn ${target.index} is judged to go against (${shared.map((word) => `“${word}”`).join(', ')}): the model misread it there.`,
    evidence: [{ kind: 'user-request', phrases: shared, repeatedBy: target.index }, ...target.negative],
  };
}

/** The first of `turns` whose text (as `textOf` reads it) says two of `words`, and which. */
function firstTurnSaying(
  turns: readonly Turn[],
  textOf: (turn: Turn) => string,
  words: ReadonlySet<string>,
): { turn: Turn; shared: string[] } | null {
  for (const turn of turns) {
    const shared = [...wordsAmong(textOf(turn), words)];
    if (shared.length >= 2) return { turn, shared };
  }
  return null;
}

/** Two failures are about the same thing when their words share two, one of them not a number. */
function sameObjection(objections: ReadonlySet<string>, other: ReadonlySet<string>): boolean {
  const shared = [...other].filter((word) => objections.has(word));
  return shared.length >= 2 && shared.some((word) => !/\d/.test(word));
}

function disputedCandidate(
  session: Session,
  about: ReadonlySet<string> | null,
  signals: readonly TurnSignals[],
  spansByTrace: ReadonlyMap<string, readonly Span[]>,
): Candidate | null {
  const disputed = disputedSayer(session, about, spansByTrace);
  if (!disputed) return null;
  return {
    traceId: disputed.turn.traceId,
    index: disputed.turn.index,
    explanation:
      `Turn ${disputed.turn.index} said ${disputed.phrases.map((phrase) => `“${phrase.text}”`).join(', ')}, ` +
      `which the user disputed at turn ${disputed.disputedAt}: “${disputed.dispute.replace(/[.!?]+$/, '')}”.`,
    evidence: [
      { kind: 'introduced-phrases', phrases: disputed.phrases, repeatedBy: disputed.disputedAt, reworded: false, disputed: true },
      ...signals[disputed.turn.index - 1]!.negative,
    ],
  };
}

function actedOnCandidate(
  session: Session,
  target: TurnSignals,
  spansByTrace: ReadonlyMap<string, readonly Span[]>,
  objected: ReadonlySet<string>,
): Candidate | null {
  const acted = actedOn(session, target, spansByTrace, objected);
  if (!acted) return null;
  const names = [...new Set(acted.calls.map((call) => call.name))];
  const judges = judgesOf(sessionJudged(target.negative) ? null : target.index);
  return {
    traceId: acted.turn.traceId,
    index: acted.turn.index,
    explanation: `Turn ${acted.turn.index} called ${names.join(', ')} with what ${judges} object to (${acted.words.map((word) => `“${word}”`).join(', ')}).`,
    evidence: [{ kind: 'tool-arguments', calls: acted.calls, words: acted.words }],
  };
}

/** Who judged: the judges of a turn, or (null) the session's. */
export function judgesOf(turn: number | null): string {
  return turn === null ? 'the session’s judges' : `the judges of turn ${turn}`;
}

function ownFailureCandidate(target: TurnSignals): Candidate {
  return {
    traceId: target.traceId,
    index: target.index,
    explanation: `Turn ${target.index} is where it failed, and nothing earlier points to it: ${summarise(target.negative)}.`,
    evidence: [...target.negative, ...target.disagreements],
  };
}

function hopCandidate(hop: TurnSignals, target: TurnSignals): Candidate {
  return {
    traceId: hop.traceId,
    index: hop.index,
    explanation: `Turn ${hop.index} is the first failing turn of the run that leads to turn ${target.index}: ${summarise(hop.negative)}.`,
    evidence: [...hop.negative, ...hop.disagreements],
  };
}

/**
 * Style and safety are judged on the turn's own words: what the assistant said earlier does not explain them
 * (what the user asked for still may).
 */
function claimsAbout(failing: ReadonlySet<DimensionKey>): boolean {
  return [...failing].some((key) => key !== 'style' && key !== 'safety');
}

/**
 * The failing turn to explain: the open one when it failed, else the last failing turn, else (when only the
 * session was judged) the last turn, carrying the session's negative judgements.
 */
function failingTarget(session: Session, signals: readonly TurnSignals[], openTraceId: string, judges: JudgeSettings): TurnSignals | null {
  const open = signals.find((signal) => signal.traceId === openTraceId);
  if (open && open.negative.length > 0) return open;
  const lastFailing = signals.findLast((signal) => signal.negative.length > 0);
  if (lastFailing) return lastFailing;
  const last = signals.at(-1);
  const sessionNegative = session.sessionAssessments.flatMap((assessment) => {
    const { verdict, reason } = judge(assessment, judges);
    return verdict === 'negative' ? [judgementEvidence(assessment, reason, judges)] : [];
  });
  return last && sessionNegative.length > 0 ? { ...last, negative: sessionNegative } : null;
}

/** Walks back across turns not judged good on what failed; the returned position is the chain's first turn. */
function chainStartOf(signals: readonly TurnSignals[], targetPosition: number, failing: ReadonlySet<DimensionKey>): number {
  let start = targetPosition;
  while (start > 0 && ![...failing].some((key) => signals[start - 1]!.goodOn.has(key))) start--;
  return start;
}

function failingKeys(negative: readonly Evidence[]): Set<DimensionKey> {
  const keys = new Set<DimensionKey>();
  for (const evidence of negative) {
    const key = evidenceKey(evidence);
    // A failed step can leave any claim wrong: judged on the facts.
    keys.add(key === 'error' ? 'facts' : key);
  }
  return keys;
}

function evidenceKey(evidence: Evidence): DimensionKey | 'error' {
  if (evidence.kind === 'judgement') return evidence.dimension ?? `judge:${evidence.name}`;
  return 'error';
}

function causes(failing: ReadonlySet<DimensionKey>, cause: DimensionKey | 'error'): boolean {
  // A judge nobody described may judge anything: it relates to every failure, and every failure to it.
  if (cause.startsWith('judge:')) return true;
  return [...failing].some((key) => (key.startsWith('judge:') ? true : CAUSES[key as Dimension].has(cause)));
}

function dimensionOfKey(key: DimensionKey | undefined): Dimension | null {
  return key === undefined || key.startsWith('judge:') ? null : (key as Dimension);
}

function mergeByTurn(candidates: readonly Candidate[]): Candidate[] {
  const byTurn = new Map<string, Candidate>();
  for (const candidate of candidates) {
    const known = byTurn.get(candidate.traceId);
    if (!known) {
      byTurn.set(candidate.traceId, { ...candidate, evidence: [...candidate.evidence] });
      continue;
    }
    if (!known.explanation.includes(candidate.explanation)) known.explanation = `${known.explanation} ${candidate.explanation}`;
    for (const evidence of candidate.evidence) {
      if (!known.evidence.some((kept) => JSON.stringify(kept) === JSON.stringify(evidence))) known.evidence.push(evidence);
    }
  }
  return [...byTurn.values()];
}

function introducedExplanation({ turn: { index }, phrases, reworded }: Sayer, repeatedBy: number, goodJudges: readonly string[]): string {
  const quoted = phrases
    .slice(0, 3)
    .map((phrase) => `“${phrase.text}”`)
    .join(', ');
  const more = phrases.length > 3 ? ` and ${phrases.length - 3} more` : '';
  const sources = [...new Set(phrases.flatMap(({ source }) => (source ? [sourceText(source)] : [])))];
  const from = sources.length > 0 ? `; it came from ${sources.join(' and ')}` : '';
  const judged =
    goodJudges.length > 0 ? `Judged good by ${goodJudges.join(', ')}, but turn ${index} already said` : `Turn ${index} first said`;
  return `${judged} ${quoted}${more}, which turn ${repeatedBy} ${reworded ? 'says again in other words' : 'repeats'}${from}.`;
}

function signalsOf(turn: Turn, spans: readonly Span[] | undefined, judges: JudgeSettings = NO_JUDGE_SETTINGS): TurnSignals {
  const negative: Evidence[] = [];
  if (turn.state === 'ERROR') negative.push({ kind: 'state-error' });
  for (const span of spans ?? []) {
    const exception = span.events.find((event) => event.name === 'exception');
    if (span.status !== 'ERROR' && !exception) continue;
    // A call that failed and was retried with success in the same turn did not fail the turn.
    const retried = spans!.some(
      (other) =>
        other.name === span.name &&
        other.status !== 'ERROR' &&
        (other.startNs ?? 0) > (span.startNs ?? 0) &&
        !other.events.some((event) => event.name === 'exception'),
    );
    if (retried) continue;
    const message = textOf(exception?.attributes['exception.message'] ?? span.statusMessage) || 'failed without a message';
    negative.push({ kind: 'error-span', spanName: span.name, message });
  }
  const positiveBy = new Map<DimensionKey, string[]>();
  const negativeBy = new Map<DimensionKey, string[]>();
  for (const assessment of turn.assessments) {
    const { verdict, reason } = judge(assessment, judges);
    const key: DimensionKey = dimensionOf(assessment.name, judges) ?? `judge:${assessment.name}`;
    const label = `${assessment.name} = ${textOf(assessment.value)}`;
    if (verdict === 'negative') {
      negative.push(judgementEvidence(assessment, reason, judges));
      negativeBy.set(key, [...(negativeBy.get(key) ?? []), label]);
    }
    if (verdict === 'positive') positiveBy.set(key, [...(positiveBy.get(key) ?? []), label]);
  }
  const goodOn = new Map<DimensionKey, string[]>();
  const disagreements: Evidence[] = [];
  for (const [key, names] of positiveBy) {
    const against = negativeBy.get(key);
    if (against) disagreements.push({ kind: 'judges-disagree', dimension: dimensionOfKey(key), positive: names, negative: against });
    // A failed step is no good answer, whatever a judge said of it.
    else if (!negative.some((evidence) => evidence.kind !== 'judgement')) goodOn.set(key, names);
  }
  return { traceId: turn.traceId, index: turn.index, negative, goodOn, disagreements, spansRead: spans !== undefined };
}

function judgementEvidence(assessment: Assessment, reason: string, judges: JudgeSettings): Evidence {
  return {
    kind: 'judgement',
    name: assessment.name,
    value: assessment.value,
    rationale: assessment.rationale,
    source: assessment.source.id ? `${assessment.source.type} ${assessment.source.id}` : assessment.source.type,
    reason,
    dimension: dimensionOf(assessment.name, judges),
    scope: assessment.scope,
  };
}

function summarise(evidence: readonly Evidence[]): string {
  return evidence
    .flatMap((item) => {
      switch (item.kind) {
        case 'state-error':
          return ['the trace ended in ERROR'];
        case 'error-span':
          return [`span “${item.spanName}” failed (${item.message})`];
        case 'judgement':
          return [`${item.scope === 'session' ? 'the session’s ' : ''}${item.name} said ${textOf(item.value)}`];
        default:
          return [];
      }
    })
    .join('; ');
}

// ---- Words ---------------------------------------------------------------------------------------------

const STOPWORDS = new Set(
  `a an the and or but if then so of to in on at by for with from as is are was were be been being it its this that these those
  you your yours i me my we our us they them their he she his her not no yes do does did done have has had can could will would
  should may might must there here what which who whom when where why how all any some each both either neither more most other such only own same
  per via within without around across onto upon
  than too very just also about into over under again further once up down out off please thanks thank okay ok sure`.split(/\s+/),
);

/** Words judges use about the conversation rather than about its content. */
const JUDGE_WORDS = new Set(
  `user users assistant assistants answer answers answered response responses respond responded reply replies replied turn turns
  said says say asked asks ask question questions request requested requests conversation earlier later previous before after
  correct correctly incorrect incorrectly wrong states stated state claims claim claimed mentions mentioned mention provides provided
  provide gives given give tells told tell suggests suggested suggest instead however although though because actually which while
  fails failed fail does doesn't didn't isn't wasn't not never`.split(/\s+/),
);

const WORD = /[\p{L}\p{N}_]+(?:[.,'’-][\p{L}\p{N}_]+)*/gu;

/**
 * How much of one text the phrase ranking reads: its first and last 10,000 characters. An answer that repeats a
 * 100-page document says what it repeats in its opening and closing; reading all of it would cost seconds.
 */
const MAX_TEXT_CHARS = 20_000;
/** Phrases kept per text, so a huge text costs a bounded set (about three phrases per word otherwise). */
const MAX_PHRASES = 2_000;
/** The longest phrase evidence shows, in words: a whole repeated paragraph is shown by its start. */
const MAX_PHRASE_WORDS = 24;

function boundedText(text: string): string {
  return text.length <= MAX_TEXT_CHARS ? text : `${text.slice(0, MAX_TEXT_CHARS / 2)} ${text.slice(-MAX_TEXT_CHARS / 2)}`;
}

/** Turns before the failing one whose answers are searched for what it repeats. */
const PHRASE_WINDOW_TURNS = 500;

/** Where each word of a text is in it (the part of it that is read), to show a phrase as the turn wrote it. */
function wordMatches(text: string): RegExpMatchArray[] {
  return [...boundedText(text).matchAll(WORD)];
}

/**
 * The words of a text as they are compared: lower case, one form for the singular and the plural ("1-bedroom
 * flats" says what "a 1-bedroom flat" says). Position for position the words of `wordMatches`.
 */
function wordsOf(text: string): string[] {
  return wordMatches(text).map(([word]) => singular(memberName(word).toLowerCase().replace(/’/g, "'")));
}

/**
 * A member of something named in code (`DataFrame.merge_fuzzy`, `a.merge_fuzzy`) by its own name, the way a
 * judge names it ("no merge_fuzzy method"): the part after the last dot, when it is a snake_case name.
 */
function memberName(word: string): string {
  const member = /\.([\p{L}_][\p{L}\p{N}]*_[\p{L}\p{N}_]+)$/u.exec(word);
  return member ? member[1]! : word;
}

function singular(word: string): string {
  if (word.length <= 3 || STOPWORDS.has(word) || JUDGE_WORDS.has(word) || /\d$/.test(word)) return word;
  return word.endsWith('s') && !word.endsWith('ss') && !word.endsWith("'s") ? word.slice(0, -1) : word;
}

/** A number as written: "1,400" and "1.4" are one number, not "1" and "400". */
const NUMBER = /^\d+(?:[.,]\d+)*$/;

/**
 * A word reduced to what a judge's rationale and an answer share: "60-day" and "days" both give "60" and "day",
 * and "1-bedroom" gives itself too, so a judge naming "1-bedroom" does not point at every "1".
 */
function stems(word: string): string[] {
  if (NUMBER.test(word)) return [word];
  const parts = word
    .split(/[.,'-]/)
    .filter((part) => part !== '' && !/^\d$/.test(part))
    .map(singular);
  return parts.length > 1 || parts[0] !== word ? [singular(word), ...parts] : parts;
}

function isContentWord(word: string): boolean {
  return !STOPWORDS.has(word) && !JUDGE_WORDS.has(word) && (/\d/.test(word) || word.length >= 3);
}

/** A word before a number that makes it a place in the conversation ("at turn 4"), not something said. */
const CONVERSATION_PLACE = /^(turn|turns|message|messages|step|steps)$/i;

/** The content words of the failing judgements' rationales: what the judges objected to. Empty without one. */
function rationaleWords(negative: readonly Evidence[]): Set<string> {
  const words = new Set<string>();
  for (const evidence of negative) {
    if (evidence.kind !== 'judgement' || !evidence.rationale) continue;
    const said = wordsOf(evidence.rationale);
    for (const [at, word] of said.entries()) {
      // "at turn 1" names a place in the conversation, not a number the answer said.
      if (/^\d+$/.test(word) && CONVERSATION_PLACE.test(said[at - 1] ?? '')) continue;
      for (const stem of stems(word)) if (isContentWord(stem)) words.add(stem);
    }
  }
  return words;
}

/** The words of a text that are among `words` (a rationale's content words), in the order first said. */
function wordsAmong(text: string, words: ReadonlySet<string>): Set<string> {
  return new Set(
    wordsOf(text)
      .flatMap(stems)
      .filter((stem) => words.has(stem)),
  );
}

function mentionedIn(phrase: string, focus: ReadonlySet<string>): boolean {
  return phrase.split(' ').some((word) => stems(word).some((stem) => isContentWord(stem) && focus.has(stem)));
}

/** The numbers and names a text says ("4.99", "Toronto"), in lower case; a capital that starts a sentence names nothing. */
function specificTerms(text: string): Set<string> {
  const bounded = boundedText(text);
  const matches = wordMatches(bounded);
  const terms = new Set<string>();
  for (const [at, match] of matches.entries()) {
    const word = match[0];
    const before = at === 0 ? '' : bounded.slice(matches[at - 1]!.index! + matches[at - 1]![0].length, match.index);
    const startsSentence = at === 0 || /[.!?\n]/.test(before);
    // "at turn 4" names a place in the conversation.
    const turnNumber = CONVERSATION_PLACE.test(matches[at - 1]?.[0] ?? '');
    if ((NUMBER.test(word) && !turnNumber) || (/^\p{Lu}/u.test(word) && !startsSentence)) terms.add(word.toLowerCase());
  }
  return terms;
}

/**
 * Whether every number and name the failing turn's own judges object to that its answer says ("4.5 bar is about
 * 65 psi" judged "45 psi, not 65") is said there first: no earlier turn said it, by the user or the assistant.
 */
function objectedClaimIsNew(session: Session, failing: TurnSignals): boolean {
  const objected = new Set(rationalesOf(failing.negative, { ownTurnOnly: true }).flatMap((rationale) => [...specificTerms(rationale)]));
  const position = failing.index - 1;
  const turn = session.turns[position]!;
  // What the user brought up in the same turn ("my landlord gave me an N4 form") is the topic, not the answer's claim.
  const asked = specificTerms(turn.input?.text ?? '');
  const named = [...specificTerms(turn.output?.text ?? '')].filter((term) => objected.has(term) && !asked.has(term));
  if (named.length === 0) return false;
  const window = session.turns.slice(Math.max(0, position - PHRASE_WINDOW_TURNS), position);
  const said = new Set(
    window
      .flatMap((earlier) => [earlier.input?.text ?? '', earlier.output?.text ?? ''])
      .flatMap((text) => wordMatches(text).map(([word]) => word.toLowerCase())),
  );
  return named.every((term) => !said.has(term));
}

/**
 * Whether a failing turn's judge quotes, in three words or more, what its answer says first ("On your next
 * move or the one after" is wrong): a claim of its own, whatever topic words it shares with earlier turns.
 */
function quotedClaimIsNew(session: Session, failing: TurnSignals): boolean {
  const quoted = rationalesOf(failing.negative, { ownTurnOnly: true }).flatMap((rationale) =>
    quotedTerms(rationale).filter((term) => term.split(' ').length >= 3),
  );
  const turn = session.turns[failing.index - 1]!;
  const says = (text: string | undefined, term: string) => spokenAs(text ?? '').includes(` ${term} `);
  const earlier = session.turns.slice(Math.max(0, failing.index - 1 - PHRASE_WINDOW_TURNS), failing.index - 1);
  return quoted.some(
    (term) =>
      says(turn.output?.text, term) &&
      !says(turn.input?.text, term) &&
      earlier.every((before) => !says(before.output?.text, term) && !says(before.input?.text, term)),
  );
}

const WRONGNESS = /\b(wrong|incorrect|invented|made[- ]up|fabricated|false|inaccurate|mistaken|bogus|non-existent|nonexistent)\b/i;

/** The numbers in a rationale's clauses that call something wrong ("sticks to a wrong 7,730-year figure"). */
function blamedNumbers(rationale: string): string[] {
  return clausesOf(rationale)
    .flatMap((clause) => clause.split(/,\s(?:so|but|and)\s/))
    .filter((clause) => WRONGNESS.test(clause))
    .flatMap((clause) => clause.match(/\d+(?:[.,]\d+)*/g) ?? []);
}

/** Words and names a judge set in quotes ('retries', `Session.get`): what it points at, even as one word. */
function quotedTerms(rationale: string): string[] {
  return [...rationale.matchAll(/['‘"“`]([^'’"”`\n]{3,60})['’"”`]/gu)]
    .map((match) => wordsOf(match[1]!).join(' '))
    .filter((term) => term !== '');
}

/** Command-line options a judge names (`--resume-partial`): a name as telling as a quoted one. */
function optionNames(rationale: string): string[] {
  return [...rationale.matchAll(/(?<![\p{L}\p{N}_-])--?([\p{L}][\p{L}\p{N}_]*(?:-[\p{L}\p{N}_]+)+)/gu)].map((match) =>
    wordsOf(match[1]!).join(' '),
  );
}

/** A text's words as compared, in one string with a space at each end: ` ${phrase} ` is found whole or not at all. */
function spokenAs(text: string): string {
  return ` ${wordsOf(text).join(' ')} `;
}

/** Whether a shorter run of the phrase's words (two or more) was said already. */
function containsSeen(phrase: string, seen: ReadonlySet<string>): boolean {
  const words = phrase.split(' ');
  for (let size = 2; size < words.length; size++) {
    for (let start = 0; start + size <= words.length; start++) if (seen.has(words.slice(start, start + size).join(' '))) return true;
  }
  return false;
}

/** Where each n-gram (1 to 4 words) of a text starts, for the wanted ones only. */
function occurrences(words: readonly string[], wanted: ReadonlySet<string>): Map<string, number[]> {
  const found = new Map<string, number[]>();
  for (let size = 1; size <= 4; size++) {
    for (let start = 0; start + size <= words.length; start++) {
      const gram = words.slice(start, start + size).join(' ');
      if (wanted.has(gram)) found.set(gram, [...(found.get(gram) ?? []), start]);
    }
  }
  return found;
}

/** Which of `wanted` (distinctive phrases) a text says: only lookups, no set of the text's own phrases. */
function phrasesAmong(text: string, wanted: ReadonlySet<string>): Set<string> {
  return new Set(occurrences(wordsOf(text), wanted).keys());
}

/** A name from code (`acmepay.Client`, `api_key`): one word, but as telling as a phrase. */
const CODE_NAME = /^(?=.{6,})[\p{L}_][\p{L}\p{N}_]*(?:[._][\p{L}\p{N}_]+)+$/u;

/**
 * Word n-grams (2 to 4 words) that say something: not only stopwords, and with a number or a long word; and
 * names from code, which say something on their own.
 */
function distinctivePhrases(text: string): Set<string> {
  const all = wordsOf(text);
  const phrases = new Set<string>(all.filter((word) => CODE_NAME.test(word)));
  // Within a sentence: "the price. As a markup" says nothing either sentence says.
  const sentences = sentencesOf(boundedText(text)).map(wordsOf);
  for (let size = 4; size >= 2; size--) {
    for (const words of sentences)
      for (let start = 0; start + size <= words.length && phrases.size < MAX_PHRASES; start++) {
        const gram = words.slice(start, start + size);
        const content = gram.filter((word) => !STOPWORDS.has(word));
        if (content.length === 0 || STOPWORDS.has(gram[0]!) || STOPWORDS.has(gram.at(-1)!)) continue;
        if (!content.some((word) => /\d/.test(word) || word.length >= 4)) continue;
        phrases.add(gram.join(' '));
      }
  }
  return phrases;
}

/**
 * The overlapping n-grams a turn said, merged into the longest runs of its words that the failing answer also
 * says: "60 days from", "days from delivery" and "from delivery and" become "60 days from delivery".
 */
function maximalPhrases(text: string, grams: ReadonlySet<string>, haystack: string): string[] {
  const words = wordsOf(text);
  const bounded = boundedText(text);
  const matches = wordMatches(text);
  const covered = Array.from({ length: words.length }, () => false);
  for (const [gram, starts] of occurrences(words, grams)) {
    const size = gram.split(' ').length;
    for (const start of starts) for (let at = start; at < start + size; at++) covered[at] = true;
  }
  const target = ` ${haystack} `;
  const phrases: string[] = [];
  let at = 0;
  while (at < words.length) {
    if (!covered[at]) {
      at++;
      continue;
    }
    // The longest run from here that the failing answer says as a whole (a run of covered words may join two
    // phrases the answer says apart).
    let end = Math.min(at + 2, words.length);
    for (let next = end + 1; next <= words.length && covered[next - 1] && next - at <= MAX_PHRASE_WORDS; next++) {
      if (target.includes(` ${words.slice(at, next).join(' ')} `)) end = next;
    }
    // Shown from its first to its last word that says something: "6.0 overall", not "6.0 overall with".
    let [first, last] = [at, end - 1];
    while (first < last && STOPWORDS.has(words[first]!)) first++;
    while (last > first && STOPWORDS.has(words[last]!)) last--;
    // As the turn wrote it: "until 14:55", "1,840.25 EUR".
    phrases.push(bounded.slice(matches[first]!.index, matches[last]!.index! + matches[last]![0].length).replace(/\s+/g, ' '));
    at = end;
  }
  return phrases;
}

/** The phrases to show: one said again inside a longer one is that one. */
function distinctPhrases(phrases: readonly string[]): string[] {
  return phrases.filter(
    (phrase, position) => !phrases.some((other, at) => ` ${other} `.includes(` ${phrase} `) && (other !== phrase || at < position)),
  );
}

/** Words of a user who revises the request rather than adds to it. */
const REVISION =
  /\b(instead|actually|rather|changed? (my|our) minds?|change of plans?|on second thoughts?|thinking about it|on reflection|after all|forget|scratch that|never ?mind|no longer|any ?more|decided|dropped out|pulled out|vetoed|big change|voted|we['’]re dropping)\b/i;

/**
 * The sentences of a user's message that ask for something: statements and instructions, and questions that
 * are requests ("Can you look for 1-bedroom flats instead?"), not questions about something ("Is there a fee?").
 */
function requestsIn(text: string): string {
  return sentencesOf(text)
    .filter(
      (sentence) => !sentence.endsWith('?') || /^(?:\w+, )?(can|could|would|will|may) (you|we|i)\b|\bplease\b|\binstead\b/i.test(sentence),
    )
    .join(' ');
}

/** The sentences of a text that state something rather than ask. */
function statementsIn(text: string): string {
  return sentencesOf(text)
    .filter((sentence) => !sentence.endsWith('?'))
    .join(' ');
}

function sentencesOf(text: string): string[] {
  return text.split(/(?<=[.!?])\s+/).map((sentence) => sentence.trim());
}

interface Sayer {
  turn: Turn;
  role: 'user' | 'assistant';
  phrases: SourcedPhrase[];
  /** The claim was said in other words: the phrases are the sentences that said it first. */
  reworded: boolean;
}

/**
 * The claims a failing turn is judged for: the phrases of the judges' rationale that the conversation said,
 * and the phrases of the turn's answer the rationale talks about (all of them when it names none). Each is
 * attributed to whoever said it first, the user or the assistant, turn by turn; the turn and speaker that
 * first said the most of them (those the judge named counting double) is where they came from.
 */
function firstSayers(
  session: Session,
  failing: TurnSignals,
  spansByTrace: ReadonlyMap<string, readonly Span[]>,
  assistantMayCause: boolean,
): Sayer | null {
  const position = failing.index - 1;
  const target = session.turns[position]!;
  const rationales = rationalesOf(failing.negative);
  const focus = rationaleWords(failing.negative);
  const targetText = target.output?.text ?? '';
  const targetWords = wordsOf(targetText);
  // A rationale that names nothing the answer says ("factually incorrect") narrows nothing down.
  const focused = targetWords.some((word) => mentionedIn(word, focus));
  const quoted = new Set(rationales.flatMap((rationale) => [...quotedTerms(rationale), ...optionNames(rationale)]));
  const blamed = new Set(rationales.flatMap(blamedNumbers));
  const named = new Set([...rationales.flatMap((rationale) => [...distinctivePhrases(rationale)]), ...quoted]);
  const repeated = new Set([...distinctivePhrases(targetText)].filter((phrase) => !focused || mentionedIn(phrase, focus)));
  // A failure of style or safety follows the user when they asked for it in so many words ("in French").
  const styleWords = assistantMayCause ? [] : [...focus].filter((word) => word.length >= 5 && !/\d/.test(word));
  for (const word of styleWords) named.add(word);
  // What the user asks about at the failing turn ("the stopping distance at 30 mph") is its topic, not a claim.
  const question = sentencesOf(target.input?.text ?? '').filter((sentence) => sentence.endsWith('?'));
  const asked = phrasesAmong(question.join(' '), new Set([...repeated, ...named]));
  const claims = new Set([...repeated, ...named].filter((phrase) => !asked.has(phrase)));
  const userNumbers = new Set<string>();
  // What a merged phrase must appear in as a whole: the answer or a rationale.
  const haystack = [targetText, ...rationales].map((text) => wordsOf(text).join(' ')).join(' | ');

  // Where a claim was first said, among the turns before it: the last PHRASE_WINDOW_TURNS of them, so a
  // session of thousands of long turns is read in bounded time.
  const window = session.turns.slice(Math.max(0, position - PHRASE_WINDOW_TURNS), position + 1);
  const seen = new Set<string>();
  let best: (Sayer & { score: number }) | null = null;
  for (const turn of window) {
    // Both sides of a turn: a user who asks for something new makes the assistant say it in the same turn,
    // and then the request, not the answer, is where it came from.
    const said: Partial<Record<'user' | 'assistant', { phrases: SourcedPhrase[]; score: number }>> = {};
    for (const role of ['user', 'assistant'] as const) {
      if (turn === target && role === 'assistant') break;
      // What the user asked for, not what they asked about: "Is there an exit fee?" claims nothing, and the
      // answer to it is where a claim about exit fees is first made.
      const text = (role === 'user' ? requestsIn(turn.input?.text ?? '') : turn.output?.text) ?? '';
      const words = wordsOf(text);
      // A longer phrase around a claim already said adds words, not a claim.
      const firsts = new Set([...occurrences(words, claims).keys()].filter((phrase) => !seen.has(phrase) && !containsSeen(phrase, seen)));
      for (const phrase of occurrences(words, claims).keys()) seen.add(phrase);
      if (role === 'assistant' && !assistantMayCause) continue;
      // The user's first message is the request itself; later, what they said counts only if the answer follows it.
      if (role === 'user' && (turn.index === 1 || turn === target)) continue;
      if (role === 'user') {
        for (const word of wordsOf(turn.input?.text ?? '')) if (/\d/.test(word)) userNumbers.add(word);
        // A user who changes the request makes what the judge names (the new size, the new format) theirs.
        const revises = REVISION.test(text);
        for (const phrase of firsts) {
          // A failure of style or safety follows the user only for what they asked in its words ("in French"),
          // not for the names or data they gave, which the answer repeats whatever its style.
          const userClaim = (assistantMayCause ? repeated.has(phrase) : styleWords.includes(phrase)) || (revises && named.has(phrase));
          if (!userClaim) firsts.delete(phrase);
        }
      } else {
        // The assistant restating a number the user gave ("300" → "300 EUR") says nothing new.
        for (const phrase of firsts) {
          const numbers = phrase.split(' ').filter((word) => /\d/.test(word));
          if (numbers.length > 0 && numbers.every((number) => userNumbers.has(number))) firsts.delete(phrase);
        }
      }
      // A named phrase inside a longer named one ("crossing times" in "safe crossing times") is one claim.
      const namedHere = [...firsts].filter((phrase) => named.has(phrase));
      const namedFirsts = namedHere.filter(
        (phrase) => !namedHere.some((other) => other !== phrase && ` ${other} `.includes(` ${phrase} `)),
      ).length;
      // A single shared phrase is too weak to point at, unless the judge named it or it carries a number.
      if (namedFirsts === 0 && firsts.size < 2 && ![...firsts].some((phrase) => /\d/.test(phrase))) continue;
      // A claim that came from a retrieved document or a tool's result counts twice: it is where a wrong fact
      // entered, not a passing mention of the topic.
      const spans = role === 'assistant' ? spansByTrace.get(turn.traceId) : undefined;
      const runs = maximalPhrases(text, firsts, haystack);
      const phrases = distinctPhrases(runs).map((phrase) => ({ text: phrase, source: sourceOf(spans, phrase) }));
      const sourced = phrases.filter((phrase) => phrase.source !== null).length;
      // What the judge set in quotes is what it points at: it counts once more.
      const quotedFirsts = [...firsts].filter((phrase) => quoted.has(phrase)).length;
      // A number the judge calls wrong ("a wrong 7,730-year figure") is the claim, more than those it corrects
      // with: it counts twice more.
      const blames = (phrase: string) => phrase.split(' ').some((word) => stems(word).some((stem) => blamed.has(stem)));
      const blamedFirsts = [...firsts].some(blames) ? 2 : 0;
      said[role] = { phrases, score: runs.length + sourced + namedFirsts + quotedFirsts + blamedFirsts };
    }
    const score = (said.user?.score ?? 0) + (said.assistant?.score ?? 0);
    if (score === 0 || (best && best.score >= score)) continue;
    const role = said.user ? 'user' : 'assistant';
    best = { turn, role, phrases: said[role]!.phrases, reworded: false, score };
  }
  return best;
}

/** A user sentence that says the assistant was wrong: "There's no Calibrate under Settings", "Are you sure about 15 October?". */
const DISPUTE = /\b(no|not|never|nowhere|cannot|wrong|are you sure|why did you)\b|n['’]t\b/i;

/** Whether only the session's own judgements failed: no turn's answer was named. */
function sessionJudged(negative: readonly Evidence[]): boolean {
  return negative.length > 0 && negative.every((evidence) => evidence.kind === 'judgement' && evidence.scope === 'session');
}

/**
 * The first claim the user disputed: the earliest user sentence saying the assistant was wrong (and using a word
 * of `about`, when given), and the earlier answer that first said the most of its words (words the user said
 * before are theirs, not the assistant's). Two such words, or one that is a number or a name, are needed.
 */
function disputedSayer(
  session: Session,
  about: ReadonlySet<string> | null,
  spansByTrace: ReadonlyMap<string, readonly Span[]>,
): (Sayer & { disputedAt: number; dispute: string }) | null {
  const saidByUser = new Set<string>();
  const firstSaidBy = new Map<string, Turn>();
  for (const turn of session.turns) {
    for (const dispute of turn.index > 1 ? sentencesOf(turn.input?.text ?? '') : []) {
      if (!DISPUTE.test(dispute)) continue;
      if (about && wordsAmong(dispute, about).size === 0) continue;
      // Each disputed word by the answer that first said it; a number or a name tells more than a plain word.
      const byTurn = new Map<Turn, { word: string; telling: boolean }[]>();
      for (const [word] of wordMatches(dispute)) {
        const key = singular(word.toLowerCase().replace(/’/g, "'"));
        const first = firstSaidBy.get(key);
        if (!first || !isContentWord(key) || (key.length < 4 && !/\d/.test(key))) continue;
        const telling = /\d/.test(key) || /^\p{Lu}/u.test(word);
        byTurn.set(first, [...(byTurn.get(first) ?? []), { word: key, telling }]);
      }
      const [best] = [...byTurn].sort(([a, aWords], [b, bWords]) => bWords.length - aWords.length || a.index - b.index);
      if (!best) continue;
      const [sayer, words] = best;
      const weight = words.reduce((sum, { telling }) => sum + (telling ? 2 : 1), 0);
      if (weight < 2) continue;
      const said = new Set(words.map(({ word }) => word));
      const sentence = sentencesOf(sayer.output?.text ?? '')
        .map((text) => ({ text, hits: new Set(wordsOf(text).filter((word) => said.has(word))).size }))
        .reduce((most, next) => (next.hits > most.hits ? next : most)).text;
      const cut = sentence.split(/\s+/);
      const shown = cut.length > MAX_PHRASE_WORDS ? `${cut.slice(0, MAX_PHRASE_WORDS).join(' ')} …` : sentence;
      return {
        turn: sayer,
        role: 'assistant',
        phrases: [{ text: shown, source: sourceOf(spansByTrace.get(sayer.traceId), shown) }],
        reworded: false,
        disputedAt: turn.index,
        dispute,
      };
    }
    for (const word of wordsOf(turn.input?.text ?? '')) saidByUser.add(word);
    for (const word of wordsOf(turn.output?.text ?? '')) if (!saidByUser.has(word) && !firstSaidBy.has(word)) firstSaidBy.set(word, turn);
  }
  return null;
}

/**
 * Where the failing answer's claim was first said in other words, when no phrase of it was said word for word:
 * the earlier answer with a sentence sharing the most words with one of its sentences (two or more, the words
 * the judges objected to when they named any), one of them said there for the first time.
 */
function rewordedSayer(session: Session, failing: TurnSignals, spansByTrace: ReadonlyMap<string, readonly Span[]>): Sayer | null {
  const position = failing.index - 1;
  const focus = rationaleWords(failing.negative);
  const contentWords = (text: string) => new Set(wordsOf(text).filter(isContentWord));
  const claims = sentencesOf(statementsIn(session.turns[position]!.output?.text ?? '')).map(contentWords);
  const isFocus = (word: string) => stems(word).some((stem) => focus.has(stem));
  const focused = claims.some((words) => [...words].some(isFocus));
  const claimWords = claims.map((words) => (focused ? [...words].filter(isFocus) : [...words])).filter((words) => words.length >= 2);
  if (claimWords.length === 0) return null;
  const said = new Set<string>();
  let best: { turn: Turn; sentence: string; shared: number } | null = null;
  for (const turn of session.turns.slice(Math.max(0, position - PHRASE_WINDOW_TURNS), position)) {
    for (const word of contentWords(requestsIn(turn.input?.text ?? ''))) said.add(word);
    const sentences = sentencesOf(statementsIn(turn.output?.text ?? ''));
    for (const sentence of sentences) {
      const words = contentWords(sentence);
      for (const claim of claimWords) {
        const shared = claim.filter((word) => words.has(word));
        const saysSomethingNew = shared.some((word) => !said.has(word) && !/\d/.test(word));
        if (shared.length >= 2 && saysSomethingNew && shared.length > (best?.shared ?? 0)) best = { turn, sentence, shared: shared.length };
      }
    }
    for (const sentence of sentences) for (const word of contentWords(sentence)) said.add(word);
  }
  if (!best) return null;
  // A sentence is shown whole, up to the length of the longest phrase shown.
  const sentence = best.sentence.split(/\s+/);
  const shown = sentence.length > MAX_PHRASE_WORDS ? `${sentence.slice(0, MAX_PHRASE_WORDS).join(' ')} …` : best.sentence;
  const source = sourceOf(spansByTrace.get(best.turn.traceId), shown);
  return { turn: best.turn, role: 'assistant', phrases: [{ text: shown, source }], reworded: true };
}

/** The retrieved document or tool result of this turn that holds the phrase. */
function sourceOf(spans: readonly Span[] | undefined, phrase: string): PhraseSource | null {
  if (!spans) return null;
  // The phrase, or a distinctive part of it: "60 days from delivery" came from "within 60 days of delivery".
  const wanted = distinctivePhrases(phrase);
  const inText = (text: string) => phrasesAmong(text, wanted).size > 0;
  const document = retrievedDocuments(spans).find((candidate) => inText(candidate.text));
  if (document) return { kind: 'document', name: document.id };
  const call = toolCallsOf(spans).find((candidate) => candidate.result && inText(candidate.result));
  return call ? { kind: 'tool', name: call.name } : null;
}

/**
 * A constraint the user stated that the failing turn's model never saw: the earliest user message the
 * judges' rationale talks about that was cut from the failing turn's input, and the first turn whose model
 * no longer had it.
 */
function droppedConstraint(
  session: Session,
  target: Turn,
  measured: ReadonlyMap<string, ContextCoverage>,
  focus: ReadonlySet<string>,
): { lostAt: number; evidence: Extract<Evidence, { kind: 'context-dropped' }> } | null {
  if (focus.size === 0) return null;
  const coverageOf = (turn: Turn) => measured.get(turn.traceId) ?? null;
  const coverage = coverageOf(target);
  if (!coverage?.dropped) return null;
  // The app keeps the newest messages: the earliest ones are gone. A turn's user message is message 2(i-1).
  const seesTurn = (seen: number, atTurn: number, turnIndex: number) => 2 * (turnIndex - 1) >= 2 * (atTurn - 1) - seen;
  const earlier = session.turns.slice(0, target.index - 1);
  const gone = earlier.filter((turn) => !seesTurn(coverage.earlierMessagesSeen, target.index, turn.index));
  const lostAtOf = (constraint: Turn) =>
    session.turns.slice(constraint.index, target.index).find((later) => {
      const seen = coverageOf(later);
      return seen !== null && !seesTurn(seen.earlierMessagesSeen, later.index, constraint.index);
    });
  // A word the model still had where the constraint was lost (a later message it saw, or the failing answer
  // states it) was not lost with it; an answer that asks about it ("Which floor is the flat on?") shows it was.
  const stillSeenAt = (constraint: Turn, lostAt: Turn) => {
    const seen = coverageOf(lostAt)!;
    const window = session.turns
      .slice(constraint.index, lostAt.index - 1)
      .filter((turn) => seesTurn(seen.earlierMessagesSeen, lostAt.index, turn.index));
    return new Set(
      [...window.map((turn) => turn.input?.text), lostAt.input?.text, target.input?.text, statementsIn(target.output?.text ?? '')].flatMap(
        (text) => wordsOf(text ?? '').flatMap(stems),
      ),
    );
  };
  // Constraint words: named by the judges, said by the user, real words of four letters or more ("hints"), not numbers.
  const constraintStem = (stem: string) => stem.length >= 4 && !/\d/.test(stem) && isContentWord(stem) && focus.has(stem);
  const constraintWords = (turn: Turn) => wordsOf(turn.input?.text ?? '').filter((word) => stems(word).some(constraintStem));
  let best: { turn: Turn; words: string[]; lostAt: Turn } | null = null;
  let bestCount = 0;
  for (const turn of gone) {
    const named = constraintWords(turn);
    // Only a turn that could say more than the best so far is measured against what the model still had.
    const lostAt = named.length > bestCount ? lostAtOf(turn) : undefined;
    if (!lostAt) continue;
    const stillSeen = stillSeenAt(turn, lostAt);
    const words = [...new Set(named.filter((word) => stems(word).some((stem) => constraintStem(stem) && !stillSeen.has(stem))))];
    if (words.length > bestCount) [best, bestCount] = [{ turn, words, lostAt }, words.length];
  }
  if (!best) return null;
  const { turn: constraint, lostAt } = best;
  return {
    lostAt: lostAt.index,
    evidence: {
      kind: 'context-dropped',
      constraintTurn: constraint.index,
      words: best.words,
      failingTurn: target.index,
      seen: coverage.earlierMessagesSeen,
      inSession: coverage.earlierMessagesInSession,
    },
  };
}

/** Arguments shown per call, in characters: enough for the values the judges talk about. */
const MAX_ARGUMENTS_CHARS = 300;

/**
 * The first turn before the failing one whose tool calls' names and arguments use two words of the judges'
 * rationale, not numbers ("sitter_has_dogs" for "a sitter without dogs"), and those calls.
 */
function actedOn(
  session: Session,
  target: TurnSignals,
  spansByTrace: ReadonlyMap<string, readonly Span[]>,
  about: ReadonlySet<string>,
): { turn: Turn; calls: { name: string; arguments: string }[]; words: string[] } | null {
  const window = session.turns.slice(Math.max(0, target.index - 1 - PHRASE_WINDOW_TURNS), target.index - 1);
  for (const turn of window) {
    const calls: { name: string; arguments: string }[] = [];
    const words = new Set<string>();
    for (const call of toolCallsOf(spansByTrace.get(turn.traceId) ?? [])) {
      const text = `${call.name} ${call.arguments ?? ''}`.replace(/_/g, ' ');
      const named = [...wordsAmong(text, about)].filter((word) => !/\d/.test(word));
      if (named.length < 2) continue;
      for (const word of named) words.add(word);
      const shown = call.arguments ?? '';
      calls.push({ name: call.name, arguments: shown.length > MAX_ARGUMENTS_CHARS ? `${shown.slice(0, MAX_ARGUMENTS_CHARS)}…` : shown });
    }
    if (calls.length > 0) return { turn, calls, words: [...words] };
  }
  return null;
}

/**
 * The first tool result that carries two names or numbers the failing judges object to that nobody in the
 * conversation had said before it (a forecast for "53.23, 0.54 … offshore, North Sea" for a plot at -0.54):
 * the wrong fact entered with that result.
 */
function toolResultCandidate(session: Session, target: TurnSignals, spansByTrace: ReadonlyMap<string, readonly Span[]>): Candidate | null {
  const objected = new Set(rationalesOf(target.negative).flatMap((rationale) => [...specificTerms(rationale)]));
  if (objected.size === 0) return null;
  const said = new Set<string>();
  const window = session.turns.slice(Math.max(0, target.index - 1 - PHRASE_WINDOW_TURNS), target.index - 1);
  for (const turn of window) {
    for (const [word] of wordMatches(turn.input?.text ?? '')) said.add(word.toLowerCase());
    for (const call of toolCallsOf(spansByTrace.get(turn.traceId) ?? [])) {
      // As the result wrote them; compared in lower case.
      const carried = [...new Map(wordMatches(call.result ?? '').map(([word]) => [word.toLowerCase(), word])).entries()].flatMap(
        ([key, word]) => (objected.has(key) && !said.has(key) ? [word] : []),
      );
      // One shared number is chance (a correct result the judge quotes); two are the result's own claim.
      if (carried.length < 2) continue;
      return {
        traceId: turn.traceId,
        index: turn.index,
        explanation: `Turn ${turn.index}'s ${call.name} result first said ${carried.map((word) => `“${word}”`).join(', ')}, which ${judgesOf(sessionJudged(target.negative) ? null : target.index)} object to.`,
        evidence: [{ kind: 'tool-result', name: call.name, words: carried }, ...target.negative],
      };
    }
    for (const [word] of wordMatches(turn.output?.text ?? '')) said.add(word.toLowerCase());
  }
  return null;
}

// ---- Superseded documents ------------------------------------------------------------------------------

/**
 * The first turn that answered from a document the session also retrieved a newer version of (the 2019
 * regulations beside the 2025 ones), in words only the older version has. Only when every turn before it was
 * read: an unread turn may have answered from it first.
 */
function supersededSource(
  session: Session,
  target: TurnSignals,
  signals: readonly TurnSignals[],
  spansByTrace: ReadonlyMap<string, readonly Span[]>,
): Candidate | null {
  const turns = session.turns.slice(0, target.index);
  const unread = turns.findIndex((turn) => !spansByTrace.has(turn.traceId));
  const readUpTo = unread === -1 ? turns.length : unread + 1;
  const retrieved = turns.map((turn) => retrievedDocuments(spansByTrace.get(turn.traceId) ?? []));
  const firstRetrieved = new Map<string, { document: RetrievedDocument; at: number }>();
  for (const [position, documents] of retrieved.entries())
    for (const document of documents) if (!firstRetrieved.has(document.id)) firstRetrieved.set(document.id, { document, at: position + 1 });
  let first: (Extract<Evidence, { kind: 'superseded-document' }> & { at: number }) | null = null;
  for (const older of firstRetrieved.values())
    for (const newer of firstRetrieved.values()) {
      if (!supersedes(newer.document.id, older.document.id)) continue;
      const newerWords = spokenAs(newer.document.text);
      const olderOnly = new Set([...distinctivePhrases(older.document.text)].filter((phrase) => !newerWords.includes(` ${phrase} `)));
      for (let position = older.at - 1; position < Math.min(readUpTo, first?.at ?? Infinity, turns.length); position++) {
        if (!retrieved[position]!.some((document) => document.id === older.document.id)) continue;
        const answer = turns[position]!.output?.text ?? '';
        const said = phrasesAmong(answer, olderOnly);
        if (said.size === 0) continue;
        const phrases = distinctPhrases(maximalPhrases(answer, said, wordsOf(older.document.text).join(' ')));
        first = {
          kind: 'superseded-document',
          document: older.document.id,
          newer: newer.document.id,
          newerAt: newer.at,
          phrases,
          at: position + 1,
        };
        break;
      }
    }
  if (!first) return null;
  const { at, ...superseded } = first;
  const turn = session.turns[at - 1]!;
  const signal = signals[at - 1]!;
  const failing = failingKeys(target.negative);
  const goodJudges = [...failing].flatMap((key) => signal.goodOn.get(key) ?? []);
  const evidence: Evidence[] = [superseded];
  if (goodJudges.length > 0) evidence.push({ kind: 'judged-good', names: goodJudges, dimension: dimensionOfKey([...failing][0]) });
  evidence.push(...signal.negative, ...signal.disagreements);
  return {
    traceId: turn.traceId,
    index: turn.index,
    explanation:
      `Turn ${at} answered from ${superseded.document}, which ${superseded.newer} supersedes` +
      `${superseded.newerAt === at ? ' (retrieved beside it)' : ` (retrieved at turn ${superseded.newerAt})`}: ` +
      `${superseded.phrases.map((phrase) => `“${phrase}”`).join(', ')}.`,
    evidence,
  };
}

/**
 * A session judged as a whole, with nothing else pointing anywhere: the first answer to what its judges talk
 * about (two of the rationale's words in the turn, question or answer) is where the claims they object to began.
 */
function firstAnswerOnTopic(session: Session, target: TurnSignals): Candidate | null {
  const objected = new Set([...rationaleWords(target.negative)].filter((word) => !/\d/.test(word) && word.length >= 4));
  const about = firstTurnSaying(
    session.turns.slice(0, target.index),
    (turn) => `${turn.input?.text ?? ''} ${turn.output?.text ?? ''}`,
    objected,
  );
  if (!about) return null;
  const { turn, shared } = about;
  return {
    traceId: turn.traceId,
    index: turn.index,
    explanation:
      `Turn ${turn.index} is the first about what the session’s judges object to (${shared.map((word) => `“${word}”`).join(', ')}); ` +
      'nothing more specific points anywhere.',
    evidence: [...target.negative],
  };
}
