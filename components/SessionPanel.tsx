import { ExportMenu } from './ExportMenu';
import { SessionTotalsRows } from './SessionTotalsRows';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { confirmationOf } from '../lib/analysis/confirmation';
import { own } from '../lib/json';
import type { PanelError } from '../lib/protocol';
import type { PanelState, ReadyState } from '../lib/panel/controller';
import { isScorerError, scorerErrorCount } from '../lib/model';
import { errorAdvice, errorHeading, formatDateTime, formatDuration, shortTraceId } from '../lib/panel/format';
import { plural } from '../lib/text';
import type { Session } from '../lib/model';
import { Announcer } from './Announcer';
import { AssessmentList } from './AssessmentList';
import { RootCauseBox } from './RootCauseBox';
import { CONTROL_KEYS, SHORTCUTS } from '../lib/panel/shortcuts';
import { usePanelActions } from './panel-actions';
import { SignIn } from './SignIn';
import { LabelEditors } from './LabelEditors';
import { labelingProgress } from '../lib/panel/labeling';
import { TurnItem } from './TurnItem';
import { VirtualTurnList } from './VirtualTurnList';
import { SessionPreviewList } from './SessionPreviewList';
import { JudgementStrip } from './JudgementStrip';
import { SearchBar, SearchProvider, useSessionSearch } from './SessionSearch';
import './SessionPanel.css';

/** Sessions longer than this keep only the turns near the viewport in the DOM. */
const VIRTUALIZE_FROM = 30;

export interface SessionPanelProps {
  state: PanelState;
  /** The host the page is on, for the "not enabled" message. */
  host: string;
  collapsed: boolean;
  showScorerErrors: boolean;
  onToggleCollapsed: () => void;
  onToggleScorerErrors: () => void;
}

export function SessionPanel(props: SessionPanelProps) {
  const { state, collapsed, onToggleCollapsed } = props;
  const search = useSessionSearch(state.kind === 'ready' ? state : null, props.showScorerErrors);
  // The list shows what the user moved to last: a match they stepped to, until another turn opens.
  const openTraceId = state.kind === 'ready' ? state.openTraceId : null;
  const [revealingMatch, setRevealingMatch] = useState(false);
  useEffect(() => setRevealingMatch(false), [openTraceId]);
  const { refresh } = usePanelActions();
  const [helpOpen, setHelpOpen] = useState(false);
  // Hide and Show replace each other: a keyboard user who pressed one lands on the other, not on the page.
  const focusCounterpart = useRef(false);
  const panel = useRef<HTMLElement>(null);
  useLayoutEffect(() => {
    if (!focusCounterpart.current) return;
    focusCounterpart.current = false;
    panel.current?.querySelector<HTMLElement>('.expand-button, .collapse-button')?.focus();
  }, [collapsed]);
  const toggle = (event: Event) => {
    const button = event.currentTarget as HTMLElement;
    focusCounterpart.current = (button.getRootNode() as Document | ShadowRoot).activeElement === button;
    onToggleCollapsed();
  };
  if (state.kind === 'hidden') return null;
  if (collapsed) {
    return (
      <aside class="panel collapsed" aria-label="MLflow Session Lens" data-testid="session-lens-panel" data-state={state.kind} ref={panel}>
        <button
          type="button"
          class="expand-button"
          onClick={toggle}
          title="Show the session panel"
          aria-label="Show Session Lens"
          aria-expanded="false"
        >
          <span aria-hidden="true">‹</span> Session
        </button>
        <Announcer state={state} />
      </aside>
    );
  }
  return (
    <aside class="panel" aria-label="MLflow Session Lens" data-testid="session-lens-panel" data-state={state.kind} ref={panel}>
      <header class="panel-header">
        {/* h2: the panel sits inside MLflow's page, whose own title is the page's heading. */}
        <h2 class="panel-title" tabIndex={-1}>
          Session Lens
        </h2>
        {(state.kind === 'ready' || state.kind === 'error') && (
          <button
            type="button"
            class="icon-button"
            // aria-disabled, not disabled: a disabled button loses focus, and the keyboard user their place.
            onClick={() => {
              if (!(state.kind === 'ready' && state.refreshing)) refresh();
            }}
            title="Fetch the session again"
            aria-label="Refresh"
            aria-disabled={state.kind === 'ready' && state.refreshing}
          >
            ↻
          </button>
        )}
        <button
          type="button"
          class="icon-button"
          onClick={() => setHelpOpen(!helpOpen)}
          title="Keyboard shortcuts"
          aria-label="Keyboard shortcuts"
          aria-expanded={helpOpen}
          data-testid="help-toggle"
        >
          ?
        </button>
        <button
          type="button"
          class="icon-button collapse-button"
          onClick={toggle}
          title="Hide the panel"
          aria-label="Hide the panel"
          aria-expanded="true"
        >
          ›
        </button>
      </header>
      {state.kind === 'ready' && (
        <SearchBar
          search={search}
          onReveal={() => {
            setRevealingMatch(search.view.current !== null);
            revealCurrentHit(panel.current);
          }}
        />
      )}
      <div class="panel-body">
        {state.kind === 'loading' && (
          <p class="status" role="status" data-testid="panel-loading">
            {state.preview ? (
              <>
                Reading the rest of the session: its {state.preview.readFrom === 'newest' ? 'newest' : 'first'}{' '}
                {plural(state.preview.turnsRead, 'turn')} so far
              </>
            ) : (
              <>
                Loading the session of trace <code>{shortTraceId(state.traceId)}</code>
              </>
            )}
          </p>
        )}
        {state.kind === 'loading' && state.preview && <SessionPreviewList preview={state.preview} />}
        {state.kind === 'error' && <ErrorView error={state.error} host={props.host} />}
        {helpOpen && <KeyboardHelp />}
        {state.kind === 'ready' && (
          <SearchProvider value={search.view}>
            <SessionView {...props} ready={state} searchPosition={revealingMatch ? search.view.current?.position : undefined} />
          </SearchProvider>
        )}
      </div>
      <Announcer state={state} />
    </aside>
  );
}

function KeyboardHelp() {
  return (
    <section class="notice" aria-label="Keyboard shortcuts" data-testid="keyboard-help">
      <dl class="summary-grid">
        {[...SHORTCUTS, ...CONTROL_KEYS].map(({ keys, label }) => (
          <>
            <dt>
              <kbd>{keys}</kbd>
            </dt>
            <dd>{label}</dd>
          </>
        ))}
      </dl>
      <p class="hint">They do not collide with MLflow's or the browser's keys, and do nothing while you type in a field.</p>
    </section>
  );
}

function ErrorView({ error, host }: { error: PanelError; host: string }) {
  const { refresh, enableHost } = usePanelActions();
  if (error.kind === 'sign-in' || (error.kind === 'http' && error.status === 401)) return <SignIn error={error} host={host} />;
  if (error.kind === 'not-enabled') {
    return (
      <div class="notice" data-testid="panel-not-enabled" role="status">
        <p>
          Session Lens is not enabled for <strong>{host}</strong>.
        </p>
        <p class="hint">{error.message}</p>
        <button type="button" class="primary-button" onClick={enableHost}>
          Enable on {host}
        </button>
      </div>
    );
  }
  const heading = errorHeading(error);
  const advice = errorAdvice(error);
  return (
    <div class="notice error" data-testid="panel-error" role="alert">
      <p class="error-heading">{heading}</p>
      <p class="error-message" data-testid="panel-error-message">
        {error.message}
      </p>
      {advice && (
        <p class="hint" data-testid="panel-error-advice">
          {advice}
        </p>
      )}
      {error.url && <p class="hint">{error.url}</p>}
      <button type="button" class="primary-button" onClick={refresh}>
        Try again
      </button>
    </div>
  );
}

interface SessionViewProps extends SessionPanelProps {
  ready: ReadyState;
  /** The turn of the search's current match, which the list brings into view. */
  searchPosition: number | undefined;
}

/**
 * Scrolls the search's current match into view once the list has rendered it (a virtual list first brings its
 * turn into view, a frame later).
 */
function revealCurrentHit(panel: HTMLElement | null) {
  requestAnimationFrame(() =>
    requestAnimationFrame(() => panel?.querySelector('mark.search-hit.current')?.scrollIntoView({ block: 'center' })),
  );
}

function SessionView({ ready, showScorerErrors, onToggleScorerErrors, searchPosition }: SessionViewProps) {
  const { openOptions } = usePanelActions();
  const { session, openTraceId, details, analysis } = ready;
  const rootCause = analysis.kind === 'ready' ? analysis.analysis.rootCause.candidates[0] : undefined;
  const context = new Map(analysis.kind === 'ready' ? analysis.analysis.context.map((coverage) => [coverage.traceId, coverage]) : []);
  const renderTurn = (turn: Session['turns'][number]) => (
    <TurnItem
      key={turn.traceId}
      turn={turn}
      turnCount={session.turns.length}
      isOpen={turn.traceId === openTraceId}
      openInMlflow={ready.openInMlflow}
      showScorerErrors={showScorerErrors}
      detail={details[turn.traceId]}
      changes={ready.changes[turn.traceId]}
      isRootCause={rootCause?.traceId === turn.traceId}
      isConfirmedRootCause={confirmationOf(session, turn.traceId) !== null}
      context={context.get(turn.traceId)}
      analysedToolCalls={analysis.kind === 'ready' ? (own(analysis.analysis.toolCalls, turn.traceId) ?? null) : undefined}
      gapMs={own(session.totals.gaps, turn.traceId)}
      labels={
        turn.traceId === openTraceId && (
          <LabelEditors
            labelSet={session.labelSet}
            scope="turn"
            traceId={turn.traceId}
            assessments={turn.assessments}
            reviewer={session.reviewer}
            drafts={ready.labelDrafts}
            title={`Your labels of turn ${turn.index}`}
            labeling={{ name: ready.labeling, ...labelingProgress(session, ready.labeling ?? '') }}
          />
        )
      }
    />
  );
  const turnList = useRef<HTMLOListElement>(null);
  const shownSession = useRef<Session | null>(null);
  const summary = useRef<HTMLElement>(null);
  usePinnedBoxClearance(summary, analysis.kind);
  // Bring the open turn into view: centred when a session appears, moved the least when the user steps. A
  // turn taller than the room below the pinned box (its label editors open) starts at the top: "nearest"
  // would line its bottom up and hide its header under the box. (A virtual list scrolls itself.)
  useLayoutEffect(() => {
    const open = turnList.current?.querySelector<HTMLElement>('[aria-current="true"]');
    const body = open?.closest<HTMLElement>('.panel-body');
    const room = (body?.clientHeight ?? Infinity) - (body?.querySelector<HTMLElement>('.root-cause')?.offsetHeight ?? 0);
    const stepped = shownSession.current === session;
    open?.scrollIntoView({ block: !stepped ? 'center' : open.offsetHeight > room ? 'start' : 'nearest' });
    shownSession.current = session;
  }, [session, openTraceId]);
  const scorerErrors = scorerErrorCount(session);
  const duration = session.totals.spanMs;
  const noTextFound = session.turns.every((turn) => !turn.input && !turn.output);
  return (
    <>
      <section class="session-summary" data-testid="session-summary" aria-label="Session" ref={summary}>
        {session.sessionId === null ? (
          <p class="notice" data-testid="no-session-notice">
            This trace is not part of a session: it carries no <code>mlflow.trace.session</code> metadata, so it is shown as a single turn.
          </p>
        ) : (
          <dl class="summary-grid">
            <dt>Session</dt>
            <dd>
              <code data-testid="session-id">{session.sessionId}</code>
            </dd>
            {session.userId && (
              <>
                <dt>User</dt>
                <dd data-testid="session-user">{session.userId}</dd>
              </>
            )}
            <dt>Turns</dt>
            <dd data-testid="turn-count">{session.turns.length}</dd>
            <dt>Time</dt>
            <dd>
              {formatDateTime(session.startMs)} · {formatDuration(duration)}
            </dd>
            <SessionTotalsRows totals={session.totals} />
          </dl>
        )}
        <JudgementStrip
          session={session}
          openTraceId={openTraceId}
          rootCauseTraceId={rootCause?.traceId}
          showScorerErrors={showScorerErrors}
        />
        <details class="text-source" open={noTextFound || undefined}>
          <summary>Where the text comes from</summary>
          <p data-testid="text-source-input">Input: {session.textSource.input}</p>
          <p data-testid="text-source-output">Output: {session.textSource.output}</p>
          <button type="button" class="link-button" data-testid="choose-attributes" onClick={() => openOptions(session.experimentId)}>
            Wrong text? Choose the attributes for this experiment…
          </button>
        </details>
        <ExportMenu scorerErrors={scorerErrors} />
        {session.notices.map((notice) => (
          <p class="hint" key={notice}>
            {notice}
          </p>
        ))}
        {session.sessionId !== null && (
          <div class="session-assessments" data-testid="session-assessments">
            <h2 class="section-title">Session assessments</h2>
            {session.sessionAssessments.some((assessment) => showScorerErrors || !isScorerError(assessment)) ? (
              <AssessmentList assessments={session.sessionAssessments} showScorerErrors={showScorerErrors} label="Session assessments" />
            ) : (
              <p class="hint">None.</p>
            )}
            <LabelEditors
              labelSet={session.labelSet}
              scope="session"
              traceId={openTraceId}
              assessments={session.sessionAssessments}
              reviewer={session.reviewer}
              drafts={ready.labelDrafts}
              title="Your labels of the session"
            />
          </div>
        )}
        {scorerErrors > 0 && (
          <button
            type="button"
            class="link-button"
            data-testid="scorer-errors-toggle"
            aria-pressed={showScorerErrors}
            onClick={onToggleScorerErrors}
          >
            {showScorerErrors ? `Hide ${plural(scorerErrors, 'scorer error')}` : `${plural(scorerErrors, 'scorer error')} hidden · show`}
          </button>
        )}
      </section>
      {session.turns.length > 0 && <RootCauseBox session={session} analysis={analysis} write={ready.write} written={ready.written} />}
      {session.turns.length > VIRTUALIZE_FROM ? (
        <VirtualTurnList
          count={session.turns.length}
          focusIndex={searchPosition ?? session.turns.findIndex((turn) => turn.traceId === openTraceId)}
          keyOf={(index) => session.turns[index]!.traceId}
          renderItem={(index) => renderTurn(session.turns[index]!)}
        />
      ) : (
        <ol class="turns" aria-label="Turns" data-testid="turn-list" data-turn-count={session.turns.length} ref={turnList}>
          {session.turns.map(renderTurn)}
        </ol>
      )}
    </>
  );
}

/** Space kept between the pinned box and a turn scrolled into view below it. */
const PINNED_GAP = 8;

/**
 * The root-cause box stays pinned at the top while the turns scroll: the panel's scroll-padding-top follows its
 * height, so the open turn, and any control that takes focus, is scrolled into view below it, never under it.
 */
function usePinnedBoxClearance(anchor: { current: HTMLElement | null }, boxState: string) {
  // Measured again when the box changes what it shows; its size changes in between reach the observer.
  useLayoutEffect(() => {
    const body = anchor.current?.closest<HTMLElement>('.panel-body');
    const box = body?.querySelector<HTMLElement>('.root-cause');
    if (!body || !box) return;
    // Where the box sticks: its `top`, from the scroll container's content edge (inside its padding).
    const stuckAt = (Number.parseFloat(getComputedStyle(body).paddingTop) || 0) + (Number.parseFloat(getComputedStyle(box).top) || 0);
    const update = () => (body.style.scrollPaddingTop = `${Math.max(0, stuckAt + box.offsetHeight) + PINNED_GAP}px`);
    update();
    const observer = new ResizeObserver(update);
    observer.observe(box);
    return () => observer.disconnect();
  }, [boxState]);
}
