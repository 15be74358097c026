/**
 * The facets `minutebook inspect` shows, in order. Each reads one part of the meeting model.
 * Add one here (and its field in the model) to show a new kind of inferred fact.
 */
import { describeCounts } from '../model/readers/motion.js';
import type { AgendaItem, Approval, Meeting, NamedPerson } from '../model/types.js';
import { meetingKey } from '../model/meeting-key.js';
import { at, oneLine, type Facet, type FactRow } from './facts.js';

const sections: Facet = {
  key: 'sections',
  title: 'Sections',
  columns: [
    { header: 'number', key: 'number' },
    { header: 'scheme', key: 'scheme' },
    { header: 'title', key: 'title', width: 60 },
    { header: 'kind', key: 'kind' },
    { header: 'level', key: 'level' },
    { header: 'at', key: 'at' },
  ],
  rows(m) {
    const out: FactRow[] = [];
    const walk = (items: AgendaItem[]) => {
      for (const i of items) {
        // The number as written (`1.`, `a)`, `044/18`) and its scheme, or none: never one made up.
        out.push({ number: i.written?.text, scheme: i.written?.scheme, title: i.title, kind: i.kind, level: i.level, at: at(i.span) });
        walk(i.children);
      }
    };
    walk(m.agenda);
    return out;
  },
};

const people: Facet = {
  key: 'people',
  title: 'People',
  columns: [
    { header: 'name', key: 'name', width: 40 },
    { header: 'list', key: 'list' },
    { header: 'group', key: 'group', width: 30 },
    { header: 'titles', key: 'titles' },
    { header: 'given', key: 'given' },
    { header: 'surname', key: 'surname' },
    { header: 'role', key: 'role' },
    { header: 'initials', key: 'initials' },
    { header: 'organisation', key: 'organisation', width: 30 },
    { header: 'notes', key: 'notes', width: 40 },
    { header: 'at', key: 'at' },
  ],
  rows: (m) =>
    m.people.map((p) => {
      const notes = [
        p.representing !== undefined ? `representing ${p.representing}` : undefined,
        p.alternateFor !== undefined ? `alternate for ${p.alternateFor}` : undefined,
        p.part ? (p.partText ?? (p.items?.length ? `part: items ${p.items.join(', ')}` : 'part')) : undefined,
        p.remote ? 'remote' : undefined,
        p.parts.public ? `${p.parts.count ?? ''} members of the public`.trim() : undefined,
      ].filter((x): x is string => x !== undefined);
      return {
        name: p.written ?? p.name,
        list: p.list,
        group: p.group || undefined,
        titles: p.parts.titles.length ? p.parts.titles : undefined,
        given: p.parts.given,
        surname: p.parts.surname,
        role: p.role,
        initials: p.initials,
        organisation: p.organisation,
        notes: notes.length ? notes : undefined,
        at: at(p.nameSpan),
      };
    }),
};

const actions: Facet = {
  key: 'actions',
  title: 'Actions',
  columns: [
    { header: 'id', key: 'id' },
    { header: 'owners', key: 'owners', width: 30 },
    { header: 'text', key: 'text', width: 60 },
    { header: 'due', key: 'due' },
    { header: 'section', key: 'section' },
    { header: 'notation', key: 'notation' },
    { header: 'sure', key: 'sure' },
    { header: 'at', key: 'at' },
  ],
  rows: (m) =>
    m.actions.map((a) => ({
      id: a.id || a.identity,
      owners: a.owners.map((o) => o.text),
      text: oneLine(a.text),
      due: a.due,
      section: a.item,
      notation: a.notation,
      // Uncertain facts are shown, marked: nothing that reports or prints uses them.
      sure: a.certain ? 'yes' : `no: ${a.doubt ?? 'a guess'}`,
      at: at(a.span),
    })),
};

const reviews: Facet = {
  key: 'reviews',
  title: 'Reviews of earlier actions',
  columns: [
    { header: 'action', key: 'action', width: 50 },
    { header: 'status', key: 'status' },
    { header: 'raised in', key: 'raisedIn' },
    { header: 'how', key: 'source' },
    { header: 'at', key: 'at' },
  ],
  rows(m, ctx) {
    // A Matters-arising paragraph, or a paragraph naming an ID, is a review only when the register matched it to an earlier action.
    return m.reviews.filter((r) => (r.source !== 'matters-arising' && r.source !== 'prose') || ctx.register?.reviewed.has(r)).map((r) => {
      const entry = ctx.register?.reviewed.get(r);
      const raised = entry?.raisedIn;
      return {
        action: r.id || (r.text !== undefined ? oneLine(r.text) : r.ref),
        // A paragraph that names the action without saying where it stands.
        status: r.status ?? (r.source === 'prose' ? 'mentioned' : undefined),
        raisedIn: raised ? (raised.date ?? raised.meeting) : undefined,
        source: r.source,
        at: at(r.span),
      };
    });
  },
};

const decisions: Facet = {
  key: 'decisions',
  title: 'Decisions',
  columns: [
    { header: 'verb', key: 'verb' },
    { header: 'how', key: 'kind' },
    { header: 'text', key: 'text', width: 70 },
    { header: 'section', key: 'section' },
    { header: 'sure', key: 'sure' },
    { header: 'at', key: 'at' },
  ],
  rows: (m) => m.decisions.map((d) => ({ verb: d.verb, kind: d.kind, text: oneLine(d.text), section: d.item, sure: sure(d), at: at(d.span) })),
};

/** Uncertain facts are shown, marked: nothing that reports or prints uses them. */
const sure = (f: { certain?: boolean; doubt?: string }): string => (f.certain !== false ? 'yes' : `no: ${f.doubt ?? 'a guess'}`);

/** "Tom Reeve → Tom Reeve (attendees)", "Mike (2 people)", "Nadia Quell (no list)". */
const who = (n: NamedPerson | undefined): string | undefined => {
  if (!n) return undefined;
  if (n.person) return n.person.name === n.written ? `${n.written} (${n.person.list})` : `${n.written} → ${n.person.name} (${n.person.list})`;
  return `${n.written} (${n.ambiguous ? 'several people' : 'no list'})`;
};

const motions: Facet = {
  key: 'motions',
  title: 'Motions',
  columns: [
    { header: 'motion', key: 'text', width: 50 },
    { header: 'mover', key: 'mover', width: 30 },
    { header: 'seconder', key: 'seconder', width: 30 },
    { header: 'outcome', key: 'outcome' },
    { header: 'votes', key: 'votes' },
    { header: 'section', key: 'section' },
    { header: 'how', key: 'source' },
    { header: 'sure', key: 'sure' },
    { header: 'at', key: 'at' },
  ],
  rows: (m) =>
    m.motions.map((x) => ({
      text: x.text !== undefined ? oneLine(x.text) : undefined,
      mover: who(x.mover),
      seconder: who(x.seconder),
      outcome: x.outcome === undefined ? 'none recorded' : x.outcomeText ? `${x.outcome} (${x.outcomeText})` : x.outcome,
      votes: x.counts.length ? x.counts.map(describeCounts) : undefined,
      section: x.item,
      source: x.source,
      sure: sure(x),
      at: at(x.span),
    })),
};

/** Every person the text names (model/mentions.ts): how it was read, whom it resolves to, how sure. */
const mentions: Facet = {
  key: 'mentions',
  title: 'People named in the text',
  columns: [
    { header: 'written', key: 'written', width: 40 },
    { header: 'how', key: 'reader' },
    { header: 'resolves to', key: 'person', width: 40 },
    { header: 'sure', key: 'sure' },
    { header: 'at', key: 'at' },
  ],
  rows: (m) =>
    m.mentions.map((x) => ({
      written: x.written,
      reader: x.reader,
      person: x.person ? `${x.person.name} (${x.person.list})` : x.ambiguous ? 'several people' : x.near ? `nobody; nearly ${x.near.name} (${x.near.list})` : 'nobody listed',
      sure: sure(x),
      at: at(x.span),
    })),
};

const attendance: Facet = {
  key: 'attendance',
  title: 'Attendance changes',
  columns: [
    { header: 'change', key: 'kind' },
    { header: 'who', key: 'who', width: 40 },
    { header: 'item', key: 'item' },
    { header: 'section', key: 'section' },
    { header: 'at', key: 'at' },
  ],
  rows: (m) => m.attendanceChanges.map((c) => ({ kind: c.kind, who: who(c.who), item: c.interestItem, section: c.item, at: at(c.span) })),
};

const approvalColumns = (meeting: string) => [
  { header: meeting, key: 'meeting' },
  { header: 'named as', key: 'named', width: 30 },
  { header: 'outcome', key: 'outcome' },
  { header: 'amendments', key: 'amendments', width: 50 },
  { header: 'certainty', key: 'certainty' },
  { header: 'reader', key: 'reader' },
  { header: 'text', key: 'text', width: 60 },
  { header: 'at', key: 'at' },
];

const approvalRow = (a: Approval, meeting: string | undefined, where: string | undefined): FactRow => ({
  meeting,
  named: a.target.written || a.target.kind,
  outcome: a.amendments.length > 0 && a.outcome === 'approved' ? 'approved with amendments' : a.outcome === 'approved' ? 'approved as presented' : 'not approved',
  amendments: a.amendments.length ? a.amendments.map((x) => oneLine(x.text)) : undefined,
  certainty: a.certainty,
  reader: a.reader,
  text: oneLine(a.text),
  at: where,
});

/**
 * The approvals of earlier minutes this meeting records: the meeting each approves (its key; `none
 * (…)` when no meeting of the series fits), the outcome, the amendments and how certain the reading is.
 */
const approvals: Facet = {
  key: 'approvals',
  title: 'Approves the minutes of',
  columns: approvalColumns('meeting'),
  rows(m, ctx) {
    const links = ctx.approvals ?? [];
    return m.approvals.map((a) => {
      const l = links.find((x) => x.approval === a);
      const other = l?.of ? meetingKey(l.of) : l?.unknown ? `none (${l.unknown === 'after' ? 'not an earlier meeting' : 'no such meeting'})` : a.target.value;
      return approvalRow(a, other, at(a.span));
    });
  },
};

/** The later meetings of the series that record approving this meeting's minutes, with where they say it. */
const approvedBy: Facet = {
  key: 'approvedBy',
  title: 'Minutes approved by',
  columns: approvalColumns('by meeting'),
  rows: (m, ctx) => (ctx.approvals ?? []).filter((l) => l.of === m).map((l) => approvalRow(l.approval, meetingKey(l.by), `${l.by.path}:${at(l.approval.span)}`)),
};

export const FACETS: readonly Facet[] = [sections, people, mentions, actions, reviews, decisions, motions, attendance, approvals, approvedBy];

export type { Meeting };
