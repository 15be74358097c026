/**
 * Initials used as a person's (issue 20, item 3; moved here from the unknown-initials rule so that
 * the model, not a rule, says who the text names). Minutes are full of capitalised acronyms (OPSG,
 * DCC, RDP…), so a 2–3 capital-letter token is read as a person's initials only where the sentence
 * uses it as a person:
 *  - the owner of a v1 action ("ACTION …: JM to circulate…", `{owner="JM"}`);
 *  - alone in parentheses: "(JM)", "(JM, KL)";
 *  - the subject of a reporting verb: "JM noted…", "JM and KL agreed…" — but not after an article
 *    ("The DCC noted…"), since people are not "the JM".
 * Even there it is not certain, and no rule reports it, when it is the committee code, a configured
 * party, an attendee category or participant organisation, a roster category, a decision verb, an
 * acronym the text defines ("Request for Proposal (RFP)", "RFP (Request for Proposal)"), a token
 * the text writes after an article ("the TAG") or in a plural ("RDPs"), a Roman numeral, or a
 * common abbreviation (AOB, TBC, UK…).
 */
import { wordsOf, type Config } from '../config/types.js';
import type { Locator } from '../parse/locate.js';
import type { PlainBlock } from '../parse/plain-text.js';
import { splitOwners } from './action-owners.js';
import type { Meeting, Mention } from './types.js';
import { v1Actions } from './v1-actions.js';
import { memoise } from '../util/memo.js';

const TOKEN = '[A-Z]{2,3}';
export const INITIALS_TOKEN = new RegExp(`^${TOKEN}$`);
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
/** Every pattern above needs a token, so two capitals in a row; most blocks of prose have none. */
const MAY_HOLD_TOKEN = /[A-Z]{2}/;

interface Input {
  source: string;
  loc: Locator;
  config: Config;
}

/** Initials used as a person's, in text order (brackets and subjects block by block, then v1 owners). */
export function readInitials(m: Meeting, blocks: PlainBlock[], input: Input): Mention[] {
  const acronyms = notInitials(m, input.config, blocks);
  const out: Mention[] = [];
  const add = (token: string, offset: number | undefined, near: number, reader: Mention['reader']) => {
    const at = offset ?? near;
    const span = offset === undefined ? input.loc.span(at, at) : input.loc.span(at, at + token.length);
    const mention: Mention = { written: token, span, exact: offset !== undefined, form: 'initials', reader, certain: true };
    if (acronyms.has(token) || ROMAN.test(token)) {
      mention.certain = false;
      mention.doubt = 'an acronym or a body, not a person';
    }
    out.push(mention);
  };
  for (const block of blocks) {
    if (!MAY_HOLD_TOKEN.test(block.text)) continue;
    for (const x of block.text.matchAll(IN_PARENS)) collect(block, x[1]!, x.index! + x[0].indexOf(x[1]!), 'initials-in-brackets', add);
    for (const x of block.text.matchAll(SUBJECT)) {
      const before = /([\p{L}]+)\s*$/u.exec(block.text.slice(0, x.index!))?.[1]?.toLowerCase();
      if (before && ARTICLES.has(before)) continue;
      collect(block, x[1]!, x.index!, 'initials-subject', add);
    }
  }
  for (const a of v1Actions(m)) {
    if (!a.owner) continue;
    const place = a.ownerSpan ?? a.span;
    const raw = input.source.slice(place.start.offset, place.end.offset);
    for (const part of splitOwners(a.owner, wordsOf(input.config))) {
      if (!INITIALS_TOKEN.test(part)) continue;
      const at = standingAlone(part).exec(raw);
      add(part, at && a.ownerSpan ? place.start.offset + at.index : undefined, place.start.offset, 'v1-owner');
    }
  }
  return out;
}

/**
 * The pattern of one token standing alone, made once per token: compiling a pattern with these
 * Unicode classes costs more than running it, and the same few owners recur in every meeting.
 */
const standingAlone = memoise((token: string) => new RegExp(`${EDGE_BEFORE}${token}${EDGE_AFTER}`, 'u'), 1_000);

/** Each token of a match such as "JM, KL and PQ", with its place. */
function collect(block: PlainBlock, group: string, at: number, reader: Mention['reader'], add: (token: string, offset: number | undefined, near: number, reader: Mention['reader']) => void): void {
  for (const t of group.matchAll(new RegExp(TOKEN, 'g'))) add(t[0], block.offset(at + t.index!, t[0].length), block.start, reader);
}

/** Tokens that are acronyms or names of bodies wherever they stand. */
function notInitials(m: Meeting, config: Config, blocks: PlainBlock[]): Set<string> {
  const out = new Set<string>();
  const addTokens = (s: string | undefined) => {
    for (const x of (s ?? '').matchAll(ANY_TOKEN)) out.add(x[0]);
  };
  for (const s of [m.code, config.code, ...config.parties, ...config.decisionVerbs]) addTokens(s);
  for (const g of [...m.attendees, ...m.participants, ...m.apologies]) addTokens(g.name);
  for (const r of config.roster) addTokens(r.category);
  for (const c of COMMON) out.add(c);
  for (const { text } of blocks) {
    if (!MAY_HOLD_TOKEN.test(text)) continue;
    for (const x of text.matchAll(AFTER_ARTICLE)) out.add(x[1]!);
    for (const x of text.matchAll(PLURAL)) out.add(x[1]!);
    for (const x of text.matchAll(DEFINED_AFTER)) if (abbreviates(x[1]!, lastWords(text.slice(0, x.index!), x[1]!.length + 3), true)) out.add(x[1]!);
    for (const x of text.matchAll(DEFINED_BEFORE)) if (abbreviates(x[1]!, words(x[2]!), false)) out.add(x[1]!);
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
