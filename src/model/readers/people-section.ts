/**
 * The people lists, date, chair and note taker that the body gives (kept-head.ts), turned into the
 * model's lists with their places in the body, so that every rule reads them as it reads front
 * matter. When both the front matter and the body give them, the front matter wins and each
 * disagreement is kept for the frontmatter-body-mismatch rule.
 */
import type { Locator } from '../../parse/locate.js';
import type { SiteMatter } from '../../parse/site-matter.js';
import { keptGroups, type KeptHead, type KeptText } from './kept-head.js';
import { OFFICE_THEN_PERSON } from '../../vocabulary/kept-words.js';
import { comparePeople } from '../kept-compare.js';
import { parsePerson, type TitleSets } from '../person-parse.js';
import type { Meeting, PeopleGroup, PeopleList, Person, Span } from '../types.js';

export interface KeptInput {
  head: KeptHead;
  /** The front matter is minutebook's own (it lists people): it wins over the body. */
  minutesMatter: boolean;
  site?: SiteMatter;
}

const LISTS: readonly PeopleList[] = ['attendees', 'participants', 'observers', 'apologies', 'absent'];

/** Markdown escapes in a name (`Odd\_bloke`) are not part of it. */
const unescape = (s: string) => s.replace(/\\([\\`*_{}[\]()#+\-.!])/g, '$1');

/** "Andrew Wheat (Candle) - President", "Kim (Treasurer)", "Bruce Tinton (Bruce)": the name, its nickname and role. */
function keptPerson(e: KeptText, list: PeopleList, group: string, loc: Locator, titles: TitleSets): Person {
  let written = unescape(e.text);
  // "received from Hugo Marr": the words that introduce a list are not the name.
  written = written.replace(/^(?:(?:were|was|have been|had been)\s+)?(?:received\s+)?from\s+/i, '');
  let role: string | undefined;
  // "E. Drew -- Chairman", "Miss Richardson - acting Chairperson".
  const dash = /\s+(?:--|[-–—])\s+([A-Za-z][\w ]{1,40})$/.exec(written);
  if (dash) {
    role = dash[1]!.trim();
    written = written.slice(0, dash.index);
  }
  // "Deputy Chief Executive (Mr. P. Dowling)": an office, then the person holding it.
  const office = OFFICE_THEN_PERSON.exec(written);
  if (office) {
    role = office[1]!.trim();
    written = office[2]!.trim();
  }
  const parts = parsePerson(written, titles);
  const span: Span = loc.span(e.start, e.end);
  const person: Person = { name: parts.full || written, group, list, span, nameSpan: span, fields: {}, parts, written: unescape(e.text) };
  // "(Candle)", "(@handle)", "(nick)": a single word in brackets after a full name is what the text calls the person.
  const bracket = /\(([^()\s]+)\)/.exec(written);
  if (bracket && parts.role === bracket[1] && parts.given !== undefined) {
    delete parts.role;
    person.nick = bracket[1]!.replace(/^@/, '');
  } else if (parts.role !== undefined) person.role = parts.role;
  if (role !== undefined) person.role = role;
  if (parts.initials !== undefined) person.initials = parts.initials;
  if (parts.organisation !== undefined) person.organisation = parts.organisation;
  if (parts.representing !== undefined) person.representing = parts.representing;
  if (parts.alternateFor !== undefined) person.alternateFor = parts.alternateFor;
  if (parts.part) person.part = true;
  if (parts.remote) person.remote = true;
  // "Ruth Okafor (2nd half)", "Carol (second half)": there for part of the meeting.
  if (person.role !== undefined && /\b(?:half|part|late|left|joined|minutes into)\b/i.test(person.role)) {
    person.part = true;
    person.partText = person.role;
    delete person.role;
  }
  return person;
}

/** The body's lists, grouped as the minutes group them ("Council", "Observers"). */
export function keptLists(head: KeptHead, loc: Locator, titles: TitleSets): Record<PeopleList, PeopleGroup[]> {
  const out = Object.fromEntries(LISTS.map((l) => [l, [] as PeopleGroup[]])) as Record<PeopleList, PeopleGroup[]>;
  for (const g of keptGroups(head)) {
    if (g.entries.length === 0) continue;
    // A flat list as minutes write it: the group has no name, as a YAML list has none.
    const people = g.entries.map((e) => keptPerson(e, g.list, '', loc, titles));
    out[g.list].push({ name: '', span: loc.span(g.labelStart, g.labelEnd), people });
  }
  return out;
}

/** Fills the meeting's date and lists from the body where the front matter gives none, and records where the two disagree. */
export function applyKept(m: Meeting, kept: KeptInput, loc: Locator, titles: TitleSets): void {
  const { head } = kept;
  const disagreements: Array<{ at: Span; message: string }> = [];
  // A date the text states, or the site's title (which names the meeting, where its `date` names the day of posting).
  const bodyDate = head.date?.source === 'body' || head.date?.source === 'title' ? head.date : undefined;
  const bodyDateSpan = bodyDate?.start !== undefined ? loc.span(bodyDate.start, bodyDate.end!) : undefined;
  const line = (s: Span) => `line ${s.start.line}`;
  // The date: minutes front matter wins; a site's date is when the page was posted, and the body's date wins over it.
  const siteDate = kept.site?.date;
  const fmDateSpan = m.fields.date?.value;
  if (kept.minutesMatter) {
    if (bodyDate && m.date !== undefined && m.date !== bodyDate.iso && bodyDateSpan) {
      disagreements.push({ at: bodyDateSpan, message: `The minutes state the date ${bodyDate.iso}, but the front matter says ${m.date}${fmDateSpan ? ` (${line(fmDateSpan)})` : ''}: the front matter's date is used; correct the one that is wrong` });
    }
  } else {
    // A date from the file name is not the site's: only a written `date` can disagree.
    const written = fmDateSpan ? m.date : siteDate?.value.slice(0, 10);
    const writtenSpan = fmDateSpan ?? (siteDate ? loc.span(siteDate.start, siteDate.end) : undefined);
    if (bodyDate) {
      if (written !== undefined && written !== bodyDate.iso && bodyDateSpan) {
        disagreements.push({ at: bodyDateSpan, message: `The site's front matter dates the page ${written}${writtenSpan ? ` (${line(writtenSpan)})` : ''}, but ${bodyDate.source === 'title' ? 'its title states' : 'the minutes state'} ${bodyDate.iso} (${line(bodyDateSpan)}): the meeting is dated ${bodyDate.iso}` });
      }
      m.date = bodyDate.iso;
      if (bodyDateSpan) m.fields.date = { value: bodyDateSpan };
    } else if (m.date === undefined && siteDate && /^\d{4}-\d{2}-\d{2}/.test(siteDate.value)) {
      m.date = siteDate.value.slice(0, 10);
      m.fields.date = { value: loc.span(siteDate.start, siteDate.end) };
    } else if (m.date === undefined && head.date) {
      m.date = head.date.iso;
    }
    // A site's title names the page; the minutes' own heading, when they have one, names the meeting.
    if (m.titleWritten !== undefined) delete m.titleWritten;
    if (kept.site?.title) m.title = kept.site.title.value;
  }
  // People: the body's lists fill the lists the front matter leaves empty.
  const lists = keptLists(head, loc, titles);
  const hasFrontMatterPeople = LISTS.some((l) => m[l].length > 0);
  if (hasFrontMatterPeople && kept.minutesMatter) disagreements.push(...comparePeople(LISTS.flatMap((l) => m[l]).flatMap((g) => g.people), lists, titles));
  if (!hasFrontMatterPeople) {
    for (const l of LISTS) m[l] = lists[l];
    m.people = LISTS.flatMap((l) => m[l]).flatMap((g) => g.people);
    m.headSource = 'body';
    const first = head.groups.find((g) => g.list === 'attendees') ?? head.groups[0];
    if (first) m.fields.attendees = { key: loc.span(first.labelStart, first.labelEnd), value: loc.span(first.labelStart, first.labelEnd) };
    if (head.groups.some((g) => g.all)) m.attendanceAll = true;
  }
  const inBody = LISTS.filter((l) => keptGroups(head).some((g) => g.list === l && (g.all === true || g.entries.length > 0)));
  if (inBody.length > 0) m.bodyLists = inBody;
  const written = (t: KeptText) => ({ written: t.text, span: loc.span(t.start, t.end) });
  if (head.chair) m.chair = written(head.chair);
  if (head.noteTaker) m.noteTaker = written(head.noteTaker);
  if (disagreements.length > 0) m.keptDisagreements = disagreements;
}
