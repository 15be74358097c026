/** The one table writer behind `actions`, `decisions`, `stats` and `inspect`. */
import { describe, expect, it } from 'vitest';
import { csvTable, markdownTable, textTable } from '../src/util/tables.js';

describe('tables', () => {
  it('CSV: CRLF line ends, a field quoted only when it holds a quote, comma or line break', () => {
    expect(csvTable(['id', 'text'], [['A 1/01', 'plain'], ['A 1/02', 'say "hi", then\nleave']])).toBe('id,text\r\nA 1/01,plain\r\nA 1/02,"say ""hi"", then\nleave"\r\n');
  });

  it('Markdown: one line per row, pipes and backslashes escaped', () => {
    expect(markdownTable(['a', 'b'], [['x | y', 'C:\\dir\nnext']])).toBe('| a | b |\n| --- | --- |\n| x \\| y | C:\\\\dir next |\n');
  });

  it('text: columns two spaces apart, numbers on the right, long cells cut to the width given', () => {
    const rows = [['Ada', '12', 'a long piece of text that goes on and on'], ['Bo', '3', 'short']];
    expect(textTable(['Name', 'N', 'Text'], rows, { right: [1] })).toEqual([
      'Name   N  Text',
      '----  --  ----------------------------------------',
      'Ada   12  a long piece of text that goes on and on',
      'Bo     3  short',
    ]);
    expect(textTable(['Name', 'N', 'Text'], rows, { width: 30, maxWidths: [3] })[2]).toBe('Ada   12  a long piece of tex…');
    expect(textTable(['Name'], [], {})).toEqual(['Name', '----']);
  });
});
