import { wordsOf } from '../config/types.js';
import { splitOwners } from '../model/action-owners.js';
import { patternsOf } from '../vocabulary/patterns.js';
import { identities } from '../model/identity.js';
import { plainBlocks, type PlainBlock } from '../parse/plain-text.js';
import { closest } from '../util/did-you-mean.js';
import { normaliseInitials } from './duplicate-initials.js';
import type { FileContext, FileRule } from './types.js';
import { v1Actions } from '../model/v1-actions.js';
import { initialsOfName } from '../model/person-match.js';

/*
 * Minutes are full of capitalised acronyms (OPSG, DCC, RDP…), so a 2–3 capital-letter token is
 * taken for a person's initials only where the sentence uses it as a person:
 *  - the owner of an action ("ACTION …: JM to circulate…", `{owner="JM"}`);
 *  - alone in parentheses: "(JM)", "(JM, KL)";
 *  - the subject of a reporting verb: "JM noted…", "JM and KL agreed…" — but not after an article
 *    ("The DCC noted…"), since people are not "the JM".
 * Even there, these are never initials: the committee code, configured parties, attendee
 * categories and participant organisations, roster categories, decision verbs, acronyms the text
 * defines ("Request for Proposal (RFP)", "RFP (Request for Proposal)"), tokens the text writes
 * after an article ("the TAG") or in a plural ("RDPs"), Roman numerals, and a few common
 * abbreviations (AOB, TBC, UK…).
 * A token is known when it is the initials given to anyone in the minutes or the roster, or the
 * initials of the name of someone in the minutes ("Jane Moss" → JM).
 */

const TOKEN = '[A-Z]{2,3}';
const EDGE_BEFORE = '(?<![\\p{L}\\p{N}&/\'’.-])';
const EDGE_AFTER = '(?![\\p{L}\\p{N}&/\'’-])';
const LIST_SEP = '(?:\\s*,\\s*|\\s*&\\s*|\\s*\\/\\s*|\\s+and\\s+)';
const VERBS = [
  'noted', 'asked', 'reported', 'said', 'agreed', 'confirmed', 'explained', 'highlighted', 'queried',
  'suggested', 'presented', 'requested', 'stated', 'mentioned', 'advised', 'proposed', 'questioned',
  'commented', 'added', 'clarified', 'responded', 'acknowledged', 'emphasised', 'emphasized',
  'summarised', 'summarized', 'introduced', 'welcomed', 'thanked', 'undertook', 'provided', 'raised',
];
/** "(JM)", "(JM, KL)". */
const IN_PARENS = new RegExp(`\\(\\s*(${TOKEN}(?:${LIST_SEP}${TOKEN})*)\\s*\\)`, 'gu');
/** "JM noted", "JM and KL also agreed". */
const SUBJECT = new RegExp(`${EDGE_BEFORE}(${TOKEN}(?:${LIST_SEP}${TOKEN})*)\\s+(?:(?:also|further|then|subsequently)\\s+)?(?:${VERBS.join('|')})\\b`, 'gu');
const ANY_TOKEN = new RegExp(`${EDGE_BEFORE}${TOKEN}${EDGE_AFTER}`, 'gu');
const AFTER_ARTICLE = new RegExp(`(?<![\\p{L}\\p{N}])(?:[Tt]he|[Aa]n?)\\s+(${TOKEN})${EDGE_AFTER}`, 'gu');
const PLURAL = new RegExp(`${EDGE_BEFORE}(${TOKEN})s(?![\\p{L}\\p{N}])`, 'gu');
/** "Request for Proposal (RFP)" / "(RFPs)". */
const DEFINED_AFTER = new RegExp(`\\((${TOKEN})s?\\)`, 'gu');
/** "RFP (Request for Proposal)". */
const DEFINED_BEFORE = new RegExp(`${EDGE_BEFORE}(${TOKEN})s?\\s*\\(([^()]{3,120})\\)`, 'gu');
const ARTICLES = new Set(['the', 'a', 'an', 'each', 'every', 'any', 'this', 'that', 'its', 'their', 'our', 'one']);
const COMMON = new Set([
  'AOB', 'TBC', 'TBA', 'TBD', 'FYI', 'FAQ', 'ETA', 'NB', 'OK', 'UK', 'EU', 'US', 'USA', 'UN',
  'AM', 'PM', 'GMT', 'BST', 'UTC', 'CET', 'ID', 'IT', 'HR', 'PR', 'QA', 'CEO', 'CFO', 'CTO', 'COO',
  'PDF', 'CSV', 'URL', 'API', 'KPI', 'SLA', 'RAG',
]);
const ROMAN = /^[IVX]+$/;

interface Use {
  token: string;
  offset: number | undefined;
  /** Fallback place when the source offset is unknown. */
  near: number;
}

export const unknownInitials: FileRule = {
  id: 'unknown-initials',
  scope: 'file',
  severity: 'warn',
  description: 'Initials used in the text must belong to someone in the minutes or the roster (when the minutes give initials)',
  check(ctx) {
    const { meeting, config } = ctx;
    const ids = identities(config.roster);
    const given = [
      ...meeting.people.map((p) => p.initials ?? (p.name ? ids.member(p.name)?.initials : undefined)),
      ...config.roster.map((m) => m.initials),
    ].filter((s): s is string => !!s && normaliseInitials(s) !== '');
    if (given.length === 0) return;
    const known = new Set(given.map(normaliseInitials));
    for (const p of meeting.people) for (const i of initialsOfName(p.name)) known.add(i);

    const blocks = plainBlocks(ctx.tree, ctx.source);
    const acronyms = notInitials(ctx, blocks);
    const uses: Use[] = [];
    for (const block of blocks) {
      for (const m of block.text.matchAll(IN_PARENS)) collect(block, m[1]!, m.index! + m[0].indexOf(m[1]!), uses);
      for (const m of block.text.matchAll(SUBJECT)) {
        const before = /([\p{L}]+)\s*$/u.exec(block.text.slice(0, m.index!))?.[1]?.toLowerCase();
        if (before && ARTICLES.has(before)) continue;
        collect(block, m[1]!, m.index!, uses);
      }
    }
    for (const a of v1Actions(meeting)) {
      if (!a.owner) continue;
      const place = a.ownerSpan ?? a.span;
      const raw = ctx.source.slice(place.start.offset, place.end.offset);
      for (const part of splitOwners(a.owner, wordsOf(ctx.config))) {
        if (!new RegExp(`^${TOKEN}$`).test(part)) continue;
        const at = new RegExp(`${EDGE_BEFORE}${part}${EDGE_AFTER}`, 'u').exec(raw);
        uses.push({ token: part, offset: at && a.ownerSpan ? place.start.offset + at.index : undefined, near: place.start.offset });
      }
    }

    const reported = new Set<number>();
    for (const u of uses) {
      if (known.has(u.token) || acronyms.has(u.token) || ROMAN.test(u.token)) continue;
      const at = u.offset ?? u.near;
      if (reported.has(at)) continue;
      reported.add(at);
      const near = closest(u.token, known);
      const hint = near === undefined ? '' : ` (did you mean "${near}"?)`;
      const span = u.offset === undefined ? ctx.loc.span(at, at) : ctx.loc.span(at, at + u.token.length);
      ctx.report(span, `"${u.token}" is used as a person's initials but matches nobody in the minutes or the roster${hint}`);
    }
  },
};

/** Each token of a match such as "JM, KL and PQ", with its place. */
function collect(block: PlainBlock, group: string, at: number, uses: Use[]): void {
  for (const t of group.matchAll(new RegExp(TOKEN, 'g'))) {
    const from = at + t.index!;
    uses.push({ token: t[0], offset: block.offset(from, t[0].length), near: block.start });
  }
}

/** "Jane Moss" → JM; "Mary Ann Lee" → MAL and ML. */

/** Tokens that are acronyms or names of bodies wherever they stand. */
function notInitials(ctx: FileContext, blocks: PlainBlock[]): Set<string> {
  const { meeting, config } = ctx;
  const out = new Set<string>();
  const addTokens = (s: string | undefined) => {
    for (const m of (s ?? '').matchAll(ANY_TOKEN)) out.add(m[0]);
  };
  for (const s of [meeting.code, config.code, ...config.parties, ...config.decisionVerbs]) addTokens(s);
  for (const g of [...meeting.attendees, ...meeting.participants, ...meeting.apologies]) addTokens(g.name);
  for (const m of config.roster) addTokens(m.category);
  for (const c of COMMON) out.add(c);
  for (const { text } of blocks) {
    for (const m of text.matchAll(AFTER_ARTICLE)) out.add(m[1]!);
    for (const m of text.matchAll(PLURAL)) out.add(m[1]!);
    for (const m of text.matchAll(DEFINED_AFTER)) if (abbreviates(m[1]!, lastWords(text.slice(0, m.index!), m[1]!.length + 3), true)) out.add(m[1]!);
    for (const m of text.matchAll(DEFINED_BEFORE)) if (abbreviates(m[1]!, words(m[2]!), false)) out.add(m[1]!);
  }
  return out;
}

const words = (s: string) => s.match(/[\p{L}\p{N}]+/gu) ?? [];
const lastWords = (s: string, n: number) => words(s).slice(-n);

/**
 * Whether the token's letters are first letters of these words, in order, skipping small words.
 * When `anchoredEnd`, the last letter must be the last word's ("Request for Proposal (RFP)");
 * otherwise the first letter must be the first word's ("RFP (Request for Proposal)").
 */
function abbreviates(token: string, ws: string[], anchoredEnd: boolean): boolean {
  const initials = ws.map((w) => w[0]!.toUpperCase());
  if (initials.length === 0) return false;
  if (anchoredEnd && initials[initials.length - 1] !== token[token.length - 1]) return false;
  if (!anchoredEnd && initials[0] !== token[0]) return false;
  let i = 0;
  for (const c of initials) if (c === token[i]) i++;
  return i >= token.length;
}
