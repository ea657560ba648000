import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    // Browser tests start the real server and Chromium in beforeAll; on a loaded machine that takes a while.
    hookTimeout: 60_000,
    // expect.poll waits for the app to get somewhere, it does not measure speed: its default 1 s
    // failed a browser test on a machine with a load of 16 on 2 cores.
    expect: { poll: { timeout: 15_000 } },
  },
});
