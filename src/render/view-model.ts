import type { Paragraph, RootContent } from 'mdast';
import type { Config } from '../config/types.js';
import type { ActionReview, AgendaItem, Decision, Meeting, NewAction, PeopleGroup, Person } from '../model/types.js';
import { reviewUpdateBlocks } from '../model/review-update.js';
import type { Inherited } from '../series/register.js';
import { inheritedOf, type ResolvedSeries } from '../series/resolve.js';
import type {
  BannerLevel,
  ViewAgendaItem,
  ViewAnnotation,
  ViewBanner,
  ViewBlock,
  ViewDate,
  ViewDecision,
  ViewGroup,
  ViewModel,
  ViewNewAction,
  ViewOutstandingRow,
  ViewPerson,
} from './view-model-types.js';

export type * from './view-model-types.js';

const STATUS_TEXT = { draft: 'Draft Minutes', final: 'Minutes', approved: 'Approved Minutes' } as const;

// TLP 2.0 colours (label in colour on black); WHITE is TLP 1.0's name for CLEAR.
const BANNERS: Record<Exclude<BannerLevel, 'other'>, Omit<ViewBanner, 'level'>> = {
  clear: { label: 'TLP:CLEAR', colour: '#FFFFFF', background: '#000000', text: 'Disclosure is not limited: this document may be shared and published freely, subject to copyright.' },
  white: { label: 'TLP:WHITE', colour: '#FFFFFF', background: '#000000', text: 'Disclosure is not limited: this document may be shared and published freely, subject to copyright.' },
  green: { label: 'TLP:GREEN', colour: '#33FF00', background: '#000000', text: 'Limited disclosure: this document may be shared within the community, but not published or posted online.' },
  amber: { label: 'TLP:AMBER', colour: '#FFC000', background: '#000000', text: "Limited disclosure: recipients may share this document only within their organisation and with its clients, on a need-to-know basis." },
  'amber+strict': { label: 'TLP:AMBER+STRICT', colour: '#FFC000', background: '#000000', text: "Limited disclosure: recipients may share this document only within their own organisation, on a need-to-know basis." },
  red: { label: 'TLP:RED', colour: '#FF2B2B', background: '#000000', text: 'For the named recipients only: this document must not be shared with anyone else.' },
};

/**
 * Builds the view model of one meeting. Pure: formatting only, no file system. `series`: the
 * resolved series the meeting belongs to (see series/resolve.ts), whose register fills in what a
 * review left out.
 */
export function buildViewModel(meeting: Meeting, config: Config, series?: ResolvedSeries): ViewModel {
  const dates = dateFormatter(config);
  const decisionByNode = new Map<RootContent, Decision>();
  for (const d of meeting.decisions) if (d.node.type === 'paragraph') decisionByNode.set(d.node, d);
  const actionByNode = new Map<RootContent, NewAction>();
  for (const a of meeting.actions) actionByNode.set(a.node, a);
  const itemTitles = new Map<string, string>();
  const indexTitles = (items: AgendaItem[]) => {
    for (const i of items) {
      itemTitles.set(i.number, i.title);
      indexTitles(i.children);
    }
  };
  indexTitles(meeting.agenda);

  const viewAction = (a: NewAction): ViewNewAction => {
    const v: ViewNewAction = { id: a.id, text: a.text, content: a.content, attributes: { ...a.attributes } };
    if (a.owner !== undefined) v.owner = a.owner;
    const due = a.due !== undefined ? dates(a.due) : undefined;
    if (due) v.due = due;
    if (a.item !== undefined) v.item = a.item;
    return v;
  };
  const viewDecision = (d: Decision): ViewDecision => {
    // A list-item decision ends with the list's joining words ("…; and"), which a summary row drops.
    const text = d.node.type === 'listItem' ? d.text.replace(/\s*[;,]?\s*(?:and|or)?\s*$/, '').replace(/;$/, '') : d.text;
    const v: ViewDecision = { verb: d.verb, text };
    if (d.item !== undefined) {
      v.item = d.item;
      const t = itemTitles.get(d.item);
      if (t !== undefined) v.itemTitle = t;
    }
    return v;
  };

  const placement = meeting.outstandingPlacement;
  const toBlocks = (nodes: RootContent[], leadingOutstanding: boolean): ViewBlock[] => {
    const blocks: ViewBlock[] = [];
    if (leadingOutstanding) blocks.push({ kind: 'outstanding' });
    const pushMarkdown = (n: RootContent) => {
      const last = blocks[blocks.length - 1];
      if (last?.kind === 'markdown') last.nodes.push(n);
      else blocks.push({ kind: 'markdown', nodes: [n] });
    };
    for (const n of nodes) {
      if (placement.kind === 'marker' && placement.node === n) {
        blocks.push({ kind: 'outstanding' });
        continue;
      }
      const action = actionByNode.get(n);
      const decision = decisionByNode.get(n);
      if (action) blocks.push({ kind: 'action', action: viewAction(action) });
      else if (decision) blocks.push({ kind: 'decision', decision: viewDecision(decision), content: (n as Paragraph).children });
      else pushMarkdown(n);
      if (placement.kind === 'after' && placement.node === n) blocks.push({ kind: 'outstanding' });
    }
    return blocks;
  };
  const viewItem = (item: AgendaItem): ViewAgendaItem => ({
    number: item.number,
    title: item.title,
    titleContent: item.titleContent,
    depth: item.depth === 2 ? 1 : 2,
    blocks: toBlocks(item.content, placement.kind === 'after' && placement.node === item.heading),
    children: item.children.map(viewItem),
  });

  const attendees = meeting.attendees.map((g) => viewGroup(g));
  const participants = meeting.participants.map((g) => viewGroup(g));
  const apologies = meeting.apologies.map((g) => viewGroup(g));
  const outstanding = meeting.outstanding.map((r) => viewReview(r, inheritedOf(series, r), dates));
  const newActions = meeting.actions.map(viewAction);
  const decisions = meeting.decisions.map(viewDecision);
  const count = (gs: ViewGroup[]) => gs.reduce((n, g) => n + g.people.length, 0);

  const vm: ViewModel = {
    locale: dates.locale,
    source: meeting.path,
    titleBlock: titleBlock(meeting, dates),
    attendees,
    participants,
    apologies,
    preamble: toBlocks(meeting.preamble, false),
    outstandingBeforeAgenda: placement.kind === 'before-agenda',
    agenda: meeting.agenda.map(viewItem),
    outstanding,
    newActions,
    decisions,
    nextMeetings: meeting.nextMeetings.map((n) => ({ label: n.label ?? 'Next meeting', date: dates(n.date), ...(n.venue !== undefined ? { venue: n.venue } : {}) })),
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
  if (classification !== undefined && classification.trim() !== '') vm.banner = banner(classification);
  const secretariat = meeting.secretariat ?? config.secretariat;
  if (secretariat !== undefined) vm.secretariat = secretariat;
  return vm;
}

export function banner(classification: string): ViewBanner {
  const key = classification.trim().toLowerCase().replace(/^tlp\s*:\s*/, '').replace(/\s*\+\s*/, '+');
  const known = (BANNERS as Record<string, Omit<ViewBanner, 'level'>>)[key];
  if (known) return { level: key as BannerLevel, ...known };
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

function makeDateFormatter(config: Config): DateFn {
  let locale = config.locale;
  let long: Intl.DateTimeFormat;
  let short: Intl.DateTimeFormat;
  try {
    long = new Intl.DateTimeFormat(locale, { ...config.dateFormats.long, timeZone: 'UTC' });
    short = new Intl.DateTimeFormat(locale, { ...config.dateFormats.short, timeZone: 'UTC' });
  } catch {
    // The configuration check reports a bad locale; rendering still produces a document.
    locale = 'en-GB';
    long = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
    short = new Intl.DateTimeFormat(locale, { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' });
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

function titleBlock(m: Meeting, dates: DateFn): ViewModel['titleBlock'] {
  const t: ViewModel['titleBlock'] = { title: m.title, status: m.status, statusText: STATUS_TEXT[m.status] ?? STATUS_TEXT.draft };
  if (m.committee !== undefined) t.committee = m.committee;
  if (m.code !== undefined) t.code = m.code;
  if (m.meeting !== undefined) t.meeting = m.meeting;
  if (m.reference !== undefined) t.reference = m.reference;
  if (m.date !== undefined) t.date = dates(m.date);
  if (m.start !== undefined) t.start = m.start;
  if (m.end !== undefined) t.end = m.end;
  if (m.start !== undefined) t.time = m.end !== undefined ? `${m.start} – ${m.end}` : m.start;
  if (m.venue !== undefined) t.venue = m.venue;
  return t;
}

function viewGroup(g: PeopleGroup): ViewGroup {
  return { name: g.name, people: g.people.map(viewPerson) };
}

const ROLE_TEXT: Record<string, string> = { chair: 'Chair', secretary: 'Meeting Secretary' };

export function viewPerson(p: Person): ViewPerson {
  const annotations: ViewAnnotation[] = [];
  if (p.role !== undefined && p.role.trim() !== '') {
    const r = p.role.trim();
    annotations.push({ kind: 'role', text: `(${ROLE_TEXT[r.toLowerCase()] ?? r})` });
  }
  if (p.alternateFor !== undefined) annotations.push({ kind: 'alternate', text: `(Alternate for ${p.alternateFor})` });
  if (p.part) annotations.push({ kind: 'part', text: '(Part)' });
  if (p.items !== undefined && p.items.length > 0) {
    const list = p.items.length === 1 ? p.items[0]! : `${p.items.slice(0, -1).join(', ')} and ${p.items[p.items.length - 1]}`;
    annotations.push({ kind: 'items', text: `(agenda ${p.items.length === 1 ? 'item' : 'items'} ${list})` });
  }
  if (p.remote) annotations.push({ kind: 'remote', text: '(remote)' });
  if (p.proxyTo !== undefined) annotations.push({ kind: 'proxy', text: `(vote held by ${p.proxyTo})` });
  const v: ViewPerson = { name: p.name, annotations, display: [p.name, ...annotations.map((a) => a.text)].join(' ') };
  if (p.role !== undefined) v.role = p.role;
  if (p.initials !== undefined) v.initials = p.initials;
  return v;
}

function viewReview(r: ActionReview, inherited: Inherited, dates: DateFn): ViewOutstandingRow {
  const pick = <K extends keyof Inherited>(k: K) => r[k] ?? inherited[k];
  const status = r.status ?? 'unknown';
  const row: ViewOutstandingRow = {
    id: r.id,
    update: r.update !== undefined ? reviewUpdateBlocks(r.update) : [],
    revisedText: 'N/A',
    status,
    statusText: status === 'open' ? 'Open' : status === 'closed' ? 'Closed' : '',
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
