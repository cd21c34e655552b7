// The service worker: wiring only. Listeners are registered synchronously in main() because Chrome may stop
// and wake the worker at any time.
// Registers the content script on every server the user enables (and again at each start), injects it into
// that server's open tabs, and unregisters it when the permission goes.
import 'webext-dynamic-content-scripts';
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { readCredentials, setCredential, watchCredentials } from '../../lib/browser/credentials-store';
import { readSettings, updateSettings } from '../../lib/browser/settings-store';
import { settingsItem } from '../../lib/browser/settings-item';
import { readUnsavedLabels, writeUnsavedLabels } from '../../lib/browser/unsaved-labels-store';
import { originPattern } from '../../lib/hosts';
import { createMlflowClient } from '../../lib/mlflow/client';
import { MESSAGE_CHUNK_CHARS } from '../../lib/protocol';
import { createSessionService } from '../../lib/service';
import { withOriginEnabled } from '../../lib/settings';
import { createMessageHandler } from './handle-message';
import { hostsOfPatterns, ORIGIN_RULE_ID, stripOriginRule } from './origin-rule';
import { addServerMenu } from './server-menu';

export default defineBackground(() => {
  const sessions = createSessionService({
    createClient: ({ baseUrl, headers }) => createMlflowClient({ baseUrl, headers, fetch: (input, init) => fetch(input, init) }),
  });
  // New attribute choices, judge readings or credentials change how every cached session reads.
  settingsItem.watch(() => sessions.forget());
  watchCredentials(() => sessions.forget());

  let originRule: Promise<void> | null = null;
  const prepareRequests = () =>
    (originRule ??= (async () => {
      const { origins = [] } = await browser.permissions.getAll();
      const rule = stripOriginRule({ extensionHost: new URL(browser.runtime.getURL('/')).hostname, hosts: hostsOfPatterns(origins) });
      await browser.declarativeNetRequest.updateSessionRules({ removeRuleIds: [ORIGIN_RULE_ID], addRules: [rule] });
    })().catch((error: unknown) => {
      originRule = null;
      throw error;
    }));
  // A server enabled or disabled changes the hosts the rule covers: it is installed again before the next request.
  browser.permissions.onAdded.addListener(() => (originRule = null));
  browser.permissions.onRemoved.addListener(() => (originRule = null));

  // What the worker did, for `npm run bench` to read through the DevTools protocol; nothing of a trace's content.
  const stats = { largestReplyChars: 0, replies: 0, lastMs: {} as Record<string, number> };
  (globalThis as { sessionLensStats?: typeof stats }).sessionLensStats = stats;

  const handleMessage = createMessageHandler({
    sessions,
    onReply({ kind, chars, ms }) {
      stats.replies++;
      stats.largestReplyChars = Math.max(stats.largestReplyChars, kind === 'reply/chunk' || chars <= MESSAGE_CHUNK_CHARS ? chars : 0);
      stats.lastMs[kind] = ms;
    },
    readSettings,
    readCredentials,
    setCredential,
    readUnsavedLabels,
    writeUnsavedLabels,
    prepareRequests,
    hasHostPermission: (origin) => browser.permissions.contains({ origins: [originPattern(origin)] }),
    enableOrigin: async (origin) => {
      await updateSettings((settings) => withOriginEnabled(settings, origin, true));
    },
    async openOptions(origin, experimentId) {
      const query = new URLSearchParams({ server: origin, ...(experimentId ? { experiment: experimentId } : {}) });
      await browser.tabs.create({ url: `${browser.runtime.getURL('/options.html')}?${query}` });
    },
  });

  addServerMenu();

  browser.runtime.onMessage.addListener((message, sender) => {
    // Only this extension's own content scripts may ask; the server is the sending document's, never the message's.
    if (sender.id !== browser.runtime.id) return undefined;
    const { documentLifecycle } = sender as { documentLifecycle?: string };
    return handleMessage(message, { url: sender.url, frameId: sender.frameId, documentLifecycle, tabUrl: sender.tab?.url });
  });
});
