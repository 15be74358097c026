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
  reference?: string;
  date?: ViewDate;
  start?: string;
  end?: string;
  /** `13:20 – 15:35`, `13:20`, or absent. */
  time?: string;
  venue?: string;
  status: 'draft' | 'final' | 'approved';
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

export type ViewBlock = MarkdownBlock | ActionBlock | DecisionBlock | OutstandingBlock;

export interface ViewAgendaItem {
  /** `3`, `3.1`. */
  number: string;
  title: string;
  /** The heading's inline content without its number. */
  titleContent: PhrasingContent[];
  /** 1 for items (`##`), 2 for sub-items (`###`). */
  depth: 1 | 2;
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
  /** Agenda item number it was raised in. */
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
  /** Plain text of the whole decision, verb included. */
  text: string;
  item?: string;
  /** Agenda item title, for the summary table. */
  itemTitle?: string;
}

export interface ViewNextMeeting {
  /** As written, or "Next meeting". */
  label: string;
  date: ViewDate;
  venue?: string;
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
  /** "Managed by" party: the secretariat. */
  secretariat?: string;
  /** Blocks before the first agenda item. */
  preamble: ViewBlock[];
  /** True when the outstanding-actions table stands after the preamble, before the first item. */
  outstandingBeforeAgenda: boolean;
  agenda: ViewAgendaItem[];
  outstanding: ViewOutstandingRow[];
  newActions: ViewNewAction[];
  decisions: ViewDecision[];
  nextMeetings: ViewNextMeeting[];
  /** Counts, for templates (plural helpers, "no actions" texts). */
  counts: { attendees: number; participants: number; apologies: number; outstanding: number; newActions: number; decisions: number };
}
