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
