/**
 * Changes of attendance and of the chair recorded in the body: "X took the chair", "The Chair was
 * taken by X", "X assumed chairperson duties", "X left the meeting", "X joined the meeting",
 * "X declared an interest in item 5".
 */
import type { Locator } from '../../parse/locate.js';
import { NAME, ROLE_NAME, named } from '../named.js';
import type { PersonIndex } from '../person-match.js';
import { sentences, sourceRange, type ProseUnit } from '../prose-units.js';
import type { AttendanceChange, AttendanceChangeKind } from '../types.js';

const WHO = `(${ROLE_NAME}|${NAME})`;
/**
 * Each pattern with the words it cannot match without (one word of each group): a sentence that
 * lacks them is not tried. The patterns name people (large Unicode classes), and V8 compiles a pattern when it
 * is first tried, about 2 ms each: a meeting in which nobody takes the chair, leaves, joins or
 * declares an interest should not pay for compiling the five (nor for parsing them as it loads:
 * each is built when first needed).
 */
const PATTERNS: Array<[AttendanceChangeKind, () => RegExp, ReadonlyArray<readonly string[]>]> = [
  ['took-chair', lazily(`^${WHO}\\s+(?:then\\s+)?(?:took|assumed|resumed)\\s+(?:the\\s+chair\\b|(?:the\\s+)?chair(?:person|man|woman)?(?:'s|’s)?\\s+duties)`), [['took', 'assumed', 'resumed'], ['chair']]],
  ['took-chair', lazily(`\\b[Tt]he\\s+[Cc]hair\\s+was\\s+(?:taken|assumed)\\s+by\\s+${WHO}`), [['taken', 'assumed'], ['hair']]],
  ['left', lazily(`^${WHO}\\s+(?:then\\s+|temporarily\\s+)?left\\s+(?:the\\s+(?:meeting|room|call)|at\\s+this\\s+point)`), [['left']]],
  ['joined', lazily(`^${WHO}\\s+(?:then\\s+)?(?:joined|re-?joined|returned\\s+to|arrived\\s+at)\\s+the\\s+(?:meeting|room|call)`), [['joined', 'returned', 'arrived']]],
  ['declared-interest', lazily(`^${WHO}\\s+declared\\s+(?:an?|his|her|their)\\s+(?:[\\p{L}-]+\\s+){0,2}interest\\b`), [['declared'], ['interest']]],
];
/** A pattern (flag `u`) built on first use. */
function lazily(source: string): () => RegExp {
  let re: RegExp | undefined;
  return () => (re ??= new RegExp(source, 'u'));
}
const ITEM = /\bin\s+(?:agenda\s+)?item\s+(\d+(?:\.\d+)*)/i;

export function readAttendanceChanges(units: readonly ProseUnit[], index: PersonIndex, loc: Locator): AttendanceChange[] {
  const out: AttendanceChange[] = [];
  for (const u of units) {
    if (u.kind !== 'para') continue;
    for (const s of sentences(u.text)) {
      for (const [kind, re, words] of PATTERNS) {
        if (!words.every((group) => group.some((w) => s.text.includes(w)))) continue;
        const m = re().exec(s.text);
        if (!m) continue;
        const from = s.from + m.index + m[0].indexOf(m[1]!);
        const [start, end] = sourceRange(u, s.from, s.text.length);
        const change: AttendanceChange = { kind, who: named(m[1]!, u, from, index, loc), text: s.text, span: loc.span(start, end) };
        if (u.item !== undefined) change.item = u.item;
        const item = kind === 'declared-interest' ? ITEM.exec(s.text) : null;
        if (item) change.interestItem = item[1]!;
        out.push(change);
        break;
      }
    }
  }
  return out;
}
