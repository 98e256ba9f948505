import { defineConfig } from 'vitest/config';

// Browser tests drive Debian's chromium through playwright-core against the built site in dist/.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
