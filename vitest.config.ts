import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Builds the site once into a temporary folder for every test that reads `dist`.
    globalSetup: ['tests/helpers/build-once.ts'],
    testTimeout: 30_000,
    hookTimeout: 180_000,
  },
});
