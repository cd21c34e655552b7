// Which earlier turn started the failure the user is looking at. The turn reported wrong is often not the
// turn that went wrong: a slip at turn 3 that nobody challenged is built on at turn 4 and repeated at turn 5.
//
// The chain: from the failing turn, walk back through the turns it builds on, stopping at a turn a judge
// found good. The earliest turn of that chain with a negative signal (ERROR state, an error span, a negative
// judgement) is the candidate. When the failing turn is the only one judged, the conversation itself is the
// evidence: the earlier assistant turns that first said the distinctive phrases the failing answer repeats
// (phrases the user never said) are ranked by how many of them they introduced.
import { textOf } from '../json';
import { judge } from '../judgement/polarity';
import type { Assessment, Polarity, Session, Turn } from '../model';
import { retrievedDocuments } from '../trace/documents';
import type { Span } from '../trace/spans';

export type Evidence =
  | { kind: 'state-error' }
  | { kind: 'error-span'; spanName: string; message: string }
  | { kind: 'judgement'; name: string; value: unknown; rationale: string | null; source: string; reason: string }
  | { kind: 'introduced-phrases'; phrases: string[]; repeatedBy: number; inDocument: string | null };

export interface TurnSignals {
  traceId: string;
  index: number;
  negative: Evidence[];
  /** A judge found the turn good, and nothing says otherwise: the chain stops here. */
  judgedGood: boolean;
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
  polarities?: Readonly<Record<string, Polarity>>;
}

export function findRootCause({ session, openTraceId, spansByTrace, polarities = {} }: RootCauseInput): RootCause {
  const signals = session.turns.map((turn) => signalsOf(turn, spansByTrace.get(turn.traceId), polarities));
  const open = signals.find((signal) => signal.traceId === openTraceId);
  const target = open && open.negative.length > 0 ? open : signals.findLast((signal) => signal.negative.length > 0);
  if (!target) {
    return { target: null, candidates: [], note: 'No turn failed: no ERROR state, no error span, no negative judgement.' };
  }
  const targetPosition = target.index - 1;
  let chainStart = targetPosition;
  while (chainStart > 0 && !signals[chainStart - 1]!.judgedGood) chainStart--;
  const chain = signals.slice(chainStart, targetPosition + 1);
  const earliestNegative = chain.find((signal) => signal.negative.length > 0)!;
  const targetRef = { traceId: target.traceId, index: target.index };

  if (earliestNegative !== target) {
    return {
      target: targetRef,
      candidates: [
        {
          traceId: earliestNegative.traceId,
          index: earliestNegative.index,
          explanation:
            `Turn ${earliestNegative.index} is the first failing turn of the run that leads to turn ${target.index}: ` +
            `${summarise(earliestNegative.negative)}.`,
          evidence: earliestNegative.negative,
        },
      ],
      note: null,
    };
  }

  const introduced = rankIntroducers(session, chainStart, targetPosition, spansByTrace);
  const candidates: Candidate[] = introduced.map(({ turn, phrases, inDocument }) => ({
    traceId: turn.traceId,
    index: turn.index,
    explanation: introducedExplanation(turn.index, phrases, target.index, inDocument),
    evidence: [{ kind: 'introduced-phrases', phrases, repeatedBy: target.index, inDocument }],
  }));
  if (candidates.length > 0) return { target: targetRef, candidates, note: null };
  return {
    target: targetRef,
    candidates: [
      {
        traceId: target.traceId,
        index: target.index,
        explanation: `Turn ${target.index} is where it failed, and nothing earlier points to it: ${summarise(target.negative)}.`,
        evidence: target.negative,
      },
    ],
    note: chain.length > 1 ? null : `Turn ${chainStart} was judged good, so the failure starts at turn ${target.index}.`,
  };
}

function introducedExplanation(index: number, phrases: readonly string[], repeatedBy: number, inDocument: string | null): string {
  const quoted = phrases
    .slice(0, 3)
    .map((phrase) => `“${phrase}”`)
    .join(', ');
  const more = phrases.length > 3 ? ` and ${phrases.length - 3} more` : '';
  const source = inDocument ? `; it came from the retrieved document ${inDocument}` : '';
  return `Turn ${index} first said ${quoted}${more}, which turn ${repeatedBy} repeats${source}.`;
}

export function signalsOf(turn: Turn, spans: readonly Span[] | undefined, polarities: Readonly<Record<string, Polarity>>): TurnSignals {
  const negative: Evidence[] = [];
  if (turn.state === 'ERROR') negative.push({ kind: 'state-error' });
  for (const span of spans ?? []) {
    const exception = span.events.find((event) => event.name === 'exception');
    if (span.status !== 'ERROR' && !exception) continue;
    const message = textOf(exception?.attributes['exception.message'] ?? span.statusMessage) || 'failed without a message';
    negative.push({ kind: 'error-span', spanName: span.name, message });
  }
  let judgedGood = false;
  for (const assessment of turn.assessments) {
    const { verdict, reason } = judge(assessment, polarities);
    if (verdict === 'negative') negative.push(judgementEvidence(assessment, reason));
    if (verdict === 'positive') judgedGood = true;
  }
  return {
    traceId: turn.traceId,
    index: turn.index,
    negative,
    judgedGood: judgedGood && negative.length === 0,
    spansRead: spans !== undefined,
  };
}

function judgementEvidence(assessment: Assessment, reason: string): Evidence {
  return {
    kind: 'judgement',
    name: assessment.name,
    value: assessment.value,
    rationale: assessment.rationale,
    source: assessment.source.id ? `${assessment.source.type} ${assessment.source.id}` : assessment.source.type,
    reason,
  };
}

function summarise(evidence: readonly Evidence[]): string {
  return evidence
    .map((item) => {
      switch (item.kind) {
        case 'state-error':
          return 'the trace ended in ERROR';
        case 'error-span':
          return `span “${item.spanName}” failed (${item.message})`;
        case 'judgement':
          return `${item.name} said ${textOf(item.value)}`;
        case 'introduced-phrases':
          return `introduced ${item.phrases.length} phrases turn ${item.repeatedBy} repeats`;
      }
    })
    .join('; ');
}

// ---- Phrases -------------------------------------------------------------------------------------------

const STOPWORDS = new Set(
  `a an the and or but if then so of to in on at by for with from as is are was were be been being it its this that these those
  you your yours i me my we our us they them their he she his her not no yes do does did done have has had can could will would
  should may might must there here what which who whom when where why how all any some each more most other such only own same
  than too very just also about into over under again further once up down out off please thanks thank okay ok sure`.split(/\s+/),
);

const WORD = /[\p{L}\p{N}]+(?:[.,'’-][\p{L}\p{N}]+)*/gu;

/**
 * How much of one text the phrase ranking reads: its first and last 10,000 characters. An answer that repeats a
 * 100-page document says what it repeats in its opening and closing; reading all of it would cost seconds.
 */
const MAX_TEXT_CHARS = 20_000;
/** Phrases kept per text, so a huge text costs a bounded set (about three phrases per word otherwise). */
const MAX_PHRASES = 2_000;

function boundedText(text: string): string {
  return text.length <= MAX_TEXT_CHARS ? text : `${text.slice(0, MAX_TEXT_CHARS / 2)} ${text.slice(-MAX_TEXT_CHARS / 2)}`;
}

/** Turns before the failing one whose answers are searched for what it repeats. */
const PHRASE_WINDOW_TURNS = 500;

function wordsOf(text: string): string[] {
  return (boundedText(text).toLowerCase().match(WORD) ?? []).map((word) => word.replace(/’/g, "'"));
}

/** Which of `wanted` (distinctive phrases) a text says: only lookups, no set of the text's own phrases. */
function phrasesAmong(text: string, wanted: ReadonlySet<string>): Set<string> {
  const words = wordsOf(text);
  const found = new Set<string>();
  for (let size = 2; size <= 4; size++) {
    for (let start = 0; start + size <= words.length; start++) {
      const gram = words.slice(start, start + size).join(' ');
      if (wanted.has(gram)) found.add(gram);
    }
  }
  return found;
}

/** Word n-grams (2 to 4 words) that say something: not only stopwords, and with a number or a long word. */
function distinctivePhrases(text: string): Set<string> {
  const words = wordsOf(text);
  const phrases = new Set<string>();
  for (let size = 4; size >= 2; size--) {
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

interface Introducer {
  turn: Turn;
  phrases: string[];
  inDocument: string | null;
}

function rankIntroducers(
  session: Session,
  chainStart: number,
  targetPosition: number,
  spansByTrace: ReadonlyMap<string, readonly Span[]>,
): Introducer[] {
  const target = session.turns[targetPosition]!;
  // Where a claim the failing answer repeats was first said, among the turns before it: the last
  // PHRASE_WINDOW_TURNS of them, so a session of thousands of long turns is read in bounded time.
  const windowStart = Math.max(0, targetPosition - PHRASE_WINDOW_TURNS);
  const window = session.turns.slice(windowStart, targetPosition);
  const repeated = distinctivePhrases(target.output?.text ?? '');
  for (const turn of [...window, target]) for (const phrase of phrasesAmong(turn.input?.text ?? '', repeated)) repeated.delete(phrase);
  const saidBefore = new Set<string>();
  const introducers: Introducer[] = [];
  for (const [offset, turn] of window.entries()) {
    const said = phrasesAmong(turn.output?.text ?? '', repeated);
    const firsts = [...said].filter((phrase) => !saidBefore.has(phrase));
    for (const phrase of said) saidBefore.add(phrase);
    if (windowStart + offset < chainStart || firsts.length === 0) continue;
    introducers.push({ turn, phrases: longestFirst(firsts), inDocument: documentContaining(spansByTrace.get(turn.traceId), firsts) });
  }
  // A single shared phrase is too weak to point at, unless it carries a number (a date, an amount).
  return introducers
    .filter(({ phrases }) => phrases.length >= 2 || phrases.some((phrase) => /\d/.test(phrase)))
    .sort((a, b) => b.phrases.length - a.phrases.length || a.turn.index - b.turn.index);
}

/**
 * Keeps the longest phrases and drops those inside a longer one already kept, in linear time: each kept
 * phrase marks its shorter runs of words as covered.
 */
function longestFirst(phrases: readonly string[]): string[] {
  const kept: string[] = [];
  const covered = new Set<string>();
  for (const phrase of [...phrases].sort((a, b) => b.split(' ').length - a.split(' ').length)) {
    if (covered.has(phrase)) continue;
    kept.push(phrase);
    const words = phrase.split(' ');
    for (let size = 2; size < words.length; size++) {
      for (let start = 0; start + size <= words.length; start++) covered.add(words.slice(start, start + size).join(' '));
    }
  }
  return kept;
}

/** The id of a document a retriever returned in this turn that holds one of the phrases. */
function documentContaining(spans: readonly Span[] | undefined, phrases: readonly string[]): string | null {
  for (const document of retrievedDocuments(spans ?? [])) {
    if (phrasesAmong(document.text, new Set(phrases)).size > 0) return document.id;
  }
  return null;
}
