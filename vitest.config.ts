import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    // Browser tests start the real server and Chromium in beforeAll; on a loaded machine that takes a while.
    hookTimeout: 60_000,
  },
});
