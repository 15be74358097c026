/**
 * The one walk over a file's tree. It goes down the tree once and gives, in document order:
 *
 * - the stops of the node readers: each heading, paragraph, list entry and table with the place
 *   it stands in (the headings above it, the list entry it opens) and the list entries around it;
 * - the prose units (prose-units.ts) the unit readers read: paragraphs, headings, table rows;
 * - the paragraphs the prose-review reader reads.
 *
 * The node readers of the index then run over the stops (`readStops`), in the index's order: the
 * first reader that claims a node reads it; the later ones do not; an entry a reader claims whole
 * is not read block by block, and the sub-bullets of an entry that is a review give its status,
 * not facts of their own. They can run over the same stops twice (without, then with the readers
 * of prose, build-meeting.ts) without going down the tree again.
 */
import type { Heading, List, ListItem, Node, Paragraph, Parent, Root, RootContent, Table } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Patterns } from '../../vocabulary/patterns.js';
import { READERS } from './index.js';
import { emphasisedStatus, lineText, sectionKind } from './recognise.js';
import { proseUnit, rowUnits, type ProseUnit } from '../prose-units.js';
import type { AnyReader, Fact, NaturalAction, NaturalOptions, NaturalReview, Place, Reader, SectionKind, Visited } from './reader.js';

/** What the node readers found: actions, reviews, and the v1 lines that stand where actions are reviewed. */
export interface NaturalFacts {
  actions: NaturalAction[];
  reviews: NaturalReview[];
  reviewedLines: Set<Paragraph>;
  /** Every fact in the order it was read, with the reader that read it (for tests and docs). */
  facts: Fact[];
}

/** A list entry around a stop, and whether the stop is in its first block or after it. */
interface Around {
  item: ListItem;
  more: boolean;
}

/** A node the node readers are handed, where it stands, and the list entries around it. */
export type Stop = { [K in keyof Visited]: { looksAt: K; node: Visited[K]; place: Place; around: readonly Around[] } }[keyof Visited];

/** A paragraph for the prose-review reader: the node that gives its span, and every node around it. */
export interface ProseParagraph {
  p: Paragraph;
  /** The list entry it stands in directly, else itself. */
  at: RootContent;
  /** The blocks it stands in, outermost first, and itself. */
  within: readonly RootContent[];
}

export interface Walked {
  stops: Stop[];
  units: ProseUnit[];
  paragraphs: ProseParagraph[];
}

export interface WalkOptions {
  source: string;
  words: Patterns;
  /** Paragraphs read as v1 action lines (body.ts): not handed to the node readers but where earlier actions are reviewed. */
  taken: ReadonlySet<unknown>;
  /** The agenda item each top-level block stands in (body.ts), for the prose units. */
  itemOf?: ReadonlyMap<RootContent, string>;
}

/** Where the node readers go below a block (absent: they do not, as under a heading in a quote). */
interface Reach {
  kind: SectionKind;
  /** The list entry this block opens (its first block). */
  item?: ListItem;
  /** The entry after that one in its list. */
  next?: ListItem;
  /** The list entry this block stands in directly, first or not. */
  entry?: ListItem;
  around: readonly Around[];
  within: readonly RootContent[];
}

const SKIP = new Set(['yaml', 'code', 'html', 'definition', 'footnoteDefinition', 'thematicBreak']);

/** A class because every block is read in the section the headings above it open (`titles`). */
class Walk implements Walked {
  readonly stops: Stop[] = [];
  readonly units: ProseUnit[] = [];
  readonly paragraphs: ProseParagraph[] = [];
  /** The titles of the headings above the block being read, by depth. */
  private readonly titles: string[] = [];
  /** The agenda item of the top-level block being read (prose units). */
  private item: string | undefined;
  /** Items of ordered lists that stand at the root: "1.  MINUTES OF THE OCTOBER MEETING". */
  private readonly topListItems = new Set<ListItem>();

  constructor(private readonly o: WalkOptions) {}

  root(root: Root): void {
    for (const c of root.children) if (c.type === 'list' && c.ordered) for (const li of c.children) this.topListItems.add(li);
    root.children.forEach((n, i) => {
      const it = this.o.itemOf?.get(n);
      if (it !== undefined) this.item = it;
      else if (n.type === 'heading') this.item = undefined;
      if (n.type === 'yaml') return;
      if (n.type === 'heading') return this.heading(n, root.children, i);
      this.block(n, root.children, i, false, { kind: this.kind(), around: [], within: [] });
    });
  }

  /** The kind of section the next block stands in. */
  private kind(): SectionKind {
    // The nearest heading decides, except that an "Agenda" or review heading also covers what is below it.
    return this.titles.reduce<SectionKind>((k, t) => {
      if (!t) return k;
      const s = sectionKind(t, this.o.words);
      return s === 'other' && (k === 'review' || k === 'election') ? k : s;
    }, 'other');
  }

  private place(kind: SectionKind, item?: ListItem, next?: ListItem): Place {
    const section = this.titles.filter(Boolean).at(-1);
    return { kind, ...(section === undefined ? {} : { section }), ...(item ? { item } : {}), ...(item && next ? { next } : {}) };
  }

  private unit(u: Omit<ProseUnit, 'item'>): void {
    this.units.push(this.item === undefined ? u : { ...u, item: this.item });
  }

  /** A heading may itself be an action ("## Action 3: …"), read in the section above it; then it opens its own. */
  private heading(n: Heading, siblings: readonly Node[], index: number): void {
    this.stops.push({ looksAt: 'heading', node: n, place: this.place(this.kind()), around: [] });
    this.unit(proseUnit(n, siblings, index, false, this.o.source));
    this.titles.length = n.depth - 1;
    this.titles[n.depth - 1] = toString(n).trim();
  }

  /** A block: its prose units, and its stops where the node readers reach it. */
  private block(n: Node, siblings: readonly Node[], index: number, topList: boolean, reach: Reach | undefined): void {
    if (SKIP.has(n.type)) return;
    if (n.type === 'paragraph' || n.type === 'heading') {
      this.unit(proseUnit(n as Paragraph | Heading, siblings, index, topList, this.o.source));
      if (reach && n.type === 'paragraph') this.paragraph(n as Paragraph, reach);
      return;
    }
    if (n.type === 'table') {
      for (const u of rowUnits(n as Table, this.o.source)) this.unit(u);
      if (reach) this.stops.push({ looksAt: 'table', node: n as Table, place: this.place(reach.kind), around: reach.around });
      return;
    }
    if (n.type === 'list' && reach) return this.list(n as List, reach);
    const inner: Reach | undefined = reach && n.type === 'blockquote' ? { kind: reach.kind, around: reach.around, within: [...reach.within, n as RootContent] } : undefined;
    if ('children' in n) {
      const children = (n as Parent).children as Node[];
      const top = n.type === 'listItem' && this.topListItems.has(n as ListItem);
      children.forEach((c, i) => this.block(c, children, i, top, inner));
    }
  }

  /** A paragraph, with the list item it opens (for status sub-bullets). */
  private paragraph(p: Paragraph, reach: Reach): void {
    if (!p.position) return;
    this.paragraphs.push({ p, at: reach.entry ?? p, within: [...reach.within, p] });
    // A v1 line is an action unless it stands where earlier actions are reviewed (review-line.ts).
    if (this.o.taken.has(p) && reach.kind !== 'review' && !emphasisedStatus(p, this.o.words)) return;
    const text = lineText(p).replace(/\s+/g, ' ').trim();
    if (text === '') return;
    this.stops.push({ looksAt: 'paragraph', node: { p, text }, place: this.place(reach.kind, reach.item, reach.next), around: reach.around });
  }

  private list(l: List, reach: Reach): void {
    const within = [...reach.within, l];
    for (const [i, item] of l.children.entries()) {
      const next = l.children[i + 1];
      this.stops.push({ looksAt: 'listItem', node: item, place: this.place(reach.kind), around: reach.around });
      const top = this.topListItems.has(item);
      const inItem = [...within, item];
      item.children.forEach((c, k) => {
        const around = [...reach.around, { item, more: k > 0 }];
        this.block(c, item.children, k, top, { kind: reach.kind, around, within: inItem, entry: item, ...(k === 0 ? { item, ...(next ? { next } : {}) } : {}) });
      });
    }
  }
}

/** Goes down a file's tree once: the stops of the node readers, the prose units, the paragraphs of prose reviews. */
export function walkTree(root: Root, o: WalkOptions): Walked {
  const walk = new Walk(o);
  walk.root(root);
  return { stops: walk.stops, units: walk.units, paragraphs: walk.paragraphs };
}

/** The node readers of the index over the stops of the walk, in document order. */
export function readStops(stops: readonly Stop[], o: NaturalOptions, readers: readonly AnyReader[] = READERS): NaturalFacts {
  const out: NaturalFacts = { actions: [], reviews: [], reviewedLines: new Set(), facts: [] };
  const claimed = new Set<ListItem>();
  // Whether an entry is a review, decided once its first block is read, before the blocks after it.
  const isReview = new Map<ListItem, boolean>();
  const reviewAt = (item: ListItem) => item.children[0]?.type === 'paragraph' && out.reviews.length > 0 && out.reviews.at(-1)!.span.start.offset === item.position?.start.offset;
  const reached = (s: Stop) =>
    s.around.every(({ item, more }) => {
      if (claimed.has(item)) return false;
      if (!more) return true;
      if (!isReview.has(item)) isReview.set(item, reviewAt(item));
      return !isReview.get(item);
    });
  for (const s of stops) {
    if (!reached(s)) continue;
    if (dispatch(s, o, readers, out) && s.looksAt === 'listItem') claimed.add(s.node);
  }
  return out;
}

/** Hands a stop to the readers of its kind; whether one of them claimed it. */
function dispatch(s: Stop, o: NaturalOptions, readers: readonly AnyReader[], out: NaturalFacts): boolean {
  for (const r of readers) {
    if (r.looksAt !== s.looksAt) continue;
    const facts = (r as Reader<typeof s.looksAt>).read(s.node as never, s.place, o);
    if (facts === undefined) continue;
    for (const f of facts) gather(f, s.place, out);
    return true;
  }
  return false;
}

function gather(f: Fact, place: Place, out: NaturalFacts): void {
  out.facts.push(f);
  if (f.kind === 'action') out.actions.push(place.section === undefined ? f.action : { ...f.action, section: place.section });
  else if (f.kind === 'review') out.reviews.push(f.review);
  else out.reviewedLines.add(f.line);
}

/** The actions and reviews a file writes the way committees write them, by the readers of the index (the walk, then its stops read). */
export function readNaturalActions(root: Root, o: NaturalOptions, readers: readonly AnyReader[] = READERS): NaturalFacts {
  return readStops(walkTree(root, { source: o.source, words: o.words, taken: o.taken }).stops, o, readers);
}
