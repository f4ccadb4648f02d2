import { defineConfig } from 'vitest/config';

// Unit tests. Vite 8 ignores tsconfig's jsxImportSource, so JSX is configured here too.
export default defineConfig({
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    exclude: ['test/e2e/**', 'node_modules/**'],
    environment: 'node',
  },
});
