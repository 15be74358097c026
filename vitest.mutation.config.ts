import { defineConfig } from 'vitest/config';

// What StrykerJS runs for each mutant (npm run mutation): the tests that call the core in-process.
// Tests that spawn the bundled CLI read dist/, which Stryker does not mutate, so they could not
// kill a mutant; they are left out to keep each run short.
export default defineConfig({
  test: {
    // The rule pages' examples repeat what the fixtures check; leaving them out halves each run.
    include: ['test/rules/*.test.ts', 'test/rules-people.test.ts', 'test/view-model.test.ts', 'test/model/*.test.ts'],
    exclude: ['test/rules/cli.test.ts'],
    testTimeout: 60_000,
    maxWorkers: 1,
  },
});
