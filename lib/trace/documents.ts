// The documents a retriever span returned, in the shapes retrievers log them.
import { asRecord, textOf } from '../json';
import { SPAN_OUTPUTS } from '../mlflow/keys';
import type { Span } from './spans';

export interface RetrievedDocument {
  id: string;
  text: string;
  spanName: string;
}

/** Documents returned by retriever spans (LangChain `page_content`/`metadata`, or `{id, content}` shapes). */
export function retrievedDocuments(spans: readonly Span[]): RetrievedDocument[] {
  return spans
    .filter((span) => span.type === 'RETRIEVER')
    .flatMap((span) => {
      const output = span.attributes[SPAN_OUTPUTS];
      const items = Array.isArray(output) ? output : [];
      return items.map((item: unknown, position) => {
        const record = asRecord(item) ?? {};
        const metadata = asRecord(record.metadata) ?? {};
        const id = textOf(metadata.doc_id ?? metadata.id ?? metadata.source ?? record.id ?? record.doc_uri) || `document ${position + 1}`;
        const content = record.page_content ?? record.content;
        const text = typeof content === 'string' ? content : textOf(item);
        return { id, text, spanName: span.name };
      });
    });
}
