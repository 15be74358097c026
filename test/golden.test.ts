// Speed work changes no finding and no output: the built CLI's findings (JSON and stylish) and its
// HTML and DOCX outputs (unzipped, part by part) on the examples, the fixtures and a generated
// 200-meeting repository must match the hashes recorded in test/golden/outputs.json.
// After a change of behaviour made on purpose: `npm run build && node scripts/golden.mjs --write`,
// and read the diff of outputs.json to see that only the intended entries moved.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// @ts-expect-error a plain ES module script without type declarations
import { currentOutputs, differences } from '../scripts/golden.mjs';

describe('golden outputs', () => {
  it('finds and builds exactly what test/golden/outputs.json recorded', () => {
    const want = JSON.parse(readFileSync(new URL('golden/outputs.json', import.meta.url), 'utf8'));
    const diff: string[] = differences(want, currentOutputs());
    expect(diff, 'outputs changed; if on purpose, run `node scripts/golden.mjs --write`').toEqual([]);
  }, 600_000);
});
