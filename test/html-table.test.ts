/**
 * An HTML table left in the Markdown by `minutebook import` (cells merged down a column) is read
 * for its structure and text only (src/render/html-table.ts), so that build draws it as a table and
 * nothing else of the HTML gets through. Fictional content.
 */
import { describe, expect, it } from 'vitest';
import { readHtmlTable, tableGrid } from '../src/render/html-table.js';

describe('an HTML table in the Markdown', () => {
  it('is read as rows of cells with their spans, lines and header flag', () => {
    const rows = readHtmlTable('<table><thead><tr><th>Item</th><th colspan="2">Who</th></tr></thead><tbody><tr><td rowspan="2"><p>Paths</p><p>and gates</p></td><td>Ada&nbsp;Pike</td><td>gravel<br>edging</td></tr><tr><td>Tom</td><td>&amp; more</td></tr></tbody></table>')!;
    expect(rows.map((r) => r.map((c) => [c.lines, c.rowspan, c.colspan, c.header]))).toEqual([
      [[['Item'], 1, 1, true], [['Who'], 1, 2, true]],
      [[['Paths', 'and gates'], 2, 1, false], [['Ada\u00a0Pike'], 1, 1, false], [['gravel', 'edging'], 1, 1, false]],
      [[['Tom'], 1, 1, false], [['& more'], 1, 1, false]],
    ]);
    const { grid, columns } = tableGrid(rows);
    expect(columns).toBe(3);
    // The merged cell covers the first column of the last row; its own cells move right.
    expect(grid[2]!.map((s) => (s ? [s.cell.lines[0], s.start] : undefined))).toEqual([['Paths', false], ['Tom', true], ['& more', true]]);
  });

  it('keeps only text: tags, attributes and scripts inside cells are dropped to their words', () => {
    const rows = readHtmlTable('<table><tr><td onclick="steal()"><script>alert(1)</script><b>bold</b></td></tr></table>')!;
    expect(rows[0]![0]!.lines).toEqual(['alert(1)bold']);
  });

  it('is not read when the block is not one whole table, or holds another table', () => {
    expect(readHtmlTable('<p>not a table</p>')).toBeUndefined();
    expect(readHtmlTable('<table><tr><td>a</td></tr></table><p>after</p>')).toBeUndefined();
    expect(readHtmlTable('<table><tr><td><table><tr><td>x</td></tr></table></td></tr></table>')).toBeUndefined();
  });
});
