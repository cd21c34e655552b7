import { own } from '../lib/json';
import type { ComponentChildren } from 'preact';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Candidate, Evidence } from '../lib/analysis/root-cause';
import type { AnalysisState, WriteState } from '../lib/panel/controller';
import type { Session } from '../lib/model';
import { evidenceText, MAX_EVIDENCE_PHRASES, sourcedPhraseText } from '../lib/analysis/evidence-text';
import { writeErrorText } from '../lib/panel/format';
import { plural } from '../lib/text';
import { confirmationOf } from '../lib/analysis/confirmation';
import { usePanelActions } from './panel-actions';
import './RootCauseBox.css';

interface RootCauseBoxProps {
  session: Session;
  analysis: AnalysisState;
  write: WriteState;
  /** Confirmations this panel wrote, by trace id (see ReadyState.written). */
  written: Readonly<Record<string, string>>;
}

export function RootCauseBox({ session, analysis, write, written }: RootCauseBoxProps) {
  const { analyseEveryTurn, openOptions } = usePanelActions();
  if (analysis.kind === 'loading') {
    return (
      <Frame state="loading">
        <p class="status">Looking for the turn where it first went wrong…</p>
      </Frame>
    );
  }
  if (analysis.kind === 'error') {
    return (
      <Frame state="error">
        <p class="hint" role="alert">
          The root cause could not be worked out: {analysis.error.message}
        </p>
      </Frame>
    );
  }
  const { rootCause, turnsNotRead, assumedJudges } = analysis.analysis;
  const one = assumedJudges.length === 1;
  const [best, ...others] = rootCause.candidates;
  const { target } = rootCause;
  const candidateView = (candidate: Candidate) => (
    <CandidateView
      key={candidate.traceId}
      candidate={candidate}
      session={session}
      write={write}
      written={written}
      target={target!.traceId}
    />
  );
  return (
    <Frame state="ready">
      {target && best ? (
        <>
          <h2 class="section-title">
            Root cause of turn {target.index}: {best.index === target.index ? 'the turn itself' : `turn ${best.index}`}
          </h2>
          {candidateView(best)}
          {others.length > 0 && (
            <details class="other-candidates">
              <summary>{plural(others.length, 'other candidate')}</summary>
              {others.map(candidateView)}
            </details>
          )}
        </>
      ) : (
        <p class="hint" data-testid="root-cause-none">
          {rootCause.note}
        </p>
      )}
      {rootCause.note && best && <p class="hint">{rootCause.note}</p>}
      {assumedJudges.length > 0 && (
        <p class="hint" data-testid="assumed-judges">
          Read as {one ? 'its name suggests' : 'their names suggest'}, with nothing set for {one ? 'it' : 'them'} in the options:{' '}
          {assumedJudges
            .map(({ name, polarity }) => `${name} (${polarity === 'yes-is-good' ? '“yes” is good' : '“no” is good'})`)
            .join(', ')}
          .{' '}
          <button type="button" class="link-button" onClick={() => openOptions(session.experimentId)}>
            Set how to read {one ? 'it' : 'them'}
          </button>
        </p>
      )}
      {turnsNotRead > 0 && !target && (
        <p class="hint" data-testid="turns-not-read">
          Nothing in this session calls for reading the spans of its other {plural(turnsNotRead, 'turn')}.
        </p>
      )}
      {turnsNotRead > 0 && target && (
        <p class="hint">
          {plural(turnsNotRead, 'turn')} of this long session were not read for error spans or context.{' '}
          <button type="button" class="link-button" onClick={analyseEveryTurn}>
            Read them all
          </button>
        </p>
      )}
    </Frame>
  );
}

function Frame({ state, children }: { state: AnalysisState['kind']; children: ComponentChildren }) {
  return (
    <section class="root-cause" aria-label="Root cause" data-testid="root-cause" data-state={state}>
      {children}
    </section>
  );
}

interface CandidateViewProps {
  candidate: Candidate;
  session: Session;
  write: WriteState;
  written: Readonly<Record<string, string>>;
  target: string;
}

function CandidateView({ candidate, session, write, written, target }: CandidateViewProps) {
  const { openTurn, confirmRootCause, undoRootCause } = usePanelActions();
  const [confirming, setConfirming] = useState(false);
  const [rationale, setRationale] = useState(candidate.explanation);
  const confirmation = confirmationOf(session, candidate.traceId);
  const writtenId = own(written, candidate.traceId);
  // Once MLflow has the confirmation the form has done its work: an Undo brings back the Confirm button.
  const done = confirmation !== null || writtenId !== undefined;
  useEffect(() => {
    if (done) setConfirming(false);
  }, [done]);
  // The form stays, with the user's text, until MLflow has the confirmation: a failed write keeps the draft.
  // Focus follows the form: into its field when it opens, back to what replaced it when it closes (the
  // Confirm button after Cancel, the confirmation after a write), never dropped onto the page.
  const view = useRef<HTMLDivElement>(null);
  const focusNext = useRef<string | null>(null);
  useLayoutEffect(() => {
    const selector = focusNext.current;
    if (!selector) return;
    const next = view.current?.querySelector<HTMLElement>(selector);
    if (!next) return;
    focusNext.current = null;
    next.focus();
  });
  // Only when focus is in this candidate: a mouse click must not pull focus out of MLflow's drawer.
  const keepFocusOn = (selector: string) => {
    const root = view.current?.getRootNode() as Document | ShadowRoot | undefined;
    if (root?.activeElement && view.current?.contains(root.activeElement)) focusNext.current = selector;
  };
  const writeConfirmation = () => {
    if (!rationale.trim()) return;
    keepFocusOn('[data-testid="root-cause-confirmed"]');
    confirmRootCause(candidate.traceId, rationale.trim(), target === candidate.traceId ? undefined : target);
  };
  return (
    <div class="candidate" data-testid="root-cause-candidate" data-index={candidate.index} data-trace-id={candidate.traceId} ref={view}>
      <p class="candidate-explanation">
        {candidate.explanation}{' '}
        <button
          type="button"
          class="turn-link"
          onClick={() => openTurn(candidate.traceId)}
          title={`Open turn ${candidate.index} in MLflow`}
        >
          Open turn {candidate.index}
        </button>
      </p>
      <ul class="evidence" aria-label="Evidence">
        {candidate.evidence.map((evidence, index) => (
          <EvidenceItem key={index} evidence={evidence} />
        ))}
      </ul>
      {confirmation ? (
        <p class="confirmed" data-testid="root-cause-confirmed" tabIndex={-1}>
          Confirmed by {confirmation.source.id ?? 'a human'}
          {confirmation.rationale ? `: ${confirmation.rationale}` : ''}{' '}
          {(confirmation.source.id === session.reviewer || confirmation.id === writtenId) && (
            <button
              type="button"
              class="link-button"
              disabled={write.kind === 'writing'}
              onClick={() => {
                keepFocusOn('[data-testid="confirm-root-cause"]');
                undoRootCause(candidate.traceId, confirmation.id);
              }}
            >
              Undo
            </button>
          )}
        </p>
      ) : writtenId ? (
        <p class="confirmed" data-testid="root-cause-confirmed" tabIndex={-1}>
          Written to MLflow; reading it back…
        </p>
      ) : confirming ? (
        <form
          class="confirm-form"
          // Writing starts from the user's click or Enter, never from the form's submit event: page script can
          // call `form.requestSubmit()`, whose event the browser marks as trusted.
          onSubmit={(event) => event.preventDefault()}
        >
          <label for={`rationale-${candidate.traceId}`}>Why this turn (saved with the assessment)</label>
          <input
            id={`rationale-${candidate.traceId}`}
            type="text"
            value={rationale}
            maxLength={2000}
            onInput={(event) => setRationale(event.currentTarget.value)}
            onKeyDown={(event) => {
              if (event.key === 'Enter') writeConfirmation();
            }}
          />
          <button type="button" class="primary-button" disabled={write.kind === 'writing'} onClick={writeConfirmation}>
            Write to MLflow
          </button>{' '}
          <button
            type="button"
            class="link-button"
            onClick={() => {
              keepFocusOn('[data-testid="confirm-root-cause"]');
              setConfirming(false);
            }}
          >
            Cancel
          </button>
        </form>
      ) : (
        <button
          type="button"
          class="secondary-button"
          data-testid="confirm-root-cause"
          disabled={write.kind === 'writing'}
          onClick={() => {
            focusNext.current = '.confirm-form input';
            setConfirming(true);
          }}
        >
          Confirm root cause…
        </button>
      )}
      {write.kind === 'writing' && <p class="status">Writing to MLflow…</p>}
      {write.kind === 'error' && (
        <p class="hint" role="alert">
          MLflow did not take it: {writeErrorText(write.error)}
        </p>
      )}
    </div>
  );
}

function EvidenceItem({ evidence }: { evidence: Evidence }) {
  if (evidence.kind !== 'introduced-phrases') return <li data-testid="evidence">{evidenceText(evidence)}</li>;
  return (
    <li data-testid="evidence">
      {evidenceText(evidence)}
      <ul class="phrases">
        {evidence.phrases.slice(0, MAX_EVIDENCE_PHRASES).map((phrase) => (
          <li key={phrase.text} data-testid="evidence-phrase">
            {sourcedPhraseText(phrase)}
          </li>
        ))}
        {evidence.phrases.length > MAX_EVIDENCE_PHRASES && <li>and {evidence.phrases.length - MAX_EVIDENCE_PHRASES} more</li>}
      </ul>
    </li>
  );
}
