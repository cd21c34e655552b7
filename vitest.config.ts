import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}', 'tests/components/**/*.test.tsx'],
    environment: 'node',
    // The generated-session files take most of the run: two workers run them side by side on these two-core machines.
    maxWorkers: 2,
  },
});
