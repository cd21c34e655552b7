import { defineConfig } from 'wxt';
import { DEFAULT_HOST_PATTERNS } from './lib/hosts';

export default defineConfig({
  // Auto-imported globals would let `browser` creep into lib/; every import is explicit.
  imports: false,
  // Every extension API call goes through webextension-polyfill: the same promise-based code in Chrome and Firefox.
  modules: ['@wxt-dev/webextension-polyfill'],
  manifest: ({ browser }) => ({
    name: 'MLflow Session Lens',
    description: "See the whole chat session behind an MLflow trace, turn by turn, inside MLflow's own UI.",
    permissions: ['storage', 'declarativeNetRequestWithHostAccess'],
    host_permissions: DEFAULT_HOST_PATTERNS,
    optional_host_permissions: ['http://*/*', 'https://*/*'],
    // AbortSignal.any (116), DNR session rules with initiatorDomains and tabIds, the Navigation API.
    ...(browser === 'chrome' ? { minimum_chrome_version: '116' } : {}),
  }),
  vite: () => ({
    esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
  }),
});
