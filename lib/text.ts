// Words and lengths of text the panel and the worker both write (the worker's export included).

export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count.toLocaleString('en-US')} ${count === 1 ? singular : pluralForm}`;
}

/** `text` cut to at most `limit` characters, with an ellipsis when it was longer (never half a surrogate pair). */
export function cutText(text: string, limit: number): string {
  if (text.length <= limit) return text;
  const end = /[\uD800-\uDBFF]/.test(text[limit - 1] ?? '') ? limit - 1 : limit;
  return `${text.slice(0, end)}…`;
}

/** Where a phrase came from, when the turn that first said it had it from a document or a tool. */
export interface PhraseSource {
  kind: 'document' | 'tool';
  name: string;
}

export function sourceText(source: PhraseSource): string {
  return source.kind === 'document' ? `the retrieved document ${source.name}` : `the result of the tool ${source.name}`;
}

/** How a value reads in one line: strings as they are, everything else as compact JSON. */
export function formatAssessmentValue(value: unknown): string {
  if (value === null || value === undefined) return '—';
  if (typeof value === 'string') return value;
  try {
    return JSON.stringify(value);
  } catch {
    return String(value);
  }
}
