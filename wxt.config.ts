import { defineConfig } from 'wxt';
import { FIREFOX_ADDON_ID } from './lib/addon';
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
    // Firefox: a fixed add-on id (AMO and storage need one; the tests pin its UUID by it); Manifest V2 has no
    // optional_host_permissions, so the servers a user enables are optional permissions; 140 is the ESR that
    // reads data_collection_permissions, which AMO asks every new add-on to declare.
    ...(browser === 'firefox'
      ? {
          optional_permissions: ['http://*/*', 'https://*/*'],
          browser_specific_settings: {
            gecko: { id: FIREFOX_ADDON_ID, strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
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
  // AMO's reviewers rebuild the Firefox zip from the sources zip: what the build reads, and the README that
  // says how (npm install, npm run build:firefox); not the tests, rig, benchmark or recordings.
  zip: {
    excludeSources: [
      'tests/**',
      'bench/**',
      'rig/**',
      'docs/**',
      'scripts/**',
      'assets/**',
      '**/__pycache__/**',
      'test-results*/**',
      'playwright*.ts',
    ],
  },
  vite: () => ({
    esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
    build: { minify: 'terser', terserOptions: { compress: { passes: 2 } } },
  }),
});
