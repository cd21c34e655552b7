// The documents a retriever span returned, in the shapes retrievers log them.
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
      return items.map((item, position) => {
        const record = (typeof item === 'object' && item !== null ? item : {}) as Record<string, unknown>;
        const metadata = (typeof record.metadata === 'object' && record.metadata !== null ? record.metadata : {}) as Record<
          string,
          unknown
        >;
        const id = String(metadata.doc_id ?? metadata.id ?? metadata.source ?? record.id ?? record.doc_uri ?? `document ${position + 1}`);
        const text =
          typeof record.page_content === 'string'
            ? record.page_content
            : typeof record.content === 'string'
              ? record.content
              : typeof item === 'string'
                ? item
                : JSON.stringify(item);
        return { id, text, spanName: span.name };
      });
    });
}
