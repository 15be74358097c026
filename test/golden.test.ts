// Speed work changes no finding and no output: the built CLI's findings (one a line, and the
// stylish report) and its HTML and DOCX outputs (every XML part pretty-printed) on the examples, the
// fixtures and a generated 200-meeting repository must equal the text files under test/golden/.
// Each file is its own assertion, so a failure shows the lines that moved as a diff.
// After a change of behaviour made on purpose: `npm run build && node scripts/golden.mjs --write`,
// and read `git diff test/golden` to see that only the intended lines moved.
import { describe, expect, it } from 'vitest';
// @ts-expect-error a plain ES module script without type declarations
import { currentOutputs, recordedOutputs } from '../scripts/golden.mjs';

describe('golden outputs', () => {
  it('finds and builds exactly what test/golden/ recorded', () => {
    const want = recordedOutputs() as Record<string, string>;
    const have = currentOutputs() as Record<string, string>;
    const hint = 'if on purpose: `node scripts/golden.mjs --write`, then read `git diff test/golden`';
    expect(Object.keys(have).sort(), `the golden files (${hint})`).toEqual(Object.keys(want).sort());
    for (const name of Object.keys(want).sort()) expect(have[name], `test/golden/${name} (${hint})`).toBe(want[name]);
  }, 600_000);
});
