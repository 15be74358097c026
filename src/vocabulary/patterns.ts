/**
 * Regular expressions built from a vocabulary's words (words.ts). Built once per vocabulary (the
 * built-in one, or one a configuration extended) and kept: a one-file check must not pay for
 * compiling them again for every file.
 */
import { PREBUILT_DEFAULT } from './prebuilt.js';
import { DEFAULT_VOCABULARY, type Family, type Vocabulary } from './words.js';

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** One word of a phrase as a regex source: apostrophes match ' ’ or none. */
function word(w: string): string {
  return w.trim().split(/\s+/).map((x) => x.split(/['’]/).map(esc).join("['’]?")).join('\\s+');
}

/** The words of a phrase, a bracketed group with its blanks kept as one. */
function tokens(phrase: string): string[] {
  const out: string[] = [];
  let cur = '';
  let depth = 0;
  for (const c of phrase.trim()) {
    if (c === '[' || c === '(') depth++;
    if (c === ']' || c === ')') depth = Math.max(0, depth - 1);
    if (/\s/.test(c) && depth === 0) {
      if (cur) out.push(cur);
      cur = '';
    } else cur += c;
  }
  if (cur) out.push(cur);
  return out;
}

/** A phrase of the vocabulary (see words.ts for `[a|b]` and `(a|b)`) as a regex source. */
export function phraseSource(phrase: string): string {
  let out = '';
  let first = true;
  for (const t of tokens(phrase)) {
    const opt = /^\[(.+)\]$/.exec(t);
    const req = t.length > 2 && t.includes('|') ? /^\((.+)\)$/.exec(t) : null;
    const alts = (opt ?? req)?.[1]!.split('|').map(word).join('|');
    const body = alts !== undefined ? `(?:${alts})` : word(t);
    if (opt) out += first ? `(?:${body}\\s+)?` : `(?:\\s+${body})?`;
    else {
      out += first ? body : `\\s+${body}`;
      first = false;
    }
  }
  // A phrase of optional words only: they were written as a prefix; drop the trailing blank need.
  return out;
}

/** Alternatives of a family, longest first so that "not yet complete" wins over "complete". */
export function alternatives(phrases: readonly string[]): string {
  return `(?:${[...phrases].sort((a, b) => b.length - a.length).map(phraseSource).join('|')})`;
}

export interface Patterns {
  readonly vocabulary: Vocabulary;
  /** Title keys (lower case, no final full stop), one word each, and the multi-word titles split in words. */
  titleKeys: ReadonlySet<string>;
  multiTitles: ReadonlyArray<readonly string[]>;
  postTitleKeys: ReadonlySet<string>;
  /** Regex source of one title before a name, its full stop optional: `(?:County\s+Councillor|Cllr)\.?`. */
  title: string;
  /** The same, case as the vocabulary writes it ("Cllr", "County Councillor"): for case-sensitive patterns. */
  titleAsWritten: string;
  /** A plural title and its blank at the start of an owner text. */
  sharedTitle: RegExp;
  /** Regex source of an abbreviation ending a word before a full stop (titles and the abbreviations family). */
  abbreviation: string;
  role: RegExp;
  personRole: RegExp;
  everyone: RegExp;
  ownerPlaceholder: RegExp;
  /** Splits an owner text into owners. */
  ownerSplit: RegExp;
  /** Regex source of one owner separator: "&" only where a blank stands on one side of it ("R&D" is one name). */
  ownerSeparator: string;
  chairRole: RegExp;
  /** Whole-title tests of the section families. */
  section: Record<SectionFamily, RegExp>;
  /** Tests of a title that begins with a phrase of the family ("Annex B: budget", "Signed as a true record …"). */
  sectionStart: Record<SectionFamily, RegExp>;
  /** Whole-cell tests of the table column families. */
  column: Record<ColumnFamily, RegExp>;
  statusOpen: RegExp;
  statusClosed: RegExp;
  /** Source of the review status words, open first, as one group. */
  statusWords: string;
  moved: string;
  seconded: string;
  outcome: string;
  outcomeLost: RegExp;
  outcomeWithdrawn: RegExp;
  outcomeDeferred: RegExp;
  unanimous: RegExp;
  nemCon: RegExp;
  decisionVerbs: string;
  decisionSubjects: readonly string[];
}

export type SectionFamily = Extract<Family, `section_${string}`> extends `section_${infer S}` ? S : never;
export type ColumnFamily = Extract<Family, `column_${string}`> extends `column_${infer S}` ? S : never;

const titleKey = (w: string) => w.replace(/\.$/, '').toLowerCase();
const whole = (phrases: readonly string[], flags = 'i') => new RegExp(`^${alternatives(phrases)}$`, flags);

const built = new WeakMap<Vocabulary, Patterns>();

export function patternsOf(v: Vocabulary = DEFAULT_VOCABULARY): Patterns {
  let p = built.get(v);
  if (!p) {
    // The built-in vocabulary's patterns come built with the bundle (prebuilt.ts); vocabulary first, as build() orders them.
    p = v === DEFAULT_VOCABULARY && PREBUILT_DEFAULT ? { vocabulary: v, ...(PREBUILT_DEFAULT as Omit<Patterns, 'vocabulary'>) } : build(v);
    built.set(v, p);
  }
  return p;
}

/** Exported for test/bundle-prebuilt.test.ts: the prebuilt patterns must equal what this builds. */
export function build(v: Vocabulary): Patterns {
  const single = v.titles.filter((t) => !/\s/.test(t.trim()));
  const multi = v.titles.filter((t) => /\s/.test(t.trim())).map((t) => t.trim().split(/\s+/).map(titleKey));
  const families = <P extends string>(prefix: P) =>
    Object.fromEntries(
      (Object.keys(v) as Family[]).filter((f) => f.startsWith(prefix)).map((f) => [f.slice(prefix.length), whole(v[f])]),
    );
  const sep = v.owner_separators
    .map((s) => (/^\p{L}+$/u.test(s) ? `\\b${esc(s)}\\b` : s === '&' ? '(?<![\\p{L}\\p{N}])&|&(?![\\p{L}\\p{N}])' : esc(s)))
    .join('|');
  const open = alternatives(v.status_open);
  const closed = alternatives(v.status_closed);
  return {
    vocabulary: v,
    titleKeys: new Set(single.map(titleKey)),
    multiTitles: multi,
    postTitleKeys: new Set(v.post_titles.map(titleKey)),
    title: `(?:${[...v.titles].sort((a, b) => b.length - a.length).map((t) => phraseSource(titleKey(t))).join('|')})\\.?`,
    titleAsWritten: `(?:${[...v.titles].sort((a, b) => b.length - a.length).map((t) => phraseSource(t.replace(/\.$/, ''))).join('|')})\\.?`,
    sharedTitle: new RegExp(`^${alternatives(v.plural_titles.map(titleKey))}\\.?\\s+`, 'i'),
    abbreviation: `(?:${[...v.titles, ...v.abbreviations].filter((t) => !/\s/.test(t)).map((t) => esc(t.replace(/\.$/, ''))).join('|')})`,
    role: new RegExp(`^(?:(?:the|our)\\s+)?${alternatives(v.roles)}s?$`, 'i'),
    personRole: whole(v.person_roles),
    everyone: whole(v.collective_owners),
    ownerPlaceholder: new RegExp(`^(?:${[...v.owner_placeholders].sort((a, b) => b.length - a.length).map((s) => (s === '?' ? '\\?+' : s === '-' ? '-+' : s.toLowerCase() === 'n/a' ? 'n\\/?a' : esc(s))).join('|')})$`, 'i'),
    ownerSplit: new RegExp(`\\s*(?:${sep})\\s*`, 'iu'),
    ownerSeparator: `(?:${sep})`,
    chairRole: whole(v.chair_roles),
    section: families('section_') as Record<SectionFamily, RegExp>,
    sectionStart: Object.fromEntries((Object.keys(v) as Family[]).filter((f) => f.startsWith('section_')).map((f) => [f.slice('section_'.length), new RegExp(`^${alternatives(v[f])}(?![\\p{L}])`, 'iu')])) as Record<SectionFamily, RegExp>,
    column: families('column_') as Record<ColumnFamily, RegExp>,
    statusOpen: new RegExp(`\\b(${open})\\b`, 'i'),
    statusClosed: new RegExp(`\\b(${closed})\\b`, 'i'),
    statusWords: `(?:${open}|${closed})`,
    moved: alternatives(v.motion_moved),
    seconded: alternatives(v.motion_seconded),
    outcome: alternatives([...v.outcome_carried, ...v.outcome_lost, ...v.outcome_withdrawn, ...v.outcome_deferred]),
    outcomeLost: whole(v.outcome_lost),
    outcomeWithdrawn: whole(v.outcome_withdrawn),
    outcomeDeferred: whole(v.outcome_deferred),
    unanimous: new RegExp(`\\b${alternatives(v.vote_unanimous)}\\b`, 'i'),
    nemCon: new RegExp(`\\b${alternatives(v.vote_nem_con)}(?!\\p{L})`, 'iu'),
    decisionVerbs: alternatives(v.decision_verbs),
    decisionSubjects: v.decision_subjects,
  };
}

/**
 * A heading's title as the section families are matched against it: its number (`1.`, `4.2`,
 * `a)`, `(iii)`, `044/18`, "Item 3:"), and the punctuation around it left out.
 */
export function sectionTitle(title: string): string {
  return title
    .replace(/^\s*(?:item\s+)?(?:\(?[0-9]{1,4}(?:[./][0-9]{1,4})*[.:)]?|\(?[a-z]{1,4}\)|[a-z][.)])\s+/i, '')
    .replace(/^[\s*_\-–—:]+|[\s*_.:;,\-–—]+$/g, '')
    .trim();
}

/** Whether a title (one word, or the start of a multi-word one) opens `words` at `i`; returns how many words it takes. */
export function titleAt(p: Patterns, words: readonly string[], i: number): number {
  for (const m of p.multiTitles) if (m.every((w, k) => words[i + k] !== undefined && titleKey(words[i + k]!) === w)) return m.length;
  return words[i] !== undefined && p.titleKeys.has(titleKey(words[i]!)) ? 1 : 0;
}
