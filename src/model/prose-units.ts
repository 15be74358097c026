/**
 * The body as a sequence of prose units in document order (paragraphs, headings, table rows),
 * with their sentences: what the unit readers (decisions, motions, polls, attendance changes)
 * read. The one walk (readers/walk.ts) gives them, as it goes down the tree.
 */
import { patternsOf } from '../vocabulary/patterns.js';
import { DEFAULT_VOCABULARY } from '../vocabulary/words.js';
import type { Heading, List, Node, Paragraph, Parent, Table } from 'mdast';
import { flatten, type PlainBlock } from '../parse/plain-text.js';

export interface ProseUnit {
  kind: 'para' | 'heading' | 'row';
  text: string;
  block: PlainBlock;
  node: Node;
  start: number;
  end: number;
  /** Agenda item (section) it stands in. */
  item?: string;
  /** A list that directly follows this paragraph: what a closing colon introduces. */
  introduces?: List;
  /** The paragraph opens an item of a top-level ordered list: a numbered section written as a list. */
  section?: boolean;
  /** Table rows: cell texts and the header's cell texts (lower case). */
  cells?: string[];
  header?: string[];
  cellBlocks?: PlainBlock[];
}

/** The unit of a paragraph or heading; `siblings` and `index` say what follows it (a list its colon introduces). */
export function proseUnit(node: Paragraph | Heading, siblings: readonly Node[], index: number, topList: boolean, source: string): Omit<ProseUnit, 'item'> {
  const pos = node.position;
  const block = flatten(node as Parent, source);
  const next = siblings[index + 1];
  const u: Omit<ProseUnit, 'item'> = { kind: node.type === 'heading' ? 'heading' : 'para', text: block.text, block, node, start: pos?.start.offset ?? 0, end: pos?.end.offset ?? 0 };
  if (next?.type === 'list') u.introduces = next as List;
  if (topList && index === 0) u.section = true;
  return u;
}

/** The units of a table: one per row below the header, with its cells and the header's. */
export function rowUnits(table: Table, source: string): Array<Omit<ProseUnit, 'item'>> {
  const rows = table.children;
  const header = rows[0]?.children.map((c) => flatten(c, source).text.trim().toLowerCase()) ?? [];
  return rows.slice(1).map((row) => {
    const cellBlocks = row.children.map((c) => flatten(c, source));
    const text = cellBlocks.map((b) => b.text).join(' | ');
    return { kind: 'row', text, block: cellBlocks[0] ?? flatten(row as unknown as Parent, source), node: row, start: row.position?.start.offset ?? 0, end: row.position?.end.offset ?? 0, cells: cellBlocks.map((b) => b.text.trim()), header, cellBlocks };
  });
}

export interface Sentence {
  text: string;
  /** Offset of the sentence within its unit's text. */
  from: number;
}

/** A title or an abbreviation of the vocabulary, or an initial, ending just before a full stop. */
const ABBREVIATIONS = new RegExp(`(?:(?<![\\p{L}])${patternsOf(DEFAULT_VOCABULARY).abbreviation}|\\b\\p{Lu})\\.$`, 'u');

/** Sentences of a unit's text: split after `.`, `!`, `?` (or `;` at a line end) before a capital, not after titles or initials. */
export function sentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  const re = /[.!?](?=["”’)]*\s+["“(\[]?[\p{Lu}\d])/gu;
  for (const m of text.matchAll(re)) {
    const end = m.index! + 1;
    if (ABBREVIATIONS.test(text.slice(Math.max(0, end - 12), end))) continue;
    push(out, text, start, end);
    start = end;
  }
  push(out, text, start, text.length);
  return out;
}

function push(out: Sentence[], text: string, from: number, to: number): void {
  const raw = text.slice(from, to);
  const lead = raw.length - raw.trimStart().length;
  const t = raw.trim();
  if (t) out.push({ text: t, from: from + lead });
}

/** Plain text of the items of a list, one line each ("the budget; the plan"). */
export function listItemsText(list: List, source: string): string[] {
  return list.children.map((li) => li.children.filter((c) => c.type === 'paragraph').map((p) => flatten(p as Parent, source).text.replace(/\s+/g, ' ').trim()).join(' '));
}

/**
 * Source offsets of `text[from, from + length)` of a unit. A block's text may run over several
 * source lines with markers between them ("> "), so each end is found from a short piece of one line.
 */
export function sourceRange(u: ProseUnit, from: number, length: number): [number, number] {
  const piece = (at: number, dir: 1 | -1): number | undefined => {
    const line = dir === 1 ? u.text.slice(at, at + 20).split('\n')[0]! : u.text.slice(Math.max(from, at - 20), at).split('\n').pop()!;
    if (line.length === 0) return undefined;
    const o = u.block.offset(dir === 1 ? at : at - line.length, line.length);
    return o === undefined ? undefined : dir === 1 ? o : o + line.length;
  };
  const start = piece(from, 1) ?? u.start;
  const end = piece(from + length, -1) ?? u.end;
  return [start, Math.max(start, end)];
}

/** List items in one line: "a; b" or, where the items end their own sentences, "a. b.". */
export function joinItems(items: string[]): string {
  return items.reduce((acc, item, i) => (i === 0 ? item : `${acc}${/[.;:!?]$/.test(acc) ? ' ' : '; '}${item}`), '');
}
