import type { Node, Parent, Root, Text } from 'mdast';

/**
 * The plain text of one block of prose (a paragraph, heading or table cell), with a way back
 * from a character of that text to its offset in the source. Text split over several inline nodes
 * ("**JM** noted") reads as one string. Code, HTML and images read as one space each, so that
 * nothing in them is ever taken for prose.
 */
export interface PlainBlock {
  text: string;
  /** Source offset where the block starts. */
  start: number;
  /** Source offsets of `text[from, from + length)`, or undefined where the source differs from the text. */
  offset(from: number, length: number): number | undefined;
}

interface Segment {
  from: number;
  node: Text;
  /** The text node's source is its value, character for character (no escapes or entities). */
  exact: boolean;
}

const BLOCKS = new Set(['paragraph', 'heading', 'tableCell']);
const SKIP = new Set(['yaml', 'code', 'html', 'definition', 'footnoteDefinition']);

export function plainBlocks(tree: Root, source: string): PlainBlock[] {
  const out: PlainBlock[] = [];
  const visit = (node: Node) => {
    if (SKIP.has(node.type)) return;
    if (BLOCKS.has(node.type)) {
      out.push(flatten(node as Parent, source));
      return;
    }
    if ('children' in node) for (const c of (node as Parent).children) visit(c);
  };
  visit(tree);
  return out;
}

/** The plain text of one block node (paragraph, heading, table cell). */
export function flatten(block: Parent, source: string): PlainBlock {
  let text = '';
  const segments: Segment[] = [];
  const walk = (node: Node) => {
    if (node.type === 'text') {
      const t = node as Text;
      const start = t.position?.start.offset;
      const end = t.position?.end.offset;
      const exact = start !== undefined && end !== undefined && source.slice(start, end) === t.value;
      segments.push({ from: text.length, node: t, exact });
      text += t.value;
    } else if (node.type === 'break') text += '\n';
    else if ('children' in node) for (const c of (node as Parent).children) walk(c);
    else text += ' ';
  };
  for (const c of block.children) walk(c);

  return {
    text,
    start: block.position?.start.offset ?? 0,
    offset(from, length) {
      let seg: Segment | undefined;
      for (const s of segments) if (s.from <= from) seg = s;
      if (!seg || from + length > seg.from + seg.node.value.length) return undefined;
      const start = seg.node.position?.start.offset;
      if (start === undefined) return undefined;
      const within = from - seg.from;
      if (seg.exact) return start + within;
      // Escapes or entities shift the source: find the same characters in the node's source.
      const wanted = seg.node.value.slice(within, within + length);
      const raw = source.slice(start, seg.node.position?.end.offset);
      const at = raw.indexOf(wanted);
      return at < 0 ? undefined : start + at;
    },
  };
}
