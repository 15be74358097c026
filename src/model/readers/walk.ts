/**
 * The one walk over a file's tree for the natural notations: it keeps the headings above each
 * block (the section a block stands in), hands each heading, paragraph, list entry and table to
 * the readers of the index that look at its kind, in the index's order, and gathers their facts
 * in document order. The first reader that claims a node reads it; the later ones do not.
 */
import type { Heading, List, ListItem, Paragraph, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { READERS } from './index.js';
import { emphasisedStatus, lineText, sectionKind } from './recognise.js';
import type { AnyReader, Fact, NaturalAction, NaturalOptions, NaturalReview, Place, Reader, SectionKind, Visited } from './reader.js';

/** What the walk found: actions, reviews, and the v1 lines that stand where actions are reviewed. */
export interface NaturalFacts {
  actions: NaturalAction[];
  reviews: NaturalReview[];
  reviewedLines: Set<Paragraph>;
  /** Every fact in the order it was read, with the reader that read it (for tests and docs). */
  facts: Fact[];
}

/** A class because every block is read in the section the headings above it open (`titles`). */
class Walk implements NaturalFacts {
  readonly reviewedLines = new Set<Paragraph>();
  readonly actions: NaturalAction[] = [];
  readonly reviews: NaturalReview[] = [];
  readonly facts: Fact[] = [];
  /** The titles of the headings above the block being read, by depth. */
  private readonly titles: string[] = [];

  constructor(private readonly o: NaturalOptions, private readonly readers: readonly AnyReader[]) {}

  /** The kind of section the next block stands in. */
  kind(): SectionKind {
    // The nearest heading decides, except that an "Agenda" or review heading also covers what is below it.
    return this.titles.reduce<SectionKind>((k, t) => {
      if (!t) return k;
      const s = sectionKind(t, this.o.words);
      return s === 'other' && (k === 'review' || k === 'election') ? k : s;
    }, 'other');
  }

  private place(kind: SectionKind, item?: ListItem): Place {
    const section = this.titles.filter(Boolean).at(-1);
    return { kind, ...(section === undefined ? {} : { section }), ...(item ? { item } : {}) };
  }

  /** Hands a node to the readers of its kind; whether one of them claimed it. */
  private dispatch<K extends keyof Visited>(looksAt: K, node: Visited[K], place: Place): boolean {
    for (const r of this.readers) {
      if (r.looksAt !== looksAt) continue;
      const facts = (r as Reader<K>).read(node, place, this.o);
      if (facts === undefined) continue;
      for (const f of facts) this.gather(f, place);
      return true;
    }
    return false;
  }

  private gather(f: Fact, place: Place): void {
    this.facts.push(f);
    if (f.kind === 'action') this.actions.push(place.section === undefined ? f.action : { ...f.action, section: place.section });
    else if (f.kind === 'review') this.reviews.push(f.review);
    else this.reviewedLines.add(f.line);
  }

  /** A paragraph, with the list item it opens (for status sub-bullets). */
  private paragraph(p: Paragraph, item: ListItem | undefined, k: SectionKind): void {
    if (!p.position) return;
    // A v1 line is an action unless it stands where earlier actions are reviewed (review-line.ts).
    if (this.o.taken.has(p) && k !== 'review' && !emphasisedStatus(p, this.o.words)) return;
    const text = lineText(p).replace(/\s+/g, ' ').trim();
    if (text === '') return;
    this.dispatch('paragraph', { p, text }, this.place(k, item));
  }

  block(n: RootContent, item: ListItem | undefined, k: SectionKind): void {
    if (n.type === 'paragraph') return this.paragraph(n, item, k);
    if (n.type === 'table') {
      this.dispatch('table', n, this.place(k));
      return;
    }
    if (n.type === 'list') return this.list(n, k);
    if (n.type === 'blockquote') for (const c of n.children) this.block(c, undefined, k);
  }

  private list(l: List, k: SectionKind): void {
    for (const item of l.children) {
      // An entry a reader claims whole (an "Actions" list) is not read block by block.
      if (this.dispatch('listItem', item, this.place(k))) continue;
      const [first, ...more] = item.children;
      if (first) this.block(first, item, k);
      // Sub-bullets of an action that is a review carry its status, not actions of their own.
      const isReview = first?.type === 'paragraph' && this.reviews.length > 0 && this.reviews.at(-1)!.span.start.offset === item.position?.start.offset;
      if (!isReview) for (const c of more) this.block(c, undefined, k);
    }
  }

  /** A heading may itself be an action ("## Action 3: …"), read in the section above it; then it opens its own. */
  heading(n: Heading): void {
    this.dispatch('heading', n, this.place(this.kind()));
    this.titles.length = n.depth - 1;
    this.titles[n.depth - 1] = toString(n).trim();
  }
}

/** The actions and reviews a file writes the way committees write them, by the readers of the index. */
export function readNaturalActions(root: Root, o: NaturalOptions, readers: readonly AnyReader[] = READERS): NaturalFacts {
  const walk = new Walk(o, readers);
  for (const n of root.children) {
    if (n.type === 'yaml') continue;
    if (n.type === 'heading') walk.heading(n);
    else walk.block(n, undefined, walk.kind());
  }
  return { actions: walk.actions, reviews: walk.reviews, reviewedLines: walk.reviewedLines, facts: walk.facts };
}
