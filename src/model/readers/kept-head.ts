/**
 * What the body of minutes kept without front matter says about the meeting (NATURAL §2 read
 * from the text, issue "Minutes as they are already kept"): its date, who was present, who sent
 * apologies or was absent, observers and others in attendance, the chair and the note taker, each
 * with its offsets in the source; and what kind of file it is (minutes, an agenda only, or a page
 * without a date or attendance).
 *
 * It reads lines, not the Markdown tree: `check` decides from it which files of a folder are
 * minutes before it parses any of them, and the model then takes the same answer, so that the
 * folder walk and the model never disagree about a file.
 */
import { realDate } from '../../schema/spec.js';
import { AGENDA_TITLES, ATTENDANCE_LABELS, BARE_LABEL, CANCELLED, COUNTED, OBSERVER_ROLE, PRESENT_SENTENCE, CHAIR_AFTER, CHAIR_LABELS, MONTHS, NOBODY, NOTE_TAKER_AFTER, NOTE_TAKER_LABELS, NOTES_TITLES, NOTHING_YET, PEOPLE_COLUMNS, SHARED_TITLES, HEAD_LABELS, OTHER_DATE_LABELS, LIST_JOINERS, NAME_OPENING_TITLES, ORGANISATION_WORDS } from '../../vocabulary/kept-words.js';
import { patternsOf, titleAt } from '../../vocabulary/patterns.js';
import type { PeopleList } from '../types.js';
import { readRoleSentences, type RoleSentence } from './kept-role-sentences.js';
import { wordsOf } from '../approval-words.js';

export interface KeptText {
  text: string;
  start: number;
  end: number;
  /** From a table's columns: the person's initials and organisation, as written there. */
  initials?: string;
  organisation?: string;
}

export interface KeptGroup {
  list: PeopleList;
  /** The label as written ("Present", "Apologies", "Council"). */
  label: string;
  labelStart: number;
  labelEnd: number;
  entries: KeptText[];
  /** "Attendance: all": everyone was there, and nobody is named. */
  all?: boolean;
  /** "All except Bruce, Candle": the members who were not there. */
  except?: KeptText[];
  /** "Present from ISIS:": the site or organisation a group of those present came from. */
  site?: string;
}

/** `title`: the title a site's front matter gives the page, when the text states no date of its own. */
export type KeptDateSource = 'body' | 'title' | 'file-name' | 'folder';

export interface KeptDate {
  iso: string;
  source: KeptDateSource;
  /** Offsets of the date in the body; absent when it comes from the path. */
  start?: number;
  end?: number;
}

/** Why a Markdown file is not read as minutes. */
export type NotMinutes = 'no-date' | 'no-attendance' | 'agenda-only';

export interface KeptHead {
  date?: KeptDate;
  groups: KeptGroup[];
  chair?: KeptText;
  noteTaker?: KeptText;
  /** The file has an agenda section; and what its notes section holds. */
  agenda: boolean;
  notes: 'none' | 'empty' | 'content';
  /** `minutes`, or why not. */
  kind: 'minutes' | NotMinutes;
}

interface Line {
  text: string;
  start: number;
  /** Ends in a hard break (two spaces or a backslash). */
  hard: boolean;
  heading?: { level: number; title: string; titleStart: number };
  blank: boolean;
  indent: number;
}

const LABEL_LIST = new Map(ATTENDANCE_LABELS.map(([w, l]) => [w, l]));
/** Labels too common as ordinary section titles to be read as attendance headings. */
const NOT_AS_HEADING = new Set(['council', 'members', 'who', 'staff', 'attended', 'missing']);
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/[ -]/g, '[\\s-]+');
const alternatives = (words: readonly string[]) => [...words].sort((a, b) => b.length - a.length).map(escape).join('|');
const ATTENDANCE_WORDS = alternatives(ATTENDANCE_LABELS.map(([w]) => w));
const ROLE_WORDS = alternatives([...CHAIR_LABELS, ...NOTE_TAKER_LABELS]);
/** A label at the start of a line: optional list marker, optional bold, the words, an optional note in brackets, a colon. */
const LABEL_AT_START = new RegExp(
  String.raw`^(?:[-*+]\s+|\d{1,2}\\?[.)]?\s+)?(?:\*\*|__)?(${ATTENDANCE_WORDS}|${ROLE_WORDS})(?:\s+from\s+([^:*()\n]{1,40}?))?(\s*\([^)]*\))?(?:\s*(?:\*\*|__)\s*:|\s*:\s*(?:\*\*|__)?|\s*(?:\*\*|__)(?=\s|$)|\s+[-–—]\s+)`,
  'i',
);
/** A label inside a running line ("… (representing X) In attendance: Gordon"). */
const LABEL_INSIDE = new RegExp(String.raw`(?:^|[\s.;,])((?:${ATTENDANCE_WORDS}|${ROLE_WORDS}))\s*:`, 'gi');
/** An organisation's word in a name, capitalised ("OpenJS Foundation", "Kestrel Labs Inc"). */
const ORGANISATION = new RegExp(String.raw`(?<![\p{L}])(?:${ORGANISATION_WORDS.map((w) => `${w[0]!.toUpperCase()}${w.slice(1)}|${w.toUpperCase()}`).join('|')})\.?(?![\p{L}])`, 'u');
const ORGANISATION_ANY_CASE = new RegExp(String.raw`(?<![\p{L}])(?:${alternatives(ORGANISATION_WORDS)})(?![\p{L}])`, 'iu');

/**
 * "OpenJS Foundation Board of Directors", "the WUGLUG organising committee": a body in a list of
 * people, not a person. Not when a handle, a title or a comma says a person is named with it
 * ("Ada Pike, Kestrel Foundation"; "Cllr Bell"), the organisation being then the person's.
 */
function namesABody(text: string): boolean {
  const t = text.replace(/\([^)]*\)/g, ' ').trim();
  if (/[@,]/.test(t) || titleAt(patternsOf(), t.replace(/\./g, ' ').split(/\s+/), 0) > 0) return false;
  return ORGANISATION.test(t) || (/^the\s/i.test(t) && ORGANISATION_ANY_CASE.test(t));
}

const SHARED_TITLE = new RegExp(String.raw`^(${alternatives(Object.keys(SHARED_TITLES))})\.?\s+`, 'i');
const HEADING = /^(#{1,6})[ \t]+(.*?)[ \t]*#*[ \t]*$/;
const FENCE = /^\s*(```|~~~)/;
// "Sept" too, as American minutes abbreviate September.
const MONTH = `(${MONTHS.join('|')}|sept|${MONTHS.map((m) => m.slice(0, 3)).join('|')})\\.?`;
const WEEKDAY = '(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\\s+)?';
const ORD = '(?:st|nd|rd|th)?';

/** Reads the head of the body. `bodyStart`: where the body starts (after any front matter). */
export function readKeptHead(text: string, bodyStart: number, path: string, hints: { siteDate?: string; dateOnly?: boolean; siteTitle?: { start: number; end: number } } = {}): KeptHead {
  // Minutes front matter needs only what the text states at its top, to compare: the date and the
  // attendance lines of the first lines.
  const lines = splitLines(text, bodyStart, hints.dateOnly ? COMPARED_LINES : MAX_LINES);
  if (hints.dateOnly) {
    const date = bodyDate(lines, yearOf(path, hints.siteDate));
    return { groups: readGroups(lines), agenda: false, notes: 'none', kind: date ? 'no-attendance' : 'no-date', ...(date ? { date } : {}) };
  }
  const groups = readGroups(lines);
  const roles = readRoles(lines);
  const yearHint = yearOf(path, hints.siteDate);
  const date = bodyDate(lines, yearHint) ?? titleDate(text, hints.siteTitle, yearHint) ?? labelledDate(lines, yearHint) ?? pathDate(path);
  const { agenda, notes } = sectionsOf(lines);
  const attended = groups.some((g) => g.list === 'attendees' && (g.all === true || g.entries.length > 0)) || groups.some((g) => g.entries.length > 0 && g.list !== 'apologies' && g.list !== 'absent');
  // An agenda whose notes were never written, or a call that was cancelled.
  const agendaOnly = agenda && (notes === 'empty' || (notes === 'none' && lines.some((l) => !l.blank && !l.heading && CANCELLED.test(l.text))));
  const kind: KeptHead['kind'] = !date ? 'no-date' : attended ? 'minutes' : agendaOnly ? 'agenda-only' : 'no-attendance';
  const head: KeptHead = { groups, agenda, notes, kind };
  if (date) head.date = date;
  if (roles.chair) head.chair = roles.chair;
  if (roles.noteTaker) head.noteTaker = roles.noteTaker;
  return head;
}

/** Where minutes with front matter repeat their date and attendance in the text: the top. */
const COMPARED_LINES = 60;
/** Attendance stands near the top, after an agenda at most: a pasted log further down is not read. */
const MAX_LINES = 3000;

function splitLines(text: string, from: number, max: number): Line[] {
  const out: Line[] = [];
  let i = from;
  let fenced = false;
  let comment = false;
  while (i <= text.length) {
    let j = text.indexOf('\n', i);
    if (j < 0) j = text.length;
    const raw = text.slice(i, j).replace(/\r$/, '');
    const line: Line = { text: raw.replace(/(?:[ \t]{2,}|\\)$/, '').trimEnd(), start: i, hard: /(?: {2,}|\\)$/.test(raw), blank: raw.trim() === '', indent: /^\s*/.exec(raw)![0].length };
    if (FENCE.test(raw)) fenced = !fenced;
    if (/^\s*<!--/.test(raw) && !/-->/.test(raw)) comment = true;
    if (fenced || comment) line.blank = true;
    if (comment && /-->/.test(raw)) comment = false;
    const h = line.blank ? null : HEADING.exec(raw);
    if (h) line.heading = { level: h[1]!.length, title: h[2]!.replace(/\\$/, '').trim(), titleStart: i + raw.indexOf(h[2]!) };
    out.push(line);
    if (j >= text.length || out.length >= max) break;
    i = j + 1;
  }
  return out;
}

/** Emphasis marks and trailing colons around a title: "**Present**:" is "Present". */
const plainTitle = (s: string) => s.replace(/[*_`]/g, '').replace(/\s*\([^)]*\)\s*$/, '').replace(/[\s:.]+$/, '').trim();

function listOf(label: string): PeopleList | undefined {
  return LABEL_LIST.get(label.toLowerCase().replace(/[\s-]+/g, ' ').trim());
}

function readGroups(lines: Line[]): KeptGroup[] {
  const groups: KeptGroup[] = [];
  let headingsSeen = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.blank) continue;
    if (line.heading) headingsSeen++;
    if (line.heading) {
      const title = plainTitle(line.heading.title);
      const list = listOf(title);
      if (!list || NOT_AS_HEADING.has(title.toLowerCase())) continue;
      // The people under an attendance heading: its lines up to the next heading.
      const group: KeptGroup = { list, label: title, labelStart: line.heading.titleStart, labelEnd: line.heading.titleStart + line.heading.title.length, entries: [] };
      let k = i + 1;
      const body: Line[] = [];
      while (k < lines.length && !lines[k]!.heading) body.push(lines[k++]!);
      readBlockInto(body, group, groups);
      groups.push(group);
      i = k - 1;
      continue;
    }
    // "The following people were present:" over a table or a list.
    if (PRESENT_SENTENCE.test(line.text)) {
      const group: KeptGroup = { list: 'attendees', label: line.text.trim(), labelStart: line.start + line.indent, labelEnd: line.start + line.text.length, entries: [] };
      let n = i + 1;
      while (n < lines.length && lines[n]!.blank) n++;
      const after: Line[] = [];
      while (n < lines.length && !lines[n]!.blank && !lines[n]!.heading) after.push(lines[n++]!);
      readBlockInto(after, group, groups);
      groups.push(group);
      i = n - 1;
      continue;
    }
    const table = selfLabelledTable(lines, i, headingsSeen <= 1 && i < 60);
    if (table) {
      readTableInto(table.rows, table.group, groups);
      groups.push(table.group);
      i += table.rows.length - 1;
      continue;
    }
    const sentences = line.heading || isListLine(line) ? [] : readRoleSentences(line.text, headingsSeen <= 1 && i < 40);
    if (sentences.length > 0) {
      for (const r of sentences) groups.push(roleGroup(line, r));
      continue;
    }
    const found = labelAt(line);
    if (!found) continue;
    const { list, label, labelStart, labelEnd, restStart } = found;
    if (!list) continue;
    const group: KeptGroup = { list, label, labelStart, labelEnd, entries: [], ...(found.site ? { site: found.site } : {}) };
    // The paragraph the label opens: its soft-wrapped lines, or the lines its hard breaks join.
    const para: Line[] = [{ ...line, text: line.text.slice(restStart - line.start), start: restStart }];
    let k = i + 1;
    while (k < lines.length && !lines[k]!.blank && !lines[k]!.heading && !(labelAt(lines[k]!) && !wrapsLabel(lines[k - 1]!, lines[k]!)) && !(isListLine(lines[k]!) && lines[k]!.indent <= line.indent)) para.push(lines[k++]!);
    // "Present: …, Miss Richardson," ending in a comma: the list runs on in the next paragraph.
    const on = continuedAt(lines, k, para.at(-1)!);
    if (on !== undefined) {
      k = on;
      while (k < lines.length && !lines[k]!.blank && !lines[k]!.heading && !labelAt(lines[k]!)) para.push(lines[k++]!);
    }
    const rest = para[0]!.text.replace(/^[\s*_]+/, '');
    if (rest.trim() === '' || /^[A-Z][A-Z ]+$/.test(rest.trim())) {
      // "MEMBERS PRESENT:" over the next paragraph; "* Present: REMOVE NOT PRESENT" over its sub-list.
      const after: Line[] = para.slice(1);
      let n = k;
      if (after.length === 0) {
        while (n < lines.length && lines[n]!.blank) n++;
        while (n < lines.length && !lines[n]!.blank && !lines[n]!.heading && !labelAt(lines[n]!)) after.push(lines[n++]!);
      }
      readBlockInto(after, group, groups);
      if (after.length > 0 && para.length === 1) k = n;
    } else {
      readRunInto(para, group, groups);
    }
    groups.push(group);
    i = k - 1;
  }
  return groups.filter((g) => g.all === true || g.entries.length > 0);
}

/** Where a list that ends its paragraph with a comma goes on: the next paragraph, when it is plain text (no heading, label or list). */
function continuedAt(lines: Line[], k: number, last: Line): number | undefined {
  if (!/,\s*$/.test(last.text)) return undefined;
  let n = k;
  while (n < lines.length && lines[n]!.blank) n++;
  const next = lines[n];
  if (n === k || !next || next.heading || labelAt(next) || isListLine(next)) return undefined;
  return n;
}

/** The group a sentence of those present gives ("Directors Ada Pike and Tom Reeve were present"). */
function roleGroup(line: Line, r: RoleSentence): KeptGroup {
  const label = line.text.slice(r.labelStart, r.labelEnd) || 'present';
  return { list: r.list, label, labelStart: line.start + r.labelStart, labelEnd: line.start + r.labelEnd, entries: r.names.map((n) => ({ text: n.text, start: line.start + n.start, end: line.start + n.end })) };
}

/** "… In" at the end of one line and "attendance: …" at the start of the next: one label, wrapped. */
function wrapsLabel(before: Line, line: Line): boolean {
  const last = /(\S+)\s*$/.exec(before.text)?.[1];
  const hit = labelAt(line);
  return last !== undefined && hit !== undefined && listOf(`${last} ${hit.label}`) !== undefined;
}

const isListLine = (l: Line) => /^\s*(?:[-*+]|\d{1,2}[.)])\s+/.test(l.text);

interface LabelHit {
  list?: PeopleList;
  site?: string;
  role?: 'chair' | 'note-taker';
  label: string;
  labelStart: number;
  labelEnd: number;
  restStart: number;
}

function labelAt(line: Line): LabelHit | undefined {
  if (line.heading) return undefined;
  const text = line.text;
  const lead = /^\s*/.exec(text)![0].length;
  const m = LABEL_AT_START.exec(text.slice(lead));
  if (m) {
    const label = m[1]!;
    const at = line.start + lead + m.index + m[0].indexOf(label);
    const hit: LabelHit = { label, labelStart: at, labelEnd: at + label.length, restStart: line.start + lead + m[0].length };
    const list = listOf(label);
    if (list) hit.list = list;
    else hit.role = roleOf(label);
    // "Present from ISIS:" names where they came from; "Apologies from …" is not a site.
    if (m[2] !== undefined) {
      if (list !== 'attendees') return undefined;
      hit.site = m[2].trim();
    }
    // "**Members**" alone on a line is as often a section as a label.
    if (/(?:\*\*|__)\s*$/.test(m[0]) && m[0].trim().length === line.text.trim().length && NOT_AS_HEADING.has(label.toLowerCase())) return undefined;
    // A label written without a colon ("**Present** All except …") must be bold.
    if (!/[:\-–—]/.test(m[0].slice(m[0].indexOf(label) + label.length)) && !/^\s*(?:[-*+]\s+)?(?:\*\*|__)/.test(m[0])) return undefined;
    return hit;
  }
  const bare = BARE_LABEL.exec(text.slice(lead));
  if (bare && /,/.test(text) && lead === 0) {
    const at = line.start + lead;
    return { list: listOf(bare[1]!)!, label: bare[1]!, labelStart: at, labelEnd: at + bare[1]!.length, restStart: at + bare[0].length };
  }
  return undefined;
}

function roleOf(label: string): 'chair' | 'note-taker' {
  const key = label.toLowerCase().replace(/[\s-]+/g, ' ');
  return CHAIR_LABELS.some((w) => w.replace(/-/g, ' ') === key) ? 'chair' : 'note-taker';
}

/** The people of a block under a label or heading: list items, lines joined by hard breaks, or comma lists. */
function readBlockInto(block: Line[], group: KeptGroup, groups: KeptGroup[]): void {
  block = [...block];
  let para: Line[] = [];
  const flush = () => {
    if (para.length > 0) readRunInto(para, group, groups);
    para = [];
  };
  const table = block.filter((l) => /^\s*\|/.test(l.text));
  if (table.length >= 3) {
    readTableInto(table, group, groups);
    block = block.filter((l) => !table.includes(l));
  }
  for (const l of block) {
    if (l.blank) {
      flush();
      continue;
    }
    const hit = labelAt(l);
    if (hit?.list) {
      // "Council: …" and "Observers: …" under "## Attendance": groups of their own.
      flush();
      const sub: KeptGroup = { list: hit.list, label: hit.label, labelStart: hit.labelStart, labelEnd: hit.labelEnd, entries: [] };
      readRunInto([{ ...l, text: l.text.slice(hit.restStart - l.start), start: hit.restStart }], sub, groups);
      groups.push(sub);
      continue;
    }
    if (hit?.role) continue;
    const item = /^(\s*(?:[-*+]|\d{1,2}[.)])\s+)/.exec(l.text);
    if (item) {
      // One list item, one person: "Otto Vesk, Kestrel Labs (Voting Member)" keeps its organisation.
      flush();
      addEntry(group, clean(l.text.slice(item[1]!.length), l.start + item[1]!.length));
      continue;
    }
    para.push(l);
  }
  flush();
}

/** The cells of a table row, with their offsets. */
function tableCells(l: Line): KeptText[] {
  const out: KeptText[] = [];
  for (const m of l.text.matchAll(/\|([^|]*)(?=\|)/g)) {
    const raw = m[1]!;
    const lead = raw.length - raw.trimStart().length;
    const start = l.start + m.index + 1 + lead;
    out.push({ text: raw.trim(), start, end: start + raw.trim().length });
  }
  return out;
}

/** A column title without emphasis and notes: "**Attendee Name** _(present)_" is "attendee name". */
const columnTitle = (c: KeptText) => c.text.toLowerCase().replace(/[*_]/g, '').replace(/\s*\([^)]*\)/g, '').replace(/<br>/g, ' ').trim();

/**
 * A table of the people present: its name column, and the initials and organisation beside it; a
 * row whose role says visitor or guest is an observer, one whose presence says absent or apologies
 * sent is not present.
 */
function readTableInto(rows: Line[], group: KeptGroup, groups: KeptGroup[]): void {
  const header = tableCells(rows[0]!).map(columnTitle);
  const nameAt = header.findIndex((h) => PEOPLE_COLUMNS.name.test(h));
  if (nameAt < 0) return;
  const at = (re: RegExp) => header.findIndex((h, k) => k !== nameAt && re.test(h));
  const roleAt = header.findIndex((h) => /^(?:position|role|status|capacity|type)$/.test(h));
  const [initialsAt, orgAt, presenceAt] = [at(PEOPLE_COLUMNS.initials), at(PEOPLE_COLUMNS.organisation), at(PEOPLE_COLUMNS.presence)];
  const observers: KeptGroup = { list: 'observers', label: '', labelStart: group.labelStart, labelEnd: group.labelEnd, entries: [] };
  const away: KeptGroup = { list: 'apologies', label: '', labelStart: group.labelStart, labelEnd: group.labelEnd, entries: [] };
  for (const row of rows.slice(2)) {
    const cells = tableCells(row);
    const name = cells[nameAt];
    if (!name || name.text === '') continue;
    const entry: KeptText = { ...name, text: name.text.replace(/[*_]/g, '').trim() };
    const initials = initialsAt >= 0 ? cells[initialsAt]?.text : undefined;
    if (initials && /^[A-Z]{2,5}$/.test(initials)) entry.initials = initials;
    const org = orgAt >= 0 ? cells[orgAt]?.text.replace(/<br>/g, ' ').trim() : undefined;
    if (org) entry.organisation = org;
    const role = roleAt >= 0 ? cells[roleAt]?.text : undefined;
    const presence = presenceAt >= 0 ? (cells[presenceAt]?.text ?? '').toLowerCase() : '';
    addEntry(role && OBSERVER_ROLE.test(role) ? observers : PEOPLE_COLUMNS.absent.test(presence) ? away : group, entry);
  }
  if (observers.entries.length > 0) groups.push({ ...observers, label: 'visitors' });
  if (away.entries.length > 0) groups.push({ ...away, label: 'apologies' });
}

/**
 * A table whose name column says by itself whom it lists ("| Attendee Name | Organisation |"), or,
 * at the head of the minutes (`head`), a name column beside initials or an organisation: its rows, from `i`.
 */
function selfLabelledTable(lines: Line[], i: number, head: boolean): { group: KeptGroup; rows: Line[] } | undefined {
  const line = lines[i]!;
  if (!/^\s*\|/.test(line.text) || !/^\s*\|[\s:|-]+\|\s*$/.test(lines[i + 1]?.text ?? '')) return undefined;
  const titles = tableCells(line).map(columnTitle);
  const beside = head && titles.some((t) => PEOPLE_COLUMNS.initials.test(t) || PEOPLE_COLUMNS.organisation.test(t));
  const name = tableCells(line).find((c) => PEOPLE_COLUMNS.name.test(columnTitle(c)) && (beside || PEOPLE_COLUMNS.attendance.test(columnTitle(c))));
  if (!name) return undefined;
  const rows: Line[] = [];
  for (let k = i; k < lines.length && /^\s*\|/.test(lines[k]!.text); k++) rows.push(lines[k]!);
  return { group: { list: 'attendees', label: name.text.replace(/[*_]/g, '').trim(), labelStart: name.start, labelEnd: name.end, entries: [] }, rows };
}

/**
 * One paragraph of names. Lines joined by hard breaks, or short lines without commas, are one
 * name each; otherwise the lines are one text, cut at commas, semicolons and "and", and at a
 * label inside it ("In attendance:").
 */
function readRunInto(para: Line[], group: KeptGroup, groups: KeptGroup[]): void {
  const oneEach = para.length > 1 && para.every((l, k) => (k === para.length - 1 || l.hard || !/,/.test(l.text)) && !/,\s*$/.test(l.text)) && para.every((l) => l.text.split(/\s+/).length <= 6);
  if (oneEach) {
    for (const l of para) addEntry(group, clean(l.text, l.start));
    return;
  }
  // Join the lines into one text, keeping each character's offset.
  let text = '';
  const offsets: number[] = [];
  para.forEach((l, k) => {
    if (k > 0) {
      text += ' ';
      offsets.push(l.start - 1);
    }
    for (let c = 0; c < l.text.length; c++) offsets.push(l.start + c);
    text += l.text;
  });
  offsets.push((para.at(-1)?.start ?? 0) + (para.at(-1)?.text.length ?? 0));
  // A label inside the text starts a new group from there.
  let current = group;
  let from = 0;
  const cuts: Array<{ at: number; restAt: number; group: KeptGroup }> = [];
  LABEL_INSIDE.lastIndex = 0;
  for (let m = LABEL_INSIDE.exec(text); m; m = LABEL_INSIDE.exec(text)) {
    const labelAt = m.index + m[0].indexOf(m[1]!);
    if (labelAt === 0) continue;
    const list = listOf(m[1]!);
    const g: KeptGroup = list
      ? { list, label: m[1]!, labelStart: offsets[labelAt]!, labelEnd: offsets[labelAt + m[1]!.length - 1]! + 1, entries: [] }
      : { list: 'participants', label: m[1]!, labelStart: offsets[labelAt]!, labelEnd: offsets[labelAt]! + m[1]!.length, entries: [] };
    cuts.push({ at: labelAt, restAt: m.index + m[0].length, group: list ? g : { ...g, label: '' } });
  }
  const segments: Array<{ from: number; to: number; group: KeptGroup }> = [];
  for (const c of cuts) {
    segments.push({ from, to: c.at, group: current });
    current = c.group;
    from = c.restAt;
    // Role labels inside a run ("Notes: Carol") are read by readRoles; their text is nobody's attendance.
    if (c.group.label === '') current = { ...c.group, entries: [] };
    else groups.push(c.group);
  }
  segments.push({ from, to: text.length, group: current });
  for (const s of segments) {
    if (s.group.label === '') continue;
    splitNames(text, s.from, s.to).forEach(([a, b]) => addEntry(s.group, clean(text.slice(a, b), offsets[a]!)));
  }
}

/** Cuts "A, B and C (x, y); D" at top-level commas, semicolons, " and ", " & ", " + ". */
function splitNames(text: string, from: number, to: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let depth = 0;
  let start = from;
  for (let i = from; i < to; i++) {
    const c = text[i]!;
    if (c === '(' || c === '[') depth++;
    else if ((c === ')' || c === ']') && depth > 0) depth--;
    if (depth > 0) continue;
    let cut = 0;
    if (c === ',' || c === ';') cut = 1;
    // "Nadia Corr (representing Eastfield History Group) Cllrs Owen Pryce": a name after a bracket starts a new entry.
    else if (c === ' ' && text[i - 1] === ')' && /^\s+[\p{Lu}]/u.test(text.slice(i, i + 3))) cut = 1;
    else if (/^\s(?:and|&|\+)\s/i.test(text.slice(i, i + 5))) cut = text.slice(i).match(/^\s(?:and|&|\+)\s/i)![0].length;
    else if (c === ' ') cut = JOINER.exec(text.slice(i))?.[0].length ?? (nameEndsAt(text, i) ? 1 : 0);
    else if (c === '.' && text[i + 1] === ' ' && nameEndsAt(text, i + 1)) cut = 2;
    if (cut === 0) continue;
    out.push([start, i]);
    start = i + cut;
    i = start - 1;
  }
  out.push([start, to]);
  return out;
}

/** " together with 4 members of the public": the last name ends before the joiner. */
const JOINER = new RegExp(String.raw`^\s(?:${alternatives(LIST_JOINERS)})\s`, 'i');
/** A title that opens the next name ("Mrs. Berry Mrs. Fisher", "Chairman. Mrs. Berry"). */
const NEXT_NAME = new RegExp(String.raw`^\s(?:${NAME_OPENING_TITLES.join('|')})\.?\s+[\p{Lu}]`, 'u');

/**
 * Whether a name ends at the blank at `i` because another name starts after it with its title,
 * with no comma between: the word before is a surname or a role ("Berry", "Chairman"), not a title
 * or an abbreviation ("Mrs. Fisher", "St. Andrews", "E. Drew").
 */
function nameEndsAt(text: string, i: number): boolean {
  if (!NEXT_NAME.test(text.slice(i, i + 40))) return false;
  const before = /([\p{L}'’]+)\.?$/u.exec(text.slice(Math.max(0, i - 40), i))?.[1];
  if (before === undefined || !/^[\p{Lu}][\p{Ll}'’]+$/u.test(before)) return false;
  return titleAt(patternsOf(), [before], 0) === 0 && !new RegExp(`^${patternsOf().abbreviation}$`, 'i').test(before);
}

/** An entry without its list marker, emphasis, trailing full stop and white space; offsets kept. */
function clean(raw: string, at: number): KeptText {
  let s = raw;
  let start = at;
  // ": Lena Kwok" continues "Present : Tomas Varga" on the next line, as some templates align them.
  const lead = /^[\s*_>]*(?:[-*+]\s+)?[\s*_]*(?:[:：]\s*)?/.exec(s)![0].length;
  s = s.slice(lead);
  start += lead;
  s = s.replace(/[\s*_]*$/, '').replace(/\.$/, '').replace(/\s+$/, '');
  return { text: s, start, end: start + s.length };
}

/** A name with its title, or any name with a blank before the colon, then an office after the colon. */
const NAME_THEN_OFFICE = new RegExp(String.raw`^((?:${patternsOf().titleAsWritten}\s+[^:()]{1,40}?|[\p{Lu}][^:()]{1,40}?(?=\s:)))\s*:\s+[\p{L}]`, 'u');

/** A title alone before "and" ("Mr. and Mrs. Greg Nickels"), waiting for the name it shares. */
const pendingTitle = new WeakMap<KeptGroup, KeptText>();

/** A title a list shares ("Cllrs Alam and Bell"), carried from one entry to the next. */
const sharedTitle = new WeakMap<KeptGroup, string>();

function addEntry(group: KeptGroup, e: KeptText): void {
  const text = e.text;
  if (text === '' || NOBODY.test(text)) return;
  if (/^all$/i.test(text)) {
    group.all = true;
    return;
  }
  // "All except Bruce who is in London, Candle who had no apologies": the exceptions were absent.
  const except = /^all\s+(?:except|but|apart from)\s+/i.exec(text);
  if (except) {
    group.all = true;
    (group.except ??= []).push(nameOnly({ text: text.slice(except[0].length), start: e.start + except[0].length, end: e.end }));
    return;
  }
  if (group.except) {
    group.except.push(nameOnly(e));
    return;
  }
  // "Mrs. D. Moir : Borough Councillor", "Mrs Moir: Borough Councillor": the name, then what the person is.
  const office = NAME_THEN_OFFICE.exec(text);
  if (office) {
    addEntry(group, { text: office[1]!, start: e.start, end: e.start + office[1]!.length });
    return;
  }
  // "Mrs. Moir, Borough Councillor": a title alone is what the name before it is, not another person;
  // but "Mr. and Mrs. Greg Nickels" are two, the first taking the name of the second.
  const words = text.replace(/\./g, ' ').trim().split(/\s+/);
  if (titleAt(patternsOf(), words, 0) === words.length) {
    if (NAME_OPENING_TITLES.includes(words[0]!) && words.length === 1) pendingTitle.set(group, e);
    return;
  }
  const pending = pendingTitle.get(group);
  pendingTitle.delete(group);
  const named = pending && new RegExp(`^${patternsOf().titleAsWritten}\\s+(.+)$`, 'u').exec(text);
  if (pending && named) group.entries.push({ text: `${pending.text} ${named[1]!}`, start: pending.start, end: e.end });
  // A sentence is not a name, nor is "Quorum present (4 members): YES".
  if (text.replace(/\([^)]*\)/g, ' ').trim().split(/\s+/).length > 6 || !(/^[\p{L}@(]/u.test(text) || COUNTED.test(text)) || /:/.test(text.replace(/\([^)]*\)/g, ''))) return;
  if (namesABody(text)) return;
  // A template's instruction in capitals ("REMOVE NOT PRESENT") is nobody.
  if (/^[A-Z]+(?: [A-Z]+){2,}$/.test(text)) return;
  const shared = SHARED_TITLE.exec(text);
  if (shared) {
    const title = SHARED_TITLES[shared[1]!.toLowerCase()]!;
    group.entries.push({ text: `${title} ${text.slice(shared[0].length)}`, start: e.start, end: e.end });
    sharedTitle.set(group, title);
    return;
  }
  const carried = sharedTitle.get(group);
  // "Cllrs Alam and Dornan": the title carries to the bare surnames that follow.
  if (carried && /^[\p{Lu}][\p{L}'’-]+$/u.test(text)) {
    group.entries.push({ text: `${carried} ${text}`, start: e.start, end: e.end });
    return;
  }
  sharedTitle.delete(group);
  group.entries.push(e);
}

/** "Bruce who is in London" → "Bruce". */
function nameOnly(e: KeptText): KeptText {
  const m = /^[\p{Lu}][\p{L}'’.-]*(?:\s+[\p{Lu}][\p{L}'’.-]*)*/u.exec(e.text);
  const text = m ? m[0] : e.text;
  return { text, start: e.start, end: e.start + text.length };
}

/** The groups with the "All except …" names moved to a group of their own (absent). */
export function keptGroups(head: KeptHead): KeptGroup[] {
  const out: KeptGroup[] = [];
  for (const g of head.groups) {
    out.push(g);
    if (g.except?.length) out.push({ list: 'absent', label: 'except', labelStart: g.labelStart, labelEnd: g.labelEnd, entries: g.except });
  }
  return out;
}

function readRoles(lines: Line[]): { chair?: KeptText; noteTaker?: KeptText } {
  const out: { chair?: KeptText; noteTaker?: KeptText } = {};
  // One name or several joined ("Carol + Ivo Brandt", "Ivo and Ivo"): capitalised words only.
  const NAME = String.raw`([\p{Lu}][\p{L}'’.-]*(?:\s+[\p{Lu}][\p{L}'’.-]*){0,2}(?:\s*(?:\+|&|\band\b)\s*[\p{Lu}][\p{L}'’.-]*(?:\s+[\p{Lu}][\p{L}'’.-]*){0,2})*)`;
  const leadingName = new RegExp(`^${NAME}`, 'u');
  const labelled = new RegExp(String.raw`(?:^|[\s,;(*_])(${ROLE_WORDS})\s*(?:\*\*|__)?\s*[:\-–—]\s*(?:\*\*|__)?\s*`, 'giu');
  const chairAfter = new RegExp(String.raw`(?:^|[\s,;(])${NAME}\s+(?:${alternatives(CHAIR_AFTER)})\b`, 'gu');
  const notesAfter = new RegExp(String.raw`(?:^|[\s,;(])${NAME}\s+(?:${alternatives(NOTE_TAKER_AFTER)})\b`, 'gu');
  const set = (key: 'chair' | 'noteTaker', text: string, start: number) => {
    if (out[key] || NOBODY.test(text) || /^(?:the|this|we|all|it|a|an)$/i.test(text)) return;
    out[key] = { text, start, end: start + text.length };
  };
  for (const l of lines.slice(0, 400)) {
    if (l.blank || l.heading) continue;
    labelled.lastIndex = 0;
    for (let m = labelled.exec(l.text); m; m = labelled.exec(l.text)) {
      const after = m.index + m[0].length;
      // "| **Chairperson:** | Manuela Cruz |": the name is in the next cell.
      const rest = l.text.slice(after).replace(/^(?:\*\*|__)?\s*\|\s*/, '');
      const name = leadingName.exec(rest)?.[1]?.replace(/\.$/, '');
      if (name) set(roleOf(m[1]!) === 'chair' ? 'chair' : 'noteTaker', name, l.start + after + (l.text.length - after - rest.length));
    }
    for (const [re, key] of [[chairAfter, 'chair'], [notesAfter, 'noteTaker']] as const) {
      re.lastIndex = 0;
      const m = re.exec(l.text);
      if (m) set(key, m[1]!, l.start + m.index + m[0].indexOf(m[1]!));
    }
  }
  return out;
}

/** The year a date written without one belongs to: from the file name, a folder, or the site's date. */
function yearOf(path: string, siteDate?: string): string | undefined {
  const parts = path.split(/[\\/]/);
  const name = parts.at(-1) ?? '';
  const inName = /(?:^|\D)((?:19|20)\d{2})(?:\D|$)/.exec(name);
  if (inName) return inName[1];
  for (let i = parts.length - 2; i >= 0 && i >= parts.length - 4; i--) if (/^(?:19|20)\d{2}$/.test(parts[i]!)) return parts[i];
  return siteDate?.slice(0, 4);
}

const pad = (n: number) => String(n).padStart(2, '0');
const monthOf = (word: string) => MONTHS.findIndex((m) => m.startsWith(word.toLowerCase().replace(/\.$/, '').slice(0, 3))) + 1;

/** Dates as minutes write them; the first in a text wins. */
export function findDate(written: string, yearHint?: string): { iso: string; index: number; length: number } | undefined {
  // "l0th February 2005": a scanned page's lower-case L for the digit 1, before a digit and an ordinal (same length, offsets kept).
  const text = written.replace(/\bl(\d)(?=(?:st|nd|rd|th)\b)/g, '1$1');
  const found: Array<{ iso: string; index: number; length: number }> = [];
  const add = (y: string | undefined, mo: number, d: number, index: number, length: number) => {
    if (!y || mo < 1) return;
    const iso = `${y}-${pad(mo)}-${pad(d)}`;
    if (realDate(iso)) found.push({ iso, index, length });
  };
  for (const m of text.matchAll(/\b((?:19|20)\d{2})-(\d{2})-(\d{2})\b/g)) add(m[1], Number(m[2]), Number(m[3]), m.index, m[0].length);
  for (const m of text.matchAll(/\b((?:19|20)\d{2})\/(\d{1,2})\/(\d{1,2})\b/g)) add(m[1], Number(m[2]), Number(m[3]), m.index, m[0].length);
  for (const m of text.matchAll(/\b(\d{1,2})[/.](\d{1,2})[/.]((?:19|20)\d{2})\b/g)) add(m[3], Number(m[2]), Number(m[1]), m.index, m[0].length);
  // "21 October 2011", and "21-October-2011" as some Word templates write it.
  for (const m of text.matchAll(new RegExp(String.raw`\b${WEEKDAY}(\d{1,2})${ORD}(?:\s+of)?(?:\s+|-)${MONTH}(?:(?:,\s*|\s+|-)((?:19|20)\d{2}))?\b`, 'gi'))) add(m[3] ?? yearHint, monthOf(m[2]!), Number(m[1]), m.index, m[0].length);
  // "March 18,1998" as typed, without a space after the comma.
  for (const m of text.matchAll(new RegExp(String.raw`\b${WEEKDAY}${MONTH}\s+(\d{1,2})${ORD}(?:(?:,\s*|\s+)((?:19|20)\d{2}))?\b`, 'gi'))) add(m[3] ?? yearHint, monthOf(m[1]!), Number(m[2]), m.index, m[0].length);
  found.sort((a, b) => a.index - b.index);
  return found[0];
}

/**
 * Lines that name other meetings' dates, not this one's ("the following meeting"), but not a
 * meeting "held following the Parish Meeting on Tuesday, 13th May 2004".
 */
const OTHER_MEETING = /\b(?:previous|next|last|future|upcoming)\b|\bfollowing\b(?!\s+the\b)/i;

/** A date in the title a site's front matter gives the page ("Minutes of the meeting … held on Thursday 11th March 2004"). */
function titleDate(text: string, at: { start: number; end: number } | undefined, yearHint?: string): KeptDate | undefined {
  if (!at) return undefined;
  const d = findDate(text.slice(at.start, at.end), yearHint);
  return d && { iso: d.iso, source: 'title', start: at.start + d.index, end: at.start + d.index + d.length };
}
/** "The March 15, 2017 minutes were approved": the date of the meeting whose minutes are approved. */
const MINUTES_APPROVED = new RegExp(String.raw`\bminutes\b.*\b(?:were|was|are|is)\s+(?:\w+\s+)?${wordsOf('approved')}\b|\b${wordsOf('approved')}\s+the\s+minutes\b`, 'i');

/**
 * The date the minutes state for themselves: in a heading near the top (the title, "Agenda for the
 * June 21st video call"), or in the lines before the first section ("9th May 2024.",
 * "GENERAL MEETING MONDAY 6 NOVEMBER"); never in the business, where dates are due dates.
 */
function bodyDate(lines: Line[], yearHint?: string): KeptDate | undefined {
  let seen = 0;
  let headings = 0;
  let titleOnly = true;
  for (const l of lines) {
    if (l.blank) continue;
    if (++seen > 12) break;
    if (l.heading) {
      headings++;
      if (l.heading.level > 1) titleOnly = false;
    }
    // Past the `#` title, under a section heading, the lines are the business.
    if (!l.heading && (headings >= 2 || (headings === 1 && !titleOnly))) continue;
    if (headings > 3) break;
    // Link targets and addresses name other files ("[February](2026-02-10.md)"), not this meeting's date.
    const text = (l.heading ? l.heading.title : l.text).replace(/\]\([^)]*\)|\bhttps?:\/\/\S+/g, (m) => ' '.repeat(m.length));
    if (!l.heading && (isListLine(l) || /^\s*>/.test(l.text))) continue;
    if (OTHER_MEETING.test(text) || MINUTES_APPROVED.test(text) || labelAt(l)) continue;
    const d = findDate(text, yearHint);
    if (!d || (!l.heading && isDateline(text, d))) continue;
    const base = l.heading ? l.heading.titleStart : l.start;
    return { iso: d.iso, source: 'body', start: base + d.index, end: base + d.index + d.length };
  }
  return undefined;
}

/**
 * "Luxembourg, 09 March 2018": a place, a comma and a date alone on a line date a letter or a
 * report when it was written, not the meeting it reports (a weekday before the comma is part of
 * the date, not a place).
 */
function isDateline(text: string, d: { index: number; length: number }): boolean {
  // A place of one to three words ("Luxembourg", "New York"); a heading's "Society, 14 May 2025" is a title.
  return d.index > 0 && /^[\p{Lu}][\p{L}'’.-]*(?:\s+[\p{Lu}][\p{L}'’.-]*){0,2},\s*$/u.test(text.slice(0, d.index)) && /^[\s.]*$/.test(text.slice(d.index + d.length));
}

const OTHER_DATE_LABEL = new RegExp(String.raw`\b(?:${alternatives(OTHER_DATE_LABELS)})\s*$`, 'i');
const DATE_LABEL = new RegExp(String.raw`(?:^|[|*_\s])(?:${alternatives(HEAD_LABELS.date)})\s*(?:\*\*|__)?\s*[:|]\s*(?:\*\*|__|\|)?`, 'i');

/**
 * "| Meeting Date/Time: | 2025-06-17, 10.00 - 11.30 |" under a report's titles: a labelled date
 * near the top, when no title or first line states one. Not the next meeting's nor an issue date.
 */
function labelledDate(lines: Line[], yearHint?: string): KeptDate | undefined {
  for (const l of lines.slice(0, 60)) {
    if (l.blank || l.heading) continue;
    const m = DATE_LABEL.exec(l.text);
    if (!m || OTHER_MEETING.test(l.text.slice(0, m.index + m[0].length)) || OTHER_DATE_LABEL.test(l.text.slice(0, m.index + 1).replace(/[|*_\s]+$/, ''))) continue;
    const from = m.index + m[0].length;
    const d = findDate(l.text.slice(from, from + 80), yearHint);
    if (d) return { iso: d.iso, source: 'body', start: l.start + from + d.index, end: l.start + from + d.index + d.length };
  }
  return undefined;
}

/** A date in the file name (`2023-06-15.md`, `minutes-29-09-2006.md`), or month and day there with the year a folder gives (`2022/CG-06-21.md`). */
export function pathDate(path: string): KeptDate | undefined {
  const parts = path.split(/[\\/]/);
  const name = (parts.at(-1) ?? '').replace(/\.[^.]*$/, '');
  const full = findDate(name.replace(/_/g, '-'));
  if (full) return { iso: full.iso, source: 'file-name' };
  const dmy = /(?:^|\D)(\d{2})-(\d{2})-((?:19|20)\d{2})(?:\D|$)/.exec(name);
  if (dmy && realDate(`${dmy[3]}-${dmy[2]}-${dmy[1]}`)) return { iso: `${dmy[3]}-${dmy[2]}-${dmy[1]}`, source: 'file-name' };
  const folderYear = parts.slice(Math.max(0, parts.length - 4), -1).reverse().find((p) => /^(?:19|20)\d{2}$/.test(p));
  const md = /(?:^|\D)(\d{2})-(\d{2})(?:\D|$)/.exec(name);
  if (folderYear && md && realDate(`${folderYear}-${md[1]}-${md[2]}`)) return { iso: `${folderYear}-${md[1]}-${md[2]}`, source: 'folder' };
  return undefined;
}

function sectionsOf(lines: Line[]): { agenda: boolean; notes: KeptHead['notes'] } {
  let agenda = false;
  let notes: KeptHead['notes'] = 'none';
  for (let i = 0; i < lines.length; i++) {
    const h = lines[i]!.heading;
    const title = h ? plainTitle(h.title) : plainTitle(lines[i]!.text);
    if (!h && !/^(?:\*\*|__)?[A-Za-z ]+(?:\*\*|__)?:?$/.test(lines[i]!.text.trim())) continue;
    if (AGENDA_TITLES.test(title)) agenda = true;
    if (h && NOTES_TITLES.test(title)) {
      let content = 0;
      for (let k = i + 1; k < lines.length; k++) {
        const l = lines[k]!;
        if (l.heading && l.heading.level <= h.level) break;
        if (l.blank || l.heading) continue;
        if (NOTHING_YET.test(plainTitle(l.text))) continue;
        content++;
      }
      notes = content > 0 ? 'content' : notes === 'content' ? 'content' : 'empty';
    }
  }
  return { agenda, notes };
}
