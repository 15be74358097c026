/**
 * The Markdown syntax tree of a text that is only plain paragraphs, built without the Markdown
 * parser: most review updates are a few lines of prose, and parsing each one whole with GFM costs
 * about a millisecond of set-up alone (micromark combines its extensions on every parse), a tenth
 * of a large DOCX build. The test is conservative: any character or line start through which
 * Markdown could read something else (emphasis, code, links, autolink literals, HTML, entities,
 * escapes, tables, lists, headings, indented code, hard breaks) sends the text to the parser.
 * test/plain-paragraphs.test.ts holds the trees equal to the parser's.
 */
import type { Paragraph } from 'mdast';

/** Characters that may start Markdown syntax anywhere in a line, or that the parser counts or changes differently. */
// eslint-disable-next-line no-control-regex
const SYNTAX = /[*_`[\]<>&\\!|~@\u0000-\u0009\u000B-\u001F\u007F\uD800-\uDFFF]|www\.|:\/\//i;
/** A line the parser reads as paragraph text: it starts with a letter and ends with no white space. */
const PLAIN_LINE = /^\p{L}(?:.*\S)?$/u;

/**
 * The paragraphs of `text` as the Markdown parser gives them for `prefix + text` (the prefix being
 * line breaks only, `lines` of them), or undefined when the text needs the parser.
 */
export function plainParagraphs(text: string, lines: number): Paragraph[] | undefined {
  if (SYNTAX.test(text)) return undefined;
  const out: Paragraph[] = [];
  let offset = lines;
  let open: { line: number; offset: number; lines: string[] } | undefined;
  const close = (endLine: number, endOffset: number, lastLength: number) => {
    if (!open) return;
    const { line, offset: start } = open;
    const position = () => ({ start: { line, column: 1, offset: start }, end: { line: endLine, column: lastLength + 1, offset: endOffset } });
    out.push({ type: 'paragraph', children: [{ type: 'text', value: open.lines.join('\n'), position: position() }], position: position() });
    open = undefined;
  };
  const all = text.split('\n');
  let previous = { line: 0, end: 0, length: 0 };
  for (let i = 0; i < all.length; i++) {
    const line = all[i]!;
    const number = lines + 1 + i;
    if (line === '') close(previous.line, previous.end, previous.length);
    else {
      if (!PLAIN_LINE.test(line)) return undefined;
      if (!open) open = { line: number, offset, lines: [] };
      open.lines.push(line);
      previous = { line: number, end: offset + line.length, length: line.length };
    }
    offset += line.length + 1;
  }
  close(previous.line, previous.end, previous.length);
  return out;
}
