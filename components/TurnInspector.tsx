import { retrievedDocuments } from '../lib/trace/documents';
import { asRecord, compactJson } from '../lib/json';
import { formatDuration } from '../lib/panel/format';
import { SPAN_INPUTS, SPAN_OUTPUTS } from '../lib/mlflow/keys';
import type { DetailState } from '../lib/panel/controller';
import type { Turn } from '../lib/model';
import { childrenOf, findRootSpan, type Span } from '../lib/trace/spans';
import { AssessmentList } from './AssessmentList';
import './TurnInspector.css';

interface TurnInspectorProps {
  turn: Turn;
  detail: DetailState | undefined;
}

/** One turn in depth: its span tree with failures, retrieved documents and tool calls, and every assessment. */
export function TurnInspector({ turn, detail }: TurnInspectorProps) {
  return (
    <section class="inspector" aria-label={`Turn ${turn.index} in detail`} data-testid="turn-inspector">
      {(!detail || detail.kind === 'loading') && <p class="status">Reading the turn's spans…</p>}
      {detail?.kind === 'error' && (
        <p class="hint" role="alert">
          The turn's spans could not be read: {detail.error.message}
        </p>
      )}
      {detail?.kind === 'ready' && <SpanTree spans={detail.detail.spans} />}
      <h3 class="section-title">All assessments of this turn</h3>
      {turn.assessments.length > 0 ? (
        <AssessmentList assessments={turn.assessments} showScorerErrors label={`All assessments of turn ${turn.index}`} />
      ) : (
        <p class="hint">None.</p>
      )}
    </section>
  );
}

function SpanTree({ spans }: { spans: readonly Span[] }) {
  const root = findRootSpan(spans);
  if (!root) return <p class="hint">This turn has no spans.</p>;
  return (
    <ul class="span-tree" data-testid="span-tree">
      <SpanNode span={root} spans={spans} />
    </ul>
  );
}

const MAX_DOCUMENT_CHARS = 600;

function SpanNode({ span, spans }: { span: Span; spans: readonly Span[] }) {
  const children = childrenOf(spans, span.spanId);
  const exceptions = span.events.filter((event) => event.name === 'exception');
  const failed = span.status === 'ERROR' || exceptions.length > 0;
  const duration = span.startNs !== null && span.endNs !== null ? Math.round((span.endNs - span.startNs) / 1e6) : null;
  const documents = span.type === 'RETRIEVER' ? retrievedDocuments([span]) : [];
  return (
    <li
      class={`span${failed ? ' span-error' : ''}`}
      data-testid="span"
      data-span-name={span.name}
      data-failed={failed ? 'true' : undefined}
    >
      <div class="span-line">
        <span class="span-name">{span.name}</span>
        {span.type && <span class="span-type">{span.type}</span>}
        <span class="span-duration">{formatDuration(duration)}</span>
      </div>
      {failed && (
        <ul class="span-errors">
          {span.statusMessage && exceptions.length === 0 && <li>{span.statusMessage}</li>}
          {exceptions.map((event, index) => (
            <li key={index} data-testid="span-exception">
              {String(event.attributes['exception.type'] ?? 'Exception')}: {String(event.attributes['exception.message'] ?? '')}
            </li>
          ))}
        </ul>
      )}
      {documents.length > 0 && (
        <ol class="documents" aria-label={`Documents returned by ${span.name}`}>
          {documents.map((document, index) => (
            <li key={index} class="document" data-testid="retrieved-document" data-document-id={document.id}>
              <span class="document-id">{document.id}</span>
              <span class="document-text">
                {document.text.length > MAX_DOCUMENT_CHARS ? `${document.text.slice(0, MAX_DOCUMENT_CHARS)}…` : document.text}
              </span>
            </li>
          ))}
        </ol>
      )}
      {span.type === 'TOOL' && <ToolCall span={span} />}
      {children.length > 0 && (
        <ul class="span-children">
          {children.map((child) => (
            <SpanNode key={child.spanId} span={child} spans={spans} />
          ))}
        </ul>
      )}
    </li>
  );
}

function ToolCall({ span }: { span: Span }) {
  const text = (value: unknown) => {
    if (value === undefined) return '—';
    return typeof value === 'string' ? value : compactJson(asRecord(value) ?? value);
  };
  return (
    <dl class="tool-io" data-testid="tool-io">
      <dt>arguments</dt>
      <dd>
        <code>{text(span.attributes[SPAN_INPUTS])}</code>
      </dd>
      <dt>result</dt>
      <dd>
        <code>{text(span.attributes[SPAN_OUTPUTS])}</code>
      </dd>
    </dl>
  );
}
