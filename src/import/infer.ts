/**
 * The front matter of an imported meeting, read from what Word minutes put at their top: the
 * title and subtitle, a cover table of labels and values, "Date:", "Present:" and "Apologies:"
 * lines, attendee tables with initials and organisation, the page header. Only what is written is
 * taken; what is not found is listed, so that the CLI can say so and the file can carry a `TODO`.
 */
import type { Element, Root } from 'hast';
import { parsePerson } from '../model/person-parse.js';
import { WORDS } from '../vocabulary/words.js';
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
  apologies: PeopleList;
  absent: PeopleList;
  participants: PeopleList;
}

const emptyList = (): PeopleList => ({ flat: [], byCategory: new Map() });
export const isEmptyList = (l: PeopleList) => l.flat.length === 0 && l.byCategory.size === 0;

/** A line of the document's top: its text, where it came from, and a label if it has one. */
interface Line {
  text: string;
  from: 'title' | 'subtitle' | 'heading' | 'paragraph' | 'cell' | 'header';
}

const LABEL = /^([A-Za-z][A-Za-z /&()-]{1,40}?)\s*[:：]\s*(.*)$/;

// Labels of people lists, from the vocabulary's section titles (one place for those words); Word
// minutes add a few labels of their own ("Present from <site>", "apologies received from").
const ABSENT = /^(?:absent|not present)$/i;
const PRESENT = new RegExp(`^(?:${alternatives(WORDS.section_attendance)}|list of participants)(?:\\s+from\\s+(.+?))?$`, 'i');
const APOLOGIES = new RegExp(
  `^(?:${alternatives(WORDS.section_apologies.filter((w) => !ABSENT.test(w)))}|apologies received from|excused)$`,
  'i',
);
// A table under an apologies (or absence) heading lists those not present.
const ABSENCE_HEADING = new RegExp(`${alternatives(WORDS.section_apologies)}|apolog|excused`, 'i');
// "In attendance" is an attendance title, so PRESENT takes it first; the others present are these.
const OTHERS = /^(?:also present|observers?|guests?|staff|visitors?)$/i;
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

/** Splits "A, B (Secretary), C and D" into names; commas inside brackets do not split. */
export function splitNames(s: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let cur = '';
  for (let i = 0; i < s.length; i++) {
    const ch = s[i]!;
    if (ch === '(') depth++;
    if (ch === ')') depth = Math.max(0, depth - 1);
    if (depth === 0 && (ch === ',' || ch === ';')) {
      out.push(cur);
      cur = '';
      continue;
    }
    cur += ch;
  }
  out.push(cur);
  return out
    .flatMap((p) => (/\(/.test(p) ? p.split(/\s+and\s+(?![^(]*\))/) : p.split(/\s+(?:and|&)\s+/)))
    .map((p) => p.replace(/^[\s:–-]+|[\s.]+$/g, '').trim())
    .filter((p) => p.length > 1 && /\p{L}/u.test(p) && p.split(' ').length <= 12);
}

function looksLikePerson(s: string): boolean {
  const p = parsePerson(s);
  return p.count === undefined && /\p{Lu}/u.test(s[0] ?? '') && p.name.split(' ').length <= 6;
}

function push(list: PeopleList, category: string | undefined, names: string[]): void {
  const people = names.filter(looksLikePerson);
  if (!people.length) return;
  if (category) list.byCategory.set(category, [...(list.byCategory.get(category) ?? []), ...people]);
  else list.flat.push(...people);
}

/** Tables of attendees: a header row with a name column, and perhaps initials and organisation. */
function readPeopleTable(table: Element, into: Inferred): boolean {
  const rows = rowsOf(table);
  let headerAt = -1;
  let cols: string[] = [];
  for (let i = 0; i < Math.min(rows.length, 3); i++) {
    cols = cellsOf(rows[i]!).map((c) => textOf(c).toLowerCase());
    if (cols.some((c) => /\bname\b/.test(c)) && cols.length <= 6) {
      headerAt = i;
      break;
    }
  }
  if (headerAt < 0) return false;
  const nameCol = cols.findIndex((c) => /\bname\b/.test(c));
  const initialsCol = cols.findIndex((c) => /abbreviation|initials|acronym/.test(c));
  const orgCol = cols.findIndex((c) => /organi[sz]ation|company|country|institution|affiliation|represent/.test(c));
  const presenceCol = cols.findIndex((c) => /presence|present|attend|status/.test(c) && !/\bname\b/.test(c));
  // A title row above the header ("List of Participants") or the name column's own header can
  // say whom the table lists.
  const heading = headerAt > 0 ? cellsOf(rows[headerAt - 1]!).map(textOf).join(' ') : '';
  const absentTable = ABSENCE_HEADING.test(heading) || /apolog|absent/i.test(cols[nameCol] ?? '');
  for (const row of rows.slice(headerAt + 1)) {
    const cells = cellsOf(row).map((c) => textOf(c));
    if (cells.length < cols.length - 1) continue;
    const name = cells[nameCol]?.replace(/\s*\((?:editor|chair|secretary)\)\s*$/i, (m) => m) ?? '';
    if (!name || !looksLikePerson(name)) continue;
    const initials = initialsCol >= 0 ? cells[initialsCol]?.trim() : undefined;
    const org = orgCol >= 0 ? cells[orgCol]?.trim() : undefined;
    const written = `${name}${initials && /^[A-Z]{2,5}$/.test(initials) ? ` (${initials})` : ''}${org ? `, ${org}` : ''}`;
    const presence = presenceCol >= 0 ? (cells[presenceCol] ?? '').toLowerCase() : '';
    if (absentTable || /apolog|absent|excused|no\b/.test(presence)) into.apologies.flat.push(written);
    else into.attendees.flat.push(written);
  }
  return true;
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

export function inferFrontMatter(tree: Root, headerText: string): Inferred {
  const r: Inferred = { attendees: emptyList(), apologies: emptyList(), absent: emptyList(), participants: emptyList() };
  const lines: Line[] = [];
  const titleParts: string[] = [];
  let blocks = 0;
  let current: { list: PeopleList; category?: string } | undefined;
  for (const node of tree.children) {
    if (!isElement(node)) continue;
    if (++blocks > 60) break;
    if (isElement(node, 'table')) {
      current = undefined;
      if (readPeopleTable(node, r)) continue;
      readCoverTable(node, r, lines);
      continue;
    }
    const isTitle = classOf(node).includes('title');
    const isSubtitle = classOf(node).includes('subtitle');
    const from: Line['from'] = isTitle ? 'title' : isSubtitle ? 'subtitle' : HEADINGS.includes(node.tagName) ? 'heading' : 'paragraph';
    if (isTitle) titleParts.push(...linesOf(node));
    const nodeLines = node.tagName === 'ul' || node.tagName === 'ol' ? [...node.children].filter((c): c is Element => isElement(c, 'li')).map(textOf) : linesOf(node);
    // Lines that continue a people list: ": Mark Hagen" under "Present : …", or list items.
    for (const text of nodeLines) {
      const cont = /^[:：]\s*(.+)$/.exec(text);
      if (cont && current) {
        push(current.list, current.category, splitNames(cont[1]!));
        continue;
      }
      const m = LABEL.exec(text) ?? /^(Present|Apologies|Absent|Attendees)\s+(.+)$/i.exec(text);
      if (m) {
        const label = m[1]!.trim();
        const value = m[2]!.trim();
        const list = peopleListFor(label, r);
        if (list) {
          const category = PRESENT.exec(label)?.[1];
          current = { list, ...(category ? { category } : {}) };
          if (value) push(list, category, splitNames(value));
          continue;
        }
        if (value && labelled(label, value, r)) {
          current = undefined;
          continue;
        }
      }
      if (current && (node.tagName === 'ul' || node.tagName === 'ol') && nodeLines.length > 0) {
        push(current.list, current.category, [text]);
        continue;
      }
      current = undefined;
      lines.push({ text, from });
    }
    if (HEADINGS.includes(node.tagName) && !isTitle && r.date !== undefined && blocks > 3) {
      // The first section after the top: later "Present" lines belong to items, not attendance.
      if (!PRESENT.test(textOf(node)) && !APOLOGIES.test(textOf(node))) break;
    }
  }
  if (headerText) for (const l of headerText.split('\n')) lines.push({ text: l, from: 'header' });
  if (titleParts.length) r.title = titleParts.join(' — ');

  guessFromLines(r, lines);
  return r;
}

/** A cover table: label, value, label, value; cells that are not a label we read are lines to guess from. */
function readCoverTable(node: Element, r: Inferred, lines: Line[]): void {
  for (const row of rowsOf(node)) {
    const cells = cellsOf(row);
    for (let i = 0; i < cells.length; i++) {
      const label = textOf(cells[i]!).replace(/[:：]\s*$/, '');
      const value = cells[i + 1] ? linesOf(cells[i + 1]!).join(' ') : '';
      if (value && labelled(label, value, r)) i++;
      else for (const l of linesOf(cells[i]!)) lines.push({ text: l, from: 'cell' });
    }
  }
}

/** What the labels did not say, guessed from the first lines, the surest kind of line first: date, meeting number, committee, times. */
function guessFromLines(r: Inferred, lines: Line[]): void {
  const order: Array<Line['from']> = ['title', 'subtitle', 'heading', 'paragraph', 'cell', 'header'];
  const ranked = [...lines].sort((a, b) => order.indexOf(a.from) - order.indexOf(b.from));
  if (r.date === undefined) r.date = ranked.map((l) => findDate(l.text)?.date).find(Boolean);
  const titleLike = ranked.filter((l) => l.from !== 'header').slice(0, 12);
  // A meeting's number is in its title ("Minutes of Meeting 9", "First meeting of …"), not in its
  // first paragraphs, where "our first meeting in the Green Room" and "the April 23rd meeting" are not numbers.
  const titled = lines.filter((l, k) => k === 0 || l.from === 'title' || l.from === 'subtitle' || l.from === 'heading');
  if (r.meeting === undefined) r.meeting = titled.map((l) => meetingNumber(l.text)).find(Boolean);
  // The committee is named by a title, a letterhead or the page header, not by a sentence of the
  // business ("Board Member Liz Kearns called the meeting to order").
  const naming = lines.filter((l, k) => (k < 3 || l.from === 'title' || l.from === 'subtitle') && l.text.split(/\s+/).length <= 16).sort((a, b) => order.indexOf(a.from) - order.indexOf(b.from));
  // A plain paragraph names it only in title case (a letterhead); a styled title may be lower case.
  const named = (l: Line) => {
    // "2017-03-23 — First meeting of the … working group — …": a title of parts, each read alone.
    const c = l.text.split(' — ').map(cleanCommittee).find(Boolean);
    return c !== undefined && (l.from !== 'paragraph' || (titleCased(c) && !/\.$/.test(c))) ? c : undefined;
  };
  if (r.committee === undefined) r.committee = [...naming, ...ranked.filter((l) => l.from === 'header')].map(named).find(Boolean);
  if (r.start === undefined) {
    for (const l of titleLike) {
      const t = findTimes(l.text.replace(/\b\d{4}-\d{2}-\d{2}\b/g, ''));
      if (t.start && (findDate(l.text) || l.from === 'title')) {
        Object.assign(r, t);
        break;
      }
    }
  }
}

function peopleListFor(label: string, r: Inferred): PeopleList | undefined {
  if (PRESENT.test(label)) return r.attendees;
  if (APOLOGIES.test(label)) return r.apologies;
  if (ABSENT.test(label)) return r.absent;
  if (OTHERS.test(label)) return r.participants;
  return undefined;
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
