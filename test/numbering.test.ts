/** Section numbers read as written (NATURAL §3), and what a section is for. */
import { describe, expect, it } from 'vitest';
import { readNumber, sectionKind, type WrittenNumber } from '../src/model/numbering.js';

const read = (text: string, before: string[] = []) => {
  const prior: WrittenNumber[] = [];
  for (const b of before) prior.push(readNumber(`${b} x`, prior)!);
  const n = readNumber(text, prior);
  return n && { text: n.text, scheme: n.scheme, value: n.value };
};

describe('readNumber', () => {
  it.each([
    ['1. Minutes', { text: '1.', scheme: 'decimal', value: 1 }],
    ['0. Welcome', { text: '0.', scheme: 'decimal', value: 0 }],
    ['12) Finance', { text: '12)', scheme: 'decimal', value: 12 }],
    ['3 Dredging', { text: '3', scheme: 'decimal', value: 3 }],
    ['4.2 Fenders', { text: '4.2', scheme: 'multilevel', value: 2 }],
    ['4.2. Fenders', { text: '4.2.', scheme: 'multilevel', value: 2 }],
    ['a) Berths', { text: 'a)', scheme: 'alpha-lower', value: 1 }],
    ['(b) Berths', { text: '(b)', scheme: 'alpha-lower', value: 2 }],
    ['C. Finance', { text: 'C.', scheme: 'alpha-upper', value: 3 }],
    ['(iii) Buoys', { text: '(iii)', scheme: 'roman-lower', value: 3 }],
    ['IV. Close', { text: 'IV.', scheme: 'roman-upper', value: 4 }],
    ['i) First', { text: 'i)', scheme: 'roman-lower', value: 1 }],
    ['044/18 Bylaws', { text: '044/18', scheme: 'minute', value: 44 }],
  ])('%s', (text, expected) => expect(read(text)).toEqual(expected));

  it.each([['2024 budget'], ['2025'], ['A. N. Other business'], ['Dr. Lee reported'], ['(a. note'], ['Apologies'], ['ab) Two letters']])('no number in "%s"', (text) => expect(read(text)).toBeUndefined());

  it('settles letters that are also numerals by the siblings before them', () => {
    expect(read('i) Ninth', ['a)', 'b)', 'c)', 'd)', 'e)', 'f)', 'g)', 'h)'])).toEqual({ text: 'i)', scheme: 'alpha-lower', value: 9 });
    expect(read('(v) Five', ['(i)', '(ii)', '(iii)', '(iv)'])).toEqual({ text: '(v)', scheme: 'roman-lower', value: 5 });
    expect(read('c) Third', ['a)', 'b)', '(i)'])).toEqual({ text: 'c)', scheme: 'alpha-lower', value: 3 });
    expect(read('c) Alone')).toEqual({ text: 'c)', scheme: 'alpha-lower', value: 3 });
  });
});

describe('sectionKind', () => {
  it.each([
    ['Election of Chair', 'procedural'],
    ['Apologies for absence', 'procedural'],
    ["Review Previous Meeting's Minutes", 'procedural'],
    ['Matters arising', 'procedural'],
    ['AOCB', 'procedural'],
    ['Date of next meeting:', 'procedural'],
    ['Annex A: Inspection rota', 'annex'],
    ['Appendix 2', 'annex'],
    ['Signed as a true record', 'signature'],
    ['Water supply', 'business'],
    ['Minutes of the drainage working group report', 'business'],
  ])('%s → %s', (title, kind) => expect(sectionKind(title)).toBe(kind));
});

describe('ordered lists keep their numbers as written', () => {
  it('an item that breaks the run keeps its own number in HTML', async () => {
    const { parseMarkdown } = await import('../src/parse/markdown.js');
    const { blocksHtml } = await import('../src/render/html/mdast-html.js');
    const html = blocksHtml(parseMarkdown('1. Prototypes\n2. Releases\n4. Zoom\n5. Timetable\n').children);
    expect(html).toContain('<li>Prototypes</li>');
    expect(html).toContain('<li value="4">Zoom</li>');
    expect(html).toContain('<li>Timetable</li>');
    expect(blocksHtml(parseMarkdown('1) one\n3) three\n').children)).toContain('<li value="3">3) three</li>');
  });
});
