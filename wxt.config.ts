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
    // scripting: the content script on servers the user enables; activeTab: the popup and the toolbar menu
    // read the tab they were opened over; contextMenus: that menu. None adds an install warning.
    permissions: ['storage', 'declarativeNetRequestWithHostAccess', 'scripting', 'activeTab', 'contextMenus'],
    host_permissions: DEFAULT_HOST_PATTERNS,
    optional_host_permissions: ['http://*/*', 'https://*/*'],
    // AbortSignal.any (116), DNR session rules with initiatorDomains and tabIds, the Navigation API.
    ...(browser === 'chrome' ? { minimum_chrome_version: '116' } : {}),
  }),
  hooks: {
    // The panel's styles are fetched by the content script, on every server the user may enable, not only
    // localhost: the one web-accessible file is that stylesheet, at a URL that changes every session.
    'build:manifestGenerated': (_wxt, manifest) => {
      for (const resources of manifest.web_accessible_resources ?? []) {
        if (typeof resources === 'object' && 'matches' in resources) resources.matches = ['http://*/*', 'https://*/*'];
      }
    },
  },
  vite: () => ({
    esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
  }),
});
