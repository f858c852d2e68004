import { configDefaults, defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Browser tests start Chromium and a static server; give them room on a 2-core machine.
    testTimeout: 30_000,
    hookTimeout: 180_000,
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['test/**/*.test.ts'], exclude: [...configDefaults.exclude, 'test/browser/**'] },
      },
      {
        // The browser tests share one build of the sample, made by the global setup (only when
        // one of them is queued) while the other tests run; see test/browser/global-setup.ts.
        extends: true,
        test: { name: 'browser', include: ['test/browser/**/*.test.ts'], globalSetup: ['test/browser/global-setup.ts'] },
      },
    ],
  },
});
