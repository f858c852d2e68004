import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Browser tests start Chromium and a static server; give them room on a 2-core machine.
    testTimeout: 30_000,
    hookTimeout: 180_000,
  },
});
