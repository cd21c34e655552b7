// MLflow's search filter has no escape syntax (verified on 3.17.2: `''`, `\'` and `\"` all fail to match),
// so the quote character is chosen to fit the value, and a value holding both quote kinds is matched with
// LIKE, a `_` standing for each single quote, and then checked exactly on our side.

const FILTER_FIELD = 'metadata.`mlflow.trace.session`';

export interface SessionFilter {
  filter: string;
  /** True when the server's matches are a superset that must be narrowed to `sessionId` exactly. */
  needsExactCheck: boolean;
}

export function sessionFilter(sessionId: string): SessionFilter {
  if (!sessionId.includes("'")) return { filter: `${FILTER_FIELD} = '${sessionId}'`, needsExactCheck: false };
  if (!sessionId.includes('"')) return { filter: `${FILTER_FIELD} = "${sessionId}"`, needsExactCheck: false };
  return { filter: `${FILTER_FIELD} LIKE '${sessionId.replaceAll("'", '_')}'`, needsExactCheck: true };
}

/** Characters a regular expression gives a meaning to, each matched literally as a one-character class. */
const REGEX_SPECIAL = /[.*+?()[{}|$]/g;
/** Ids a regular expression cannot name without a backslash (which the filter cannot carry), or quotes. */
const NOT_IN_A_PATTERN = /[\\^\]'"\n]/;

/**
 * One filter for many sessions: MLflow's metadata comparisons have no IN, but RLIKE takes an alternation
 * (SQLite, PostgreSQL and MySQL alike). Ids that no pattern can name are returned apart; they get no batch.
 */
export function sessionsFilter(sessionIds: readonly string[]): { filter: string | null; left: string[] } {
  const named = sessionIds.filter((id) => id !== '' && !NOT_IN_A_PATTERN.test(id));
  const left = sessionIds.filter((id) => !named.includes(id));
  if (named.length === 0) return { filter: null, left };
  const alternatives = named.map((id) => id.replace(REGEX_SPECIAL, (character) => `[${character}]`));
  return { filter: `${FILTER_FIELD} RLIKE '^(${alternatives.join('|')})$'`, left };
}
