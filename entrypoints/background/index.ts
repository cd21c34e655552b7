// The service worker: wiring only. Listeners are registered synchronously in main() because Chrome may stop
// and wake the worker at any time.
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { handleMessage } from './handle-message';
import { ORIGIN_RULE_ID, stripOriginRule } from './origin-rule';
import { originPattern } from '../../lib/hosts';
import { createMlflowClient } from '../../lib/mlflow/client';
import { createSessionService } from '../../lib/service';
import { overrideFor, parseSettings, SETTINGS_KEY, withHostEnabled, type Settings } from '../../lib/settings';

export default defineBackground(() => {
  async function readSettings(): Promise<Settings> {
    const stored = await browser.storage.local.get(SETTINGS_KEY);
    return parseSettings(stored[SETTINGS_KEY]);
  }

  const sessions = createSessionService({
    createClient: (baseUrl) => createMlflowClient({ baseUrl, fetch: (input, init) => fetch(input, init) }),
    overrideFor: async (baseUrl, experimentId) => overrideFor(await readSettings(), new URL(baseUrl).origin, experimentId),
    polarities: async () => (await readSettings()).polarities,
    reviewerName: async () => (await readSettings()).reviewerName,
  });
  // New attribute choices change how every cached session reads.
  browser.storage.onChanged.addListener((changes) => {
    if (SETTINGS_KEY in changes) sessions.forget();
  });

  let originRule: Promise<void> | null = null;
  const prepareRequests = () =>
    (originRule ??= browser.declarativeNetRequest
      .updateSessionRules({ removeRuleIds: [ORIGIN_RULE_ID], addRules: [stripOriginRule(browser.runtime.id)] })
      .catch((error: unknown) => {
        originRule = null;
        throw error;
      }));

  const hostAccess = {
    async whyNotEnabled(origin: string) {
      const granted = await browser.permissions.contains({ origins: [originPattern(origin)] });
      if (!granted) return `Session Lens has no access to ${origin}. Grant it from the extension's toolbar button.`;
      const { disabledHosts } = await readSettings();
      return disabledHosts.includes(new URL(origin).host) ? 'You turned Session Lens off for this server.' : null;
    },
    async enable(origin: string) {
      const granted = await browser.permissions.contains({ origins: [originPattern(origin)] });
      if (!granted) {
        return { ok: false as const, error: { kind: 'not-enabled' as const, message: `Grant access to ${origin} from the extension's toolbar button.` } };
      }
      await browser.storage.local.set({ [SETTINGS_KEY]: withHostEnabled(await readSettings(), new URL(origin).host, true) });
      return { ok: true as const };
    },
  };

  async function openOptions(origin: string, experimentId: string | undefined) {
    const query = new URLSearchParams({ server: origin, ...(experimentId ? { experiment: experimentId } : {}) });
    await browser.tabs.create({ url: `${browser.runtime.getURL('/options.html')}?${query}` });
  }

  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    // Only this extension's own content scripts may ask; the server is the tab's, never the message's.
    if (sender.id !== browser.runtime.id) return false;
    void handleMessage(message, sender.tab?.url, { sessions, hostAccess, prepareRequests, openOptions }).then(sendResponse);
    return true;
  });
});
