/**
 * Sentences that say who was present instead of listing them under a label: "Directors Ada Pike
 * and Tom Reeve were present.", "Councillors Bell, Carr and Dunn were present.", "Ola Berg was
 * also present." (issue 22: minutes written as prose, and the Word archives imported from them).
 * Read by kept-head.ts (the lines of the head) for `check` on Markdown, and so for `import` too.
 */
import { ABBREVIATED_TITLES, PRESENT_VERB, ROLE_PLURALS } from '../../vocabulary/kept-words.js';
import type { PeopleList } from '../types.js';

export interface RoleSentence {
  list: PeopleList;
  /** Where the role word or the subject starts, and the names with their offsets in `text`. */
  labelStart: number;
  labelEnd: number;
  names: Array<{ text: string; start: number; end: number }>;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
const ROLE = new RegExp(`^(?:the\\s+)?(${Object.keys(ROLE_PLURALS).sort((a, b) => b.length - a.length).map(escape).join('|')})\\s+`, 'i');
/** A person's name as written: capitalised words, with the particles names carry ("Anne de Vries"). */
const NAME = /^[\p{Lu}][\p{L}'’.-]*(?:\s+(?:(?:van|von|de|der|den|da|di|du|le|la|del|dos)\s+)*[\p{Lu}][\p{L}'’.-]*){0,4}$/u;

/** The subject of the last sentence of `text`: after the last full stop that ends a word longer than an initial. */
function subjectStart(text: string): number {
  let at = 0;
  for (const m of text.matchAll(/([\p{L}\d)]{2,})[.!?]\s+(?=[\p{Lu}])/gu)) if (!ABBREVIATED_TITLES.includes(m[1]!.toLowerCase())) at = m.index + m[0].length;
  return at;
}

/** Cuts "A, B and C" at commas and "and"; offsets kept. */
function names(text: string, from: number): RoleSentence['names'] | undefined {
  const out: RoleSentence['names'] = [];
  const re = /\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)/g;
  let start = 0;
  const push = (end: number) => {
    const raw = text.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const name = raw.trim();
    if (name) out.push({ text: name, start: from + start + lead, end: from + start + lead + name.length });
  };
  for (const m of text.matchAll(re)) {
    push(m.index);
    start = m.index + m[0].length;
  }
  push(text.length);
  return out.length > 0 && out.every((n) => NAME.test(n.text)) ? out : undefined;
}

/**
 * The people a line names as present, one group per sentence that ends so ("… were present.").
 * A sentence without a role word ("Ada Pike and Tom Reeve were present.") counts only where
 * `bare` allows it: at the head of the minutes, where the business has not started.
 */
export function readRoleSentences(text: string, bare: boolean): RoleSentence[] {
  const out: RoleSentence[] = [];
  let from = 0;
  for (const verb of text.matchAll(PRESENT_VERB)) {
    const start = from + subjectStart(text.slice(from, verb.index));
    const found = roleSentence(text, start, verb, bare);
    if (found) out.push(found);
    from = verb.index + verb[0].length;
  }
  return out;
}

function roleSentence(text: string, from: number, verb: RegExpMatchArray, bare: boolean): RoleSentence | undefined {
  const subject = text.slice(from, verb.index);
  const role = ROLE.exec(subject);
  if (!role && !bare) return undefined;
  const at = from + (role ? role[0].length : 0);
  const found = names(text.slice(at, verb.index), at);
  if (!found) return undefined;
  const title = role ? ROLE_PLURALS[role[1]!.toLowerCase().replace(/\s+/g, ' ')] : undefined;
  return {
    list: verb[1] ? 'participants' : 'attendees',
    labelStart: from,
    labelEnd: role ? from + role[0].trimEnd().length : at,
    names: found.map((n) => (title && !n.text.startsWith(title) ? { ...n, text: `${title} ${n.text}` } : n)),
  };
}
