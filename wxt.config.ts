import { defineConfig } from 'wxt';
import { DEFAULT_HOST_PATTERNS } from './lib/hosts';

export default defineConfig({
  // Auto-imported globals would let `browser` creep into lib/; every import is explicit.
  imports: false,
  // Every extension API call goes through webextension-polyfill: the same promise-based code in Chrome and Firefox.
  modules: ['@wxt-dev/webextension-polyfill'],
  manifest: {
    name: 'MLflow Session Lens',
    description: "See the whole chat session behind an MLflow trace, turn by turn, inside MLflow's own UI.",
    permissions: ['storage', 'declarativeNetRequestWithHostAccess'],
    host_permissions: DEFAULT_HOST_PATTERNS,
    optional_host_permissions: ['http://*/*', 'https://*/*'],
  },
  vite: () => ({
    esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
  }),
});
