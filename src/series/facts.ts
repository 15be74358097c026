/**
 * What the series step reads of a meeting, as plain data: its place in the series, its people, the
 * actions it raises, the reviews and approvals it records, and the spans the series rules point
 * at. `check --cache` keeps these facts per file (cli/cache/) so that the series step runs on an
 * unchanged file without parsing it again, and a worker hands them back instead of a model.
 *
 * The list is exactly what series/resolve.ts, register.ts, approvals.ts and the series rules read;
 * a rule that starts reading another field of the meeting must add it here (the cache tests compare
 * the findings of a run from these facts with those of a run from the full models).
 */
import type { Heading, Paragraph } from 'mdast';
import type { ActionReview, Approval, ApprovedBlock, FieldSpans, Meeting, MeetingStatus, NewAction, OwnerToken, Person, Review, Span } from '../model/types.js';

/** An action as the register follows it: no syntax tree, no resolved owners. */
export type ActionFacts = Pick<NewAction, 'id' | 'identity' | 'notation' | 'certain' | 'text' | 'span' | 'idSpan' | 'idWellFormed'> &
  Partial<Pick<NewAction, 'owner' | 'due' | 'item' | 'cites'>> & { owners: Array<Pick<OwnerToken, 'text' | 'kind'>> };

export type PersonFacts = Pick<Person, 'name' | 'parts' | 'nameSpan'>;

/** A meeting as the series step reads it (the path is the cache's key, not part of the facts). */
export interface SeriesFacts {
  committee?: string;
  code?: string;
  meeting?: string;
  meetingNumber?: number;
  meetingSuffix?: string;
  date?: string;
  title: string;
  status: MeetingStatus;
  headSource: Meeting['headSource'];
  fields: FieldSpans;
  frontMatterSpan?: Span;
  /** Where the `#` heading stands (series-order and series-missing-review point at it). */
  titleAt?: Span;
  reviewSection?: Span;
  approved?: ApprovedBlock;
  /** The people of the lists, as series-name-spelling compares them. */
  people: PersonFacts[];
  /** Every review, `outstanding` ones with their front-matter entry. */
  reviews: Review[];
  actions: ActionFacts[];
  approvals: Approval[];
  /** The issues and links the text cites (register.ts: a later meeting returning to an action's subject). */
  citations?: string[];
  /** What people of the meeting report (register.ts: a later meeting taking an action up in prose). */
  reports?: Array<{ who: string; text: string }>;
}

/** The series facts of a modelled meeting: plain data, safe to write as JSON or post to a thread. */
export function factsOf(m: Meeting): SeriesFacts {
  const f: SeriesFacts = {
    title: m.title,
    status: m.status,
    headSource: m.headSource,
    fields: m.fields,
    people: m.people.map(personFacts),
    reviews: m.reviews,
    actions: m.actions.map(actionFacts),
    approvals: m.approvals,
  };
  for (const k of ['committee', 'code', 'meeting', 'meetingNumber', 'meetingSuffix', 'date'] as const) if (m[k] !== undefined) (f as unknown as Record<string, unknown>)[k] = m[k];
  if (m.frontMatterSpan) f.frontMatterSpan = m.frontMatterSpan;
  const heading = m.titleHeading?.position;
  if (heading) f.titleAt = { start: pointOf(heading.start), end: pointOf(heading.end) };
  if (m.reviewSection) f.reviewSection = m.reviewSection;
  if (m.approved) f.approved = m.approved;
  if (m.citations) f.citations = m.citations;
  if (m.reports) f.reports = m.reports;
  return f;
}

/**
 * A meeting rebuilt from its series facts for the series step: what the facts do not hold (agenda,
 * decisions, syntax) is empty. Only the series step reads it; nothing renders it.
 */
export function meetingOfFacts(path: string, f: SeriesFacts): Meeting {
  const outstanding: ActionReview[] = f.reviews.flatMap((r) => (r.outstanding ? [r.outstanding] : []));
  const m: Meeting = {
    path,
    title: f.title,
    status: f.status,
    attendees: [],
    participants: [],
    observers: [],
    apologies: [],
    absent: [],
    people: f.people.map(personOfFacts),
    mentions: [],
    attendanceChanges: [],
    motions: [],
    outstanding,
    reviews: f.reviews,
    nextMeetings: [],
    preamble: [],
    agenda: [],
    headingJumps: [],
    closing: { sections: [], blocks: [] },
    numberedParagraphs: [],
    actions: f.actions.map(actionOfFacts),
    decisions: [],
    outstandingPlacement: { kind: 'before-agenda' },
    fields: f.fields,
    approvals: f.approvals,
    headSource: f.headSource,
  };
  for (const k of ['committee', 'code', 'meeting', 'meetingNumber', 'meetingSuffix', 'date'] as const) if (f[k] !== undefined) (m as unknown as Record<string, unknown>)[k] = f[k];
  if (f.frontMatterSpan) m.frontMatterSpan = f.frontMatterSpan;
  if (f.titleAt) m.titleHeading = { type: 'heading', depth: 1, children: [], position: f.titleAt } satisfies Heading;
  if (f.reviewSection) m.reviewSection = f.reviewSection;
  if (f.approved) m.approved = f.approved;
  if (f.citations) m.citations = f.citations;
  if (f.reports) m.reports = f.reports;
  return m;
}

const pointOf = (p: { line: number; column: number; offset?: number | undefined }) => ({ line: p.line, column: p.column, offset: p.offset ?? 0 });

const personFacts = (p: Person): PersonFacts => ({ name: p.name, parts: p.parts, nameSpan: p.nameSpan });

// The people and actions below are written out field by field, not spread (`{ ...f, … }`): V8 gave
// every object made by such a spread a hidden class of its own, 30,000 over 1,000 meetings, about
// 12 MB of a check's live heap (and slower reads in the series step).
const personOfFacts = (f: PersonFacts): Person => ({ name: f.name, parts: f.parts, nameSpan: f.nameSpan, group: '', list: 'attendees', span: f.nameSpan, fields: {} });

function actionFacts(a: NewAction): ActionFacts {
  const f: ActionFacts = { id: a.id, identity: a.identity, notation: a.notation, certain: a.certain, text: a.text, span: a.span, idSpan: a.idSpan, idWellFormed: a.idWellFormed, owners: a.owners.map((o) => ({ text: o.text, kind: o.kind })) };
  if (a.owner !== undefined) f.owner = a.owner;
  if (a.due !== undefined) f.due = a.due;
  if (a.item !== undefined) f.item = a.item;
  if (a.cites !== undefined) f.cites = a.cites;
  return f;
}

const EMPTY_PARAGRAPH = (): Paragraph => ({ type: 'paragraph', children: [] });

function actionOfFacts(f: ActionFacts): NewAction {
  // In the order the spread gave: the facts' fields (the optional ones only when present), then the rest.
  // A field added to ActionFacts must be copied here too: the spread copied whatever was there.
  const a = { id: f.id, identity: f.identity, notation: f.notation, certain: f.certain, text: f.text, span: f.span, idSpan: f.idSpan, idWellFormed: f.idWellFormed, owners: f.owners.map((o) => ({ text: o.text, kind: o.kind })) } as NewAction;
  if (f.owner !== undefined) a.owner = f.owner;
  if (f.due !== undefined) a.due = f.due;
  if (f.item !== undefined) a.item = f.item;
  if (f.cites !== undefined) a.cites = f.cites;
  a.content = [];
  a.attributes = {};
  a.node = EMPTY_PARAGRAPH();
  return a;
}
