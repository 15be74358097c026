import { LineCounter, parseDocument, type Document } from 'yaml';

/** The front matter block of a minutes file, located in the decoded source. */
export interface FrontMatterBlock {
  /** YAML text between the fences. */
  yaml: string;
  /** Offset of the YAML text in the source. */
  offset: number;
  /** Offsets of the whole block, fences included. */
  start: number;
  end: number;
}

export type FrontMatterSplit =
  | { kind: 'ok'; block: FrontMatterBlock }
  | { kind: 'missing' }
  | { kind: 'unclosed'; openEnd: number };

const OPEN = /^---[ \t]*\r?\n/;
// Only `---` closes: remark-frontmatter, which places the body, does not accept YAML's `...`.
const CLOSE = /^---[ \t]*(?:\r?\n|$)/gm;

export function splitFrontMatter(text: string): FrontMatterSplit {
  const open = OPEN.exec(text);
  if (!open) return { kind: 'missing' };
  const offset = open[0].length;
  CLOSE.lastIndex = offset;
  // An empty block (`---` immediately followed by `---`) closes on the very next line.
  const close = CLOSE.exec(text);
  if (!close) return { kind: 'unclosed', openEnd: offset };
  return {
    kind: 'ok',
    block: { yaml: text.slice(offset, close.index), offset, start: 0, end: close.index + close[0].length },
  };
}

export function parseYaml(block: FrontMatterBlock): Document.Parsed {
  return parseDocument(block.yaml, {
    lineCounter: new LineCounter(),
    prettyErrors: false,
    uniqueKeys: true,
    strict: true,
  });
}
