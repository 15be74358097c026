/**
 * The columns of a table in the minutes, found by content before headers, and its rows that hold
 * an entry: what the action and review table readers share.
 */
import type { Table, TableRow } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { splitOwners } from '../action-owners.js';
import type { NaturalOptions, SectionKind } from './reader.js';

/** A row with an entry: the row, its cells by column, and its words and ID. */
export interface TableEntry {
  row: TableRow;
  cell: (i: number) => string;
  text: string;
  id: string;
}

export interface TableColumns {
  ownerCol: number;
  statusCol: number;
  dueCol: number;
  entries: TableEntry[];
}

/** The columns of a table read in a section of the given kind, or none when it has neither words nor IDs. */
export function tableColumns(t: Table, k: SectionKind, o: NaturalOptions): TableColumns | undefined {
  const [head, ...rows] = t.children;
  if (!head) return undefined;
  const headers = head.children.map((c) => toString(c).trim().toLowerCase());
  const col = (re: RegExp) => headers.findIndex((h) => re.test(h));
  const cellOf = (row: TableRow, i: number) => (i === -1 ? '' : toString(row.children[i] ?? { type: 'text', value: '' }).replace(/\s+/g, ' ').trim());
  // Content before headers: the owner column is the one whose cells name people, offices or
  // bodies of the meeting; its header's word (vocabulary `column_owner`) only breaks a tie.
  const byContent = ownerColumnByContent(rows, headers.length, cellOf, o);
  const idCol = col(o.words.column.number);
  let textCol = col(o.words.column.action);
  const ownerCol = byContent.length > 0 ? (byContent.find((i) => o.words.column.owner.test(headers[i]!)) ?? byContent[0]!) : col(o.words.column.owner);
  const statusCol = col(o.words.column.status);
  const dueCol = col(o.words.column.due);
  // Without an "Action" header, an actions table's words are its longest cells.
  if (textCol === -1 && k === 'actions' && ownerCol !== -1) textCol = longestColumn(rows, headers.length, cellOf, [ownerCol, idCol, statusCol, dueCol]);
  if (textCol === -1 && idCol === -1) return undefined;
  const columnWord = (c: string) => Object.values(o.words.column).some((re) => re.test(c.toLowerCase()));
  const entries: TableEntry[] = [];
  for (const row of rows) {
    if (!row.position) continue;
    const cell = (i: number) => cellOf(row, i);
    // A header written as the first row of a table with an empty header ("| **Person** | **Item** |").
    if (row.children.every((_, i) => cell(i) === '' || columnWord(cell(i)))) continue;
    const text = cell(textCol);
    const id = cell(idCol);
    if (text === '' && id === '') continue;
    entries.push({ row, cell, text, id });
  }
  return { ownerCol, statusCol, dueCol, entries };
}

/** The columns whose filled cells mostly (at least two thirds, two at least) name someone or something of the meeting. */
function ownerColumnByContent(rows: TableRow[], width: number, cellOf: (r: TableRow, i: number) => string, o: NaturalOptions): number[] {
  const out: number[] = [];
  for (let i = 0; i < width; i++) {
    const cells = rows.map((r) => cellOf(r, i)).filter((c) => c !== '');
    if (cells.length < 2 && rows.length >= 2) continue;
    if (cells.length === 0) continue;
    const named = cells.filter((c) => c.length <= 60 && splitOwners(c, o.words).every((p) => o.owners.resolve(p) !== undefined)).length;
    if (named * 3 >= cells.length * 2) out.push(i);
  }
  return out;
}

/** The column with the longest cells, leaving out those already taken. */
function longestColumn(rows: TableRow[], width: number, cellOf: (r: TableRow, i: number) => string, taken: number[]): number {
  let best = -1;
  let length = 0;
  for (let i = 0; i < width; i++) {
    if (taken.includes(i)) continue;
    const total = rows.reduce((n, r) => n + cellOf(r, i).length, 0);
    if (total > length) [best, length] = [i, total];
  }
  return best;
}

