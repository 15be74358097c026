import type { Root } from 'mdast';

/**
 * What minutebook reads. Real minutes are tens of kilobytes; the Markdown parser costs several
 * seconds and hundreds of megabytes per megabyte, so a bound keeps an unattended run short.
 */
export const MAX_SOURCE_BYTES = 1024 * 1024;

/**
 * Levels of nesting (lists, block quotes, emphasis, links: every node with children except a list
 * item, which only wraps its list's level). Word shows nine list levels; the Markdown parser's cost
 * grows with the square of the depth, and the model and renderers walk the tree recursively.
 */
export const MAX_NESTING = 100;

interface Tree {
  type: string;
  children?: Tree[];
  position?: { start: { line: number; column: number; offset?: number } };
}

/** The first node nested deeper than `limit` levels, found without recursion, and its depth. */
export function tooDeep(root: Root, limit = MAX_NESTING): Tree | undefined {
  const stack: Array<[Tree, number]> = [[root as Tree, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (!node.children) continue;
    const level = node.type === 'listItem' || node.type === 'root' ? depth : depth + 1;
    if (level > limit) return node;
    for (let i = node.children.length - 1; i >= 0; i--) stack.push([node.children[i]!, level]);
  }
  return undefined;
}

export function formatBytes(n: number): string {
  return n >= 1024 * 1024 ? `${(n / (1024 * 1024)).toFixed(1)} MB` : `${Math.ceil(n / 1024)} kB`;
}

/**
 * Before parsing: the offset of the first line whose block quote and list markers (on the line, and of the
 * enclosing list items by indentation) go deeper than `limit`. The parser itself would take
 * minutes over a line of 20,000 `>`, so this cheap look at line starts comes first. It may
 * overestimate a little (lazy continuation lines), never on ordinary minutes.
 */
export function deepLine(text: string, from = 0, limit = MAX_NESTING): number | undefined {
  const indents: number[] = [];
  for (let pos = from; pos < text.length; ) {
    const nl = text.indexOf('\n', pos);
    const end = nl === -1 ? text.length : nl;
    let i = pos;
    let quotes = 0;
    let markers = 0;
    let firstMarker = -1;
    for (;;) {
      while (i < end && (text[i] === ' ' || text[i] === '\t')) i++;
      const c = text[i];
      if (c === '>') { quotes++; i++; continue; }
      let m = i;
      if (c === '-' || c === '+' || c === '*') m = i + 1;
      else while (m < end && m - i < 9 && text.charCodeAt(m) >= 48 && text.charCodeAt(m) <= 57) m++;
      if (m > i && m - i <= 9 && (c === '-' || c === '+' || c === '*' || text[m] === '.' || text[m] === ')')) {
        const after = c === '-' || c === '+' || c === '*' ? m : m + 1;
        if (after < end && (text[after] === ' ' || text[after] === '\t')) {
          if (firstMarker === -1) firstMarker = i - pos;
          markers++;
          i = after;
          continue;
        }
      }
      break;
    }
    if (firstMarker !== -1) {
      while (indents.length > 0 && indents[indents.length - 1]! >= firstMarker) indents.pop();
      if (quotes + indents.length + markers > limit) return pos + firstMarker;
      indents.push(firstMarker);
    } else if (quotes > limit) return pos;
    else if (i < end && i === pos) indents.length = 0; // text at the margin ends every list
    pos = end + 1;
  }
  return undefined;
}

/** Emphasis and link marks one paragraph may hold (see `crowdedBlock`). */
export const MAX_INLINE_MARKS = 2000;

/**
 * Before parsing: the offset of the first block (lines between blank lines) with more than `limit` marks that
 * can open or close emphasis or a link (`*`, `_` at a word's edge, `~`, `[`). The parser pairs
 * such marks with a search whose cost grows faster than the square of their number when they
 * nest: 4,000 nested marks in one paragraph take seconds, 12,000 minutes. Ordinary paragraphs
 * hold a handful; a `_` inside a word (`OPSG_41_2501`) is not counted.
 */
export function crowdedBlock(text: string, from = 0, limit = MAX_INLINE_MARKS): number | undefined {
  let marks = 0;
  let blockStart = from;
  let lineStart = true;
  let blank = true;
  const word = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c > 127;
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      if (blank) marks = 0;
      lineStart = true;
      blank = true;
      continue;
    }
    if (lineStart) {
      if (blank && marks === 0) blockStart = i;
      lineStart = false;
    }
    if (c !== 32 && c !== 9 && c !== 13) blank = false;
    if (c === 42 || c === 126 || c === 91 || (c === 95 && !(word(text.charCodeAt(i - 1)) && word(text.charCodeAt(i + 1))))) {
      if (++marks > limit) return blockStart;
    }
  }
  return undefined;
}
