import { wordsOf } from '../config/types.js';
import type { Root, RootContent } from 'mdast';
import { UNIT_READERS } from './readers/index.js';
import type { UnitContext, UnitFacts } from './readers/reader.js';
import { personIndex } from './person-match.js';
import { joinItems, listItemsText, sentences, type ProseUnit } from './prose-units.js';
import type { Config } from '../config/types.js';
import type { Locator } from '../parse/locate.js';
import { field, scalar, type Checked } from '../schema/check.js';
import { realDate } from '../schema/spec.js';
import { parseMeetingNumber } from '../parse/meeting-number.js';
import { idPatternOf, type IdPattern } from './action-id.js';
import { dateFromPath } from './meeting-key.js';
import { findClosing } from './closing.js';
import { lineText } from './text.js';
import { fieldSpans, items } from './checked-read.js';
import { readBody, type Body } from './body.js';
import { readPeople } from './people.js';
import { parseOwners } from './action-owners.js';
import { actionIdentity, normaliseId } from './meeting-key.js';
import type { ActionReview, AgendaItem, Decision, Meeting, MeetingStatus, Motion, NewAction, NextMeeting, Review, Span } from './types.js';
import type { Paragraph } from 'mdast';
import { afterLabel } from './readers/recognise.js';
import { readStops, walkTree, type Walked } from './readers/walk.js';
import type { NaturalAction, NaturalReview } from './readers/reader.js';
import { readProseMentions } from './readers/prose-review.js';
import { keepPeopleIndex, ownerIndex, peopleOf, type OwnerIndex } from './owner-resolve.js';
import { sameSubject } from './subject.js';
import { judgeAction, judgeFacts } from './certainty.js';
import { readMentions } from './mentions.js';
import { judgeOwnerParts } from './owner-standing.js';
import { readCitations } from './citations.js';
import { readReports } from './reports.js';
import { patternsOf, sectionTitle, type Patterns } from '../vocabulary/patterns.js';
import { readAmendments, readBodyApprovals, readFrontMatterApproval } from './approvals.js';
import type { ApprovedBlock } from './types.js';
import { applyKept, type KeptInput } from './readers/people-section.js';

export interface MeetingInput {
  path: string;
  source: string;
  loc: Locator;
  /** Checked front matter (absent when missing or unreadable). */
  frontMatter?: Checked;
  frontMatterSpan?: Span;
  tree: Root;
  config: Config;
  /** What the body says about the meeting (date, people, chair), for minutes kept without minutes front matter. */
  kept?: KeptInput;
  /**
   * Only what the series step reads (series/facts.ts), for an earlier meeting read as the context
   * of a check: no attendance changes, decisions or mentions of names, which no series rule reads.
   */
  seriesOnly?: boolean;
}

/**
 * The meeting of one file: its head (front matter, or what the body says for minutes kept without
 * it), its body's sections and blocks, then the actions written either way.
 */
export function buildMeeting(input: MeetingInput): Meeting {
  const { config } = input;
  const titles = wordsOf(config);
  const m = meetingHead(input, titles);
  const idPattern = idPatternOf(config);
  const body = readBody(input.tree, {
    source: input.source,
    loc: input.loc,
    idPattern,
    decisionVerbs: new Set(config.decisionVerbs),
    words: titles,
  });
  // The one walk down the tree: the stops of the node readers, the prose units, the paragraphs of prose reviews.
  const walked = walkTree(input.tree, { source: input.source, words: titles, taken: new Set(body.actionLines.map((l) => l.node)), itemOf: itemsOf(body.agenda) });
  placeBody(m, body, input, walked.units);

  const byNumber = new Map<string, Meeting['agenda'][number]>();
  const index = (list: Meeting['agenda']) => list.forEach((i) => { byNumber.set(i.number, i); index(i.children); });
  index(m.agenda);
  addV1Actions(m, body.actionLines, input, idPattern, titles);
  addNaturalActions(m, input, walked);
  for (const a of m.actions) if (a.item) byNumber.get(a.item)?.actions.push(a);
  // Whom each part of a v1 owner names, for the action-owner rule (no series rule reads it).
  if (!input.seriesOnly) judgeOwnerParts(m, config, input.source);
  judgeFacts(m, peopleOf(m, config));
  readCitations(m, input.tree, input.source);
  if (!input.seriesOnly) m.mentions = readMentions(m, peopleOf(m, config), input);
  return m;
}

/** The meeting as its head gives it: front matter, the configuration's defaults, the file name's date, and what minutes kept without front matter say. */
function meetingHead(input: MeetingInput, titles: Patterns): Meeting {
  const { frontMatter: fm, config } = input;
  const s = (k: string) => scalar(fm, k);
  const committee = s('committee') ?? config.committee;
  const code = s('code') ?? config.code;
  const meetingText = s('meeting');
  const m: Meeting = {
    path: input.path,
    title: s('title') ?? (committee ? `${committee} Meeting` : 'Meeting'),
    status: (s('status') as MeetingStatus | undefined) ?? 'none',
    attendees: readPeople(field(fm, 'attendees'), 'attendees', titles),
    participants: [...readPeople(field(fm, 'participants'), 'participants', titles), ...readPeople(field(fm, 'in_attendance'), 'participants', titles)],
    observers: readPeople(field(fm, 'observers'), 'observers', titles),
    apologies: readPeople(field(fm, 'apologies'), 'apologies', titles),
    absent: readPeople(field(fm, 'absent'), 'absent', titles),
    people: [],
    attendanceChanges: [],
    motions: [],
    mentions: [],
    outstanding: items(field(fm, 'outstanding')).map(readReview),
    reviews: [],
    nextMeetings: items(field(fm, 'next_meetings')).map(readNextMeeting),
    preamble: [],
    agenda: [],
    actions: [],
    decisions: [],
    outstandingPlacement: { kind: 'before-agenda' },
    headingJumps: [],
    closing: { sections: [], blocks: [] },
    numberedParagraphs: [],
    fields: fm ? fieldSpans(fm) : {},
    approvals: [],
    headSource: 'front-matter',
  };
  if (committee !== undefined) m.committee = committee;
  if (code !== undefined) m.code = code;
  if (meetingText !== undefined) {
    m.meeting = meetingText;
    const parsed = parseMeetingNumber(meetingText);
    if (parsed) {
      m.meetingNumber = parsed.number;
      if (parsed.suffix) m.meetingSuffix = parsed.suffix;
    }
  }
  for (const key of ['reference', 'date', 'start', 'end', 'venue'] as const) {
    const v = s(key);
    if (v !== undefined) m[key] = v;
  }
  if (m.date === undefined) {
    const fromName = dateFromPath(input.path);
    if (fromName !== undefined) m.date = fromName;
  }
  const classification = s('classification') ?? config.classification;
  if (classification !== undefined) m.classification = classification;
  const secretariat = s('secretariat') ?? config.secretariat;
  if (secretariat !== undefined) m.secretariat = secretariat;
  if (s('title') !== undefined) m.titleWritten = s('title');
  if (input.frontMatterSpan) m.frontMatterSpan = input.frontMatterSpan;
  const approved = readApprovedBlock(field(fm, 'approved'));
  if (approved) m.approved = approved;
  if (input.kept) applyKept(m, input.kept, input.loc, titles);
  // A front matter that is not minutebook's (a site's YAML, TOML or Pelican lines) makes the file a
  // site generator's page, whose relative links resolve against its published address.
  if (input.kept && !input.kept.minutesMatter && input.frontMatterSpan) m.sitePage = true;
  m.reviews = m.outstanding.map((o) => ({
    id: o.id,
    ...(o.id ? { ref: normaliseId(o.id) } : {}),
    ...(o.status ? { status: o.status } : {}),
    source: 'front-matter' as const,
    span: o.span,
    outstanding: o,
  }));
  m.people = [...m.attendees, ...m.participants, ...m.observers, ...m.apologies, ...m.absent].flatMap((g) => g.people);
  return m;
}

/** The body's sections and blocks, the title its heading gives, and the natural decisions and motions. */
function placeBody(m: Meeting, body: Body, input: MeetingInput, units: readonly ProseUnit[]): void {
  m.preamble = body.preamble;
  if (body.titleHeading) {
    m.titleHeading = body.titleHeading;
    // Without `title`, the heading that says what the meeting was is the title, in the author's words.
    const written = lineText(body.titleHeading);
    if (m.titleWritten === undefined && written !== '') m.title = written;
  }
  m.agenda = body.agenda;
  readNatural(m, body.decisions, input, units);
  m.outstandingPlacement = body.outstandingPlacement;
  m.headingJumps = body.headingJumps;
  m.numberedParagraphs = body.numberedParagraphs;
  m.closing = findClosing(m.agenda, m.preamble);
  if (body.summariesMarker) m.summariesMarker = body.summariesMarker;
}

/** The v1 action lines (`ACTION <id>: <owner> to <task>`), with their owners parsed and their due dates. */
function addV1Actions(m: Meeting, lines: Body['actionLines'], input: MeetingInput, idPattern: IdPattern, titles: Patterns): void {
  const firstNext = m.nextMeetings[0]?.date;
  for (const { attrSpans, ...line } of lines) {
    const parts = idPattern.parse(line.id);
    const parsed = line.owner !== undefined ? parseOwners(line.owner, titles) : { owners: [] };
    const action: NewAction = {
      ...line,
      identity: '',
      notation: 'v1',
      certain: true,
      owners: parsed.owners,
      idWellFormed: idPattern.wellFormed(line.id),
    };
    if (parsed.placeholder !== undefined) action.ownerPlaceholder = parsed.placeholder;
    if (line.id === '') {
      const at = afterLabel(input.source, line.span.start.offset);
      if (at !== undefined) action.idInsert = { at, form: 'after-label' };
    }
    if (parts) action.idParts = parts;
    const due = line.attributes.due;
    if (due !== undefined && realDate(due)) {
      action.due = due;
      action.dueSource = 'attribute';
      if (attrSpans.due) action.dueSpan = attrSpans.due;
    } else if (due === undefined && firstNext) {
      action.due = firstNext;
      action.dueSource = 'next-meeting';
    }
    if (due !== undefined && attrSpans.due) action.dueSpan = attrSpans.due;
    m.actions.push(action);
  }
}

/** Actions and reviews written the way committees write them (the readers of readers/index.ts), beside the v1 lines. */
function addNaturalActions(m: Meeting, input: MeetingInput, walked: Walked): void {
  const firstNext = m.nextMeetings[0]?.date;
  const words = wordsOf(input.config);
  const owners = ownerIndex(m, input.config, peopleOf(m, input.config));
  const options = { source: input.source, loc: input.loc, owners, taken: new Set(m.actions.map((a) => a.node)), prose: false, words };
  let natural = readStops(walked.stops, options);
  // Sentences and list entries count only where the file writes no canonical v1 action lines (reviews aside).
  const reviewed = natural.reviewedLines;
  if (!m.actions.some((a) => a.id !== '' && !a.nearMiss && !(a.node.type === 'paragraph' && reviewed.has(a.node)))) natural = readStops(walked.stops, { ...options, prose: true });
  // `Action 1: … _Done_` under "Actions from the previous meeting" reviews an action, whatever the ID pattern says.
  m.actions = m.actions.filter((a) => !(a.node.type === 'paragraph' && natural.reviewedLines.has(a.node)));
  const items = flatItems(m.agenda);
  const section = items.find((i) => { const t = sectionTitle(i.title); return words.section.matters_arising.test(t) || words.section.action_review.test(t) || words.section.actions.test(t); });
  if (section) m.reviewSection = section.span;
  const itemAt = (offset: number) => items.filter((i) => i.span.start.offset <= offset).at(-1)?.number;
  const listed = natural.actions.filter((a) => a.notation !== 'prose');
  for (const n of natural.actions) {
    // "AA will create a timetable" in the discussion and "3.1: AA to create a timetable" in the list are one action.
    if (n.notation === 'prose' && listed.some((l) => sameAction(l, n))) continue;
    const parsed = n.ownerText !== undefined ? parseOwners(n.ownerText, words) : { owners: [] };
    const a: NewAction = {
      id: n.id,
      identity: '',
      notation: n.notation,
      certain: false,
      owners: parsed.owners,
      idWellFormed: false,
      text: n.text,
      content: n.content,
      attributes: {},
      node: n.node,
      span: n.span,
      idSpan: n.span,
    };
    if (n.idInsert) a.idInsert = n.idInsert;
    if (n.status !== undefined) a.status = n.status;
    if (parsed.placeholder !== undefined) a.ownerPlaceholder = parsed.placeholder;
    else if (n.ownerText !== undefined && parsed.owners.length > 0) {
      a.owner = n.ownerText;
      a.ownerSource = 'text';
    }
    const item = itemAt(n.span.start.offset);
    if (item !== undefined) a.item = item;
    // The due column of the minutes' own table; else the next meeting.
    const due = n.dueText !== undefined ? readDue(n.dueText) : undefined;
    if (due !== undefined) {
      a.due = due;
      a.dueSource = 'attribute';
    } else if (firstNext) {
      a.due = firstNext;
      a.dueSource = 'next-meeting';
    }
    m.actions.push(a);
  }
  m.actions.sort((x, y) => x.span.start.offset - y.span.start.offset);
  for (const a of m.actions) {
    resolveOwners(a, owners, input);
    const judged = judgeAction(a, { people: owners.people, kept: m.headSource === 'body', words });
    a.certain = judged.certain;
    if (judged.doubt !== undefined) a.doubt = judged.doubt;
  }
  m.actions.forEach((a, i) => {
    a.identity = a.id ? normaliseId(a.id) : actionIdentity(m, i + 1);
  });
  for (const r of natural.reviews) {
    const review: Review = { id: r.id, source: r.source, span: r.span, text: r.text };
    if (r.id) review.ref = normaliseId(r.id);
    if (r.ownerText !== undefined) review.ownerText = r.ownerText;
    if (r.status !== undefined) review.status = r.status;
    if (r.statusWord !== undefined) review.statusWord = r.statusWord;
    m.reviews.push(review);
  }
  addProseReviews(m, input, natural.reviews, walked);
}

/**
 * Who each owner token names, and where it is written: resolved here once, by the one matcher, for
 * every action of every notation (v1 lines included).
 */
function resolveOwners(a: NewAction, owners: OwnerIndex, input: MeetingInput): void {
  const within = a.ownerSpan ?? a.span;
  let from = within.start.offset;
  for (const t of a.owners) {
    t.resolved = t.kind === 'everyone' ? { kind: 'everyone' } : owners.resolution(t.text);
    if (t.span) continue;
    const at = input.source.indexOf(t.text, from);
    if (at !== -1 && at + t.text.length <= within.end.offset) {
      t.span = input.loc.span(at, at + t.text.length);
      from = at + t.text.length;
    }
  }
}

/**
 * Paragraphs that name an action by ID outside the action and review notations. An ID this
 * meeting raises is a cross-reference to its own list, not a review; one entry per ID, the first
 * sentence that gives a status winning over bare mentions.
 */
function addProseReviews(m: Meeting, input: MeetingInput, read: readonly NaturalReview[], walked: Walked): void {
  const raised = new Set(m.actions.filter((a) => a.id !== '').map((a) => normaliseId(a.id)));
  const taken = new Set([...m.actions.map((a) => a.span.start.offset), ...read.map((r) => r.span.start.offset)]);
  const byId = new Map<string, Review>();
  for (const p of readProseMentions(walked.paragraphs, input.loc, (n) => n.position !== undefined && taken.has(n.position.start.offset!))) {
    const ref = normaliseId(p.id);
    if (raised.has(ref)) continue;
    const seen = byId.get(ref);
    if (seen && (seen.status !== undefined || p.status === undefined)) continue;
    const review: Review = { id: p.id, ref, source: 'prose', span: p.span, text: p.text };
    if (p.status !== undefined) review.status = p.status;
    if (p.statusWord !== undefined) review.statusWord = p.statusWord;
    byId.set(ref, review);
  }
  m.reviews.push(...[...byId.values()].sort((a, b) => a.span.start.offset - b.span.start.offset));
}

/** A due date as a table cell writes it: `2026-04-01`, `1/4/2026`, `01.04.2026` (day first). */
function readDue(text: string): string | undefined {
  const t = text.trim();
  const iso = /^(\d{4}-\d{2}-\d{2})\b/.exec(t);
  if (iso && realDate(iso[1]!)) return iso[1]!;
  const dmy = /^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$/.exec(t);
  if (dmy) {
    const d = `${dmy[3]}-${dmy[2]!.padStart(2, '0')}-${dmy[1]!.padStart(2, '0')}`;
    if (realDate(d)) return d;
  }
  return undefined;
}

/** The agenda item each top-level block stands in, for the prose units. */
function itemsOf(agenda: readonly AgendaItem[]): Map<RootContent, string> {
  const itemOf = new Map<RootContent, string>();
  const index = (items: readonly AgendaItem[]) => items.forEach((i) => { itemOf.set(i.heading, i.number); i.content.forEach((c) => itemOf.set(c, i.number)); index(i.children); });
  index(agenda);
  return itemOf;
}

function flatItems(items: AgendaItem[]): AgendaItem[] {
  return items.flatMap((i) => [i, ...flatItems(i.children)]);
}

const sameAction = (a: NaturalAction, b: NaturalAction): boolean => sameSubject(a.text, b.text);


/** People, motions, attendance changes and prose decisions in the body (NATURAL §3). */
function readNatural(m: Meeting, marked: Decision[], input: MeetingInput, units: readonly ProseUnit[]): void {
  const { config, loc, source } = input;
  const words = wordsOf(config);
  const people = personIndex(m.people, { aliases: config.aliases, words });
  keepPeopleIndex(m, people);
  for (const role of [m.chair, m.noteTaker]) {
    const match = role ? people.resolve(role.written) : undefined;
    if (role && match?.kind === 'one') role.person = match.person;
  }
  // The unit readers of the index, in its order, each seeing what the ones before it found.
  const facts: UnitFacts = { attendanceChanges: [], motions: [], decisions: [] };
  const context: UnitContext = { units, people, loc, source, words, marked, tree: input.tree, seriesOnly: input.seriesOnly === true, ...(m.committee !== undefined ? { committee: m.committee } : {}), ...(m.code !== undefined ? { code: m.code } : {}) };
  for (const r of UNIT_READERS) r.read(context, facts);
  m.attendanceChanges = facts.attendanceChanges;
  m.motions = facts.motions;
  readReports(m, units, people);
  if (!input.seriesOnly) readDecisions(m, marked, facts.decisions, units, input);
  const byNumber = new Map<string, Meeting['agenda'][number]>();
  const all = (items: Meeting['agenda']) => items.forEach((i) => { byNumber.set(i.number, i); all(i.children); });
  all(m.agenda);
  const fromFront = readFrontMatterApproval(input.frontMatter);
  m.approvals = [...(fromFront ? [fromFront] : []), ...readBodyApprovals({ units, motions: m.motions, sections: byNumber, ...(m.date !== undefined ? { date: m.date } : {}), loc, source })];
}

/** The decisions: marked ones with their sentence, prose ones (the prose-decision reader's), and the motions that were carried, each under its agenda item. */
function readDecisions(m: Meeting, marked: Decision[], prose: Decision[], units: readonly ProseUnit[], input: MeetingInput): void {
  const { source } = input;
  for (const d of marked) {
    d.kind = 'marked';
    // A bold verb in a long paragraph: the summary quotes its sentence (and the list a colon opens).
    const unit = units.find((u) => u.node === d.node || (d.node.type === 'listItem' && d.node.children.includes(u.node as never)));
    const sentence = sentences(d.text).find((x) => x.text.includes(d.verb));
    if (sentence && sentence.text.length < d.text.length) d.text = sentence.text;
    if (/:$/.test(d.text) && unit?.introduces) d.text = `${d.text} ${joinItems(listItemsText(unit.introduces, source))}`;
  }
  const fromMotions: Decision[] = m.motions
    .filter((x) => x.outcome === 'carried' || x.outcome === 'implied' || impliedByRecord(x, units))
    .map((x) => {
      const d: Decision = { verb: x.outcomeText ?? (x.outcome === 'carried' ? 'carried' : 'moved'), text: x.text ?? '', kind: 'motion', motion: x, node: units.find((u) => u.start >= x.span.start.offset)!.node as Decision['node'], span: x.span, verbSpan: x.span };
      if (x.item !== undefined) d.item = x.item;
      return d;
    });
  m.decisions = [...marked, ...prose, ...fromMotions].sort((a, b) => a.span.start.offset - b.span.start.offset);
  const byNumber = new Map<string, Meeting['agenda'][number]>();
  const all = (items: Meeting['agenda']) => items.forEach((i) => { byNumber.set(i.number, i); all(i.children); });
  all(m.agenda);
  for (const d of [...prose, ...fromMotions]) if (d.item) byNumber.get(d.item)?.decisions.push(d);
}

/**
 * "It was proposed by X and seconded by Y that the accounts be adopted." and nothing more: minutes
 * that record a motion moved and seconded, with no outcome and no sentence after the seconder's in
 * its paragraph, imply that it was carried (a council records its resolutions so); the decision
 * stays uncertain (certainty.ts), shown by `inspect`, never printed. A motion followed by more ("The
 * view was expressed that this should go to the party leaders") may not have been put at all.
 */
function impliedByRecord(x: Motion, units: readonly ProseUnit[]): boolean {
  if (x.outcome !== undefined || !x.mover || !x.seconder || x.source !== 'prose') return false;
  const at = x.seconder.span.start.offset;
  const unit = units.find((u) => u.start <= at && u.end > at);
  const sentence = unit ? sentences(unit.text).pop()?.text : undefined;
  return sentence !== undefined && sentence.includes(x.seconder.written);
}

/** The `approved` block `minutebook approve` writes. */
function readApprovedBlock(b: Checked | undefined): ApprovedBlock | undefined {
  if (b?.kind !== 'map') return undefined;
  const out: ApprovedBlock = { amendments: readAmendments(field(b, 'amendments')), span: b.keySpan ? { start: b.keySpan.start, end: b.span.end } : b.span, fields: fieldSpans(b) };
  for (const key of ['by', 'date', 'digest'] as const) {
    const v = scalar<string | number>(b, key);
    if (v !== undefined) out[key] = String(v);
  }
  return out;
}

function readReview(r: Checked): ActionReview {
  const review: ActionReview = { id: (scalar(r, 'id') ?? '').trim(), span: r.span, fields: fieldSpans(r) };
  for (const key of ['action', 'owner', 'raised', 'target', 'revised', 'update'] as const) {
    const v = scalar(r, key);
    if (v !== undefined) review[key] = v;
  }
  const status = scalar(r, 'status');
  if (status === 'open' || status === 'closed') review.status = status;
  return review;
}

/**
 * `2026-04-14`, `2026-04-14 15:00 GMT`, `2026-04`, `TBC`, `in April, 19:00`: what is a date, a
 * month or only words, and the time after it. `date` keeps a full date only (ISO), for the rules
 * and the action due dates that compare dates.
 */
export function readWhen(text: string): Pick<NextMeeting, 'date' | 'when' | 'month' | 'time'> {
  const t = text.trim();
  const day = /^(\d{4}-\d{2}-\d{2})(?:[ T,]+(.+))?$/.exec(t);
  if (day && realDate(day[1]!)) return { date: day[1]!, when: 'date', ...(day[2] ? { time: day[2].trim() } : {}) };
  const month = /^(\d{4}-\d{2})(?:[ ,]+(.+))?$/.exec(t);
  if (month) return { date: '', when: 'month', month: month[1]!, ...(month[2] ? { time: month[2].trim() } : {}) };
  return { date: '', when: 'text' };
}

function readNextMeeting(n: Checked): NextMeeting {
  const written = scalar(n, 'date') ?? '';
  const next: NextMeeting = { ...readWhen(written), written, span: n.span, fields: fieldSpans(n) };
  const label = scalar(n, 'label');
  if (label !== undefined) next.label = label;
  const venue = scalar(n, 'venue');
  if (venue !== undefined) next.venue = venue;
  return next;
}
