/**
 * The shape every reader of the natural notations has (docs/readers.md): an id, the node kinds it
 * looks at, how sure its facts are, and a function from one node, the place it stands in and the
 * shared context to facts that carry the reader's id. Readers are to the model what rules are to
 * checks; the walk (walk.ts) visits the tree once and hands each node to the readers that asked
 * for its kind, in the order of the index (index.ts).
 */
import type { Heading, ListItem, Paragraph, PhrasingContent, Root, Table, TableRow } from 'mdast';
import type { Locator } from '../../parse/locate.js';
import type { Patterns } from '../../vocabulary/patterns.js';
import type { OwnerIndex } from '../owner-resolve.js';
import type { ActionNotation, AttendanceChange, Decision, IdInsert, Motion, ReviewStatus, Span } from '../types.js';
import type { PersonIndex } from '../person-match.js';
import type { ProseUnit } from '../prose-units.js';

export interface NaturalAction {
  id: string;
  notation: ActionNotation;
  text: string;
  content: PhrasingContent[];
  /** The owner as written, when the notation names one. */
  ownerText?: string;
  node: Paragraph | ListItem | TableRow | Heading;
  span: Span;
  /** Title of the heading it stands under. */
  section?: string;
  /** Where an ID can be written in, for an action without one (see NewAction.idInsert). */
  idInsert?: IdInsert;
  /** The due column's cell, for an action read from a table. */
  dueText?: string;
  /** A task list's box: ticked is `closed`, empty is `open`. */
  status?: ReviewStatus;
}

export interface NaturalReview {
  id: string;
  text: string;
  ownerText?: string;
  status?: ReviewStatus;
  statusWord?: string;
  source: 'list' | 'table' | 'paragraph' | 'matters-arising';
  span: Span;
}

/** What every reader shares: the file, the meeting's owners and vocabulary, and what v1 already took. */
export interface NaturalOptions {
  source: string;
  loc: Locator;
  owners: OwnerIndex;
  /** Paragraphs already read as v1 action lines. */
  taken: ReadonlySet<unknown>;
  /**
   * Where the file writes no v1 action lines: owner-first sentences and the entries of an
   * "Actions" list or table are read as actions only then (a v1 file marks its actions).
   */
  prose: boolean;
  /** The vocabulary's patterns (the configuration's). */
  words: Patterns;
}

/** What the section a block stands in holds, by the title of the headings above it. */
export type SectionKind = 'agenda' | 'review' | 'actions' | 'election' | 'other';

/** Where a node stands: its section's kind and title, and the list entry a paragraph opens. */
export interface Place {
  kind: SectionKind;
  /** Title of the nearest heading above. */
  section?: string;
  /** The list entry whose first paragraph this is (for sub-bullets that give a status). */
  item?: ListItem;
  /** The entry after it in its list (a question's answer may stand there: answered-question.ts). */
  next?: ListItem;
}

/** A paragraph as readers see it: the node and its text with line breaks kept as blanks, trimmed. */
export interface ParagraphText {
  p: Paragraph;
  text: string;
}

/** The node kinds a reader can ask for, and what it is handed for each. */
export interface Visited {
  heading: Heading;
  paragraph: ParagraphText;
  listItem: ListItem;
  table: Table;
}

/** A fact a reader found, with the reader that found it. */
export type Fact =
  | { reader: string; kind: 'action'; action: Omit<NaturalAction, 'section'> }
  | { reader: string; kind: 'review'; review: NaturalReview }
  /** A v1 line that stands where actions are reviewed: a review, not a new action. */
  | { reader: string; kind: 'reviewed-line'; line: Paragraph };

/**
 * How sure a reader's facts are: `certain` (the notation says it: v1 lines), or `judged` (the
 * model's certainty.ts decides per fact, by its words and whether its owners resolve).
 */
export type Certainty = 'certain' | 'judged';

export interface Reader<K extends keyof Visited> {
  id: string;
  looksAt: K;
  certainty: Certainty;
  /**
   * The facts of one node, or `undefined` when the node is not this reader's (the next reader in
   * the index is tried). An empty list claims the node without a fact: no later reader reads it.
   */
  read(node: Visited[K], place: Place, o: NaturalOptions): Fact[] | undefined;
}

/** The span of a node of the tree. */
export function spanOf(o: NaturalOptions, n: { position?: { start: { offset?: number }; end: { offset?: number } } }): Span {
  return o.loc.span(n.position!.start.offset!, n.position!.end.offset!);
}

/** A reader of any node kind, as the index lists them. */
export type AnyReader = { [K in keyof Visited]: Reader<K> }[keyof Visited];

/** What the unit readers are handed: the walk's prose units and the meeting's people and words. */
export interface UnitContext {
  units: readonly ProseUnit[];
  people: PersonIndex;
  loc: Locator;
  source: string;
  words: Patterns;
  committee?: string;
  code?: string;
  /** Decisions already read with the sections (marked-decision, by body.ts): their sentences are taken. */
  marked: readonly Decision[];
  /** Only what the series step reads: no attendance changes or decisions. */
  seriesOnly: boolean;
  /** The document, for readers that need where a list entry stands (the entry it answers). */
  tree?: Root;
}

/** What the unit readers found, each reader adding to it in the order of the index. */
export interface UnitFacts {
  attendanceChanges: AttendanceChange[];
  motions: Motion[];
  decisions: Decision[];
}

/** A reader of prose units: sentences across paragraphs, list entries and table rows (a motion, a poll and its answer). */
export interface UnitReader {
  id: string;
  looksAt: 'unit';
  certainty: Certainty;
  /** Reads the units, seeing what the readers before it found (`facts`), and adds its own. */
  read(c: UnitContext, facts: UnitFacts): void;
}
