import type { RootContent, PhrasingContent, Paragraph, Heading, ListItem, TableRow } from 'mdast';
import type { FieldSpans, Span } from '../parse/position.js';
import type { SectionKind, WrittenNumber } from './numbering.js';

export type { FieldSpans, Span, Point } from '../parse/position.js';

export type PeopleList = 'attendees' | 'participants' | 'observers' | 'apologies' | 'absent';

export interface Person {
  name: string;
  /** `chair`, `secretary` or free text such as "Presenter". */
  role?: string;
  alternateFor?: string;
  /** Agenda item numbers attended, for part attendance. */
  items?: string[];
  /** Where each of `items` was written, index for index. */
  itemSpans?: Span[];
  part?: boolean;
  /** The minutes' own words for part attendance ("2nd part of the meeting"). */
  partText?: string;
  remote?: boolean;
  initials?: string;
  /** Apologies only: the attendee who holds this member's vote. */
  proxyTo?: string;
  /** The body or person this person speaks for ("representing Ravi Sood MP"). */
  representing?: string;
  organisation?: string;
  /** What the minutes call the person besides the name ("Andrew Wheat (Candle)", "Ana Lopez (@alopez)"). */
  nick?: string;
  /** The entry exactly as written, for the string form: what outputs show. */
  written?: string;
  /** Titles, name, initials, role … as parsed from the string or the `name` value (NATURAL §2). */
  parts: import('./person-parse.js').PersonParts;
  /** Category (attendees, apologies) or organisation (participants); empty for a flat list. */
  group: string;
  list: PeopleList;
  /** The whole entry: a plain string or the map. */
  span: Span;
  /** The `name` value (equal to `span` for the string form). */
  nameSpan: Span;
  fields: FieldSpans;
}

export interface PeopleGroup {
  name: string;
  span: Span;
  people: Person[];
}

export type ReviewStatus = 'open' | 'closed';

export interface ActionReview {
  id: string;
  action?: string;
  owner?: string;
  raised?: string;
  target?: string;
  revised?: string;
  status?: ReviewStatus;
  /** Markdown source of the update; parsed lazily by renderers. */
  update?: string;
  span: Span;
  fields: FieldSpans;
}

/** Where a review of an earlier action was read from. */
/** `prose`: a paragraph naming the action's ID ("Action 2.3 was completed"); without a status it is a mention. */
export type ReviewSource = 'front-matter' | 'list' | 'table' | 'paragraph' | 'matters-arising' | 'prose';

/** A review of an earlier action, from the front matter (`outstanding`) or the body. */
export interface Review {
  /** The ID as written, or empty for an ID-less action matched by owner and subject. */
  id: string;
  /** The register key of the action it reviews, when known. */
  ref?: string;
  status?: ReviewStatus;
  /** The status as written ("Complete", "_Ongoing_"). */
  statusWord?: string;
  source: ReviewSource;
  span: Span;
  /** For body reviews: the action's text and owner as restated there. */
  text?: string;
  ownerText?: string;
  /** The front-matter entry, for `front-matter` reviews. */
  outstanding?: ActionReview;
}

export interface NextMeeting {
  /** A full ISO date when one was written, else empty. */
  date: string;
  /** `date` as written: `2026-04-14 15:00 GMT`, `2026-04`, `TBC`. */
  written: string;
  /** What was written: a date, a month or words. */
  when: 'date' | 'month' | 'text';
  /** `YYYY-MM` when a month was written. */
  month?: string;
  /** A time written after the date or month, as written (`15:00 GMT`). */
  time?: string;
  label?: string;
  venue?: string;
  span: Span;
  fields: FieldSpans;
}

export interface Decision {
  /** The bold verb as written, e.g. `NOTED`; for prose, the verb phrase as written ("It was agreed"). */
  verb: string;
  /** Plain text of the decision: the paragraph or list item (bold verbs), the sentence and the list items it introduces (prose). */
  text: string;
  /** `marked`: v1 bold capitals; `prose`: recognised in prose; `motion`: a motion that was carried. */
  kind?: 'marked' | 'prose' | 'motion';
  /** The motion this decision records (kind `motion`). */
  motion?: Motion;
  /** Number of the agenda item it stands in, if any. */
  item?: string;
  node: Paragraph | ListItem;
  span: Span;
  verbSpan: Span;
  /** Whether the model is sure of it (certainty.ts): the decisions table lists certain decisions only; `inspect` marks the rest. */
  certain?: boolean;
  doubt?: string;
}

/**
 * How an action was written (NATURAL §3): `v1` is `ACTION <id>:`; the others are the notations
 * committees use, from the most explicit to the inferred `prose` ("Esme will contact …").
 */
export type ActionNotation = 'v1' | 'label' | 'dash' | 'heading' | 'marker' | 'italic-owner' | 'list' | 'table' | 'task' | 'prose';

/**
 * One part of a v1 owner as the model judged it: `known` (a party, category, organisation, the
 * committee, a person present, an office someone holds), `absent` (a person who sent apologies:
 * `display` as listed, `person`), or `unknown` (`near`: the nearest known spelling).
 */
export interface OwnerPart {
  text: string;
  /** Source offset of the part, where it could be found. */
  at?: number;
  standing: 'known' | 'absent' | 'unknown';
  display?: string;
  person?: Person;
  near?: string;
}

/** One owner as written: a name, initials, a role ("the Clerk") or everyone ("All members"). */
export interface OwnerToken {
  text: string;
  kind: 'name' | 'initials' | 'role' | 'everyone';
  span?: Span;
  /**
   * Who the token stands for, resolved once in the model by the one matcher (owner-resolve.ts):
   * rules, the register, inspect and the language server read this and never match names again.
   */
  resolved?: OwnerResolution;
}

/** What an owner token names: a listed person, an office, a body of the meeting, everyone, several people, or nobody known. */
export type OwnerResolution =
  | { kind: 'person'; person: Person }
  | { kind: 'role' }
  | { kind: 'body'; name: string }
  | { kind: 'everyone' }
  | { kind: 'ambiguous' }
  | { kind: 'unknown' };

/** Where `check --fix` writes an ID into an action written without one: ` <id>` after the label, or `<id> ` before an entry's text. */
export interface IdInsert {
  at: number;
  form: 'after-label' | 'before-text';
}

export interface NewAction {
  /** The ID as written (trimmed); empty when the action has none. */
  id: string;
  /** Stable identity across the series: the ID, or the meeting and the action's place (`2024-03-23#2`). */
  identity: string;
  notation: ActionNotation;
  /**
   * Whether the model is sure this is an action with these words and owners (certainty.ts). What
   * reports or prints (findings, the tables minutebook adds) uses certain actions only; `inspect`
   * shows the others, marked.
   */
  certain: boolean;
  /** Why an action is not certain, for `inspect`. */
  doubt?: string;
  /**
   * The issues or pull requests (`#630`) and links the action stands under: cited in its words or
   * in the agenda entry above it (citations.ts). A later meeting citing one of them takes its subject up again.
   */
  cites?: string[];
  /** The owners the text names, split (`AL/TR` → AL, TR); empty when it names none. */
  owners: OwnerToken[];
  /** For an action without an ID, where one can be written in. */
  idInsert?: IdInsert;
  /** Set when the owner is written but says nobody: `??`, `TBC`, `-`. */
  ownerPlaceholder?: string;
  /** Whether the ID has exactly the configured form, `{seq}` width included (code and meeting may still be another meeting's). */
  idWellFormed: boolean;
  /** Parsed parts of an ID of the pattern's shape, whatever the width of its sequence number (`OPSG 41/1`). */
  idParts?: { code?: string; meeting?: string; seq?: number; yyyy?: string; yy?: string; mm?: string };
  /** The action text without the `ACTION id:` prefix and the attribute block, as plain text. */
  text: string;
  /** The same, as Markdown inline content for renderers. */
  content: PhrasingContent[];
  owner?: string;
  /** How the owner was found: the attribute block or the "X to …" phrase. */
  ownerSource?: 'attribute' | 'text';
  ownerSpan?: Span;
  /** ISO date: `due` from the attribute block, else the first next meeting. */
  due?: string;
  dueSource?: 'attribute' | 'next-meeting';
  dueSpan?: Span;
  /** Attribute block keys other than owner and due, kept for templates. */
  attributes: Record<string, string>;
  /** Agenda item number it stands in. */
  item?: string;
  /** The parts of a v1 action's owner and whom each names (owner-standing.ts); the action-owner rule reports from these. */
  ownerParts?: OwnerPart[];
  /** The status its notation gives where it is raised: a task list's box, ticked (`closed`) or empty (`open`). */
  status?: ReviewStatus;
  /** The block the action is written in (the whole paragraph for `v1`). */
  node: Paragraph | ListItem | TableRow | Heading;
  span: Span;
  idSpan: Span;
  /** Set when the line is a near-miss of the canonical `ACTION <id>: ` form. */
  nearMiss?: {
    written: string;
    /** Offsets into the source of the prefix to rewrite, and its canonical replacement. */
    fix?: { start: number; end: number; text: string };
    span: Span;
  };
}

export interface AgendaItem {
  /**
   * The key that action lines, decisions and part attendance use for the section: its decimal
   * number as written (`3`, `3.1`), its other number without brackets (`a`, `iii`, `044/18`), or
   * for an unnumbered section `#` and its place among its siblings. Outputs never show it: they
   * show `written`.
   */
  number: string;
  /** Whether the heading carries a number. */
  numbered: boolean;
  /** The number as written and its scheme (NATURAL §3); absent when the heading has none. */
  written?: WrittenNumber;
  /** The number as written, when it differs in form from `number` (e.g. `3.1.`, `a)`). */
  writtenNumber?: string;
  /** Procedural sections, annexes and signature blocks stand anywhere and are never numbered for the author. */
  kind: SectionKind;
  /** A Markdown heading, or a bold paragraph that starts with a running minute number. */
  form: 'heading' | 'paragraph';
  title: string;
  /** Heading inline content with the number removed, for renderers. */
  titleContent: PhrasingContent[];
  /** Heading depth as written (1–6), lifted to the top sections' depth when written above it. */
  depth: number;
  /** Nesting level: 1 for top sections, 2 for their sub-sections… */
  level: number;
  heading: Heading;
  span: Span;
  numberSpan?: Span;
  /** Body blocks of this item up to its first sub-item or the next item. */
  content: RootContent[];
  children: AgendaItem[];
  decisions: Decision[];
  actions: NewAction[];
}

/** An ordered list item's number as written, where minutes number their items as paragraphs. */
export interface NumberedParagraph {
  number: number;
  /** As written: `4.`, `2)`. */
  text: string;
  span: Span;
}

/** A heading whose level does not follow from the sections around it. */
export interface HeadingJump {
  heading: Heading;
  /** The depth expected there. */
  expected: number;
  /** True for a heading above its siblings' level, false for one that skips levels below its parent. */
  siblings: boolean;
}

/** `none`: the minutes say nothing of their status (no `status`, no "draft"). */
export type MeetingStatus = 'none' | 'draft' | 'final' | 'approved';

/** Where the outstanding-actions table goes (FORMAT §3). */
export type OutstandingPlacement =
  | { kind: 'marker'; node: RootContent }
  | { kind: 'after'; node: RootContent }
  | { kind: 'before-agenda' };

export interface Meeting {
  path: string;
  committee?: string;
  code?: string;
  /** The meeting number as text: `41`, `38x`. */
  meeting?: string;
  meetingNumber?: number;
  meetingSuffix?: string;
  reference?: string;
  title: string;
  titleWritten?: string;
  date?: string;
  start?: string;
  end?: string;
  venue?: string;
  status: MeetingStatus;
  classification?: string;
  secretariat?: string;
  attendees: PeopleGroup[];
  /** `participants` and `in_attendance`. */
  participants: PeopleGroup[];
  observers: PeopleGroup[];
  apologies: PeopleGroup[];
  absent: PeopleGroup[];
  /** Every person of the lists, in document order. */
  people: Person[];
  /** Who took the chair, left, joined or declared an interest, as the body records it. */
  attendanceChanges: AttendanceChange[];
  /** Motions with mover, seconder, outcome and counts, as recognised in prose and tables. */
  motions: Motion[];
  /** Every person the text names, resolved once (mentions.ts): what rules about names read. */
  mentions: Mention[];
  outstanding: ActionReview[];
  /** Every review of an earlier action: `outstanding` first, then those read from the body. */
  reviews: Review[];
  /** The heading of the section that reviews earlier actions ("Matters arising", "Actions"), if any. */
  reviewSection?: Span;
  nextMeetings: NextMeeting[];
  /** Blocks before the first agenda item (the `#` title excluded). */
  preamble: RootContent[];
  /** The `#` heading, if any. */
  titleHeading?: Heading;
  agenda: AgendaItem[];
  /** Headings whose level jumps (warned by heading-level). */
  headingJumps: HeadingJump[];
  /** Annexes and signature block after the business. */
  closing: Closing;
  /** Numbered paragraphs (ordered lists at the top of a section), in runs that continue each other. */
  numberedParagraphs: NumberedParagraph[][];
  /** Where a `<!-- summaries -->` line places the summaries of actions and decisions. */
  summariesMarker?: RootContent;
  actions: NewAction[];
  decisions: Decision[];
  outstandingPlacement: OutstandingPlacement;
  /** Spans of the front-matter keys that were given, for rules that point at a key. */
  fields: FieldSpans;
  /** Span of the whole front matter block (fences included), when present. */
  frontMatterSpan?: Span;
  /** Approvals of earlier minutes this meeting records (front matter `approves`, or the body). */
  approvals: Approval[];
  /** The `approved` block `minutebook approve` wrote: this file's own approval, sealed by its digest. */
  approved?: ApprovedBlock;
  /**
   * Where the meeting's details were read: minutes front matter, the body (no front matter, or a
   * site's front matter that lists nobody), or both.
   */
  headSource: 'front-matter' | 'body';
  /**
   * The file is a site generator's page (its front matter is a site's, not minutebook's): its
   * relative links resolve against the address the site publishes it at, not against its folder.
   */
  sitePage?: true;
  /** The chair and the note taker as the body names them ("Chair: Ana", "Mark taking notes"). */
  chair?: NamedPerson;
  noteTaker?: NamedPerson;
  /** Everyone was present ("Attendance: all", "All except …"), so the attendees are not named. */
  attendanceAll?: boolean;
  /**
   * The people lists the minutes write in their own text ("Present: …", "Apologies …"), whatever
   * the front matter says: the document prints them as written, and adds no table that repeats them.
   */
  bodyLists?: PeopleList[];
  /** Where the front matter and the body disagree (reported by frontmatter-body-mismatch). */
  keptDisagreements?: Array<{ at: Span; message: string }>;
  /** Every issue or pull request (`#630`) and link the text cites (citations.ts). */
  citations?: string[];
  /**
   * What someone of the meeting reports ("Polar said that he had done the Accenture form"): who, as
   * written, and the words after the verb (reports.ts). A later meeting reporting on an action of
   * the one before takes it up in prose (series/register.ts).
   */
  reports?: Array<{ who: string; text: string }>;
}

/** How approved minutes are named: by date, month, number, or as "the previous meeting". */
export interface ApprovalTarget {
  kind: 'date' | 'month' | 'number' | 'previous';
  /** ISO date (`date`), `YYYY-MM` (`month`), or the meeting number as written (`number`). */
  value?: string;
  /** The words that name them ("11 March", "the October meeting", "previous meeting"). */
  written: string;
}

/** One correction of approved minutes: the text as it stood and as it now reads, or only a description. */
export interface Amendment {
  /** What the amendment says, as written (a list item, or `was` → `now`). */
  text: string;
  was?: string;
  now?: string;
}

/**
 * That this meeting approved (or declined to approve) the minutes of an earlier one. `certain`
 * facts are what rules and outputs use; `uncertain` ones (an agenda line "Approve the minutes",
 * a section titled "Previous minutes" that records no outcome) are shown by `inspect` only.
 */
export interface Approval {
  target: ApprovalTarget;
  outcome: 'approved' | 'not-approved';
  /** "subject to the following amendments: …" or front matter `amendments`. */
  amendments: Amendment[];
  /** The minutes say the chair signed them. */
  signed?: boolean;
  certainty: 'certain' | 'uncertain';
  /** The reader that found it (provenance): `front-matter`, `sentence`, `motion`, `agenda`. */
  reader: 'front-matter' | 'sentence' | 'motion' | 'agenda';
  /** The sentence or line it was read from. */
  text: string;
  span: Span;
}

/** The `approved` block of an approved file. */
export interface ApprovedBlock {
  /** The approving meeting: its number as written, or its date. */
  by?: string;
  /** The approving meeting's date. */
  date?: string;
  /** `sha256:<hex>` of the approved text (see model/seal.ts). */
  digest?: string;
  amendments: Amendment[];
  span: Span;
  fields: FieldSpans;
}

/**
 * A person the text names (issue 20, item 3): a name or initials in running text, an owner, a
 * mover or seconder, the chair, the note taker, who joined or left. Read once by the model
 * (mentions.ts) and resolved by the one matcher; rules filter these and recognise no one themselves.
 */
export interface Mention {
  /** As written ("Tom Reed", "JM"). */
  written: string;
  /** Where; when `exact` is false, an empty span at the start of the block or owner it stands in. */
  span: Span;
  exact: boolean;
  form: 'name' | 'initials';
  /** The reader that found it (provenance). */
  reader: 'name-in-text' | 'initials-in-brackets' | 'initials-subject' | 'v1-owner' | 'owner' | 'mover' | 'seconder' | 'chair' | 'note-taker' | 'attendance-change';
  /** The listed person it resolves to, when exactly one fits. */
  person?: Person;
  /** Several listed people fit. */
  ambiguous?: boolean;
  /** A name that is nobody listed (or listed only under another gendered title) but nearly one listed person's name: that person. */
  near?: Person;
  /** Whether the model is sure this names a person; rules report certain mentions only, `inspect` shows the rest marked. */
  certain: boolean;
  doubt?: string;
}

/** A person named in the body: as written, where, and who it resolves to among the lists. */
export interface NamedPerson {
  written: string;
  span: Span;
  /** The listed person it resolves to, when exactly one matches. */
  person?: Person;
  /** Several listed people match ("Mike" with two Mikes present). */
  ambiguous?: boolean;
}

export type AttendanceChangeKind = 'took-chair' | 'left' | 'joined' | 'declared-interest';

export interface AttendanceChange {
  kind: AttendanceChangeKind;
  who: NamedPerson;
  /** Agenda item (section number) it stands in, and the item named ("in item 5"). */
  item?: string;
  interestItem?: string;
  /** The sentence as written. */
  text: string;
  span: Span;
}

export type MotionOutcome = 'carried' | 'lost' | 'withdrawn' | 'deferred' | 'implied';

export interface MotionCounts {
  for?: number;
  against?: number;
  abstain?: number;
  unanimous?: boolean;
  nemCon?: boolean;
  span: Span;
}

export interface Motion {
  /** What was moved, when written ("That the minutes be adopted"). */
  text?: string;
  mover?: NamedPerson;
  seconder?: NamedPerson;
  /** The outcome word as written ("carried", "Accepted", "Passed"). */
  outcomeText?: string;
  outcome?: MotionOutcome;
  /**
   * `implied` by the form alone ("It was proposed by X and seconded by Y that …" closing its
   * paragraph), no outcome written: a decision, yet `motion-outcome` still reports it.
   */
  unwritten?: boolean;
  /** Each count statement recorded for this motion, in order. */
  counts: MotionCounts[];
  /** Voted outside the meeting (online, by email): present-member checks do not apply. */
  offline?: boolean;
  /** Where: table row or the blocks from the motion to its outcome. */
  span: Span;
  item?: string;
  /** The reader that found it: `poll` for a question put without a mover and answered by a tally or consent (readers/poll.ts). */
  source: 'prose' | 'table' | 'poll';
  /** Whether the model is sure of it (certainty.ts): rules and added tables use certain motions only. */
  certain: boolean;
  doubt?: string;
}

/**
 * What follows the business (NATURAL §3): annexes and a signature block. Outputs place it after
 * the summaries, so that the summaries close the business and the signature closes the document.
 */
export interface Closing {
  /** Trailing top-level sections that are annexes or signature blocks (also in `agenda`). */
  sections: AgendaItem[];
  /** A signature block at the end of the last section or of the preamble (also in that content). */
  blocks: RootContent[];
}
