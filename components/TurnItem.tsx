import { useState } from 'preact/hooks';
import { formatDuration, formatTime, plural } from '../lib/format';
import type { Turn, TurnText } from '../lib/session/model';
import { AssessmentList } from './AssessmentList';

interface TurnItemProps {
  turn: Turn;
  turnCount: number;
  isOpen: boolean;
  showScorerErrors: boolean;
  onSelect: (traceId: string) => void;
}

const STATE_LABELS: Record<string, string> = {
  OK: 'OK',
  ERROR: 'Error',
  IN_PROGRESS: 'In progress',
  STATE_UNSPECIFIED: 'Unknown state',
};

export function TurnItem({ turn, turnCount, isOpen, showScorerErrors, onSelect }: TurnItemProps) {
  const state = STATE_LABELS[turn.state] ?? turn.state;
  return (
    <li
      class={`turn${isOpen ? ' open' : ''}${turn.state === 'ERROR' ? ' failed' : ''}`}
      data-testid="turn"
      data-trace-id={turn.traceId}
      data-index={turn.index}
      aria-current={isOpen ? 'true' : undefined}
    >
      <button
        type="button"
        class="turn-header"
        onClick={() => onSelect(turn.traceId)}
        title={`Open turn ${turn.index} (${turn.traceId}) in MLflow`}
      >
        <span class="turn-number">
          Turn {turn.index}
          <span class="visually-hidden"> of {turnCount}</span>
        </span>
        {isOpen && <span class="open-marker">open in MLflow</span>}
        <span class={`state state-${turn.state.toLowerCase()}`} data-testid="turn-state">
          {state}
        </span>
        <span class="turn-meta">
          <time dateTime={turn.startTime ?? undefined}>{formatTime(turn.startMs)}</time>
          <span aria-label="latency"> · {formatDuration(turn.durationMs)}</span>
        </span>
      </button>
      <TurnTextBlock role="user" label="User" text={turn.input} testId="turn-input" />
      <TurnTextBlock role="assistant" label="Assistant" text={turn.output} testId="turn-output" />
      <AssessmentList assessments={turn.assessments} showScorerErrors={showScorerErrors} label={`Assessments of turn ${turn.index}`} />
    </li>
  );
}

const CLAMP_CHARS = 700;

function TurnTextBlock({ role, label, text, testId }: { role: string; label: string; text: TurnText | null; testId: string }) {
  const [expanded, setExpanded] = useState(false);
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
  const long = text.text.length > CLAMP_CHARS;
  const shown = long && !expanded ? `${text.text.slice(0, CLAMP_CHARS)}…` : text.text;
  return (
    <div class={`message ${role}`}>
      <span class="message-role">{label}</span>
      {/* Trace content is untrusted: it is rendered as text, never as markup. */}
      <p class="message-text" data-testid={testId} data-full={long && !expanded ? 'false' : 'true'}>
        {shown}
      </p>
      {text.toolCalls.length > 0 && (
        <ul class="tool-calls" aria-label="Tool calls">
          {text.toolCalls.map((call, index) => (
            <li key={index} class="tool-call" data-testid="tool-call">
              <code>{call.name}</code>
              {call.arguments && <code class="tool-arguments">{call.arguments}</code>}
            </li>
          ))}
        </ul>
      )}
      <div class="message-footer">
        {long && (
          <button type="button" class="link-button" onClick={() => setExpanded(!expanded)}>
            {expanded ? 'Show less' : `Show all ${plural(text.text.length, 'character')}`}
          </button>
        )}
        {text.truncated && <span class="truncated-note">MLflow's preview is cut here</span>}
      </div>
    </div>
  );
}
