import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Browser tests run separately (scripts/browser-tests.ts) against the built site.
    exclude: ['tests/browser/**', 'node_modules/**'],
  },
});
