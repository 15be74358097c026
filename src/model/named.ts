/** How a person is written in running text, and turning such a mention into a NamedPerson. */
import type { Locator } from '../parse/locate.js';
import type { PersonIndex } from './person-match.js';
import { sourceRange, type ProseUnit } from './prose-units.js';
import type { NamedPerson } from './types.js';
import { patternsOf, type Patterns } from '../vocabulary/patterns.js';

// `(?:\\p{Ll}|\\p{Lu}|…)` and not the class `[\\p{Ll}\\p{Lu}…]`: the same characters, but V8 builds the
// merged class of the two interleaved properties slowly (about 5 ms for each copy in a pattern,
// and NAME holds four), which a one-file check paid in every pattern that names a person.
const WORD = "(?:\\p{Lu}\\.|\\p{Lu}(?:\\p{Ll}|\\p{Lu}|['’-])*)";
/**
 * "Councillor Michael Sheahan", "Cllr. Keller", "Comhairleoir Ó Ceallaigh", "Bert (VE2ZAZ)", "D. Rhys", "JC",
 * the titles those of the vocabulary, written as it writes them.
 */
export const nameSource = (p: Patterns): string => `(?:${p.titleAsWritten}\\s+)*${WORD}(?:\\s+${WORD}){0,3}(?:\\s+\\([A-Z0-9]{3,8}\\))?`;
export const NAME = nameSource(patternsOf());
/** A role standing for a person: "the Deputy Chief Executive", "The Mayor", "Our Chair". */
export const ROLE_NAME = `(?:[Tt]he|[Oo]ur)\\s+\\p{Lu}[\\p{Ll}]+(?:\\s+\\p{Lu}[\\p{Ll}]+){0,3}`;
export const PRONOUN = '(?:him|her|them|he|she|they)';

/** Strips a trailing call sign or initials in brackets, and "the". */
export function cleanMention(s: string): string {
  return s.replace(/\s*\([A-Z0-9]{2,8}\)\s*$/, '').trim();
}

export function named(written: string, unit: ProseUnit, from: number, index: PersonIndex, loc: Locator): NamedPerson {
  const text = cleanMention(written);
  // Shown as written ("Bert (VE2ZAZ)"), matched without the call sign or initials in brackets.
  const [start, end] = sourceRange(unit, from, written.length);
  const span = loc.span(start, end);
  const n: NamedPerson = { written: written.trim(), span };
  const m = index.resolve(text);
  if (m.kind === 'one') n.person = m.person;
  else if (m.kind === 'ambiguous') n.ambiguous = true;
  return n;
}
