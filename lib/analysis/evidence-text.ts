// How a root cause's evidence reads in words: the panel's list and the exported Markdown say the same thing.
import { formatAssessmentValue, sourceText } from '../text';
import { judgesOf, type Evidence, type SourcedPhrase } from './root-cause';

const upperFirst = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** Phrases listed in the evidence; the rest are counted. */
export const MAX_EVIDENCE_PHRASES = 12;

function quotedList(phrases: readonly string[]): string {
  const listed = phrases
    .slice(0, MAX_EVIDENCE_PHRASES)
    .map((phrase) => `“${phrase}”`)
    .join(', ');
  return phrases.length > MAX_EVIDENCE_PHRASES ? `${listed} and ${phrases.length - MAX_EVIDENCE_PHRASES} more` : listed;
}

/** One phrase and where it came from: `“60 days” from the retrieved document policy-2019`. */
export function sourcedPhraseText(phrase: SourcedPhrase): string {
  return `“${phrase.text}”${phrase.source ? ` from ${sourceText(phrase.source)}` : ''}`;
}

/** One line per piece of evidence (an introduced phrase list reads as its heading; its phrases follow apart). */
export function evidenceText(evidence: Evidence): string {
  switch (evidence.kind) {
    case 'state-error':
      return 'The trace ended in ERROR.';
    case 'error-span':
      return `Span ${evidence.spanName} failed: ${evidence.message}`;
    case 'judgement':
      return `${evidence.scope === 'session' ? 'Of the whole session: ' : ''}${evidence.name} = ${formatAssessmentValue(evidence.value)} (${evidence.source})${evidence.rationale ? `: ${evidence.rationale}` : ''}`;
    case 'introduced-phrases':
      return `First said here, ${evidence.disputed ? 'disputed by the user at' : 'repeated by'} turn ${evidence.repeatedBy}:`;
    case 'judged-good':
      return `Judged good here by ${evidence.names.join(', ')}, but the claim that later failed was already said here.`;
    case 'judges-disagree':
      return `Judges disagree${evidence.dimension ? ` on ${evidence.dimension}` : ''}: ${evidence.positive.join(', ')} against ${evidence.negative.join(', ')}.`;
    case 'context-dropped':
      return `The model call of turn ${evidence.failingTurn} got ${evidence.seen} of the ${evidence.inSession} earlier messages: turn ${evidence.constraintTurn}, where the user said ${quotedList(evidence.words)}, was no longer among them.`;
    case 'tool-arguments':
      return `Called ${evidence.calls.map((call) => `${call.name}(${call.arguments})`).join(', ')}, with what the judges object to: ${quotedList(evidence.words)}.`;
    case 'user-request':
      return `The user asked for it here, and turn ${evidence.repeatedBy} follows: ${quotedList(evidence.phrases)}.`;
    case 'tool-result':
      return `The result of ${evidence.name} said ${quotedList(evidence.words)} first, in no one's words before it.`;
    case 'superseded-document':
      return `Answered from ${evidence.document}, though ${evidence.newer}, a newer version of it, was retrieved at turn ${evidence.newerAt}: ${quotedList(evidence.phrases)}.`;
    case 'user-revised':
      return `The user changed the request here: “${evidence.sentence}” ${upperFirst(judgesOf(evidence.judgedAt))} measured against the request before it.`;
  }
}
