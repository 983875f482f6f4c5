import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Browser and site tests run separately (scripts/browser-tests.ts, node:test) against the built site.
    exclude: ['tests/browser/**', 'tests/site/**', 'node_modules/**'],
  },
});
