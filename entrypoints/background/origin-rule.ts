// MLflow's security middleware refuses POST/PATCH/DELETE to its API from an Origin that is not localhost
// (or listed in --cors-allowed-origins), and a service worker's fetch carries `Origin: chrome-extension://<id>`
// (verified: 403 "Cross-origin request blocked" from MLflow 3.17.2). Requests without an Origin, like the
// Python client's, pass. This session rule drops the header from the worker's own writes to MLflow's API on
// the servers the user enabled, and nothing else: pages' requests, the extension's pages (in tabs), reads,
// and every other path keep their Origin, so MLflow's protection against other sites stays intact.

export const ORIGIN_RULE_ID = 1;

/** MLflow's API under any path prefix: `https://host/ml/mlflow/ajax-api/...` (RE2 syntax, as DNR reads it). */
export const API_PATH_PATTERN = '^https?://[^/]+/(?:[^?#]*/)?ajax-api/';

/** Requests from no tab: the service worker's. */
const NO_TAB = -1;

export interface OriginRuleScope {
  /** The extension's own host in its page URLs: the id in Chrome, a per-profile UUID in Firefox. */
  extensionHost: string;
  /** Hosts the user enabled Session Lens on; empty means none, and then no rule is needed. */
  hosts: readonly string[];
}

export function stripOriginRule({ extensionHost, hosts }: OriginRuleScope) {
  return {
    id: ORIGIN_RULE_ID,
    priority: 1,
    action: {
      type: 'modifyHeaders' as const,
      requestHeaders: [{ header: 'origin', operation: 'remove' as const }],
    },
    condition: {
      initiatorDomains: [extensionHost],
      requestDomains: [...hosts],
      tabIds: [NO_TAB],
      requestMethods: ['post' as const, 'put' as const, 'patch' as const, 'delete' as const],
      regexFilter: API_PATH_PATTERN,
      resourceTypes: ['xmlhttprequest' as const],
    },
  };
}

/** The host names the extension may reach, from its granted match patterns (`http://localhost/*` → `localhost`). */
export function hostsOfPatterns(patterns: readonly string[]): string[] {
  const hosts = patterns.flatMap((pattern) => {
    const match = /^(?:\*|https?):\/\/(?:\*\.)?([^/*]+)\//.exec(pattern);
    return match ? [match[1]!.toLowerCase()] : [];
  });
  return [...new Set(hosts)];
}
