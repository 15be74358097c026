import { patternsOf, type Patterns } from '../vocabulary/patterns.js';
/**
 * Section numbers as minutes write them (NATURAL §3): `1.`, `4.2`, `a)`, `(iii)`, `044/18`, or
 * none. A number is read, never made up: what is shown in the outputs is `text`, and the numbering
 * check compares `value`s only among siblings of one scheme.
 */
export type NumberScheme =
  /** `1`, `1.`, `1)`, `0.`: one decimal level. */
  | 'decimal'
  /** `4.2`, `3.1.2`: a decimal number with its parents' parts. */
  | 'multilevel'
  | 'alpha-lower'
  | 'alpha-upper'
  | 'roman-lower'
  | 'roman-upper'
  /** Running minute numbers `044/18`: a sequence number and a year, counting across meetings. */
  | 'minute';

export interface WrittenNumber {
  /** As written, punctuation included: `1.`, `4.2`, `a)`, `(iii)`, `044/18`. */
  text: string;
  scheme: NumberScheme;
  /** The position it stands for in its scheme: `c)` → 3, `(iv)` → 4, `4.2` → 2, `044/18` → 44. */
  value: number;
  /** Decimal parts of a multilevel number (`[4, 2]`); the year of a minute number (`[44, 18]`). */
  parts: number[];
  /** Length of the number and the space after it at the start of the heading text. */
  length: number;
  /** Offset of `text` from the start of the heading text (leading spaces). */
  offset: number;
}

const DECIMAL = /^([ \t]*)(\d+(?:\.\d+)*)([.)]?)(?=[ \t]|$)[ \t]*/;
const MINUTE = /^([ \t]*)(\d{1,4}\/\d{2,4})([.:)]?)(?=[ \t]|$)[ \t]*/;
const LETTER = /^([ \t]*)(\(?)([a-zA-Z]{1,6})(\)|\.)(?=[ \t]|$)[ \t]*/;

const ROMAN: Record<string, number> = { i: 1, v: 5, x: 10, l: 50, c: 100 };

/** The value of a lower-case Roman numeral up to 399 in its usual form, else undefined. */
export function romanValue(s: string): number | undefined {
  const t = s.toLowerCase();
  if (!/^c{0,3}(xc|xl|l?x{0,3})(ix|iv|v?i{0,3})$/.test(t) || t === '') return undefined;
  let total = 0;
  for (let i = 0; i < t.length; i++) {
    const v = ROMAN[t[i]!]!;
    const next = ROMAN[t[i + 1] ?? ''] ?? 0;
    total += v < next ? -v : v;
  }
  return total;
}

/**
 * Reads the number at the start of a heading's text. `before` holds the numbers of the siblings
 * before it, which settle a letter that is also a Roman numeral: `i)` after `h)` is the ninth
 * letter, `(v)` after `(iv)` is five, `c)` after `(i)` is a letter, and a first `i)` is one.
 */
export function readNumber(text: string, before: readonly WrittenNumber[] = []): WrittenNumber | undefined {
  const minute = MINUTE.exec(text);
  if (minute) {
    const [seq, year] = minute[2]!.split('/').map(Number) as [number, number];
    return make(minute, minute[2]! + minute[3]!, 'minute', seq, [seq, year]);
  }
  const dec = DECIMAL.exec(text);
  if (dec) {
    const parts = dec[2]!.split('.').map(Number);
    // "2024 budget" is a title, not item 2024: a bare number needs its punctuation unless small.
    if (parts.length === 1 && dec[3] === '' && parts[0]! > 99) return undefined;
    // A heading that is only a number ("## 2025") is a title.
    if (dec[0].length === text.length && dec[3] === '') return undefined;
    const scheme = parts.length > 1 ? 'multilevel' : 'decimal';
    return make(dec, dec[2]! + dec[3]!, scheme, parts[parts.length - 1]!, parts);
  }
  const letter = LETTER.exec(text);
  if (letter) {
    const [, , open, body, close] = letter as unknown as [string, string, string, string, string];
    // `(a.` and `a` alone are not numbers; `(a)`, `a)` and `a.` are.
    if (open === '(' && close !== ')') return undefined;
    // "A. N. Other" or "Dr. Lee": a heading whose "number" is followed by another initial or
    // a lower-case word is not numbered.
    const rest = text.slice(letter[0].length);
    if (close === '.' && (/^[A-Z]\.(\s|$)/.test(rest) || /^[a-z]/.test(rest))) return undefined;
    const upper = body === body.toUpperCase();
    if (body !== body.toLowerCase() && !upper) return undefined;
    const roman = romanValue(body);
    const single = body.length === 1;
    const text0 = open + body + close;
    const romanScheme = upper ? 'roman-upper' : 'roman-lower';
    if (roman !== undefined) {
      if (!single) return make(letter, text0, romanScheme, roman, [roman]);
      const lastAlpha = [...before].reverse().find((n) => n.scheme.startsWith('alpha'));
      const lastRoman = [...before].reverse().find((n) => n.scheme.startsWith('roman'));
      const afterLetter = lastAlpha !== undefined && lastAlpha.value === alphaValue(body) - 1;
      const afterRoman = lastRoman !== undefined && (roman === lastRoman.value + 1 || roman === lastRoman.value);
      if (!afterLetter && (afterRoman || roman === 1)) return make(letter, text0, romanScheme, roman, [roman]);
    }
    if (!single) return undefined;
    return make(letter, text0, upper ? 'alpha-upper' : 'alpha-lower', alphaValue(body), [alphaValue(body)]);
  }
  return undefined;
}

function alphaValue(letter: string): number {
  return letter.toLowerCase().charCodeAt(0) - 96;
}

function make(m: RegExpExecArray, text: string, scheme: NumberScheme, value: number, parts: number[]): WrittenNumber {
  return { text, scheme, value, parts, length: m[0].length, offset: m[1]!.length };
}

/** The written number expected after `n` in its scheme, for messages: `c)` after `b)`. */
export function nextNumberText(n: WrittenNumber, value = n.value + 1): string {
  switch (n.scheme) {
    case 'decimal':
      return n.text.replace(/^\d+/, String(value));
    case 'multilevel':
      return n.text.replace(/\d+(?=\D*$)/, String(value));
    case 'minute': {
      const [seq] = n.text.split('/');
      return n.text.replace(/^\d+/, String(value).padStart(seq!.length, '0'));
    }
    case 'alpha-lower':
    case 'alpha-upper': {
      const c = String.fromCharCode(96 + value);
      return n.text.replace(/[a-zA-Z]/, n.scheme === 'alpha-upper' ? c.toUpperCase() : c);
    }
    case 'roman-lower':
    case 'roman-upper': {
      const r = toRoman(value);
      return n.text.replace(/[a-zA-Z]+/, n.scheme === 'roman-upper' ? r.toUpperCase() : r);
    }
  }
}

function toRoman(n: number): string {
  const table: Array<[number, string]> = [[100, 'c'], [90, 'xc'], [50, 'l'], [40, 'xl'], [10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i']];
  let out = '';
  for (const [v, s] of table) while (n >= v) { out += s; n -= v; }
  return out;
}

/**
 * Sections that minutes hold wherever they need them, numbered or not, and that no numbering
 * check counts (NATURAL §3): the vocabulary's section titles, matched on the whole title ignoring
 * case and trailing punctuation; annexes and signatures by how the title begins.
 */
const PROCEDURAL_FAMILIES = ['attendance', 'apologies', 'action_review', 'matters_arising', 'previous_minutes', 'any_other_business', 'next_meeting', 'close', 'agenda', 'procedural'] as const;

export type SectionKind = 'business' | 'procedural' | 'annex' | 'signature';

/** What a section is for, from its title (without its number). */
export function sectionKind(title: string, words: Patterns = patternsOf()): SectionKind {
  const t = title
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/\s+/g, ' ')
    .replace(/[\s:.;,–—-]+$/, '')
    .trim();
  if (words.sectionStart.annex.test(t)) return 'annex';
  if (words.sectionStart.signature.test(t)) return 'signature';
  if (PROCEDURAL_FAMILIES.some((f) => words.section[f].test(t))) return 'procedural';
  return 'business';
}
