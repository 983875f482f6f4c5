import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Browser and site tests run separately (scripts/browser-tests.ts, node:test) against the built site.
    exclude: ['tests/browser/**', 'tests/site/**', 'node_modules/**'],
    // One fixed seed for every property test (tests/setup.ts).
    setupFiles: ['tests/setup.ts'],
    // Verdicts never depend on the machine's speed: a timeout only bounds a hang, so it is generous
    // (Vitest's 5 s default failed CLI tests on a busy 2-core machine).
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
