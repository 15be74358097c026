/**
 * What a Word table becomes. A rectangular table of one-line cells is a GFM table, its first row
 * the header (as in Word, where the first row heads the columns; no empty header row is made up).
 * A table with merged cells, several paragraphs or lists in a cell is kept as an HTML table, which
 * keeps the merges (GFM cannot hold them, and hast-util-to-mdast would pad them with blanks). A
 * table that holds the discussion itself (the minutes written in a grid of item, discussion and
 * actions) is turned into headings and paragraphs, so that the minutes read as minutes.
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { count, type ImportReport } from './report.js';
import { el, elements, HEADINGS, isElement, text, textOf } from './hast.js';

export function rowsOf(table: Element): Element[] {
  const rows: Element[] = [];
  for (const c of table.children) {
    if (isElement(c, 'tr')) rows.push(c);
    else if (isElement(c, 'thead', 'tbody', 'tfoot')) for (const r of c.children) if (isElement(r, 'tr')) rows.push(r);
  }
  return rows;
}

export const cellsOf = (row: Element): Element[] => row.children.filter((c): c is Element => isElement(c, 'td', 'th'));

const span = (cell: Element, name: 'colSpan' | 'rowSpan') => Number(cell.properties?.[name] ?? 1) || 1;

/** Block children of a cell: paragraphs, lists, nested tables, headings. */
const blocksIn = (cell: Element) => cell.children.filter((c): c is Element => isElement(c, 'p', 'ul', 'ol', 'table', 'blockquote', ...HEADINGS));

const isBigCell = (c: Element) => blocksIn(c).length >= 3 || textOf(c).split(' ').length > 60;

function hasSpans(table: Element): boolean {
  return rowsOf(table).some((r) => cellsOf(r).some((c) => span(c, 'colSpan') > 1 || span(c, 'rowSpan') > 1));
}

/**
 * A cell GFM can hold: paragraphs and list items become lines joined by `<br>` (the one tag the
 * renderers keep); a table inside a cell, or a list inside a list, cannot.
 */
function isPlainCell(cell: Element): boolean {
  for (const b of blocksIn(cell)) {
    if (isElement(b, 'table', 'blockquote')) return false;
    if (isElement(b, 'ul', 'ol') && b.children.some((li) => isElement(li) && li.children.some((k) => isElement(k, 'ul', 'ol', 'table')))) return false;
  }
  for (const [e] of elements(cell)) if (e.tagName === 'table') return false;
  return true;
}

export type TableKind = 'gfm' | 'html' | 'discussion';

export function tableKind(table: Element): TableKind {
  const rows = rowsOf(table);
  const widths = rows.map((r) => cellsOf(r).length);
  const words = textOf(table).split(' ').filter(Boolean).length;
  const cells = rows.flatMap(cellsOf);
  const bigCells = cells.filter(isBigCell).length;
  const heads = rows[0] ? cellsOf(rows[0]).map(textOf).join(' ') : '';
  // The minutes themselves in a grid: long, with cells of several paragraphs, or headed as such.
  const discussion = (words >= 250 && (bigCells >= 2 || cells.some((c) => blocksIn(c).length >= 6))) || (words >= 100 && bigCells >= 1 && /\b(discussion|minutes|notes|summary)\b/i.test(heads));
  if (discussion && Math.max(...widths) <= 5) return 'discussion';
  if (rows.length === 0 || hasSpans(table) || !cells.every(isPlainCell)) return 'html';
  return 'gfm';
}

/**
 * The rows of a discussion table as headings and paragraphs: a row whose cells are a short
 * number and a short bold title (`01 | **Welcome**`) is a heading; every other cell's paragraphs
 * and lists follow in reading order.
 */
export function unrollTable(table: Element, level: number): ElementContent[] {
  const out: ElementContent[] = [];
  const rows = rowsOf(table);
  // A first row of column names ("Item | Discussion | Actions") heads nothing once unrolled.
  const first = rows[0] ? cellsOf(rows[0]).map(textOf) : [];
  const startAt = first.length > 1 && first.every((t) => t.split(' ').length <= 5) && rows.length > 2 ? 1 : 0;
  // Rows of several short cells (an action table inside the discussion) stay a table.
  let grid: Element[] = [];
  const flush = () => {
    if (grid.length) out.push(el('table', [el('tbody', grid)]));
    grid = [];
  };
  for (const row of rows.slice(startAt)) {
    const cells = cellsOf(row).filter((c) => textOf(c) !== '' || c.children.some((n) => isElement(n, 'img')));
    const title = headingOf(cells);
    if (!title && cells.length >= 3 && !cells.some(isBigCell)) {
      grid.push(el('tr', cells.map((c) => el('td', c.children))));
      continue;
    }
    flush();
    if (title) {
      out.push(el(`h${Math.min(level, 6)}`, [text(title)]));
      continue;
    }
    for (const cell of cells) {
      const blocks = cell.children.filter((c) => c.type === 'element' || c.type === 'comment' || (c.type === 'text' && c.value.trim()));
      if (blocks.every((b) => isElement(b, 'p', 'ul', 'ol', 'table', 'blockquote', ...HEADINGS) || b.type === 'comment')) out.push(...blocks);
      else out.push(el('p', blocks));
    }
  }
  flush();
  return out;
}

function headingOf(cells: Element[]): string | undefined {
  const short = (c: Element, n: number) => textOf(c).split(' ').length <= n;
  const allBold = (c: Element) => {
    const ps = blocksIn(c);
    return ps.length >= 1 && ps.every((p) => isElement(p, 'p') && p.children.every((k) => isElement(k, 'strong') || (k.type === 'text' && !k.value.trim())));
  };
  if (cells.length === 2 && /^\d{1,3}(\.\d{1,2})*\.?$/.test(textOf(cells[0]!)) && short(cells[1]!, 20) && allBold(cells[1]!)) return `${textOf(cells[0]!)} ${textOf(cells[1]!)}`;
  if (cells.length === 1 && short(cells[0]!, 15) && allBold(cells[0]!)) return textOf(cells[0]!);
  return undefined;
}

/** Discussion tables at the top level become headings and paragraphs, under the heading before them. */
export function unrollDiscussions(tree: Root, report: ImportReport): void {
  let level = 1;
  const out: RootContent[] = [];
  for (const node of tree.children) {
    if (isElement(node) && HEADINGS.includes(node.tagName)) level = Number(node.tagName[1]);
    if (isElement(node, 'table') && tableKind(node) === 'discussion') {
      report.unrolledTables++;
      out.push(...unrollTable(node, level + 1));
    } else out.push(node);
  }
  tree.children = out.flatMap((n) => (isElement(n, 'table') ? splitAtCaptionRows(n) : [n]));
}

export function noteHtmlTable(table: Element, report: ImportReport): void {
  report.htmlTables++;
  if (hasSpans(table)) count(report.lost, 'merged cells kept as HTML');
}

function blocksOf(cell: Element): ElementContent[] {
  const inner = cell.children.filter((c) => c.type !== 'text' || c.value.trim());
  return inner.every((c) => c.type === 'comment' || isElement(c, 'p', 'ul', 'ol', 'table', ...HEADINGS)) ? inner : [el('p', inner)];
}

/**
 * A row that is one cell across the whole table ("List of Participants", "Action Points") is a
 * caption, not data: the table is cut there and the row's text stands between the parts, so that
 * what remains can be a GFM table instead of an HTML one.
 */
export function splitAtCaptionRows(table: Element): ElementContent[] {
  const rows = rowsOf(table);
  const width = Math.max(0, ...rows.map((r) => cellsOf(r).reduce((n, c) => n + span(c, 'colSpan'), 0)));
  const out: ElementContent[] = [];
  // A one-column table is a box around paragraphs and lists: the box goes, they stay.
  if (width === 1) return rows.flatMap((r) => cellsOf(r).flatMap((c) => blocksOf(c)));
  if (width < 2) return [table];
  let part: Element[] = [];
  const flush = () => {
    if (part.length) out.push(el('table', [el('tbody', part)]));
    part = [];
  };
  let cut = false;
  for (const r of rows) {
    const cells = cellsOf(r);
    if (cells.length === 1 && span(cells[0]!, 'colSpan') >= width && span(cells[0]!, 'rowSpan') === 1) {
      cut = true;
      flush();
      out.push(...blocksOf(cells[0]!));
      continue;
    }
    part.push(r);
  }
  flush();
  return cut ? out : [table];
}
