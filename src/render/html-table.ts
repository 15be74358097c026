/**
 * An HTML table left in the Markdown (FORMAT §3 passes no raw HTML through), read as rows of cells
 * with their spans and their text: `minutebook import` keeps a Word table whose cells are merged
 * down a column as `<table>…</table>`, and the HTML and DOCX outputs show it as a table rather than
 * as its markup. Only the structure (rows, cells, `rowspan`, `colspan`, header cells) and the
 * cells' text are taken; any other markup or attribute is dropped, so nothing unsafe gets through.
 * Anything that is not one whole table gives `undefined`, and the renderers show the text as before.
 */
export interface HtmlTableCell {
  /** The cell's lines: its paragraphs, list items and `<br>` breaks. */
  lines: string[];
  rowspan: number;
  colspan: number;
  header: boolean;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

function decode(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
    if (e[0] === '#') {
      const n = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1));
      return Number.isFinite(n) && n > 0 && n <= 0x10ffff ? String.fromCodePoint(n) : m;
    }
    return ENTITIES[e.toLowerCase()] ?? m;
  });
}

const span = (attrs: string, name: string) => {
  const m = new RegExp(`\\b${name}\\s*=\\s*["']?(\\d{1,3})`, 'i').exec(attrs);
  return m ? Math.max(1, Math.min(100, Number(m[1]))) : 1;
};

/** The lines of a cell's inner HTML: block ends and `<br>` break lines, other tags are dropped. */
function cellLines(inner: string): string[] {
  const text = inner.replace(/<br\s*\/?>/gi, '\n').replace(/<\/(?:p|li|div|h[1-6])\s*>/gi, '\n').replace(/<li\b[^>]*>/gi, '• ').replace(/<[^>]*>/g, '');
  return decode(text)
    .split('\n')
    .map((l) => l.replace(/[ \t\r]+/g, ' ').trim())
    .filter((l) => l !== '');
}

/** The rows of `html` when it is one table (nested tables are not read), else undefined. */
export function readHtmlTable(html: string): HtmlTableCell[][] | undefined {
  const t = html.trim();
  if (!/^<table\b[^>]*>[\s\S]*<\/table>$/i.test(t) || /<table\b/i.test(t.slice(6))) return undefined;
  const rows: HtmlTableCell[][] = [];
  for (const tr of t.matchAll(/<tr\b[^>]*>([\s\S]*?)<\/tr>/gi)) {
    const cells: HtmlTableCell[] = [];
    for (const c of tr[1]!.matchAll(/<(td|th)\b([^>]*)>([\s\S]*?)<\/\1>/gi)) {
      cells.push({ lines: cellLines(c[3]!), rowspan: span(c[2]!, 'rowspan'), colspan: span(c[2]!, 'colspan'), header: c[1]!.toLowerCase() === 'th' });
    }
    if (cells.length > 0) rows.push(cells);
  }
  return rows.length > 0 ? rows : undefined;
}

/** The grid a table fills: for each row, each column's cell, or where a merged cell above or left covers it. */
export type GridSlot = { cell: HtmlTableCell; start: boolean } | undefined;

export function tableGrid(rows: HtmlTableCell[][]): { grid: GridSlot[][]; columns: number } {
  const grid: GridSlot[][] = rows.map(() => []);
  rows.forEach((row, r) => {
    let c = 0;
    for (const cell of row) {
      while (grid[r]![c] !== undefined) c++;
      for (let dr = 0; dr < cell.rowspan && r + dr < rows.length; dr++) for (let dc = 0; dc < cell.colspan; dc++) grid[r + dr]![c + dc] = { cell, start: dr === 0 && dc === 0 };
      c += cell.colspan;
    }
  });
  return { grid, columns: Math.max(1, ...grid.map((g) => g.length)) };
}
