import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Two cores here; LibreOffice and Chromium tests are heavy, so keep workers at two.
    maxWorkers: 2,
    // Under CI=true a skipped test fails the run (see the reporter).
    reporters: ['default', './test/helpers/ci-skips-reporter.ts'],
  },
});
