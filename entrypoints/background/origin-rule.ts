// MLflow's security middleware refuses POST/PATCH/DELETE to its API from an Origin that is not localhost
// (or listed in --cors-allowed-origins), and a service worker's fetch carries `Origin: chrome-extension://<id>`
// (verified: 403 "Cross-origin request blocked" from MLflow 3.17.2). Requests without an Origin, like the
// Python client's, pass. This session rule drops the header from the extension's own requests only: pages'
// requests keep theirs, so MLflow's protection against other sites stays intact.

export const ORIGIN_RULE_ID = 1;

export function stripOriginRule(extensionId: string) {
  return {
    id: ORIGIN_RULE_ID,
    priority: 1,
    action: {
      type: 'modifyHeaders' as const,
      requestHeaders: [{ header: 'origin', operation: 'remove' as const }],
    },
    condition: {
      initiatorDomains: [extensionId],
      resourceTypes: ['xmlhttprequest' as const],
    },
  };
}
