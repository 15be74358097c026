/**
 * Every person the text names, as facts of the model (issue 20, item 3): names in running text,
 * initials used as a person's, owners, movers, seconders, the chair and the note taker, each with
 * its place, who the one matcher (person-match.ts) resolves it to, the reader that found it and
 * whether it is certain. Rules filter these (unknown-initials, name-near-match) and recognise no
 * one in the text themselves.
 */
import { wordsOf, type Config } from '../config/types.js';
import type { Root } from 'mdast';
import type { Locator } from '../parse/locate.js';
import { plainBlocks, type PlainBlock } from '../parse/plain-text.js';
import { gendered, nearMatch, type PersonIndex } from './person-match.js';
import { INITIALS_TOKEN, readInitials } from './initials.js';
import type { Meeting, Mention, NamedPerson } from './types.js';
import type { Patterns } from '../vocabulary/patterns.js';

export interface MentionInput {
  tree: Root;
  source: string;
  loc: Locator;
  config: Config;
}

/** The mentions of a meeting whose people, actions and motions are read: text order within each reader. */
export function readMentions(m: Meeting, people: PersonIndex, input: MentionInput): Mention[] {
  const blocks = plainBlocks(input.tree, input.source);
  return [...namesInText(m, people, blocks, input), ...readInitials(m, blocks, input), ...ownerMentions(m), ...roleMentions(m)];
}

const CAP = "\\p{Lu}[\\p{Ll}'’]+(?:-\\p{Lu}[\\p{Ll}'’]+)?";
const CANDIDATES = new WeakMap<Patterns, RegExp>();
/** "Tom Reeve", "Cllr Mr Ashdown", "Dr Ash": a title and a name, or two capitalised words. */
function candidates(words: Patterns): RegExp {
  let re = CANDIDATES.get(words);
  if (!re) {
    // When every title opens with a capital, so does every match: the look-ahead lets the engine
    // skip the other positions quickly (a quarter of this pattern's time over 1,000 meetings).
    const capitalFirst = words.vocabulary.titles.every((t) => /^\p{Lu}/u.test(t.trim())) ? '(?=\\p{Lu})' : '';
    re = new RegExp(`${capitalFirst}(?<![\\p{L}])(?:(?:${words.titleAsWritten}\\s+)+(?:${CAP}\\s+)?${CAP}|${CAP}\\s+${CAP})(?![\\p{L}])`, 'gu');
    CANDIDATES.set(words, re);
  }
  return re;
}

/**
 * Names in running text. Two capitalised words may be a name or a title of something ("Annual
 * Report"): certain only when it resolves to a listed person, carries a title, or nearly matches
 * one listed person (then `near` says whom: "Tom Reed" with "Tom Reeve" present, "Mr Ashdown" with
 * "Mrs P Ashdown"); an alias of the configuration is that person's, never a near miss.
 */
function namesInText(m: Meeting, people: PersonIndex, blocks: PlainBlock[], input: MentionInput): Mention[] {
  const titles = wordsOf(input.config);
  const listed = m.people.filter((p) => !p.parts.public && p.parts.name !== '');
  const aliases = new Set(Object.values(input.config.aliases).flat().map((a) => a.toLowerCase()));
  const out: Mention[] = [];
  for (const block of blocks) {
    for (const x of block.text.matchAll(candidates(titles))) {
      // "Tom Reeve's report": the possessive is not part of the name.
      const written = x[0].replace(/['’]s$/, '');
      const at = block.offset(x.index!, written.length);
      const span = at === undefined ? input.loc.span(block.start, block.start) : input.loc.span(at, at + written.length);
      const r = people.resolve(written);
      const mention: Mention = { written, span, exact: at !== undefined, form: 'name', reader: 'name-in-text', certain: false };
      if (r.kind === 'one') mention.person = r.person;
      if (r.kind === 'ambiguous') mention.ambiguous = true;
      const alias = aliases.has(written.toLowerCase());
      if (!alias && r.kind !== 'ambiguous' && listed.length > 0 && (r.kind !== 'one' || gendered(written, titles))) {
        const near = nearMatch(written, listed, titles);
        if (near && (r.kind !== 'one' || r.person === near)) mention.near = near;
      }
      mention.certain = r.kind === 'one' || alias || mention.near !== undefined || titled(written, titles);
      if (!mention.certain) mention.doubt = 'capitalised words that name no one listed';
      out.push(mention);
    }
  }
  return out;
}

const TITLED = new WeakMap<Patterns, RegExp>();
/** Whether a name starts with a title; the pattern is built once per vocabulary, not per name. */
function titled(written: string, words: Patterns): boolean {
  let re = TITLED.get(words);
  if (!re) TITLED.set(words, (re = new RegExp(`^(?:${words.titleAsWritten})\\s`, 'u')));
  return re.test(written);
}

/** Owners of actions: each token the action names, resolved when the actions were read; as sure as its action. */
function ownerMentions(m: Meeting): Mention[] {
  const out: Mention[] = [];
  for (const a of m.actions) {
    for (const t of a.owners) {
      if (t.kind === 'everyone' || t.kind === 'role') continue;
      // A v1 owner's initials are read with the other initials (initials.ts), acronyms told apart.
      if (a.notation === 'v1' && INITIALS_TOKEN.test(t.text)) continue;
      const span = t.span ?? a.ownerSpan ?? a.idSpan;
      const mention: Mention = { written: t.text, span, exact: t.span !== undefined, form: t.kind === 'initials' ? 'initials' : 'name', reader: 'owner', certain: a.certain };
      if (t.resolved?.kind === 'person') mention.person = t.resolved.person;
      if (t.resolved?.kind === 'ambiguous') mention.ambiguous = true;
      if (!a.certain) mention.doubt = 'the owner of an action that is not certain';
      out.push(mention);
    }
  }
  return out;
}

/** Movers, seconders, the chair, the note taker and who joined, left or took the chair: read by their sentences' readers. */
function roleMentions(m: Meeting): Mention[] {
  const out: Mention[] = [];
  const add = (n: NamedPerson | undefined, reader: Mention['reader'], certain = true) => {
    if (!n) return;
    const mention: Mention = { written: n.written, span: n.span, exact: true, form: 'name', reader, certain };
    if (n.person) mention.person = n.person;
    if (n.ambiguous) mention.ambiguous = true;
    if (!certain) mention.doubt = 'named in a motion that is not certain';
    out.push(mention);
  };
  add(m.chair, 'chair');
  add(m.noteTaker, 'note-taker');
  for (const x of m.motions) {
    add(x.mover, 'mover', x.certain);
    add(x.seconder, 'seconder', x.certain);
  }
  for (const c of m.attendanceChanges) add(c.who, 'attendance-change');
  return out;
}

