/**
 * The front matter of an imported meeting from what Word minutes put at their top and the model's
 * body readers cannot see: the Title and Subtitle, a cover table of labels and values ("Meeting
 * Date/Time", "Venue", "Chairperson"), the page header; the committee, the meeting number, the
 * times and the venue. The date, the people and the chair are read from the converted Markdown by
 * the model (head.ts); this reading keeps the date only where the body states none. Only what is
 * written is taken; what is not found is listed, so that the CLI can say so and the file can carry
 * a `TODO`.
 */
import type { Element, Root } from 'hast';
import { parsePerson } from '../model/person-parse.js';
import { alternatives } from '../vocabulary/patterns.js';
import { BODY_WORDS, HEAD_LABELS, MONTHS, ORDINAL_WORDS } from '../vocabulary/kept-words.js';
import { findDate, findTimes } from './dates.js';
import { classOf, HEADINGS, isElement, textOf } from './hast.js';
import { cellsOf, rowsOf } from './tables.js';

export interface PeopleList {
  /** A flat list, or people by category ("Present from SNS:"). */
  flat: string[];
  byCategory: Map<string, string[]>;
}

export interface Inferred {
  title?: string;
  committee?: string;
  date?: string;
  meeting?: string;
  start?: string;
  end?: string;
  venue?: string;
  chair?: string;
  attendees: PeopleList;
  participants: PeopleList;
  observers: PeopleList;
  apologies: PeopleList;
  absent: PeopleList;
}

const emptyList = (): PeopleList => ({ flat: [], byCategory: new Map() });
export const isEmptyList = (l: PeopleList) => l.flat.length === 0 && l.byCategory.size === 0;

/** A line of the document's top: its text, and where it came from. */
interface Line {
  text: string;
  from: 'title' | 'subtitle' | 'heading' | 'paragraph' | 'cell' | 'header';
}

const LABEL = /^([A-Za-z][A-Za-z /&()-]{1,40}?)\s*[:：]\s*(.*)$/;
const headLabel = (words: readonly string[]) => new RegExp(`^(?:${alternatives(words)})$`, 'i');
const DATE_LABEL = headLabel(HEAD_LABELS.date);
const TIME_LABEL = headLabel(HEAD_LABELS.time);
const VENUE_LABEL = headLabel(HEAD_LABELS.venue);
const CHAIR_LABEL = headLabel(HEAD_LABELS.chair);
const COMMITTEE_LABEL = headLabel(HEAD_LABELS.committee);
const MEETING_LABEL = headLabel(HEAD_LABELS.meeting);

const MONTH_NAME = `(?:${MONTHS.join('|')}|${MONTHS.map((m) => m.slice(0, 3)).join('|')})`;
const ORDINALS = ORDINAL_WORDS;
/** A line that names a body: a title or a letterhead. */
export const COMMITTEE_WORD = new RegExp(`\\b(?:${alternatives(BODY_WORDS)})\\b`, 'i');

const BLOCK = new Set(['p', 'li', 'div', 'tr', 'td', 'th', ...HEADINGS]);

function looksLikePerson(s: string): boolean {
  const p = parsePerson(s);
  return p.count === undefined && /\p{Lu}/u.test(s[0] ?? '') && p.name.split(' ').length <= 6;
}

/** Lines of text in a block: a paragraph's lines split at breaks. */
function linesOf(e: Element): string[] {
  const out: string[] = [''];
  const walk = (n: Element) => {
    for (const c of n.children) {
      if (c.type === 'text') out[out.length - 1] += c.value;
      else if (isElement(c, 'br')) out.push('');
      else if (c.type === 'element' && BLOCK.has(c.tagName)) {
        out.push('');
        walk(c);
        out.push('');
      } else if (c.type === 'element') walk(c);
    }
  };
  walk(e);
  return out.map((s) => s.replace(/\s+/g, ' ').trim()).filter(Boolean);
}

function cleanCommittee(s: string): string | undefined {
  // "Board members absent: …" is a label over names, not a title.
  if (/^[^:]{1,40}:/.test(s)) return undefined;
  let t = s
    .replace(/\([^)]*\)/g, ' ')
    .replace(/^(?:draft\s+)?(?:minutes|report|notes|record)\s+(?:of|or|on|from)\s+(?:the\s+)?/i, '')
    .replace(/\b(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+(?:\w+\s+){0,2}?meeting\s+of\s+(?:the\s+)?/i, '')
    .replace(/\b(?:annual general |general |extraordinary |regular )?meeting\b.*$/i, '')
    .replace(/\b(?:minutes|report)$/i, '');
  const date = findDate(t);
  if (date) t = t.slice(0, date.index);
  t = t.replace(/[\s,;:–-]+$/, '').replace(/^[\s,;:–-]+/, '').replace(/^(?:of|or|held by)\s+(?:the\s+)?/i, '').replace(/\s+/g, ' ').trim();
  // "Board" alone names no committee; "Orchard Board" does.
  return t.split(' ').length >= 2 && t.split(' ').length <= 10 && COMMITTEE_WORD.test(t) ? t : undefined;
}

/** "Orchard Lane Allotment Society", "North of Tyne LPC": capitalised words and small joining words, not a sentence. */
const titleCased = (s: string) => s.split(/\s+/).every((w) => /^[\p{Lu}\d&–-]/u.test(w) || /^(?:of|the|and|for|on|in|de|du|la|van|von)$/.test(w));

function meetingNumber(s: string): string | undefined {
  // "April 23rd meeting" is a date.
  const n = /\bmeeting\s+(?:no\.?\s*|number\s*|#\s*)?(\d{1,4})\b(?![-/.]\d)/i.exec(s) ?? new RegExp(`(?<!${MONTH_NAME}\\.?\\s+)\\b(\\d{1,4})(?:st|nd|rd|th)\\s+(?:\\w+\\s+){0,3}?meeting\\b`, 'i').exec(s);
  if (n) return n[1];
  const w = new RegExp(`\\b(${ORDINALS.join('|')})\\s+(?:\\w+\\s+){0,3}?meeting\\b`, 'i').exec(s);
  return w ? String(ORDINALS.indexOf(w[1]!.toLowerCase()) + 1) : undefined;
}

/** A cover table: label, value, label, value; cells that are not labels are lines of the top. */
function readCoverTable(table: Element, r: Inferred, lines: Line[]): void {
  for (const row of rowsOf(table)) {
    const cells = cellsOf(row);
    for (let i = 0; i < cells.length; i++) {
      const label = textOf(cells[i]!).replace(/[:：]\s*$/, '');
      const value = cells[i + 1] ? linesOf(cells[i + 1]!).join(' ') : '';
      if (value && labelled(label, value, r)) i++;
      else for (const l of linesOf(cells[i]!)) lines.push({ text: l, from: 'cell' });
    }
  }
}

/** The lines of the top of a meeting (its first 60 blocks, up to its first section), its labelled values read on the way. */
function topLines(tree: Root, r: Inferred, titleParts: string[]): Line[] {
  const lines: Line[] = [];
  let blocks = 0;
  for (const node of tree.children) {
    if (!isElement(node)) continue;
    if (++blocks > 60) break;
    if (isElement(node, 'table')) {
      readCoverTable(node, r, lines);
      continue;
    }
    const isTitle = classOf(node).includes('title');
    const from: Line['from'] = isTitle ? 'title' : classOf(node).includes('subtitle') ? 'subtitle' : HEADINGS.includes(node.tagName) ? 'heading' : 'paragraph';
    if (isTitle) titleParts.push(...linesOf(node));
    for (const text of linesOf(node)) {
      const m = LABEL.exec(text);
      if (m && m[2]!.trim() && labelled(m[1]!.trim(), m[2]!.trim(), r)) continue;
      lines.push({ text, from });
    }
    // Past the top, under the first section, the lines are the business.
    if (HEADINGS.includes(node.tagName) && !isTitle && r.date !== undefined && blocks > 3) break;
  }
  return lines;
}

const ORDER: Array<Line['from']> = ['title', 'subtitle', 'heading', 'paragraph', 'cell', 'header'];

/** The committee: named by a title, a letterhead or the page header, not by a sentence of the business ("Board Member Liz Kearns called the meeting to order"). */
function committeeOf(lines: Line[]): string | undefined {
  const naming = lines.filter((l, k) => (k < 3 || l.from === 'title' || l.from === 'subtitle') && l.text.split(/\s+/).length <= 16).sort((a, b) => ORDER.indexOf(a.from) - ORDER.indexOf(b.from));
  // A plain paragraph names it only in title case (a letterhead); a styled title may be lower case.
  const named = (l: Line) => {
    // "2017-03-23 — First meeting of the … working group — …": a title of parts, each read alone.
    const c = l.text.split(' — ').map(cleanCommittee).find(Boolean);
    return c !== undefined && (l.from !== 'paragraph' || (titleCased(c) && !/\.$/.test(c))) ? c : undefined;
  };
  return [...naming, ...lines.filter((l) => l.from === 'header')].map(named).find(Boolean);
}

/** Start and end times written with the date or in the title ("23rd Nov 2015, 1000-1200"). */
function timesOf(lines: Line[], r: Inferred): void {
  for (const l of lines.filter((x) => x.from !== 'header').slice(0, 12)) {
    const t = findTimes(l.text.replace(/\b\d{4}-\d{2}-\d{2}\b/g, ''));
    if (t.start && (findDate(l.text) || l.from === 'title')) {
      Object.assign(r, t);
      return;
    }
  }
}

export function inferFrontMatter(tree: Root, headerText: string): Inferred {
  const r: Inferred = { attendees: emptyList(), participants: emptyList(), observers: emptyList(), apologies: emptyList(), absent: emptyList() };
  const titleParts: string[] = [];
  const lines = topLines(tree, r, titleParts);
  if (headerText) for (const l of headerText.split('\n')) lines.push({ text: l, from: 'header' });
  if (titleParts.length) r.title = titleParts.join(' — ');
  const ranked = [...lines].sort((a, b) => ORDER.indexOf(a.from) - ORDER.indexOf(b.from));
  if (r.date === undefined) r.date = ranked.map((l) => findDate(l.text)?.date).find(Boolean);
  // A meeting's number is in its title ("Minutes of Meeting 9", "First meeting of …"), not in its
  // first paragraphs, where "our first meeting in the Green Room" and "the April 23rd meeting" are not numbers.
  const titled = lines.filter((l, k) => k === 0 || l.from === 'title' || l.from === 'subtitle' || l.from === 'heading');
  if (r.meeting === undefined) r.meeting = titled.map((l) => meetingNumber(l.text)).find(Boolean);
  if (r.committee === undefined) r.committee = committeeOf(lines);
  if (r.start === undefined) timesOf(ranked, r);
  return r;
}

/** A labelled value (a cover table cell pair, or "Date: …"): true when the label was one we read. */
function labelled(label: string, value: string, r: Inferred): boolean {
  const l = label.replace(/\s+/g, ' ').trim();
  if (DATE_LABEL.test(l)) {
    const d = findDate(value);
    if (d && r.date === undefined) r.date = d.date;
    const t = findTimes(value.replace(/\b\d{4}-\d{2}-\d{2}\b/g, ''));
    if (t.start && r.start === undefined) Object.assign(r, t);
    return true;
  }
  if (TIME_LABEL.test(l)) {
    const t = findTimes(value);
    if (t.start && r.start === undefined) Object.assign(r, t);
    return true;
  }
  if (VENUE_LABEL.test(l)) {
    if (r.venue === undefined) r.venue = value.replace(/\s+/g, ' ').replace(/[,\s]+$/, '');
    return true;
  }
  if (CHAIR_LABEL.test(l)) {
    if (r.chair === undefined && looksLikePerson(value)) r.chair = value.trim();
    return true;
  }
  if (COMMITTEE_LABEL.test(l)) {
    if (r.committee === undefined) r.committee = value.trim();
    return true;
  }
  if (MEETING_LABEL.test(l)) {
    // "Meeting: June 16, 1997" dates the meeting.
    const d = findDate(value);
    if (d && r.date === undefined) r.date = d.date;
    const n = meetingNumber(`${value} meeting`) ?? /^(\d{1,4})$/.exec(value.trim())?.[1];
    if (n && r.meeting === undefined) r.meeting = n;
    return true;
  }
  return false;
}
