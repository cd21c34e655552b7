import type { Turn } from '../lib/model';
import type { ChangesState, DetailState } from '../lib/panel/controller';
import { formatDuration } from '../lib/panel/format';
import { plural } from '../lib/text';
import type { SpanSummary } from '../lib/trace/outline';
import { AssessmentList } from './AssessmentList';
import { TurnChangesSection } from './TurnChanges';
import './TurnInspector.css';

interface TurnInspectorProps {
  turn: Turn;
  detail: DetailState | undefined;
  changes?: ChangesState | undefined;
  /** Asks what changed since the turn before; without it, that section is not offered. */
  onLoadChanges?: () => void;
}

/** One turn in depth: its span tree with failures, retrieved documents and tool calls, and every assessment. */
export function TurnInspector({ turn, detail, changes, onLoadChanges }: TurnInspectorProps) {
  return (
    <section class="inspector" aria-label={`Turn ${turn.index} in detail`} data-testid="turn-inspector">
      {turn.index > 1 && onLoadChanges && <TurnChangesSection turn={turn} changes={changes} onOpen={onLoadChanges} />}
      {(!detail || detail.kind === 'loading') && <p class="status">Reading the turn's spans…</p>}
      {detail?.kind === 'error' && (
        <p class="hint" role="alert">
          The turn's spans could not be read: {detail.error.message}
        </p>
      )}
      {detail?.kind === 'ready' && <SpanTree spans={detail.detail.spans} notShown={detail.detail.spansNotShown} />}
      <h3 class="section-title">All assessments of this turn</h3>
      {turn.assessments.length > 0 ? (
        <AssessmentList assessments={turn.assessments} showScorerErrors label={`All assessments of turn ${turn.index}`} />
      ) : (
        <p class="hint">None.</p>
      )}
    </section>
  );
}

/** Indentation stops growing past this depth; a chain of thousands of spans stays readable. */
const MAX_INDENT = 12;

function SpanTree({ spans, notShown }: { spans: readonly SpanSummary[]; notShown: number }) {
  if (spans.length === 0) return <p class="hint">This turn has no spans.</p>;
  return (
    <>
      <ul class="span-tree" data-testid="span-tree">
        {spans.map((span, index) => (
          <SpanItem key={index} span={span} />
        ))}
      </ul>
      {notShown > 0 && <p class="hint">{plural(notShown, 'more span')} not shown.</p>}
    </>
  );
}

function SpanItem({ span }: { span: SpanSummary }) {
  return (
    <li
      class={`span${span.failed ? ' span-error' : ''}${span.depth > 0 ? ' span-child' : ''}`}
      style={{ '--span-depth': Math.min(span.depth, MAX_INDENT) }}
      data-testid="span"
      data-span-name={span.name}
      data-failed={span.failed ? 'true' : undefined}
    >
      <div class="span-line">
        <span class="span-name">{span.name}</span>
        {span.type && <span class="span-type">{span.type}</span>}
        <span class="span-duration">{formatDuration(span.durationMs)}</span>
      </div>
      {span.errors.length > 0 && (
        <ul class="span-errors">
          {span.errors.map((error, index) => (
            <li key={index} data-testid="span-exception">
              {error}
            </li>
          ))}
        </ul>
      )}
      {span.documents.length > 0 && (
        <ol class="documents" aria-label={`Documents returned by ${span.name}`}>
          {span.documents.map((document, index) => (
            <li key={index} class="document" data-testid="retrieved-document" data-document-id={document.id}>
              <span class="document-id">{document.id}</span>
              <span class="document-text">{document.text}</span>
            </li>
          ))}
        </ol>
      )}
      {span.tool && (
        <dl class="tool-io" data-testid="tool-io">
          <dt>arguments</dt>
          <dd>
            <code>{span.tool.arguments}</code>
          </dd>
          <dt>result</dt>
          <dd>
            <code>{span.tool.result}</code>
          </dd>
        </dl>
      )}
    </li>
  );
}
