import { defineConfig } from 'vitest/config';

// End-to-end tests: the Firefox build in Debian's firefox-esr. Run after `wxt build -b firefox`.
export default defineConfig({
  test: {
    include: ['tests/e2e-firefox/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 90_000,
    fileParallelism: false,
    pool: 'forks',
  },
});
