import { join, sep } from 'node:path';
import { defineConfig } from 'vitest/config';

// StrykerJS runs the tests in a copy of the project under .stryker-tmp/, where `../shared` (the real
// minutes the reference tests read) is not beside it: name the project's own.
const project = import.meta.dirname.split(`${sep}.stryker-tmp${sep}`)[0]!;

// What StrykerJS runs for each mutant (npm run mutation): the tests that call the core in-process.
// Tests that spawn the bundled CLI read dist/, which Stryker does not mutate, so they could not
// kill a mutant; they are left out to keep each run short.
export default defineConfig({
  test: {
    // The rule pages' examples repeat what the fixtures check; leaving them out halves each run.
    include: [
      'test/rules/*.test.ts',
      'test/rules-people.test.ts',
      'test/view-model.test.ts',
      'test/natural-*.test.ts',
      'test/prose-reviews.test.ts',
      'test/directives.test.ts',
      'test/numbering.test.ts',
      'test/series-module.test.ts',
      'test/reference/real-actions.test.ts',
    ],
    exclude: ['test/rules/cli.test.ts'],
    testTimeout: 60_000,
    maxWorkers: 1,
    // Modules stay loaded from one mutant's run to the next: StrykerJS activates each mutant through
    // a global switch, so nothing needs reloading, and reloading the model for every test file made
    // a run three times longer (the same scores on src/model/closing.ts: 168 s → 60 s). The memos
    // are emptied before each test, so that no value computed under one mutant answers for another.
    isolate: false,
    setupFiles: ['test/helpers/mutation-setup.ts'],
    env: { MINUTEBOOK_SHARED: join(project, '..', 'shared') },
  },
});
