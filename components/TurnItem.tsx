import type { ComponentChildren } from 'preact';
import { own } from '../lib/json';
import { useState } from 'preact/hooks';
import { formatDuration, formatTime } from '../lib/panel/format';
import { cutText, formatCount, plural } from '../lib/text';
import type { ContextCoverage } from '../lib/analysis/context';
import type { ChangesState, DetailState } from '../lib/panel/controller';
import type { ToolCall, Turn, TurnText } from '../lib/model';
import { AssessmentList } from './AssessmentList';
import { usePanelActions } from './panel-actions';
import { TurnInspector } from './TurnInspector';
import { searchKey, shownToolCalls } from '../lib/panel/search';
import { Highlighted, useHoldsCurrentMatch } from './SessionSearch';
import './TurnItem.css';

interface TurnItemProps {
  turn: Turn;
  turnCount: number;
  isOpen: boolean;
  showScorerErrors: boolean;
  /** The turn read from its own spans, once asked for. */
  detail: DetailState | undefined;
  /** What changed for the model since the turn before, once asked for. */
  changes?: ChangesState | undefined;
  /** This turn is the root-cause candidate of the failing turn. */
  isRootCause: boolean;
  /** A person confirmed it as a root cause in MLflow. */
  isConfirmedRootCause: boolean;
  /** How much of the conversation the model saw in this turn, when known. */
  context: ContextCoverage | undefined;
  /** Its tool calls as the session's analysis read them; null when the analysis did not read its spans. */
  analysedToolCalls: ToolCall[] | null | undefined;
  /** The pause since the previous turn ended, when longer than 5 minutes. */
  gapMs?: number | undefined;
  /** The user's label editors, on the open turn. */
  labels?: ComponentChildren;
  /** False when the panel chose the open turn itself (MLflow's session page with no trace chosen). */
  openInMlflow?: boolean;
}

const STATE_LABELS: Record<string, string> = {
  OK: 'OK',
  ERROR: 'Error',
  IN_PROGRESS: 'In progress',
  STATE_UNSPECIFIED: 'Unknown state',
};

/** The server's state goes into a class name only through this list: a state like `OK open` must not style the turn. */
const STATE_CLASSES: Record<string, string> = { OK: 'ok', ERROR: 'error', IN_PROGRESS: 'in_progress' };

export function TurnItem({
  turn,
  turnCount,
  isOpen,
  showScorerErrors,
  detail,
  changes,
  isRootCause,
  isConfirmedRootCause,
  context,
  analysedToolCalls,
  gapMs,
  labels,
  openInMlflow = true,
}: TurnItemProps) {
  const { openTurn, loadTurnDetail, loadTurnChanges } = usePanelActions();
  const [inspecting, setInspecting] = useState(false);
  const state = own(STATE_LABELS, turn.state) ?? turn.state;
  const fromSpans = detail?.kind === 'ready' ? detail.detail : null;
  const input = fromSpans?.input ?? turn.input;
  const output = fromSpans?.output ?? turn.output;
  const texts = [turn.input, turn.output].filter((text): text is TurnText => text !== null);
  const cutByMlflow = !fromSpans && texts.some((text) => text.truncated);
  const cut = !fromSpans && (cutByMlflow || texts.some((text) => text.fullLength > text.text.length));
  return (
    <li
      class={`turn${isOpen ? ' open' : ''}${turn.state === 'ERROR' ? ' failed' : ''}`}
      data-testid="turn"
      data-trace-id={turn.traceId}
      data-index={turn.index}
      aria-current={isOpen ? 'true' : undefined}
    >
      {gapMs !== undefined && (
        <p class="turn-gap" data-testid="turn-gap">
          {formatDuration(gapMs)} later
        </p>
      )}
      <button
        type="button"
        class="turn-header"
        onClick={() => openTurn(turn.traceId)}
        title={`Open turn ${turn.index} (${turn.traceId}) in MLflow`}
      >
        <span class="turn-number">
          Turn {turn.index}
          <span class="visually-hidden"> of {turnCount}</span>
        </span>
        {isOpen && openInMlflow && <span class="open-marker">open in MLflow</span>}
        {isRootCause && !isConfirmedRootCause && (
          <span class="root-cause-marker" data-testid="root-cause-marker">
            root cause?
          </span>
        )}
        {isConfirmedRootCause && (
          <span class="root-cause-marker confirmed" data-testid="root-cause-marker" data-confirmed="true">
            root cause ✓
          </span>
        )}
        <span class={`state state-${own(STATE_CLASSES, turn.state) ?? 'unknown'}`} data-testid="turn-state">
          {state}
        </span>
        <span class="turn-meta">
          <time dateTime={turn.startTime ?? undefined}>{formatTime(turn.startMs)}</time>
          <span>
            {' '}
            · <span class="visually-hidden">latency</span> {formatDuration(turn.durationMs)}
          </span>
        </span>
      </button>
      {context?.dropped && (
        <p
          class="context-flag"
          data-testid="context-flag"
          title={
            `The model call “${context.spanName}” got ${context.earlierMessagesSeen} ` +
            `of the ${context.earlierMessagesInSession} earlier messages of the conversation.`
          }
        >
          The model saw {context.earlierMessagesSeen} of {context.earlierMessagesInSession} earlier messages
          {context.summarised ? ' (plus a summary)' : ''}: earlier turns were dropped from its input.
        </p>
      )}
      <TurnTextBlock role="user" label="User" text={input} testId="turn-input" hitKey={searchKey(turn.traceId, 'input')} />
      <TurnTextBlock role="assistant" label="Assistant" text={output} testId="turn-output" hitKey={searchKey(turn.traceId, 'output')} />
      <ToolCalls
        traceId={turn.traceId}
        calls={shownToolCalls(output, analysedToolCalls)}
        loading={detail?.kind === 'loading'}
        onLoad={() => loadTurnDetail(turn.traceId)}
      />
      {cut && (
        <div class="message-footer turn-footer">
          <span class="truncated-note">
            {cutByMlflow ? "MLflow's preview cuts this turn short." : 'This turn is long: the panel got its beginning.'}
          </span>
          <button
            type="button"
            class="link-button"
            data-testid="load-full-text"
            disabled={detail?.kind === 'loading'}
            onClick={() => loadTurnDetail(turn.traceId)}
          >
            {detail?.kind === 'loading' ? 'Loading the full text…' : 'Show the full text'}
          </button>
        </div>
      )}
      {detail?.kind === 'error' && !inspecting && (
        <p class="hint turn-footer" role="alert">
          The turn's spans could not be read: {detail.error.message}
        </p>
      )}
      <AssessmentList
        assessments={turn.assessments}
        showScorerErrors={showScorerErrors}
        label={`Assessments of turn ${turn.index}`}
        searchedTurn={turn.traceId}
      />
      {labels}
      <div class="turn-footer">
        <button
          type="button"
          class="link-button"
          data-testid="inspect-turn"
          aria-expanded={inspecting}
          onClick={() => {
            if (!inspecting) loadTurnDetail(turn.traceId);
            setInspecting(!inspecting);
          }}
        >
          {inspecting ? 'Hide spans' : 'Inspect spans'}
          <span class="visually-hidden"> of turn {turn.index}</span>
        </button>
      </div>
      {inspecting && <TurnInspector turn={turn} detail={detail} changes={changes} onLoadChanges={() => loadTurnChanges(turn.traceId)} />}
    </li>
  );
}

const CLAMP_CHARS = 700;

interface TurnTextBlockProps {
  role: string;
  label: string;
  text: TurnText | null;
  testId: string;
  /** Its key among the session's searched texts (lib/panel/search.ts). */
  hitKey: string;
}

export function TurnTextBlock({ role, label, text, testId, hitKey }: TurnTextBlockProps) {
  const [expanded, setExpanded] = useState(false);
  // The text holding the search's current match shows whole: the match may lie past the clamp.
  const holdsCurrent = useHoldsCurrentMatch(hitKey);
  if (!text) {
    return (
      <div class={`message ${role} missing`}>
        <span class="message-role">{label}</span>
        <p class="message-text" data-testid={testId}>
          <em>no {role === 'user' ? 'input' : 'output'} recorded</em>
        </p>
      </div>
    );
  }
  const long = text.text.length > CLAMP_CHARS && !holdsCurrent;
  const shown = long && !expanded ? cutText(text.text, CLAMP_CHARS) : text.text;
  return (
    <div class={`message ${role}`}>
      <span class="message-role">{label}</span>
      {/* Trace content is untrusted: it is rendered as text, never as markup. */}
      <p class="message-text" data-testid={testId} data-full={long && !expanded ? 'false' : 'true'} data-origin={text.origin}>
        <Highlighted text={shown} hitKey={hitKey} />
        {text.truncated && (
          <span class="cut-mark">
            <span aria-hidden="true">…</span>
            <span class="visually-hidden">(cut by MLflow's preview)</span>
          </span>
        )}
      </p>
      {text.origin === 'spans' && text.fullLength > text.text.length && (
        <p class="hint">
          The first {plural(text.text.length, 'character')} of {formatCount(text.fullLength)}.
        </p>
      )}
      {long && (
        <div class="message-footer">
          <button type="button" class="link-button" onClick={() => setExpanded(!expanded)}>
            {expanded ? 'Show less' : `Show all ${plural(text.text.length, 'character')}`}
          </button>
        </div>
      )}
    </div>
  );
}

/**
 * The calls the assistant made during the turn. Undefined: not known yet (the analysis is still reading);
 * null: this long session's analysis did not read the turn's spans, which one click reads.
 */
interface ToolCallsProps {
  traceId: string;
  calls: readonly ToolCall[] | null | undefined;
  loading: boolean;
  onLoad: () => void;
}

function ToolCalls({ traceId, calls, loading, onLoad }: ToolCallsProps) {
  if (calls === undefined || calls?.length === 0) return null;
  if (calls === null) {
    return (
      <p class="hint tool-calls-unread" data-testid="tool-calls-unread">
        Tool calls: this turn's spans were not read.{' '}
        <button type="button" class="link-button" disabled={loading} onClick={onLoad}>
          {loading ? 'Reading its spans…' : 'Read them'}
        </button>
      </p>
    );
  }
  return (
    <ul class="tool-calls" aria-label="Tool calls">
      {calls.map((call, index) => (
        <li key={index} class="tool-call" data-testid="tool-call">
          <code class="tool-name">
            <Highlighted text={call.name} hitKey={searchKey(traceId, `tool ${index} name`)} />
          </code>
          {call.arguments && (
            <code class="tool-arguments">
              <Highlighted text={call.arguments} hitKey={searchKey(traceId, `tool ${index} arguments`)} />
            </code>
          )}
          {call.result && (
            <code class="tool-result">
              → <Highlighted text={call.result} hitKey={searchKey(traceId, `tool ${index} result`)} />
            </code>
          )}
        </li>
      ))}
    </ul>
  );
}
