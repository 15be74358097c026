/**
 * The linear-space diff: every script it returns turns the first sequence into the second, is as
 * short as the longest common subsequence allows, and a 10,000-word paragraph is compared in
 * bounded memory.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diffSequences, type DiffRun } from '../src/util/diff-sequence.js';

function apply<T>(a: readonly T[], b: readonly T[], runs: DiffRun[]): T[] {
  const out: T[] = [];
  let ai = 0;
  let bi = 0;
  for (const r of runs) {
    expect(r.aStart).toBe(ai);
    expect(r.bStart).toBe(bi);
    if (r.op === 'equal') {
      expect(r.aEnd - r.aStart).toBe(r.bEnd - r.bStart);
      for (let i = 0; i < r.aEnd - r.aStart; i++) expect(a[r.aStart + i]).toBe(b[r.bStart + i]);
      out.push(...a.slice(r.aStart, r.aEnd));
    } else if (r.op === 'insert') {
      expect(r.aEnd).toBe(r.aStart);
      out.push(...b.slice(r.bStart, r.bEnd));
    } else expect(r.bEnd).toBe(r.bStart);
    ai = r.aEnd;
    bi = r.bEnd;
  }
  expect(ai).toBe(a.length);
  expect(bi).toBe(b.length);
  return out;
}

function lcsLength<T>(a: readonly T[], b: readonly T[]): number {
  let prev = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    const row = new Array<number>(b.length + 1).fill(0);
    for (let j = 1; j <= b.length; j++) row[j] = a[i - 1] === b[j - 1] ? prev[j - 1]! + 1 : Math.max(prev[j]!, row[j - 1]!);
    prev = row;
  }
  return prev[b.length]!;
}

const kept = (runs: DiffRun[]) => runs.filter((r) => r.op === 'equal').reduce((n, r) => n + r.aEnd - r.aStart, 0);

describe('diffSequences', () => {
  it('turns a into b with the fewest edits (checked against the quadratic LCS)', () => {
    const seq = fc.array(fc.constantFrom('a', 'b', 'c', 'd'), { maxLength: 40 });
    fc.assert(
      fc.property(seq, seq, (a, b) => {
        const runs = diffSequences(a, b);
        expect(apply(a, b, runs)).toEqual(b);
        expect(kept(runs)).toBe(lcsLength(a, b));
      }),
      { numRuns: 400 },
    );
  });

  it('handles empty sides and equal sequences', () => {
    expect(diffSequences([], [])).toEqual([]);
    expect(diffSequences(['x'], [])).toEqual([{ op: 'delete', aStart: 0, aEnd: 1, bStart: 0, bEnd: 0 }]);
    expect(diffSequences([], ['x', 'y'])).toEqual([{ op: 'insert', aStart: 0, aEnd: 0, bStart: 0, bEnd: 2 }]);
    expect(diffSequences(['x', 'y'], ['x', 'y'])).toEqual([{ op: 'equal', aStart: 0, aEnd: 2, bStart: 0, bEnd: 2 }]);
  });

  it('compares two 10,000-word paragraphs in memory that grows linearly', () => {
    // A fixed pseudo-random text, so that the run is the same every time.
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const words = Array.from({ length: 10_000 }, () => `w${Math.floor(next() * 500)}`);
    const edited = words.flatMap((w, i) => (i % 97 === 0 ? [] : i % 89 === 0 ? [w, 'inserted'] : i % 83 === 0 ? ['replaced'] : [w]));
    const before = process.memoryUsage().heapUsed;
    const started = performance.now();
    const runs = diffSequences(words, edited);
    const ms = performance.now() - started;
    const grown = process.memoryUsage().heapUsed - before;
    expect(apply(words, edited, runs)).toEqual(edited);
    // A table of 10,000 × 10,000 cells would need at least 100 MB; the linear search needs kilobytes.
    expect(grown).toBeLessThan(32 * 1024 * 1024);
    expect(ms).toBeLessThan(5_000);
  });

  it('compares two entirely different 10,000-word paragraphs (the worst case: D = N + M)', () => {
    const a = Array.from({ length: 10_000 }, (_, i) => `a${i}`);
    const b = Array.from({ length: 10_000 }, (_, i) => `b${i}`);
    const runs = diffSequences(a, b);
    expect(apply(a, b, runs)).toEqual(b);
    expect(kept(runs)).toBe(0);
  });
});
