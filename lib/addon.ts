/** The Firefox add-on id: fixed, so AMO updates reach the same add-on and the tests can pin its UUID. */
export const FIREFOX_ADDON_ID = 'mlflow-session-lens@session-lens.dev';
