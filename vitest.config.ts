import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    // Tests start real Python processes; two cores, so keep it to two at a time.
    maxWorkers: 2,
    testTimeout: 120_000,
  },
});
