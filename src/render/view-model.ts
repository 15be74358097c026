import type { Paragraph, RootContent } from 'mdast';
import { defaultConfig, wordsOf, type Config } from '../config/types.js';
import { sectionTitle } from '../vocabulary/patterns.js';
import { motionFacts } from '../model/readers/motion.js';
import type { ActionReview, AgendaItem, Decision, Meeting, Motion, NewAction, NextMeeting, PeopleGroup, Person, Review } from '../model/types.js';
import { reviewUpdateBlocks } from '../model/review-update.js';
import type { ActionEntry, Inherited } from '../series/register.js';
import { inheritedOf, type ResolvedSeries } from '../series/resolve.js';
import type {
  BannerLevel,
  ViewAgendaItem,
  ViewAnnotation,
  ViewBanner,
  ViewBlock,
  ViewChanges,
  ViewColumns,
  ViewDate,
  ViewDecision,
  ViewGroup,
  ViewModel,
  ViewNewAction,
  ViewNextMeeting,
  ViewOutstandingRow,
  ViewPerson,
  ViewApproval,
} from './view-model-types.js';
import { changesWording, fill, type Wording } from './wording.js';

export type * from './view-model-types.js';

// TLP 2.0 colours (label in colour on black); WHITE is TLP 1.0's name for CLEAR. The sentences are in the wording.
const BANNERS: Record<Exclude<BannerLevel, 'other'>, Pick<ViewBanner, 'label' | 'colour' | 'background'>> = {
  clear: { label: 'TLP:CLEAR', colour: '#FFFFFF', background: '#000000' },
  white: { label: 'TLP:WHITE', colour: '#FFFFFF', background: '#000000' },
  green: { label: 'TLP:GREEN', colour: '#33FF00', background: '#000000' },
  amber: { label: 'TLP:AMBER', colour: '#FFC000', background: '#000000' },
  'amber+strict': { label: 'TLP:AMBER+STRICT', colour: '#FFC000', background: '#000000' },
  red: { label: 'TLP:RED', colour: '#FF2B2B', background: '#000000' },
};

/** The sections of a meeting by number: their titles, and their numbers as written. */
interface Sections {
  titles: Map<string, string>;
  /** Summaries name a section by its number as written, or by its title alone: never by a number it lacks. */
  numbers: Map<string, string>;
}

function sectionsOf(agenda: AgendaItem[]): Sections {
  const sections: Sections = { titles: new Map(), numbers: new Map() };
  const index = (items: AgendaItem[]) => {
    for (const i of items) {
      sections.titles.set(i.number, i.title);
      if (i.written) sections.numbers.set(i.number, i.written.text.replace(/[.:]$/, ''));
      index(i.children);
    }
  };
  index(agenda);
  return sections;
}

function viewAction(a: NewAction, sections: Sections, dates: DateFn): ViewNewAction {
  const v: ViewNewAction = { id: a.id, text: a.text, content: ownContent(a), attributes: { ...a.attributes } };
  if (a.owner !== undefined) v.owner = a.owner;
  const due = a.due !== undefined ? dates(a.due) : undefined;
  if (due) v.due = due;
  const item = a.item !== undefined ? sections.numbers.get(a.item) : undefined;
  if (item !== undefined) v.item = item;
  return v;
}

function viewDecision(d: Decision, sections: Sections): ViewDecision {
  // A list-item decision ends with the list's joining words ("…; and"), which a summary row drops.
  const text = d.node.type === 'listItem' ? d.text.replace(/\s*[;,]?\s*(?:and|or)?\s*$/, '').replace(/;$/, '') : d.text;
  const v: ViewDecision = { verb: d.verb, text };
  if (d.motion) Object.assign(v, motionFacts(d.motion));
  if (d.item !== undefined) {
    const item = sections.numbers.get(d.item);
    if (item !== undefined) v.item = item;
    const t = sections.titles.get(d.item);
    if (t !== undefined) v.itemTitle = t;
  }
  return v;
}

/**
 * Lays out the body of one meeting as blocks: Markdown runs, v1 action lines and marked decisions
 * as blocks of their own, and the places of the outstanding-actions table and the summaries.
 * A class because the preamble, every agenda item and the closing are laid out with the same
 * lookups, built once per meeting.
 */
class BodyLayout {
  private readonly decisionByNode = new Map<RootContent, Decision>();
  private readonly actionByNode = new Map<RootContent, NewAction>();
  private readonly closingBlocks: Set<RootContent>;
  readonly summaries: ViewModel['summaries'];

  constructor(
    private readonly meeting: Meeting,
    config: Config,
    private readonly sections: Sections,
    private readonly dates: DateFn,
  ) {
    for (const d of meeting.decisions) if (d.node.type === 'paragraph' && (d.kind ?? 'marked') === 'marked') this.decisionByNode.set(d.node, d);
    // Only v1 lines become action blocks: an action written the committee's own way stays as written.
    for (const a of meeting.actions) if (a.notation === 'v1') this.actionByNode.set(a.node, a);
    this.closingBlocks = new Set<RootContent>(meeting.closing.blocks);
    this.summaries = config.summaries === 'off' ? 'off' : meeting.summariesMarker ? 'marker' : 'end';
  }

  blocks(nodes: RootContent[], leadingOutstanding: boolean, keepClosing = false): ViewBlock[] {
    const placement = this.meeting.outstandingPlacement;
    const blocks: ViewBlock[] = [];
    if (leadingOutstanding) blocks.push({ kind: 'outstanding' });
    const pushMarkdown = (n: RootContent) => {
      const last = blocks[blocks.length - 1];
      if (last?.kind === 'markdown') last.nodes.push(n);
      else blocks.push({ kind: 'markdown', nodes: [n] });
    };
    for (const n of nodes) {
      if (!keepClosing && this.closingBlocks.has(n)) continue;
      if (this.summaries === 'marker' && this.meeting.summariesMarker === n) {
        blocks.push({ kind: 'summaries' });
        continue;
      }
      if (placement.kind === 'marker' && placement.node === n) {
        blocks.push({ kind: 'outstanding' });
        continue;
      }
      const action = this.actionByNode.get(n);
      const decision = this.decisionByNode.get(n);
      if (action) blocks.push({ kind: 'action', action: viewAction(action, this.sections, this.dates) });
      else if (decision) blocks.push({ kind: 'decision', decision: viewDecision(decision, this.sections), content: (n as Paragraph).children });
      else pushMarkdown(n);
      if (placement.kind === 'after' && placement.node === n) blocks.push({ kind: 'outstanding' });
    }
    return blocks;
  }

  item(item: AgendaItem): ViewAgendaItem {
    const placement = this.meeting.outstandingPlacement;
    return {
      number: item.written?.text ?? '',
      scheme: item.written?.scheme ?? 'none',
      kind: item.kind,
      title: item.title,
      titleContent: item.titleContent,
      depth: item.level,
      blocks: this.blocks(item.content, placement.kind === 'after' && placement.node === item.heading),
      children: item.children.map((c) => this.item(c)),
    };
  }
}

/** The outstanding-actions rows: the front matter's reviews, then those written in the body that the series could place. */
function outstandingRows(meeting: Meeting, series: ResolvedSeries | undefined, dates: DateFn, words: Wording): ViewOutstandingRow[] {
  return [
    ...meeting.outstanding.map((r) => viewReview(r, inheritedOf(series, r), dates, words)),
    // A review the minutes write in their own table or list stays there, not repeated in an added table.
    ...meeting.reviews.filter((r) => r.source !== 'front-matter' && r.source !== 'table' && r.source !== 'list' && ((r.source !== 'matters-arising' && r.source !== 'prose') || series?.register.reviewed.has(r))).map((r) => viewBodyReview(r, series?.register.reviewed.get(r), dates, words)),
  ];
}

/**
 * Builds the view model of one meeting in the words of a wording file (wording.ts). Pure:
 * formatting only, no file system. `series`: the
 * resolved series the meeting belongs to (see series/resolve.ts), whose register fills in what a
 * review left out.
 */
export function buildViewModel(meeting: Meeting, config: Config, words: Wording, series?: ResolvedSeries): ViewModel {
  const dates = dateFormatter(config);
  const sections = sectionsOf(meeting.agenda);
  const layout = new BodyLayout(meeting, config, sections, dates);
  const closingSections = new Set(meeting.closing.sections);

  const attendees = meeting.attendees.map((g) => viewGroup(g, words));
  const participants = meeting.participants.map((g) => viewGroup(g, words));
  const apologies = meeting.apologies.map((g) => viewGroup(g, words));
  const outstanding = outstandingRows(meeting, series, dates, words);
  const newActions = addedActions(meeting, config).map((a) => viewAction(a, sections, dates));
  const decisions = addedDecisions(meeting).map((d) => viewDecision(d, sections));
  const count = (gs: ViewGroup[]) => gs.reduce((n, g) => n + g.people.length, 0);

  const vm: ViewModel = {
    locale: dates.locale,
    source: meeting.path,
    titleBlock: titleBlock(meeting, dates, words),
    attendees,
    participants,
    apologies,
    ownAttendance: {
      attendees: (meeting.bodyLists ?? []).some((l) => l === 'attendees' || l === 'participants' || l === 'observers'),
      apologies: (meeting.bodyLists ?? []).some((l) => l === 'apologies' || l === 'absent'),
    },
    attendanceChanges: meeting.attendanceChanges.map((c) => ({ kind: c.kind, text: c.text, ...(c.item !== undefined && sections.numbers.has(c.item) ? { item: sections.numbers.get(c.item)! } : {}) })),
    preamble: layout.blocks(meeting.preamble, false),
    outstandingBeforeAgenda: meeting.outstandingPlacement.kind === 'before-agenda',
    agenda: meeting.agenda.filter((i) => !closingSections.has(i)).map((i) => layout.item(i)),
    summaries: layout.summaries,
    closingBlocks: layout.blocks(meeting.closing.blocks, false, true),
    closing: meeting.closing.sections.map((i) => layout.item(i)),
    outstanding,
    newActions,
    decisions,
    nextMeetings: meeting.nextMeetings.map((n) => viewNextMeeting(n, dates, words)),
    columns: viewColumns(newActions, outstanding, decisions),
    counts: {
      attendees: count(attendees),
      participants: count(participants),
      apologies: count(apologies),
      outstanding: outstanding.length,
      newActions: newActions.length,
      decisions: decisions.length,
    },
  };
  const classification = meeting.classification ?? config.classification;
  if (classification !== undefined && classification.trim() !== '') vm.banner = banner(classification, words);
  const secretariat = meeting.secretariat ?? config.secretariat;
  if (secretariat !== undefined) vm.secretariat = secretariat;
  const approval = viewApproval(meeting, dates, words, series);
  if (approval) vm.approval = approval;
  return vm;
}

/** The legend's facts of a build that shows changes since `since`; `dateTime` is `xsd:dateTime` in UTC. */
export function viewChanges(since: string, author: string, dateTime: string, config: Config, words: Wording): ViewChanges {
  const w = changesWording(words);
  const date = dateFormatter(config)(dateTime.slice(0, 10));
  return { since, author, dateTime, date, legend: fill(w.legend, { since, author, date: date.long }), inserted: w.inserted, deleted: w.deleted };
}

/**
 * The record of approval of approved minutes: from the `approved` block `minutebook approve`
 * wrote, else from the later meeting of the series that records approving them (certain only).
 * The signature block names the chair; it is left out when the minutes end with one of their own.
 */
function viewApproval(m: Meeting, dates: DateFn, words: Wording, series?: ResolvedSeries): ViewApproval | undefined {
  if (m.status !== 'approved') return undefined;
  const link = series?.approvals.find((l) => l.of === m && l.approval.certainty === 'certain' && l.approval.outcome === 'approved');
  const iso = m.approved?.date ?? link?.by.date;
  const amendments = (m.approved ? m.approved.amendments : (link?.approval.amendments ?? [])).map((a) => a.text);
  const date = iso !== undefined ? dates(iso) : undefined;
  const w = words.approval;
  const text = date === undefined ? w.undated : fill(amendments.length > 0 ? w.withAmendments : w.asPresented, { date: date.long });
  const v: ViewApproval = { text, amendments: amendments.map((t, i) => ({ number: i + 1, text: t })) };
  if (date) v.date = date;
  const ownSignature = m.closing.blocks.length > 0 || m.closing.sections.some((s) => s.kind === 'signature');
  if (!ownSignature) {
    const chair = m.attendees.flatMap((g) => g.people).find((p) => p.role?.toLowerCase() === 'chair');
    v.signature = { signed: w.signed, chair: w.chair, date: w.date, ...(chair ? { chairName: chair.name } : {}) };
  }
  return v;
}

/** The banner of a classification; `text` is empty without the wording (only the label is asked for). */
export function banner(classification: string, words?: Wording): ViewBanner {
  const key = classification.trim().toLowerCase().replace(/^tlp\s*:\s*/, '').replace(/\s*\+\s*/, '+');
  if (Object.hasOwn(BANNERS, key)) {
    const level = key as Exclude<BannerLevel, 'other'>;
    return { level, ...BANNERS[level], text: words?.banners[level] ?? '' };
  }
  return { level: 'other', label: classification.trim(), text: '', colour: '#000000', background: '#FFFFFF' };
}

type DateFn = ((iso: string) => ViewDate) & { locale: string };

/** Formats ISO dates with Intl in UTC, so that the time zone of the machine never shifts a day. */
export function dateFormatter(config: Config): DateFn {
  const key = JSON.stringify([config.locale, config.dateFormats.long, config.dateFormats.short]);
  let fn = FORMATTERS.get(key);
  if (!fn) FORMATTERS.set(key, (fn = makeDateFormatter(config)));
  return fn;
}

// Building an Intl.DateTimeFormat costs far more than formatting with one: one per configuration.
const FORMATTERS = new Map<string, DateFn>();

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
// The configuration's defaults, which the written-out formats below reproduce (and the fallback uses).
const { long: DEFAULT_LONG, short: DEFAULT_SHORT } = defaultConfig().dateFormats;
const sameOptions = (a: object, b: object) => Object.keys(a).length === Object.keys(b).length && Object.entries(b).every(([k, v]) => (a as Record<string, unknown>)[k] === v);
const twoDigits = (n: number) => String(n).padStart(2, '0');

/**
 * The default locale and formats ("16 March 2026", "16/03/2026") written out: the first
 * Intl.DateTimeFormat of a process loads ICU's calendar data, about 45 ms of a one-file build.
 * test/view-model.test.ts holds these equal to Intl's output, day by day.
 */
export const defaultDateFormats = {
  long: (d: Date) => `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`,
  short: (d: Date) => `${twoDigits(d.getUTCDate())}/${twoDigits(d.getUTCMonth() + 1)}/${d.getUTCFullYear()}`,
};

function makeDateFormatter(config: Config): DateFn {
  let locale = config.locale;
  let long: Pick<Intl.DateTimeFormat, 'format'>;
  let short: Pick<Intl.DateTimeFormat, 'format'>;
  if (locale === 'en-GB' && sameOptions(config.dateFormats.long, DEFAULT_LONG) && sameOptions(config.dateFormats.short, DEFAULT_SHORT)) {
    long = { format: defaultDateFormats.long };
    short = { format: defaultDateFormats.short };
  } else {
    try {
      long = new Intl.DateTimeFormat(locale, { ...config.dateFormats.long, timeZone: 'UTC' });
      short = new Intl.DateTimeFormat(locale, { ...config.dateFormats.short, timeZone: 'UTC' });
    } catch {
      // The configuration check reports a bad locale; rendering still produces a document.
      locale = 'en-GB';
      long = new Intl.DateTimeFormat(locale, { ...DEFAULT_LONG, timeZone: 'UTC' });
      short = new Intl.DateTimeFormat(locale, { ...DEFAULT_SHORT, timeZone: 'UTC' });
    }
  }
  const fn = (iso: string): ViewDate => {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso.trim());
    const d = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : undefined;
    // An impossible date (only with --force) is shown as written rather than silently moved.
    if (!d || d.getUTCDate() !== Number(m![3])) return { iso, long: iso, short: iso };
    return { iso: iso.trim(), long: long.format(d), short: short.format(d) };
  };
  return Object.assign(fn, { locale });
}

function titleBlock(m: Meeting, dates: DateFn, words: Wording): ViewModel['titleBlock'] {
  const t: ViewModel['titleBlock'] = { title: m.title, documentTitle: m.title, status: m.status, statusText: m.status === 'none' ? '' : (words.status[m.status] ?? words.status.draft) };
  if (m.committee !== undefined) t.committee = m.committee;
  if (m.code !== undefined) t.code = m.code;
  if (m.meeting !== undefined) t.meeting = m.meeting;
  if (m.reference !== undefined) t.reference = m.reference;
  if (m.date !== undefined) t.date = dates(m.date);
  if (m.start !== undefined) t.start = m.start;
  if (m.end !== undefined) t.end = m.end;
  if (m.start !== undefined) t.time = m.end !== undefined ? `${m.start} – ${m.end}` : m.start;
  if (m.venue !== undefined) t.venue = m.venue;
  // The document's name in file lists and properties says which meeting: its number, else its date.
  const which = m.meeting !== undefined ? (m.code ? `${m.code} ${m.meeting}` : `Meeting ${m.meeting}`) : t.date?.long;
  t.documentTitle = which && !m.title.includes(which) ? `${m.title}, ${which}` : m.title;
  return t;
}

/**
 * A next meeting as written: a date formatted for the locale, a month ("April 2026") or the words
 * themselves ("TBC"), and the time with its zone as written.
 */
function viewNextMeeting(n: NextMeeting, dates: DateFn, words: Wording): ViewNextMeeting {
  let text: string;
  if (n.when === 'date') text = dates(n.date).long;
  else if (n.when === 'month' && n.month) text = monthText(n.month, dates.locale);
  else text = n.written;
  if (n.time) text += `, ${n.time}`;
  const v: ViewNextMeeting = { label: n.label ?? words.nextMeeting, text, date: n.when === 'date' ? dates(n.date) : { iso: n.written, long: text, short: text } };
  if (n.venue !== undefined) v.venue = n.venue;
  return v;
}

function monthText(month: string, locale: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  try {
    return new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(y, m - 1, 1)));
  } catch {
    return month;
  }
}

function viewGroup(g: PeopleGroup, words: Wording): ViewGroup {
  return { name: g.name, people: g.people.map((p) => viewPerson(p, words)) };
}

export function viewPerson(p: Person, words: Wording): ViewPerson {
  // Written as a string, the entry is shown as the minutes wrote it: initials, role, organisation and all.
  if (p.written !== undefined) {
    const v: ViewPerson = { name: p.written, annotations: [], display: p.written };
    if (p.role !== undefined) v.role = p.role;
    if (p.initials !== undefined) v.initials = p.initials;
    return v;
  }
  const w = words.annotations;
  const annotations: ViewAnnotation[] = [];
  if (p.organisation !== undefined) annotations.push({ kind: 'organisation', text: fill(w.organisation, { name: p.organisation }) });
  if (p.representing !== undefined) annotations.push({ kind: 'representing', text: fill(w.representing, { name: p.representing }) });
  if (p.role !== undefined && p.role.trim() !== '') {
    const r = p.role.trim();
    const role = Object.hasOwn(words.roles, r.toLowerCase()) ? words.roles[r.toLowerCase()]! : r;
    annotations.push({ kind: 'role', text: fill(w.role, { role }) });
  }
  if (p.alternateFor !== undefined) annotations.push({ kind: 'alternate', text: fill(w.alternate, { name: p.alternateFor }) });
  if (p.part) annotations.push({ kind: 'part', text: p.partText !== undefined ? fill(w.partText, { text: p.partText }) : w.part });
  if (p.items !== undefined && p.items.length > 0) {
    const list = p.items.length === 1 ? p.items[0]! : `${p.items.slice(0, -1).join(', ')}${w.itemsAnd}${p.items[p.items.length - 1]}`;
    annotations.push({ kind: 'items', text: fill(p.items.length === 1 ? w.item : w.items, { items: list }) });
  }
  if (p.remote) annotations.push({ kind: 'remote', text: w.remote });
  if (p.proxyTo !== undefined) annotations.push({ kind: 'proxy', text: fill(w.proxy, { name: p.proxyTo }) });
  const v: ViewPerson = { name: p.name, annotations, display: [p.name, ...annotations.map((a) => a.text)].join(' ') };
  if (p.role !== undefined) v.role = p.role;
  if (p.initials !== undefined) v.initials = p.initials;
  return v;
}

/**
 * The actions of the summary minutebook adds: certain ones only, once each; none when the minutes
 * keep their own list or table of actions (it would repeat it).
 */
export function addedActions(meeting: Meeting, config: Config = defaultConfig()): NewAction[] {
  // The minutes keep their own list of actions: a list or table of them, or lines under a section
  // titled as one ("Resulting Joblist", "Actions"); a summary would repeat it.
  const own = ownActionSections(meeting, config);
  if (meeting.actions.some((a) => a.notation === 'list' || a.notation === 'table' || (a.notation !== 'v1' && a.item !== undefined && own.has(a.item)))) return meeting.actions.filter((a) => a.notation === 'v1');
  const seen = new Set<string>();
  return meeting.actions.filter((a) => {
    if (!a.certain) return false;
    const key = `${a.id}\u0000${a.text.toLowerCase().replace(/\s+/g, ' ').trim()}\u0000${a.owners.map((o) => o.text.toLowerCase()).join(',')}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The numbers of the sections whose titles say they list actions. */
function ownActionSections(meeting: Meeting, config: Config): Set<string> {
  const actions = wordsOf(config).section.actions;
  const out = new Set<string>();
  const walk = (items: AgendaItem[]) => items.forEach((i) => { if (actions.test(sectionTitle(i.title))) out.add(i.number); walk(i.children); });
  walk(meeting.agenda);
  return out;
}

/** A review read from the body: its row shows what the body and the register say, the update stays in the text. */
function viewBodyReview(r: Review, entry: ActionEntry | undefined, dates: DateFn, words: Wording): ViewOutstandingRow {
  const status = r.status ?? 'unknown';
  const row: ViewOutstandingRow = {
    // The minutes' own number, or none: never the identity minutebook gives an action without one.
    id: r.id || entry?.line?.id || '',
    update: [],
    revisedText: words.noRevisedDate,
    status,
    statusText: status === 'unknown' ? '' : words.actionStatus[status],
  };
  const action = entry?.text ?? r.text;
  if (action !== undefined) row.action = action;
  const owner = entry?.owner ?? r.ownerText;
  if (owner !== undefined) row.owner = owner;
  if (entry?.raised !== undefined) row.raised = dates(entry.raised);
  if (entry?.target !== undefined) row.target = dates(entry.target);
  return row;
}

function viewReview(r: ActionReview, inherited: Inherited, dates: DateFn, words: Wording): ViewOutstandingRow {
  const pick = <K extends keyof Inherited>(k: K) => r[k] ?? inherited[k];
  const status = r.status ?? 'unknown';
  const row: ViewOutstandingRow = {
    id: r.id,
    update: r.update !== undefined ? reviewUpdateBlocks(r.update) : [],
    revisedText: words.noRevisedDate,
    status,
    statusText: status === 'unknown' ? '' : words.actionStatus[status],
  };
  const action = pick('action');
  if (action !== undefined) row.action = action;
  const owner = pick('owner');
  if (owner !== undefined) row.owner = owner;
  const raised = pick('raised');
  if (raised !== undefined) row.raised = dates(raised);
  const target = pick('target');
  if (target !== undefined) row.target = dates(target);
  if (r.revised !== undefined) {
    row.revised = dates(r.revised);
    row.revisedText = row.revised.short;
  }
  return row;
}

/**
 * The decisions the added summary lists: certain ones only (model/certainty.ts), each once (the
 * same words in the same section are one decision, recorded as a motion and as a sentence).
 */
function addedDecisions(meeting: Meeting): Decision[] {
  const seen = new Set<string>();
  return meeting.decisions.filter((d) => {
    if (d.certain === false) return false;
    const key = `${d.item ?? ''}\u0000${d.text.replace(/\s+/g, ' ').trim().toLowerCase()}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The optional columns of the added tables that some row fills, and the width they take (percent). */
function viewColumns(actions: ViewNewAction[], outstanding: ViewOutstandingRow[], decisions: ViewDecision[]): ViewColumns {
  const any = <T>(rows: T[], f: (r: T) => unknown) => rows.some((r) => { const v = f(r); return v !== undefined && v !== ''; });
  const width = (shown: Array<[boolean, number]>) => shown.reduce((n, [on, w]) => n + (on ? w : 0), 0);
  const a = { id: any(actions, (r) => r.id), owner: any(actions, (r) => r.owner), due: any(actions, (r) => r.due?.short), item: any(actions, (r) => r.item) };
  const o = {
    id: any(outstanding, (r) => r.id),
    raised: any(outstanding, (r) => r.raised?.short),
    target: any(outstanding, (r) => r.target?.short),
    revised: any(outstanding, (r) => r.revised?.short),
    owner: any(outstanding, (r) => r.owner),
    status: any(outstanding, (r) => r.statusText),
  };
  const item = any(decisions, (r) => r.item ?? r.itemTitle);
  return {
    newActions: { ...a, rest: width([[a.owner, 13], [a.due, 14], [a.item, 9]]) },
    outstanding: { ...o, rest: width([[o.raised, 12], [o.target, 12], [o.revised, 12], [o.owner, 12], [o.status, 9]]) },
    decisions: { item, rest: width([[item, 24], [true, 16]]) },
  };
}

/**
 * The action's words as inline content: its own, or its plain text where the content read is that
 * of the whole block it stands in (one line of a paragraph of lines parted by hard breaks), so that
 * a row never shows the other actions' words.
 */
function ownContent(a: NewAction): NewAction['content'] {
  const plain = (nodes: readonly unknown[]): string =>
    nodes.map((n) => { const x = n as { value?: unknown; children?: unknown[] }; return typeof x.value === 'string' ? x.value : x.children ? plain(x.children) : ' '; }).join('');
  const words = (s: string) => s.replace(/\s+/g, ' ').trim();
  return words(plain(a.content)).length > words(a.text).length + 1 ? [{ type: 'text', value: a.text }] : a.content;
}
