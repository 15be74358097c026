/**
 * Under CI=true, a skipped test fails the run. A test skips when what it needs is missing (a
 * program, ../shared/): that is fine on a developer's machine, where it prints why, but CI installs
 * everything, so a skip there means a check that did not happen while the run looked green. Skips
 * of every kind count: `ctx.skip()`, `skipIf`, `.skip`, `.todo`.
 */
import type { Reporter, TestModule } from 'vitest/node';

export default class CiSkipsFail implements Reporter {
  onTestRunEnd(modules: ReadonlyArray<TestModule>): void {
    if (process.env.CI !== 'true') return;
    const skipped: string[] = [];
    for (const m of modules) {
      for (const t of m.children.allTests()) {
        const result = t.result();
        if (result.state === 'skipped') skipped.push(`${m.relativeModuleId} > ${t.fullName}${result.note ? ` (${result.note})` : ''}`);
        else if (result.state === 'pending') skipped.push(`${m.relativeModuleId} > ${t.fullName} (did not run)`);
      }
    }
    if (skipped.length === 0) return;
    process.stderr.write(`\nCI=true: ${skipped.length} ${skipped.length === 1 ? 'test was' : 'tests were'} skipped, and CI must run every test:\n${skipped.map((s) => `  ${s}`).join('\n')}\n`);
    process.exitCode = 1;
  }
}
