import type { PhrasingContent, RootContent } from 'mdast';

/**
 * The format-neutral view model: everything a template or renderer needs, already formatted for
 * the meeting's locale. Markdown stays as mdast (never HTML) so that each renderer turns it into
 * its own markup (HTML, WordprocessingML). Documented for template authors in docs/templates.md.
 */

/** A date in the three forms renderers need. */
export interface ViewDate {
  /** ISO `YYYY-MM-DD` as written. */
  iso: string;
  /** For prose: en-GB "25 January 2021" (config `dateFormats.long`). */
  long: string;
  /** For tables: en-GB "25/01/2021" (config `dateFormats.short`). */
  short: string;
}

export type BannerLevel = 'clear' | 'white' | 'green' | 'amber' | 'amber+strict' | 'red' | 'other';

export interface ViewBanner {
  level: BannerLevel;
  /** `TLP:AMBER` for known levels, the classification as written otherwise. */
  label: string;
  /** The standard sentence for a known level; empty for other classifications. */
  text: string;
  /** Label colour and background as `#RRGGBB` (the TLP colours on black for known levels). */
  colour: string;
  background: string;
}

export type AnnotationKind = 'organisation' | 'representing' | 'role' | 'alternate' | 'part' | 'items' | 'remote' | 'proxy';

/** One bracketed note after a name: "(Chair)", "(Alternate for X)", "(agenda item 4)". */
export interface ViewAnnotation {
  kind: AnnotationKind;
  /** With the brackets: `(Alternate for Sam Fenwick)`. */
  text: string;
}

export interface ViewPerson {
  name: string;
  /** `chair`, `secretary` or free text, as written. */
  role?: string;
  initials?: string;
  annotations: ViewAnnotation[];
  /** Name and annotations in one string: `Ada Byrne (Chair)`. */
  display: string;
}

/** A category of attendees or apologies, or an organisation of participants. */
export interface ViewGroup {
  name: string;
  people: ViewPerson[];
}

export interface ViewTitleBlock {
  committee?: string;
  code?: string;
  /** Meeting number as text: `41`, `38x`. */
  meeting?: string;
  title: string;
  /** The title naming the meeting, for document properties: `<title>, DXOG 18` or `<title>, 16 February 2026`. */
  documentTitle: string;
  reference?: string;
  date?: ViewDate;
  start?: string;
  end?: string;
  /** `13:20 – 15:35`, `13:20`, or absent. */
  time?: string;
  venue?: string;
  /** `none` when the minutes say nothing of their status: no label is printed. */
  status: 'none' | 'draft' | 'final' | 'approved';
  /** "Draft Minutes" | "Minutes" | "Approved Minutes". */
  statusText: string;
}

/** Markdown blocks rendered as written (paragraphs, lists, tables, quotes…). */
export interface MarkdownBlock {
  kind: 'markdown';
  nodes: RootContent[];
}

/** An `ACTION <id>: …` line raised at this meeting. */
export interface ActionBlock {
  kind: 'action';
  action: ViewNewAction;
}

/** A paragraph holding a decision verb (list-item decisions stay inside their markdown list). */
export interface DecisionBlock {
  kind: 'decision';
  decision: ViewDecision;
  /** The paragraph's inline content, the verb still in its `strong` node. */
  content: PhrasingContent[];
}

/** Where the outstanding-actions table goes (FORMAT §3). */
export interface OutstandingBlock {
  kind: 'outstanding';
}

/** Where a `<!-- summaries -->` line places the summaries of actions and decisions. */
export interface SummariesBlock {
  kind: 'summaries';
}

export type ViewBlock = MarkdownBlock | ActionBlock | DecisionBlock | OutstandingBlock | SummariesBlock;

export interface ViewAgendaItem {
  /** The number as written (`3.`, `3.1`, `a)`, `(iii)`, `044/18`), or empty: never one the heading lacks. */
  number: string;
  /** Its scheme (`decimal`, `multilevel`, `alpha-lower`, `roman-lower`, `minute`…) or `none`. */
  scheme: string;
  /** `business`, `procedural`, `annex` or `signature`. */
  kind: string;
  title: string;
  /** The heading's inline content without its number. */
  titleContent: PhrasingContent[];
  /** Nesting level: 1 for top sections, 2 for their sub-sections, 3 and more below. */
  depth: number;
  blocks: ViewBlock[];
  children: ViewAgendaItem[];
}

export interface ViewOutstandingRow {
  id: string;
  /** The action's text as raised (given or inherited from the raising meeting). */
  action?: string;
  /** The update reported at this meeting, parsed as Markdown (block content). */
  update: RootContent[];
  raised?: ViewDate;
  target?: ViewDate;
  revised?: ViewDate;
  /** What tables show when no revised date is set: "N/A". */
  revisedText: string;
  owner?: string;
  status: 'open' | 'closed' | 'unknown';
  /** "Open" | "Closed" | "" */
  statusText: string;
}

export interface ViewNewAction {
  id: string;
  /** Plain text of the action (no `ACTION id:` prefix, no attribute block). */
  text: string;
  /** The same as inline Markdown. */
  content: PhrasingContent[];
  owner?: string;
  due?: ViewDate;
  /** The number as written of the section it was raised in, when it has one. */
  item?: string;
  /** Attribute-block keys other than owner and due. */
  attributes: Record<string, string>;
}

export interface ViewAttendanceChange {
  kind: 'took-chair' | 'left' | 'joined' | 'declared-interest';
  /** The sentence as written: "Joel Kettering left the meeting." */
  text: string;
  /** The section it stands in. */
  item?: string;
}

export interface ViewDecision {
  verb: string;
  /** For a motion: mover and seconder as the minutes wrote them, and the result ("carried, 5 for, 1 against"). */
  mover?: string;
  seconder?: string;
  result?: string;
  /** Plain text of the whole decision, verb included (line breaks read as spaces). */
  text: string;
  /** The section's number as written, when it has one. */
  item?: string;
  /** Agenda item title, for the summary table. */
  itemTitle?: string;
}

export interface ViewNextMeeting {
  /** As written, or "Next meeting". */
  label: string;
  /** When, for prose: "14 April 2026, 15:00 GMT", "April 2026", "TBC". */
  text: string;
  /** The date; for a month or words, every form holds `text`. */
  date: ViewDate;
  venue?: string;
}

/** What a build that shows changes compared with (`build --changes-since`), for its legend. */
export interface ViewChanges {
  /** The revision or file as given: `HEAD~1`, `v1.2`, `draft-1.md`. */
  since: string;
  /** Whom the changes are credited to. */
  author: string;
  /** When: `xsd:dateTime` in UTC, and its day formatted. */
  dateTime: string;
  date: ViewDate;
  /** The legend's sentence, filled in, and the names of the two marks (wording.yaml `changes`). */
  legend: string;
  inserted: string;
  deleted: string;
}

export interface ViewModel {
  /** The locale everything was formatted for (`en-GB`). */
  locale: string;
  /** The source path as given to the compiler (for footers and messages). */
  source: string;
  banner?: ViewBanner;
  titleBlock: ViewTitleBlock;
  attendees: ViewGroup[];
  participants: ViewGroup[];
  apologies: ViewGroup[];
  /** Who took the chair, left, joined or declared an interest, as the minutes wrote it, in order. */
  attendanceChanges: ViewAttendanceChange[];
  /**
   * Which attendance lists the minutes keep in their own text (an attendance section): the
   * document prints those as written, so the added attendees and participants tables (`attendees`)
   * or apologies table (`apologies`) are left out rather than repeat them.
   */
  ownAttendance: { attendees: boolean; apologies: boolean };
  /** "Managed by" party: the secretariat. */
  secretariat?: string;
  /** Blocks before the first agenda item. */
  preamble: ViewBlock[];
  /** True when the outstanding-actions table stands after the preamble, before the first item. */
  outstandingBeforeAgenda: boolean;
  /** The sections of the business (annexes and signature sections after it are in `closing`). */
  agenda: ViewAgendaItem[];
  /** Where the summaries go: at the end of the business, at a `<!-- summaries -->` line, or nowhere. */
  summaries: 'end' | 'marker' | 'off';
  /** A signature block that closed the last section, shown after the summaries. */
  closingBlocks: ViewBlock[];
  /** Annex and signature sections that followed the business, shown after the summaries. */
  closing: ViewAgendaItem[];
  outstanding: ViewOutstandingRow[];
  newActions: ViewNewAction[];
  decisions: ViewDecision[];
  nextMeetings: ViewNextMeeting[];
  /** Set when the output marks what changed since an earlier version: the legend's facts. */
  changes?: ViewChanges;
  /**
   * On approved minutes: the record of approval ("Approved as a correct record at the meeting of
   * …", with the amendments listed) and the signature block with the chair's name. Absent on
   * minutes that are not approved.
   */
  approval?: ViewApproval;
  /** Counts, for templates (plural helpers, "no actions" texts). */
  counts: { attendees: number; participants: number; apologies: number; outstanding: number; newActions: number; decisions: number };
  /**
   * The columns of the added tables that have a value in some row (issue 20, item 5): a column
   * empty in every row (no IDs written, an "N/A" revised date throughout) is left out, and `rest`
   * is the percentage of the width the shown columns other than the ID and the text take, so that
   * the text column takes what they leave.
   */
  columns: ViewColumns;
}

export interface ViewApproval {
  /** "Approved as a correct record at the meeting of 13 March 2024, as presented." */
  text: string;
  /** The approving meeting's date, when known. */
  date?: ViewDate;
  /** The amendments as listed, numbered from 1 (empty: approved as presented). */
  amendments: Array<{ number: number; text: string }>;
  /** The signature block, unless the minutes end with one of their own. */
  signature?: { signed: string; chair: string; chairName?: string; date: string };
}

/** Which optional columns each added table shows (see `ViewModel.columns`). */
export interface ViewColumns {
  newActions: { id: boolean; owner: boolean; due: boolean; item: boolean; rest: number };
  outstanding: { id: boolean; raised: boolean; target: boolean; revised: boolean; owner: boolean; status: boolean; rest: number };
  decisions: { item: boolean; rest: number };
}
