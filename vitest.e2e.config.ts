import { defineConfig } from 'vitest/config';

// Browser tests: real Chromium and Firefox against the local fixture server (DESIGN.md §10).
// One file at a time: the machine has 2 cores and each file launches browsers.
export default defineConfig({
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  test: {
    include: ['test/e2e/**/*.e2e.test.ts'],
    environment: 'node',
    pool: 'forks',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
