/**
 * Who a name written in the minutes stands for (NATURAL §2): titles are ignored, "D. Rhys" and
 * "Cllr Rhys" find Dafydd Rhys when nobody else fits, initials given in the lists resolve, and the
 * configuration's `aliases` name legitimate variants. One module, so that owners, movers,
 * seconders, chairs and names in the text are matched alike.
 */
import { distance } from '../util/did-you-mean.js';
import { parsedPerson, parsePerson, titleSets, type TitleSets } from './person-parse.js';
import type { Person } from './types.js';
import { memoise } from '../util/memo.js';

export type Match =
  | { kind: 'one'; person: Person; how: 'name' | 'initials' | 'surname' | 'given' | 'alias' | 'role' | 'nickname' }
  | { kind: 'ambiguous'; people: Person[] }
  | { kind: 'none' };

export interface MatchOptions {
  aliases?: Record<string, string[]>;
  /** The vocabulary's patterns (titles); the built-in vocabulary's when absent. */
  words?: TitleSets;
}

export interface PersonIndex {
  resolve(written: string): Match;
  readonly people: readonly Person[];
}

/**
 * Case, accents on apostrophes, full stops and spacing do not make two names different. Memoised:
 * near-match checks compare every name in the text with every listed person, so the same few
 * strings are keyed thousands of times per file (a profile of 1,000 files put 13% here).
 */
export const nameKey = memoise(
  (s: string): string => s.normalize('NFC').replace(/[’‘`]/g, "'").replace(/\./g, ' ').replace(/\s+/g, ' ').trim().toLowerCase(),
  10_000,
);

/**
 * A written name as parsePerson reads it, memoised per set of titles (person-parse.ts): a file's
 * text names the same people again and again, and resolving, gendering and near-matching each name
 * parsed it anew (about a tenth of reading the mentions over 1,000 files); near-match's keys,
 * cached per parsed object, hit too.
 */
const parsed = parsedPerson;

const INITIALS_TOKEN = /^[A-Z]{2,4}$/;
const PRONOUNS = new Set(['he', 'she', 'him', 'her', 'they', 'them', 'we', 'us', 'it', 'i', 'you']);

/** The listed people by every key a text may name them by. */
interface Keys {
  byFull: Map<string, Person[]>;
  bySurname: Map<string, Person[]>;
  byGiven: Map<string, Person[]>;
  byInitials: Map<string, Person[]>;
  byDerived: Map<string, Person[]>;
  byAlias: Map<string, Person[]>;
  byRole: Map<string, Person[]>;
}

function keysOf(real: readonly Person[], options: MatchOptions, titles: TitleSets): Keys {
  const keys: Keys = { byFull: new Map(), bySurname: new Map(), byGiven: new Map(), byInitials: new Map(), byDerived: new Map(), byAlias: new Map(), byRole: new Map() };
  const { byFull, bySurname, byGiven, byInitials, byDerived, byAlias, byRole } = keys;
  const add = (m: Map<string, Person[]>, k: string | undefined, p: Person) => {
    if (!k) return;
    const list = m.get(k);
    // A person is added to a key once, one after the other: checking the last entry is enough.
    if (!list) m.set(k, [p]);
    else if (list[list.length - 1] !== p) list.push(p);
  };
  for (const p of real) {
    const parts = p.parts;
    add(byFull, nameKey(parts.name), p);
    if (parts.given !== undefined) {
      add(bySurname, nameKey(parts.surname!), p);
      const first = parts.given.split(' ')[0]!;
      if (!/^[A-Z]\.?$/.test(first)) add(byGiven, nameKey(first), p);
      add(byDerived, derivedInitials(parts.name), p);
    } else if (parts.titles.length > 0) {
      // "Cllr Faraday": a surname with a title.
      add(bySurname, nameKey(parts.name), p);
    } else {
      // "Sue": a first name only.
      add(byGiven, nameKey(parts.name), p);
    }
    if (p.initials) add(byInitials, p.initials.toUpperCase(), p);
    if (p.role) add(byRole, nameKey(p.role), p);
    // "Andrew Wheat (Candle)": the text calls him Candle.
    if (p.nick) add(byAlias, nameKey(p.nick), p);
  }
  for (const [canonical, variants] of Object.entries(options.aliases ?? {})) {
    const target = byFull.get(nameKey(parsePerson(canonical, titles).name));
    if (!target) continue;
    for (const v of variants) for (const p of target) add(byAlias, nameKey(parsePerson(v, titles).name), p);
  }
  return keys;
}

const pick = (list: Person[] | undefined, how: Extract<Match, { kind: 'one' }>['how']): Match | undefined => {
  if (!list || list.length === 0) return undefined;
  return list.length === 1 ? { kind: 'one', person: list[0]!, how } : { kind: 'ambiguous', people: list };
};

/** Who a written name is, tried from the surest key to the loosest: initials, role, full name or alias, surname, first name, short form. */
function resolveName(written: string, keys: Keys, titles: TitleSets): Match {
  const { byFull, bySurname, byGiven, byInitials, byDerived, byAlias, byRole } = keys;
  const text = written.replace(/^(?:the|our)\s+/i, '').trim();
  if (text === '' || PRONOUNS.has(text.toLowerCase())) return { kind: 'none' };
  if (INITIALS_TOKEN.test(text)) return pick(byInitials.get(text), 'initials') ?? pick(byDerived.get(text), 'initials') ?? { kind: 'none' };
  const role = pick(byRole.get(nameKey(text)), 'role');
  if (role) return role;
  const parts = parsed(titles, text);
  const key = nameKey(parts.name);
  const exact = pick(byFull.get(key), 'name') ?? pick(byAlias.get(key), 'alias');
  if (exact) return exact;
  if (parts.given !== undefined) {
    // "D. Rhys", "D Rhys": initials before a surname.
    const givenInitials = parts.given.split(' ').every((w) => /^[A-Z]\.?$/.test(w));
    const same = bySurname.get(nameKey(parts.surname!)) ?? [];
    if (givenInitials) {
      const first = parts.given[0]!.toUpperCase();
      const fits = same.filter((p) => p.parts.given === undefined || p.parts.given[0]!.toUpperCase() === first);
      return pick(fits, 'surname') ?? { kind: 'none' };
    }
    // "Councillor Michael Sheahan" for a list that says "Councillor Sheahan".
    const first = nameKey(parts.given.split(' ')[0]!);
    const fits = same.filter((p) => p.parts.given === undefined || nameKey(p.parts.given.split(' ')[0]!) === first);
    return pick(fits, 'surname') ?? { kind: 'none' };
  }
  // One word: a surname (with or without title), a first name, or a short form of one.
  const bySur = bySurname.get(key);
  const byFirst = parts.titles.length > 0 ? undefined : byGiven.get(key);
  const both = [...(bySur ?? []), ...(byFirst ?? [])].filter((p, i, a) => a.indexOf(p) === i);
  const one = pick(both, bySur?.length ? 'surname' : 'given');
  if (one) return one;
  if (parts.titles.length === 0 && key.length >= 3) {
    const short = [...byGiven.entries()].filter(([g]) => g.length > key.length && g.startsWith(key)).flatMap(([, ps]) => ps);
    const nick = pick([...new Set(short)], 'nickname');
    if (nick) return nick;
  }
  return { kind: 'none' };
}

export function personIndex(people: readonly Person[], options: MatchOptions = {}): PersonIndex {
  const titles: TitleSets = options.words ?? titleSets();
  const real = people.filter((p) => !p.parts.public && p.parts.name !== '');
  const keys = keysOf(real, options, titles);
  return { resolve: (written: string) => resolveName(written, keys, titles), people: real };
}

/** "Jane Moss" → JM; particles ("van", "de") are skipped. */
export function derivedInitials(name: string): string {
  return name.split(/[\s-]+/).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]!.toUpperCase()).join('');
}

/**
 * The initials a listed name may be referred to by: every word's first letter and first and last
 * ("Nadia Ferreira" → NF, "Anna Maria Lopez" → AML and AL). The one derivation both the initials
 * check and the owner check accept, so that they agree on who "NF" is.
 */
export function initialsOfName(name: string): string[] {
  const words = name.split(/[\s-]+/).filter((w) => /^\p{L}/u.test(w));
  if (words.length < 2) return [];
  const all = words.map((w) => w[0]!.toUpperCase()).join('');
  return [all, all[0]! + all[all.length - 1]!];
}

/** Whether a written reference looks like a personal name rather than a role, party or pronoun. */
export function looksLikePersonalName(written: string, titles: TitleSets = titleSets()): boolean {
  const parts = parsePerson(written, titles);
  if (parts.public) return false;
  const words = parts.name.split(' ');
  if (!words.every((w) => /^\p{Lu}[\p{L}'’.-]*$/u.test(w))) return false;
  if (words.some((w) => w.length > 1 && !/^\p{Lu}\.$/u.test(w) && w === w.toUpperCase())) return false;
  // A title and a surname, or a first name and a surname.
  return (parts.titles.length > 0 && words.length >= 1) || words.length >= 2;
}

/**
 * A listed person whose name the written one nearly matches without being it: "Tom Reed" for
 * "Tom Reeve", "Alastair Penn" for "Alistair Penn", "Cllr Mr Ashdown" for "Cllr Mrs P Ashdown".
 * Short forms ("Sam" for "Samuel") and differences of case or apostrophe are not near misses.
 */
export function nearMatch(written: string, people: readonly Person[], titles: TitleSets = titleSets()): Person | undefined {
  const ref = parsed(titles, written);
  const found: Person[] = [];
  for (const p of people) {
    if (p.parts.public) continue;
    if (nearlySame(ref, p.parts)) found.push(p);
  }
  return found.length === 1 ? found[0] : undefined;
}

/**
 * Whether a written name could be a listed person misspelt, as a transcription slip writes it
 * ("Mrs. Cairn" for "Mrs. Cann", "M. Chief" for "M. Grief"): surnames of four letters or more at
 * most two letters apart, with the same first initial, or the same title and the same first
 * letter. Looser than `nearMatch`: it only makes a finding that the person is not there unsure.
 */
export function couldBe(written: string, people: readonly Person[], titles: TitleSets = titleSets()): Person | undefined {
  const ref = parsePerson(written, titles);
  const r = nearKeys(ref);
  if (r.surname.length < 4) return undefined;
  return people.find((p) => {
    if (p.parts.public) return false;
    const l = nearKeys(p.parts);
    if (l.surname.length < 4 || distance(r.surname, l.surname) > 2) return false;
    const sameInitial = r.first !== '' && r.first[0] === l.first[0];
    const sameTitle = r.gender !== undefined && r.gender === l.gender && r.surname[0] === l.surname[0];
    // "C. Cann" moving where "Mrs. Cairn" is present: one side gives no first name, so nothing tells them apart.
    const firstUnknown = (r.first === '') !== (l.first === '') && r.surname[0] === l.surname[0];
    return sameInitial || sameTitle || firstUnknown;
  });
}

const GENDERED: Record<string, string> = { mr: 'm', mrs: 'f', ms: 'f', miss: 'f' };

/** Whether a written name carries a title that says man or woman ("Mr Ashdown"). */
export function gendered(written: string, titles: TitleSets = titleSets()): boolean {
  return parsed(titles, written).titles.some((t) => GENDERED[t.replace(/\.$/, '').toLowerCase()] !== undefined);
}

type Parts = ReturnType<typeof parsePerson>;

interface NearKeys {
  surname: string;
  first: string;
  /** What the first gendered title says ("Mr", "Mrs"), if any. */
  gender: string | undefined;
}

/**
 * The keys near-match compares, once per parsed name: the rule compares every name in a file's
 * text with every listed person, and computing them on each comparison was a tenth of a
 * 1,000-file check. Keyed by the parsed object, so a name parsed anew is keyed anew.
 */
const NEAR_KEYS = new WeakMap<Parts, NearKeys>();
function nearKeys(x: Parts): NearKeys {
  let k = NEAR_KEYS.get(x);
  if (!k) {
    k = {
      surname: nameKey(x.surname ?? ''),
      first: nameKey((x.given ?? '').split(' ')[0] ?? ''),
      gender: x.titles.map((t) => GENDERED[t.replace(/\.$/, '').toLowerCase()]).find(Boolean),
    };
    NEAR_KEYS.set(x, k);
  }
  return k;
}

/** Two spellings at most a couple of letters apart (fewer for short ones), both long enough to judge. */
const close = (a: string, b: string, limit = Math.min(2, Math.floor(Math.min(a.length, b.length) / 3))) =>
  a !== b && a.length >= 4 && b.length >= 4 && distance(a, b) <= limit;
// A first name that begins another is its short form ("Sam", "Samuel"), not a misspelling.
const closeFirst = (a: string, b: string) => close(a, b) && !a.startsWith(b) && !b.startsWith(a);

function nearlySame(ref: Parts, listed: Parts): boolean {
  const r = nearKeys(ref);
  const l = nearKeys(listed);
  // A title that contradicts the listed one: "Mr Ashdown" for "Mrs P Ashdown".
  if (r.surname === l.surname && r.gender && l.gender && r.gender !== l.gender) return true;
  if (ref.given !== undefined && listed.given !== undefined) {
    // The same first name anchors the comparison: two letters out is near ("Tom Reed", "Tom Reeve").
    if (r.first === l.first && close(r.surname, l.surname, 2)) return true;
    if (r.surname === l.surname && closeFirst(r.first, l.first)) return true;
    return false;
  }
  // "Cllr Hutchinson" for "Cllr Dan Hutchison": a title and a surname one letter out.
  if (ref.given === undefined && ref.titles.length > 0 && r.surname.length >= 5) return close(r.surname, l.surname) && distance(r.surname, l.surname) === 1;
  return false;
}
