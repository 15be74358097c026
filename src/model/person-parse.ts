/**
 * A person as minutes write them ("Cllr Mrs P Ashdown", "Tom Reeve (TR), NorthLab, Data Services",
 * "Kit Morrow (Alternate for Yusuf Carrow)", "12 members of the public"), split into its parts.
 * Titles are kept for display and left out of matching (see person-match).
 */
import { patternsOf, titleAt, type Patterns } from '../vocabulary/patterns.js';
import { memoiseFor } from '../util/memo.js';
import { DEFAULT_VOCABULARY, extendVocabulary, type Vocabulary } from '../vocabulary/words.js';

export interface PersonParts {
  /** Titles and honorifics as written, in order ("Cllr", "Mrs", "MP"). */
  titles: string[];
  /** The name without titles, brackets or organisation: "P Ashdown", "Ana Lopez". */
  name: string;
  /** The name with its titles, without brackets or organisation: "Cllr Mrs P Ashdown". */
  full: string;
  /** Words before the surname, initials included ("P", "Ana", "P.") — absent for one-word names. */
  given?: string;
  /** The last word of the name. */
  surname?: string;
  initials?: string;
  /** A handle in brackets after the name: "(@mcollina)". */
  handle?: string;
  role?: string;
  organisation?: string;
  remote?: boolean;
  representing?: string;
  alternateFor?: string;
  part?: boolean;
  items?: string[];
  /** "12 members of the public": a count of people, not a person. */
  count?: number;
  public?: boolean;
}

const PARTICLES = new Set(['ó', 'ní', 'nic', 'mac', 'mhic', 'uí', 'van', 'von', 'der', 'den', 'de', 'del', 'della', 'di', 'da', 'du', 'le', 'la', 'st', 'st.', 'ap', 'bin', 'ibn']);
const INITIALS = /^[A-Z][A-Za-z]{0,2}[A-Z]$|^[A-Z]{2,4}$/;
const REMOTE = /^(?:via\s+(?:phone|telephone|zoom|teams|video|video ?link|skype)|by\s+(?:phone|telephone|video)|remote(?:ly)?|online|virtual(?:ly)?|dial[- ]in)$/i;
const PUBLIC = /^(\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:members?\s+of\s+(?:the\s+)?public|residents?|visitors?|observers?)$/i;
const NUMBER_WORDS: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12 };

/** The vocabulary's patterns: titles and person roles come from there (src/vocabulary). */
export type TitleSets = Patterns;

/**
 * A written name as parsePerson reads it, memoised per set of titles: the lists and the text of a
 * series name the same people in every meeting. The parts are shared by every reader and person
 * given the same name, so nothing may change them (none does).
 */
export const parsedPerson = memoiseFor((titles: TitleSets, written: string) => parsePerson(written, titles), 2_000);

/** The patterns of a vocabulary; `extra` titles are added to it (the configuration's `titles`). */
export function titleSets(extra: readonly string[] = [], v: Vocabulary = DEFAULT_VOCABULARY): TitleSets {
  return patternsOf(extra.length === 0 ? v : extendVocabularyOnce(v, extra));
}

const extended = new Map<string, Vocabulary>();
function extendVocabularyOnce(v: Vocabulary, extra: readonly string[]): Vocabulary {
  if (v !== DEFAULT_VOCABULARY) return extendVocabulary(v, { titles: extra });
  const key = extra.join('\u0000');
  let out = extended.get(key);
  if (!out) {
    out = extendVocabulary(v, { titles: extra });
    extended.set(key, out);
  }
  return out;
}

const DEFAULT_SETS = titleSets();

export function titleKey(word: string): string {
  return word.replace(/\.$/, '').toLowerCase();
}

export function parsePerson(written: string, sets: TitleSets = DEFAULT_SETS): PersonParts {
  let rest = written.replace(/\s+/g, ' ').trim();
  const out: PersonParts = { titles: [], name: '', full: '' };
  const crowd = PUBLIC.exec(rest);
  if (crowd) {
    const n = crowd[1]!.toLowerCase();
    out.count = NUMBER_WORDS[n] ?? Number(n);
    out.public = true;
    out.name = rest;
    out.full = rest;
    return out;
  }
  // Bracketed notes, wherever they stand: "(TR)", "(AL - chair)", "(Part)(agenda item 4)", "(via phone)".
  const notes: string[] = [];
  rest = rest.replace(/\(([^()]*)\)/g, (_, inner: string) => {
    notes.push(inner.trim());
    return ' ';
  })
    // "Rachel Romoff (rromoff": a note whose closing bracket was left out is a note all the same, not part of the name.
    .replace(/\s\(([^()]*)$/, (_, inner: string) => {
      notes.push(inner.trim());
      return ' ';
    })
    .replace(/\s+/g, ' ').trim();
  for (const note of notes) readNote(note, out, sets);
  const bracketed = out.initials;
  // "Name, Organisation, Department": the first comma part is the person.
  const comma = rest.indexOf(',');
  if (comma >= 0) {
    const org = rest.slice(comma + 1).replace(/^[\s,]+|[\s,]+$/g, '');
    rest = rest.slice(0, comma).trim();
    if (org) {
      const remoteTail = /\s*\b(via\s+\w+)$/i.exec(org);
      out.organisation = org;
      if (remoteTail && REMOTE.test(remoteTail[1]!)) {
        out.remote = true;
        out.organisation = org.slice(0, remoteTail.index).trim();
      }
    }
  }
  out.full = rest;
  const words = rest.split(' ').filter(Boolean);
  for (let n = titleAt(sets, words, 0); n > 0 && words.length > n; n = titleAt(sets, words, 0)) out.titles.push(words.splice(0, n).join(' '));
  const post: string[] = [];
  while (words.length > 1 && sets.postTitleKeys.has(titleKey(words[words.length - 1]!)) && /^[A-Z]/.test(words[words.length - 1]!) && words[words.length - 1] === words[words.length - 1]!.toUpperCase()) post.unshift(words.pop()!);
  out.titles.push(...post);
  out.name = words.join(' ');
  if (words.length > 1) {
    // Particles belong to the surname: "Ó Ceallaigh", "van der Berg", "Nic Giolla".
    let first = words.length - 1;
    while (first > 0 && PARTICLES.has(words[first - 1]!.toLowerCase())) first--;
    out.surname = words.slice(first).join(' ');
    if (first > 0) out.given = words.slice(0, first).join(' ');
  } else if (words.length === 1) {
    out.surname = words[0]!;
  }
  // "(TSC)", "(ESRF)" after a name are a group or an organisation, not the person's initials.
  if (bracketed !== undefined && !fitsName(bracketed, out.name)) {
    delete out.initials;
    if (out.organisation === undefined) out.organisation = bracketed;
  }
  return out;
}

function readNote(note: string, out: PersonParts, sets: TitleSets): void {
  let m: RegExpExecArray | null;
  if ((m = /^representing\s+(.+)$/i.exec(note))) out.representing = m[1]!.trim();
  else if ((m = /^(?:alternate|substitute|deputising|deputy)\s+for\s+(.+)$/i.exec(note))) out.alternateFor = m[1]!.trim();
  else if (/^part(?:\s+of\s+(?:the\s+)?meeting)?$/i.test(note)) out.part = true;
  else if ((m = /^(?:agenda\s+)?items?\s+(.+)$/i.exec(note))) {
    out.items = m[1]!.split(/\s*(?:,|and|&)\s*/).map((s) => s.trim()).filter((s) => /^\d+(?:\.\d+)*$/.test(s));
    out.part = true;
  } else if (REMOTE.test(note)) out.remote = true;
  else {
    // "AL - chair", "DS - minutes", "TR", "chair".
    const parts = note.split(/\s+[-–—]\s+|\s*;\s*|\s*,\s*/).map((s) => s.trim()).filter(Boolean);
    for (const p of parts) {
      if (/^@[\w.-]+$/.test(p)) out.handle = p;
      else if (!out.initials && INITIALS.test(p)) out.initials = p;
      else if (REMOTE.test(p)) out.remote = true;
      else if (!out.role && sets.personRole.test(p)) out.role = p;
      else if (!out.role) out.role = p;
    }
  }
}

/**
 * Whether bracketed capitals can be the initials of a name: the first is the first letter of the
 * name and the first letter of its last word follows ("Ana Lopez (AL)", "Tom Reeve (TRV)",
 * "Anna Maria Lopez (AML)"). "(TSC)" after "Joe Smith" is a group, "(ESRF)" an organisation.
 */
export function fitsName(initials: string, name: string): boolean {
  const letters = initials.replace(/[^\p{Lu}]/gu, '');
  const words = name.split(/[\s-]+/).filter((w) => /^\p{L}/u.test(w));
  if (letters.length === 0 || words.length === 0) return false;
  const first = words[0]![0]!.toUpperCase();
  const last = words[words.length - 1]![0]!.toUpperCase();
  if (words.length === 1) return letters[0] === first;
  return letters[0] === first && letters.slice(1).includes(last) && letters.length <= words.length + 2;
}
