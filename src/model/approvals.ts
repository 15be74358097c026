/**
 * The approval reader: which earlier minutes this meeting approved, as committees write it
 * ("The minutes of the meeting held on 11 March were approved as a correct record", "These were
 * moved as correct by …", "Motion to approve minutes from July 6 … Motion passed", a motions
 * table row "Accept the previous meeting minutes | … | Accepted") and as the front matter says it
 * (`approves`, `amendments`). Each fact carries its certainty: a record of the outcome is
 * certain; an agenda line ("Approve minutes from previous meeting"), a wish ("would have
 * approved them"), a motion without an outcome or a motion the model is unsure of (certainty.ts) is
 * not, and only `inspect` shows it.
 *
 * Which meeting a target names is decided later, in the series (series/approvals.ts): here a
 * target is only what was written (a date, a month, a number, or "the previous meeting").
 */
import type { List } from 'mdast';
import type { Locator } from '../parse/locate.js';
import { field, scalar, type Checked } from '../schema/check.js';
import { realDate } from '../schema/spec.js';
import { MEETING_NUMBER_SOURCE } from '../parse/meeting-number.js';
import { APPROVAL_WORDS, wordsOf } from './approval-words.js';
import { items } from './checked-read.js';
import { judgeMotion } from './certainty.js';
import { listItemsText, sentences, sourceRange, type ProseUnit } from './prose-units.js';
import type { AgendaItem, Amendment, Approval, ApprovalTarget, Motion, Span } from './types.js';
import { findWrittenDate } from './written-date.js';
import { patternsOf } from '../vocabulary/patterns.js';

const APPROVED = wordsOf('approved');
const APPROVE = wordsOf('approve');
const CORRECT = wordsOf('correct');
/** "minutes" as a document, not as a length of time ("10 minutes") nor a minute taker. */
const MINUTES = /(?<!\d\s{0,3})\bminutes\b(?!\s*(?:taker|secretary))/i;
const MENTIONS_APPROVAL = new RegExp(`\\b(?:${APPROVE.slice(3, -1)}|${APPROVED.slice(3, -1)}|approval|confirmation|signature|${CORRECT.slice(3, -1)})\\b`, 'i');
/** "were approved", "was duly signed", "have been agreed". */
const PASSIVE = new RegExp(`\\b(?:were|was|are|is|been|being)\\s+(?:(?:duly|formally|then|all|both|hereby|now)\\s+)?${APPROVED}\\b`, 'i');
/** "Accepted by all.", "Approved as a correct record." at the start of a sentence. */
const LEADING = new RegExp(`^(?:duly\\s+)?${APPROVED}\\b(?:\\s+(?:by|as|without)\\b|\\s*[.!]?$)`, 'i');
/** "All accept previous minutes", "The Committee approved the minutes". */
const SUBJECT_APPROVES = new RegExp(`\\b(?:all|everyone|members|the\\s+(?:committee|council|group|meeting|board|members|exec))\\s+(?:formally\\s+)?(?:${APPROVE.slice(3, -1)})(?:e?[ds])?\\b`, 'i');
/** "agreed that the minutes … were correct", "agreed that the minutes be approved". */
const AGREED_THAT = new RegExp(`\\bagreed\\s+that\\b.*\\b(?:were|was|are|be)\\s+(?:${CORRECT.slice(3, -1)}|${APPROVED.slice(3, -1)})\\b`, 'i');
/** A motion to approve: "Motion to approve minutes", "that the minutes be adopted". */
const MOTION_TO = new RegExp(`\\b(?:motion|moved|proposed|resolution)\\b.*\\b(?:to\\s+${APPROVE}|be\\s+${APPROVED})\\b`, 'i');
const PASSED_AFTER = new RegExp(`\\b(?:motion|resolution|proposal|it)\\s+(?:was\\s+)?${wordsOf('passed')}\\b|^${wordsOf('passed')}\\b`, 'i');
/** "The motion was …" and its outcome word, which the vocabulary's lost words judge. */
const MOTION_WAS = /\b(?:motion|resolution|proposal)\s+(?:was\s+)?(\p{L}+)/iu;
const lostAfter = (text: string): boolean => {
  const m = MOTION_WAS.exec(text);
  return m !== null && patternsOf().outcomeLost.test(m[1]!);
};
const REFUSED = new RegExp(`\\b${wordsOf('refused')}\\b`, 'i');
const HEDGE = new RegExp(`\\b${wordsOf('hedges')}\\b`, 'i');
const PREVIOUS = new RegExp(`\\b(?:${wordsOf('previous').slice(3, -1)})(?:\\s+(?:week|month|meeting|session))?(?:['’]s)?\\b`, 'i');
const AMENDMENT = new RegExp(`\\b${wordsOf('amendment')}\\b\\s*:?`, 'i');
const SIGNED = /\bsigned\b/i;
const NUMBER = /\bmeeting\s+(?:no\.?\s*|number\s+|#\s*)?(\d{1,3}[a-z]?)\b|\b(\d{1,3})(?:st|nd|rd|th)\s+meeting\b/i;
const SECTION = new RegExp(`^(?:${wordsOf('sections').slice(3, -1)})\\b`, 'i');
/** The sentence stands for the minutes without naming them: "These were …", "They were …", "Accepted by all". */
const ANAPHOR = /^(?:these|they|the\s+same|same|it)\b/i;
const MEETING_NUMBER = new RegExp(`^${MEETING_NUMBER_SOURCE}$`);

export interface ApprovalInput {
  units: readonly ProseUnit[];
  motions: readonly Motion[];
  /** The sections by number, for their titles. */
  sections: ReadonlyMap<string, AgendaItem>;
  /** The meeting's own date: a date written without a year is the last one before it. */
  date?: string;
  loc: Locator;
  source: string;
}

/** Approvals recorded in the body. */
export function readBodyApprovals(input: ApprovalInput): Approval[] {
  const { units, loc, date } = input;
  const out: Approval[] = [];
  for (let i = 0; i < units.length; i++) {
    const u = units[i]!;
    if (u.kind === 'heading') continue;
    const title = u.item !== undefined ? (input.sections.get(u.item)?.title ?? '') : '';
    const inMinutesSection = MINUTES.test(title) && (SECTION.test(title.replace(/^[\d.\s]+/, '')) || MENTIONS_APPROVAL.test(title) || PREVIOUS.test(title));
    const list = sentences(u.text);
    list.forEach((s, k) => {
      const text = s.text;
      const lines = text.split('\n');
      // A heading written as the first line of the paragraph ("MINUTES OF THE OCTOBER MEETING\ These were …").
      const lead = lines.length > 1 && MINUTES.test(lines[0]!) && !MENTIONS_APPROVAL.test(lines[0]!) ? lines[0]! : undefined;
      const body = lead !== undefined ? lines.slice(1).join(' ') : text;
      const aboutMinutes = MINUTES.test(body) || ((lead !== undefined || inMinutesSection || (u.kind === 'para' && k === 0 && minutesBefore(units, i))) && (ANAPHOR.test(body) || LEADING.test(body) || SUBJECT_APPROVES.test(body)));
      if (!aboutMinutes || !MENTIONS_APPROVAL.test(body)) return;
      const motion = input.motions.find((m) => m.span.start.offset <= u.start + s.from && u.start + s.from <= m.span.end.offset && (m.source === 'prose' || m.span.start.offset === u.start));
      const following = [...list.slice(k + 1).map((x) => x.text), units[i + 1]?.kind === 'para' ? units[i + 1]!.text : ''].join(' ');
      const judged = judge(body, motion, following);
      if (!judged) return;
      const [start, end] = u.kind === 'row' ? [u.start, u.end] : sourceRange(u, s.from, text.length);
      // Where the sentence names no meeting, an earlier sentence of the paragraph about the minutes may ("… posted a draft of the November 2024 meeting minutes. Moved … that the minutes be adopted").
      const earlier = list.slice(0, k).reverse().find((x) => MINUTES.test(x.text) && targetOf(x.text, date) !== undefined);
      const target = targetOf(body, date) ?? (lead !== undefined ? targetOf(lead, date) : undefined) ?? (earlier ? targetOf(earlier.text, date) : undefined) ?? (title ? targetOf(title, date) : undefined) ?? { kind: 'previous', written: '' };
      const a: Approval = {
        target,
        outcome: judged.outcome,
        amendments: amendmentsOf(body, u, input.source),
        certainty: judged.certainty,
        reader: judged.reader,
        text: body.replace(/\s+/g, ' ').trim(),
        span: loc.span(start, end),
      };
      if (SIGNED.test(body)) a.signed = true;
      out.push(a);
      // "the minutes for November 17, 1999 and January 19, 2000 were approved": one approval each.
      if (target.kind === 'date') for (const t of listedDates(body, target, date)) out.push({ ...a, target: t });
    });
  }
  // Table rows of a motions table: "Accept the previous meeting minutes | Lewis | Fletcher | Accepted".
  for (const m of input.motions) {
    if (m.source !== 'table' || !m.text || !MINUTES.test(m.text) || !new RegExp(`\\b${APPROVE}`, 'i').test(m.text)) continue;
    if (out.some((a) => a.span.start.offset === m.span.start.offset)) continue;
    const j = judge(m.text, m, '');
    if (!j) continue;
    out.push({ target: targetOf(m.text, date) ?? { kind: 'previous', written: '' }, outcome: j.outcome, amendments: [], certainty: j.certainty, reader: 'motion', text: m.text, span: m.span });
  }
  out.sort((a, b) => a.span.start.offset - b.span.start.offset);
  // An agenda line is superseded by the record of the outcome.
  return out.some((a) => a.certainty === 'certain') ? out.filter((a) => a.certainty === 'certain') : out;
}

/** Whether the unit follows a heading or a short paragraph that names the minutes ("## Previous Minutes"). */
function minutesBefore(units: readonly ProseUnit[], i: number): boolean {
  const prev = units[i - 1];
  return prev !== undefined && prev.text.length < 80 && MINUTES.test(prev.text) && (prev.kind === 'heading' || prev.section === true);
}

interface Judged {
  outcome: Approval['outcome'];
  certainty: Approval['certainty'];
  reader: Approval['reader'];
}

/** What a sentence about approving minutes records: an outcome (certain), or only an intention. */
function judge(text: string, motion: Motion | undefined, following: string): Judged | undefined {
  const hedged = HEDGE.test(text);
  if (REFUSED.test(text)) return { outcome: 'not-approved', certainty: hedged ? 'uncertain' : 'certain', reader: 'sentence' };
  if (motion && (MOTION_TO.test(text) || motion.source === 'table' || motion.outcome === 'implied')) {
    // An approval is no surer than the motion it is taken from (a run of prose that names no mover nor seconder).
    const sure = judgeMotion(motion).certain;
    if (motion.outcome === 'carried' || motion.outcome === 'implied') return { outcome: 'approved', certainty: hedged || !sure ? 'uncertain' : 'certain', reader: 'motion' };
    if (motion.outcome === 'lost' || motion.outcome === 'deferred') return { outcome: 'not-approved', certainty: sure ? 'certain' : 'uncertain', reader: 'motion' };
    return { outcome: 'approved', certainty: 'uncertain', reader: 'motion' };
  }
  if (MOTION_TO.test(text)) {
    if (lostAfter(following)) return { outcome: 'not-approved', certainty: 'certain', reader: 'motion' };
    if (PASSED_AFTER.test(following) || PASSED_AFTER.test(text.replace(/^.*?\b(?:minutes)\b/i, ''))) return { outcome: 'approved', certainty: hedged ? 'uncertain' : 'certain', reader: 'motion' };
    return { outcome: 'approved', certainty: 'uncertain', reader: 'motion' };
  }
  if (!hedged && (PASSIVE.test(text) || LEADING.test(text) || SUBJECT_APPROVES.test(text) || AGREED_THAT.test(text))) return { outcome: 'approved', certainty: 'certain', reader: 'sentence' };
  if (new RegExp(`\\b(?:${APPROVE.slice(3, -1)}|approval|confirmation)\\b`, 'i').test(text) || hedged) return { outcome: 'approved', certainty: 'uncertain', reader: 'agenda' };
  return undefined;
}

/** The meeting a text names: a date or month, a meeting number, or "the previous meeting". */
export function targetOf(text: string, before: string | undefined): ApprovalTarget | undefined {
  // "Treasurer's Report of Sept 19-Oct 16 2019 and minutes from June 19 2019 were approved": the date the minutes name.
  const named = /\bminutes\s+(?:of|from|for)\s+(?:the\s+|our\s+)?/i.exec(text);
  const after = named ? findWrittenDate(text.slice(named.index + named[0].length), before) : undefined;
  const d = after?.index === 0 && after.date ? after : findWrittenDate(text, before);
  if (d?.date) return { kind: 'date', value: d.date, written: d.written };
  if (d?.month) return { kind: 'month', value: d.month, written: d.written };
  const n = NUMBER.exec(text);
  if (n) return { kind: 'number', value: (n[1] ?? n[2])!, written: n[0] };
  const p = PREVIOUS.exec(text);
  if (p) return { kind: 'previous', written: p[0] };
  return undefined;
}

/**
 * The further dates of a list that starts with `first` ("March 20, April 17, and May 15, 2002",
 * "… November 19, 2003 meeting were approved, as were the minutes from our January 21, 2004
 * meeting"): each joined to the one before by a comma or "and" within a few words. A date further
 * off ("the balance as of February 20") is not a meeting.
 */
function listedDates(text: string, first: ApprovalTarget, before: string | undefined): ApprovalTarget[] {
  const out: ApprovalTarget[] = [];
  let at = text.indexOf(first.written) + first.written.length;
  for (;;) {
    const rest = text.slice(at);
    const d = findWrittenDate(rest, before);
    if (!d?.date) return out;
    const between = rest.slice(0, d.index);
    if (between.length > 70 || !/,|\band\b/.test(between) || /\b(?:as of|dated|due|until|by|next)\b/i.test(between)) return out;
    out.push({ kind: 'date', value: d.date, written: d.written });
    at += d.index + d.written.length;
  }
}

/** "… subject to the following amendments: a; b" or the list the colon introduces. */
function amendmentsOf(text: string, u: ProseUnit, source: string): Amendment[] {
  const m = AMENDMENT.exec(text);
  if (!m) return [];
  const rest = text.slice(m.index + m[0].length).trim().replace(/[.\s]+$/, '');
  if (rest === '' && u.introduces) return listItemsText(u.introduces as List, source).map((t) => ({ text: t }));
  return rest === '' ? [] : [{ text: rest.replace(/\s+/g, ' ') }];
}

/** The front matter's `approves` (a date, a month, a meeting number, or `previous`) and `amendments`. */
export function readFrontMatterApproval(fm: Checked | undefined): Approval | undefined {
  const value = scalar<string | number>(fm, 'approves');
  const node = field(fm, 'approves');
  if (value === undefined || node === undefined) return undefined;
  const v = String(value).trim();
  let target: ApprovalTarget;
  if (realDate(v)) target = { kind: 'date', value: v, written: v };
  else if (/^\d{4}-\d{2}$/.test(v)) target = { kind: 'month', value: v, written: v };
  else if (MEETING_NUMBER.test(v)) target = { kind: 'number', value: v, written: v };
  else target = { kind: 'previous', written: v };
  const span: Span = node.keySpan ? { start: node.keySpan.start, end: node.span.end } : node.span;
  return { target, outcome: 'approved', amendments: readAmendments(field(fm, 'amendments')), certainty: 'certain', reader: 'front-matter', text: `approves: ${v}`, span };
}

/** A list of amendments: strings, or maps with `was` and `now` (and an optional `text`). */
export function readAmendments(list: Checked | undefined): Amendment[] {
  return items(list).flatMap((it): Amendment[] => {
    if (it.kind === 'scalar') return [{ text: String(it.value) }];
    if (it.kind !== 'map') return [];
    const was = scalar(it, 'was');
    const now = scalar(it, 'now');
    const text = scalar(it, 'text') ?? (was !== undefined && now !== undefined ? `for “${was}” read “${now}”` : (now ?? was ?? ''));
    const a: Amendment = { text };
    if (was !== undefined) a.was = was;
    if (now !== undefined) a.now = now;
    return [a];
  });
}

export { APPROVAL_WORDS };
