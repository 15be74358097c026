import { describe, expect, it } from 'vitest';
import { compareText } from '../src/util/compare-text.js';

const sign = (n: number) => Math.sign(n);

describe('compareText', () => {
  it('orders dates, meeting suffixes and lower-case words exactly as localeCompare does', () => {
    const alphabet = '0123456789-abcdefghijklmnopqrstuvwxyz';
    // A fixed sequence (no Math.random): the same cases every run.
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const word = () => Array.from({ length: Math.floor(next() * 9) }, () => alphabet[Math.floor(next() * alphabet.length)]).join('');
    for (let i = 0; i < 20_000; i++) {
      const a = word();
      const b = word();
      expect(sign(compareText(a, b)), `${a} / ${b}`).toBe(sign(a.localeCompare(b)));
    }
    expect(compareText('2026-01-19', '2026-02-16')).toBe(-1);
    expect(compareText('', 'x')).toBe(-1);
    expect(compareText('x', 'x')).toBe(0);
  });

  it('keeps the collator for other text, where the two orders differ', () => {
    // Code units put every capital before every lower-case letter; the collator does not.
    expect(sign(compareText('apple', 'Banana'))).toBe(sign('apple'.localeCompare('Banana')));
    expect(compareText('apple', 'Banana')).toBeLessThan(0);
    expect(compareText('Émile', 'Zoe')).toBeLessThan(0);
  });
});
