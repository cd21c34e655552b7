// Words and lengths of text the panel and the worker both write (the worker's export included).

// One formatter for every count: `toLocaleString` builds a new one per call, which the panel's turns,
// re-rendered while scrolling, used to spend most of their time on.
const COUNT_FORMAT = new Intl.NumberFormat('en-US');

/** A count as the panel writes it: "1,200". */
export function formatCount(count: number): string {
  return COUNT_FORMAT.format(count);
}

export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${formatCount(count)} ${count === 1 ? singular : pluralForm}`;
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
