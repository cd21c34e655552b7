// A turn's spans as the inspector shows them, worked out in the service worker: parents before children,
// each span once (ids can repeat and parents can loop in a hostile trace), every field cut to what a person
// reads. Only this outline crosses to the page, never the raw attributes, so a huge trace stays a small message.
import { SPAN_INPUTS, SPAN_OUTPUTS } from '../mlflow/keys';
import { textOf } from '../json';
import { cutText as cut } from '../text';
import { retrievedDocuments } from './documents';
import { spanTree, type Span } from './spans';

export interface SpanSummary {
  name: string;
  /** MLflow's span type (`CHAT_MODEL`, `RETRIEVER`, `TOOL`...), when the span has one. */
  type: string | null;
  /** 0 for the root. */
  depth: number;
  durationMs: number | null;
  failed: boolean;
  /** The status message, or each recorded exception as `Type: message`. */
  errors: string[];
  documents: { id: string; text: string }[];
  /** A tool span's arguments and result. */
  tool: { arguments: string; result: string } | null;
}

export interface SpanOutline {
  spans: SpanSummary[];
  /** Spans beyond the outline's limit, or not reachable from the root. */
  notShown: number;
}

const MAX_SPANS = 500;
const MAX_NAME_CHARS = 256;
const MAX_ERROR_CHARS = 2_000;
const MAX_ERRORS = 5;
const MAX_DOCUMENTS = 50;
const MAX_DOCUMENT_CHARS = 2_000;
const MAX_TOOL_CHARS = 8_000;

export function outlineSpans(spans: readonly Span[]): SpanOutline {
  const tree = spanTree(spans);
  const shown: SpanSummary[] = [];
  if (!tree.root) return { spans: shown, notShown: spans.length };
  // Depth first, iteratively (a chain of spans can be thousands deep), each span once.
  const seen = new Set<Span>([tree.root]);
  const stack: { span: Span; depth: number }[] = [{ span: tree.root, depth: 0 }];
  while (stack.length > 0 && shown.length < MAX_SPANS) {
    const { span, depth } = stack.pop()!;
    shown.push(summarise(span, depth));
    const children = tree.childrenOf(span).filter((child) => !seen.has(child));
    for (const child of children) seen.add(child);
    for (let index = children.length - 1; index >= 0; index--) stack.push({ span: children[index]!, depth: depth + 1 });
  }
  return { spans: shown, notShown: spans.length - shown.length };
}

function summarise(span: Span, depth: number): SpanSummary {
  const exceptions = span.events.filter((event) => event.name === 'exception');
  const failed = span.status === 'ERROR' || exceptions.length > 0;
  const errors = exceptions.length
    ? exceptions.map(
        (event) => `${textOf(event.attributes['exception.type']) || 'Exception'}: ${textOf(event.attributes['exception.message'])}`,
      )
    : failed && span.statusMessage
      ? [span.statusMessage]
      : [];
  return {
    name: cut(span.name, MAX_NAME_CHARS),
    type: span.type === null ? null : cut(span.type, MAX_NAME_CHARS),
    depth,
    durationMs: span.startNs !== null && span.endNs !== null ? Math.round((span.endNs - span.startNs) / 1e6) : null,
    failed,
    errors: errors.slice(0, MAX_ERRORS).map((error) => cut(error, MAX_ERROR_CHARS)),
    documents:
      span.type === 'RETRIEVER'
        ? retrievedDocuments([span])
            .slice(0, MAX_DOCUMENTS)
            .map(({ id, text }) => ({ id: cut(id, MAX_NAME_CHARS), text: cut(text, MAX_DOCUMENT_CHARS) }))
        : [],
    tool:
      span.type === 'TOOL' ? { arguments: toolText(span.attributes[SPAN_INPUTS]), result: toolText(span.attributes[SPAN_OUTPUTS]) } : null,
  };
}

function toolText(value: unknown): string {
  return value === undefined ? '—' : cut(textOf(value), MAX_TOOL_CHARS);
}
