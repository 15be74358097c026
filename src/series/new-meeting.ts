/**
 * The next meeting's file, written from the latest meeting of a series and its register (pure):
 * number, date and venue from `next_meetings`, committee fields, an attendee skeleton, every open
 * action under `outstanding` with its metadata, and the standing agenda items. Whatever only the
 * secretariat knows is a `TODO` placeholder, which the `placeholder` rule reports until filled.
 */
import { wordsOf } from '../config/types.js';
import { patternsOf, sectionTitle, type Patterns } from '../vocabulary/patterns.js';
import type { Config, RosterMember } from '../config/types.js';
import { normaliseName } from '../model/people.js';
import type { Meeting, Person } from '../model/types.js';
import { PLACEHOLDER as TODO, isPlaceholder } from '../model/placeholder.js';
import type { Register } from './register.js';
import { isExtraordinary } from './series.js';
import { idPatternOf } from '../model/action-id.js';

export interface NewMeetingOptions {
  /** Overrides the date taken from `next_meetings`. */
  date?: string;
}

export interface NewMeeting {
  fileName: string;
  meeting: string;
  date: string;
  text: string;
  /** Open actions pre-filled. */
  actions: number;
}

const DAY = 86_400_000;
const addDays = (d: string, n: number) => new Date(Date.parse(`${d}T00:00:00Z`) + n * DAY).toISOString().slice(0, 10);

/** A YAML scalar: plain where that reads back as the same string, double-quoted otherwise. */
export function yamlString(s: string): string {
  const plain = /^[A-Za-z][\w .,'()&/+–-]*$/.test(s) && !/[ ]$/.test(s) && !/^(true|false|yes|no|on|off|null|y|n)$/i.test(s) && !/ #|: /.test(s);
  return plain ? s : JSON.stringify(s);
}

/** The items every meeting holds, by the vocabulary's section titles: they carry over to the next agenda. */
const STANDING_FAMILIES = ['actions', 'action_review', 'any_other_business', 'apologies', 'attendance', 'procedural', 'previous_minutes', 'matters_arising', 'next_meeting'] as const;
const standingItem = (title: string, words: Patterns) => {
  const t = sectionTitle(title);
  return STANDING_FAMILIES.some((f) => words.sectionStart[f].test(t));
};
const DEFAULT_ITEMS = ['Welcome and Apologies', 'Minutes of the Previous Meeting', 'Actions Outstanding', 'Any Other Business'];

export function newMeeting(latest: Meeting, meetings: readonly Meeting[], register: Register, config: Config, o: NewMeetingOptions = {}): NewMeeting {
  const number = `${(latest.meetingNumber ?? 0) + 1}`;
  const next = latest.nextMeetings.find((n) => latest.date === undefined || n.date > latest.date);
  let date = o.date ?? next?.date;
  let dateNote = '';
  if (date === undefined) {
    // No next meeting recorded: guess the usual interval, and ask for confirmation.
    const ordinary = meetings.filter((m) => m.date && !isExtraordinary(m));
    const prev = ordinary[ordinary.length - 2];
    const gap = prev?.date && latest.date ? Math.round((Date.parse(latest.date) - Date.parse(prev.date)) / DAY) : 28;
    date = addDays(latest.date ?? new Date().toISOString().slice(0, 10), gap > 0 ? gap : 28);
    dateNote = `  # ${TODO}: confirm the date`;
  }
  const code = latest.code ?? config.code ?? 'MEETING';
  const lines: string[] = ['---', `# Written by \`minutebook new\` from ${baseName(latest.path)}. Fill in every placeholder, then run \`minutebook check\`.`];
  const put = (k: string, v: string | undefined) => v !== undefined && lines.push(`${k}: ${yamlString(v)}`);
  // Committee fields the configuration does not already give.
  if (config.committee === undefined) put('committee', latest.committee);
  if (config.code === undefined) put('code', latest.code);
  lines.push(`meeting: ${number}`, `date: ${date}${dateNote}`);
  put('venue', (o.date === undefined ? next?.venue : undefined) ?? latest.venue);
  lines.push('status: draft');
  if (config.classification === undefined) put('classification', latest.classification);
  if (config.secretariat === undefined) put('secretariat', latest.secretariat);

  lines.push(`attendees:  # ${TODO}: list who attended; move members who sent apologies to \`apologies\``);
  for (const [group, people] of attendeeSkeleton(latest, config.roster, date)) {
    lines.push(`  ${yamlString(group)}:`);
    for (const p of people) lines.push(`    - ${p}`);
  }
  const helpers = latest.participants.flatMap((g) => g.people.filter((p) => p.role === 'secretary').map((p) => [g.name, p] as const));
  if (helpers.length > 0) {
    lines.push('participants:');
    for (const [group, p] of helpers) lines.push(`  ${yamlString(group)}:`, `    - { name: ${yamlString(p.name)}, role: secretary }`);
  }

  const open = register.entries.filter((e) => e.status === 'open');
  if (open.length > 0) {
    lines.push('outstanding:');
    for (const e of open) {
      lines.push(`  - id: ${yamlString(e.id)}`);
      if (e.text !== undefined) lines.push(`    action: ${yamlString(e.text)}`);
      if (e.owner !== undefined) lines.push(`    owner: ${yamlString(e.owner)}`);
      if (e.raised !== undefined) lines.push(`    raised: ${e.raised}`);
      if (e.target !== undefined) lines.push(`    target: ${e.target}`);
      lines.push('    status: open', `    update: "${TODO}: what was reported; set status: closed when done"`);
    }
  }
  const later = latest.nextMeetings.filter((n) => n.date > date!);
  if (later.length > 0) {
    lines.push('next_meetings:');
    for (const n of later) {
      const parts = [`date: ${n.date}`];
      if (n.label !== undefined) parts.push(`label: ${yamlString(n.label)}`);
      if (n.venue !== undefined) parts.push(`venue: ${yamlString(n.venue)}`);
      lines.push(`  - { ${parts.join(', ')} }`);
    }
  }
  lines.push('---', '');

  const words = wordsOf(config);
  const standing = latest.agenda.map((i) => i.title).filter((t) => standingItem(t, words));
  const items = standing.length >= 2 ? standing : DEFAULT_ITEMS;
  // New business goes before "Any Other Business" (or last when there is none).
  const aob = items.findIndex((t) => words.sectionStart.any_other_business.test(sectionTitle(t)));
  const agenda = aob >= 0 ? [...items.slice(0, aob), `${TODO}: agenda item`, ...items.slice(aob)] : [...items, `${TODO}: agenda item`];
  agenda.forEach((title, i) => {
    lines.push(`## ${i + 1}. ${title}`, '');
    if ((words.sectionStart.actions.test(sectionTitle(title)) || words.sectionStart.action_review.test(sectionTitle(title))) && !title.startsWith(TODO)) lines.push(`${TODO}: summarise the review of the outstanding actions.`, '');
    else if (!title.startsWith(TODO)) lines.push(`${TODO}: record this item.`, '');
    else lines.push(`${TODO}: record the discussion, the decisions and the actions (ACTION ${idPatternOf(config).format({ code, meeting: String(number), seq: 1, date })}: …).`, '');
  });
  const slug = code.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'meeting';
  return { fileName: `${date}-${slug}-${number}.md`, meeting: number, date, text: lines.join('\n'), actions: open.length };
}

/** Members expected at the meeting: the roster members in office on its date, else the latest meeting's members. */
function attendeeSkeleton(latest: Meeting, roster: readonly RosterMember[], date: string): Array<[string, string[]]> {
  const roles = new Map<string, string>();
  for (const p of latest.attendees.flatMap((g) => g.people)) if (p.role === 'chair' || p.role === 'secretary') roles.set(normaliseName(p.alternateFor ?? p.name), p.role);
  const entry = (name: string) => {
    const role = roles.get(normaliseName(name));
    return role ? `{ name: ${yamlString(name)}, role: ${role} }` : yamlString(name);
  };
  const groups = new Map<string, string[]>();
  const add = (group: string, name: string) => {
    // "TODO: chair's name" left in the last meeting is its unfinished draft, not a member.
    if (isPlaceholder(name) || isPlaceholder(group)) return;
    let g = groups.get(group);
    if (!g) groups.set(group, (g = []));
    if (!g.includes(entry(name))) g.push(entry(name));
  };
  if (roster.length > 0) {
    for (const m of roster) {
      if ((m.since && m.since > date) || (m.until && m.until < date)) continue;
      add(m.category, m.name);
    }
  } else {
    // Members present or excused last time; alternates stand for their member.
    const members = (p: Person) => p.alternateFor ?? p.name;
    for (const g of [...latest.attendees, ...latest.apologies]) for (const p of g.people) add(g.name, members(p));
  }
  if (groups.size === 0) groups.set('Members', [`{ name: "${TODO}: the chair", role: chair }`]);
  return [...groups];
}

const baseName = (p: string) => p.split(/[\\/]/).pop() ?? p;
