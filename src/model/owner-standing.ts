/**
 * Who each part of a v1 action's owner stands for (FORMAT §3, §7), decided once in the model so
 * that the action-owner rule only filters: a configured party, an attendee or apologies category, a
 * participant organisation, the committee itself (code or name) or its secretariat, or a person
 * present (attendees and participants) by full name, initials, roster alias, role ("Chair") or first
 * name when only one person present has it; "Secretariat" when the minutes name one. A few
 * collective owners are accepted as they are written in minutes (the vocabulary's
 * `collective_owners`), and any known body followed by a word of `owner_members` ("LKF members").
 * Names compare without case and with spacing folded; a leading `owner_articles` word is ignored
 * ("The Keepers").
 *
 * A compound owner ("Coastal Survey/Keepers", "Keepers and the Coastal Survey", "Keepers, Trinity
 * Pilots & Coastal Survey") is split on the vocabulary's owner separators ("/", ",", "+", " and ",
 * "&"…), and each part must be known. Known names that themselves contain a separator ("Gull & Tern
 * Trust", "Harbour and Docks Board") are matched whole before splitting. Each part first takes what
 * the one person matcher resolved it to (owner-resolve.ts); the spellings below cover the offices
 * and bodies it leaves open.
 */
import { peopleIndex, presentPeople } from './identity.js';
import { normaliseName } from './people.js';
import { initialsOfName } from './person-match.js';
import type { Meeting, NewAction, OwnerPart, Person } from './types.js';
import { vocabularyOf, wordsOf, type Config } from '../config/types.js';
import { closest } from '../util/did-you-mean.js';
import { alternatives, type Patterns } from '../vocabulary/patterns.js';
import { memoiseOn } from '../util/memo.js';

/**
 * The shapes of an owner, from the configuration's vocabulary: its separators (the same that split
 * owners in the model, action-owners.ts), the article before it (`owner_articles`) and the words
 * after a body that name its members (`owner_members`).
 */
interface OwnerShapes {
  separator: RegExp;
  findSeparator: RegExp;
  article: RegExp;
  /** "LKF members" at the end of a part. */
  groupSuffix: RegExp;
  /** "members" right after a known name. */
  membersAfter: RegExp;
}

const shapesOf = memoiseOn((w: Patterns): OwnerShapes => {
  const members = alternatives(w.vocabulary.owner_members);
  return {
    separator: new RegExp(`^\\s*${w.ownerSeparator}\\s*`, 'iu'),
    findSeparator: new RegExp(`\\s*${w.ownerSeparator}\\s*`, 'iu'),
    article: new RegExp(`^${alternatives(w.vocabulary.owner_articles)}\\s+`, 'i'),
    groupSuffix: new RegExp(`\\s+${members}$`, 'i'),
    membersAfter: new RegExp(`^\\s+${members}\\b`, 'i'),
  };
});

type Kind = 'known' | 'absent';

interface Known {
  /** As written in the minutes or configuration, for "did you mean". */
  display: string;
  kind: Kind;
  /** For absent people: where they are listed. */
  person?: Person;
}

interface Part {
  text: string;
  /** Offset of the part within the owner string. */
  at: number;
}

/**
 * Sets `ownerParts` on every v1 action that writes an owner: each part, where it stands in the
 * source, and whom it names (known, absent with the person listed, or unknown with the nearest
 * known spelling).
 */
export function judgeOwnerParts(meeting: Meeting, config: Config, source: string): void {
  const v1 = meeting.actions.filter((a) => a.notation === 'v1' && a.owner);
  if (v1.length === 0) return;
  const shapes = shapesOf(wordsOf(config));
  const known = knownOwners(meeting, config, shapes);
  // Made only for a part no one is known by: most meetings have none.
  let suggestions: string[] | undefined;
  const suggest = () => (suggestions ??= [...new Set([...known.values()].filter((k) => k.kind === 'known').map((k) => k.display))]);
  const longestFirst = [...known.keys()].sort((a, b) => b.length - a.length);
  for (const a of v1) {
    const base = ownerOffset(source, a);
    // An owner is a few names; the bound keeps a pathological attribute value from costing minutes.
    a.ownerParts = splitOwner(a.owner!.slice(0, 300), longestFirst, shapes).map((part): OwnerPart => {
      const k = resolvedAs(a, part.text, shapes) ?? lookup(part.text, known, shapes);
      const out: OwnerPart = { text: part.text, standing: k?.kind ?? 'unknown' };
      if (base !== undefined) out.at = base + part.at;
      if (k?.kind === 'absent') {
        out.display = k.display;
        out.person = k.person!;
      } else if (k === undefined) {
        const near = closest(stripArticle(part.text, shapes), suggest());
        if (near !== undefined) out.near = near;
      }
      return out;
    });
  }
}

/** Every accepted spelling, normalised, to what it names. */
function knownOwners(meeting: Meeting, config: Config, shapes: OwnerShapes): Map<string, Known> {
  const out = new Map<string, Known>();
  const add = (s: string | undefined, kind: Kind = 'known', person?: Person) => {
    if (!s || !s.trim()) return;
    const key = normaliseName(stripArticle(s, shapes));
    const existing = out.get(key);
    // A body or a person present wins over an absent person of the same spelling.
    if (existing && (existing.kind === 'known' || kind === 'absent')) return;
    out.set(key, person ? { display: s.trim(), kind, person } : { display: s.trim(), kind });
  };
  for (const p of config.parties) add(p);
  for (const g of [...meeting.attendees, ...meeting.apologies, ...meeting.participants]) add(g.name);
  for (const m of config.roster) add(m.category);
  for (const s of [meeting.code, config.code, meeting.committee, config.committee, meeting.secretariat]) add(s);
  // "The Secretariat to circulate…" names whoever `secretariat` is.
  if (meeting.secretariat) add('Secretariat');

  const ids = peopleIndex(meeting, config.roster);
  const present = presentPeople(meeting);
  const firstNames = new Map<string, number>();
  for (const p of present) {
    const first = p.name.trim().split(/\s+/)[0];
    if (first && p.name.trim().includes(' ')) firstNames.set(normaliseName(first), (firstNames.get(normaliseName(first)) ?? 0) + 1);
  }
  const spellings = (p: Person) => {
    const m = ids.member(p.name);
    // Initials derived from the name as unknown-initials derives them: "NF" for Nadia Ferreira.
    return [p.name, p.initials, ...initialsOfName(p.name), ...(m ? [m.name, m.initials, ...m.aliases] : [])];
  };
  for (const p of present) {
    for (const s of spellings(p)) add(s);
    // "The Chair to write…", "The Secretary to circulate…".
    if (p.role) add(p.role);
    const first = p.name.trim().split(/\s+/)[0];
    if (first && firstNames.get(normaliseName(first)) === 1) add(first);
  }
  for (const p of meeting.people) {
    if (p.list !== 'apologies') continue;
    for (const s of spellings(p)) add(s, 'absent', p);
  }
  for (const c of vocabularyOf(config).collective_owners) add(c);
  return out;
}

/**
 * What the model resolved this part of the owner to (owner-resolve.ts, once for every action): a
 * person present, everyone or a body of the meeting is known, a person who sent apologies is absent. Parts the
 * model split otherwise, or could not resolve, are looked up in the spellings below.
 */
function resolvedAs(a: NewAction, part: string, shapes: OwnerShapes): Known | undefined {
  const key = normaliseName(stripArticle(part, shapes));
  const r = a.owners.find((t) => normaliseName(stripArticle(t.text, shapes)) === key)?.resolved;
  // An office is an owner here only when someone present holds it or the minutes name it (the spellings below).
  if (!r || r.kind === 'unknown' || r.kind === 'ambiguous' || r.kind === 'role') return undefined;
  if (r.kind !== 'person') return { display: part, kind: 'known' };
  const shown = r.person.written ?? r.person.name;
  return r.person.list === 'apologies' ? { display: shown, kind: 'absent', person: r.person } : { display: shown, kind: 'known' };
}

function lookup(text: string, known: Map<string, Known>, shapes: OwnerShapes): Known | undefined {
  const key = normaliseName(stripArticle(text, shapes));
  const direct = known.get(key);
  if (direct) return direct;
  // "LKF members", "Keepers representatives".
  const group = key.replace(shapes.groupSuffix, '');
  if (group !== key) {
    const k = known.get(group) ?? known.get(normaliseName(stripArticle(group, shapes)));
    if (k?.kind === 'known') return k;
  }
  return undefined;
}

/** The parts of a compound owner, each with its place in the string. */
export function splitOwner(owner: string, knownLongestFirst: readonly string[], shapes: OwnerShapes): Part[] {
  const parts: Part[] = [];
  let i = 0;
  while (i < owner.length) {
    const sep = shapes.separator.exec(owner.slice(i));
    if (sep && sep[0].length > 0) {
      i += sep[0].length;
      continue;
    }
    const article = shapes.article.exec(owner.slice(i));
    if (article) i += article[0].length;
    const rest = owner.slice(i);
    const whole = knownLongestFirst.find((k) => {
      if (rest.length < k.length || normaliseName(rest.slice(0, k.length)) !== k) return false;
      const after = rest.slice(k.length);
      return after === '' || shapes.separator.test(after) || shapes.membersAfter.test(after);
    });
    let end: number;
    if (whole) {
      end = whole.length;
      // Take a "members" suffix along with the name.
      const suffix = shapes.membersAfter.exec(rest.slice(end));
      if (suffix) end += suffix[0].length;
    } else {
      const next = shapes.findSeparator.exec(rest);
      end = next ? next.index : rest.length;
    }
    const text = rest.slice(0, end).trim();
    if (text) parts.push({ text, at: i + (rest.length - rest.trimStart().length) });
    i += Math.max(end, 1);
  }
  return parts;
}

function stripArticle(s: string, shapes: OwnerShapes): string {
  return s.trim().replace(shapes.article, '');
}

/** Source offset of the owner string itself (within the text, or the attribute's value). */
function ownerOffset(source: string, a: NewAction): number | undefined {
  if (!a.ownerSpan || !a.owner) return undefined;
  const raw = source.slice(a.ownerSpan.start.offset, a.ownerSpan.end.offset);
  const idx = a.ownerSource === 'attribute' ? raw.indexOf(a.owner, raw.indexOf('=') + 1) : raw.indexOf(a.owner);
  return idx === -1 ? undefined : a.ownerSpan.start.offset + idx;
}
