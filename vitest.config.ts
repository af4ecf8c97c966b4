import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Builds the site once into a temporary folder for every test that reads `dist`.
    globalSetup: ['tests/helpers/build-once.ts'],
    testTimeout: 30_000,
    // The JSON report lets .ci/run print a plain `N passed, N failed` closing line.
    reporters: ['default', 'json'],
    outputFile: { json: '.cache/vitest-results.json' },
    hookTimeout: 180_000,
  },
});
