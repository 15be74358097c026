import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { alignBlocks, similarity, wordTokens, type Aligned } from '../../util/align-blocks.js';
import { diffSequences, type DiffOp } from '../../util/diff-sequence.js';

/**
 * Two renderings of the same minutes, the earlier and the present, made into one HTML page: the
 * present page with what was added in `<ins>` and what was taken out in `<del>`. Removing every
 * `<del>` (and keeping what `<ins>` holds) gives the present text; removing every `<ins>` gives
 * the earlier.
 *
 * Both pages come from the same templates, so the comparison works on what they produced:
 * blocks (paragraphs, headings, list items, table rows) are aligned first, then an edited
 * block's words are compared. What did not change is copied from the present page byte for
 * byte; a moved paragraph is a deletion and an insertion.
 */
type Node = DefaultTreeAdapterMap['childNode'];
type Element = DefaultTreeAdapterMap['element'];
type ParentNode = DefaultTreeAdapterMap['parentNode'];

// Block-level elements: each is a unit of the alignment. Anything else is inline content.
const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'col', 'colgroup', 'dd', 'details', 'div', 'dl', 'dt', 'fieldset',
  'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre',
  'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul', 'style', 'script', 'template', 'noscript',
]);
// Their text is not minutes text: never marked inside.
const OPAQUE = new Set(['style', 'script', 'template', 'noscript']);

interface Doc {
  html: string;
  body: Element;
}

/** A unit of the alignment: a block element, or a stretch of inline content between blocks. */
type Unit = { kind: 'block'; el: Element } | { kind: 'inline'; nodes: Node[] };

const isElement = (n: Node): n is Element => 'tagName' in n;
const isText = (n: Node): n is DefaultTreeAdapterMap['textNode'] => n.nodeName === '#text';

const escapeText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function trackChangesHtml(oldHtml: string, newHtml: string): string {
  const older = load(oldHtml);
  const newer = load(newHtml);
  const loc = newer.body.sourceCodeLocation;
  if (!loc?.startTag || !loc.endTag) return newHtml;
  const merged = new Merger(older, newer).children(older.body, newer.body);
  return newHtml.slice(0, loc.startTag.endOffset) + merged + newHtml.slice(loc.endTag.startOffset);
}

function load(html: string): Doc {
  const doc = parse(html, { sourceCodeLocationInfo: true });
  const find = (n: ParentNode): Element | undefined => {
    for (const c of n.childNodes) {
      if (!isElement(c)) continue;
      if (c.tagName === 'body') return c;
      const inner = find(c);
      if (inner) return inner;
    }
    return undefined;
  };
  const body = find(doc);
  if (!body) throw new Error('a rendered page has no body');
  return { html, body };
}

/** The children that count: elements the parser implied (a table's tbody) are looked through. */
function childrenOf(el: Element): Node[] {
  return el.childNodes.flatMap((c) => (isElement(c) && !c.sourceCodeLocation ? childrenOf(c) : [c]));
}

const isBlock = (n: Node) => isElement(n) && BLOCK.has(n.tagName);
const hasBlocks = (el: Element) => childrenOf(el).some(isBlock);

function units(el: Element): Unit[] {
  const out: Unit[] = [];
  let inline: Node[] = [];
  const flush = () => {
    // White space between blocks is layout, not text.
    if (inline.some((n) => !(isText(n) && n.value.trim() === '') && n.nodeName !== '#comment')) out.push({ kind: 'inline', nodes: inline });
    inline = [];
  };
  for (const c of childrenOf(el)) {
    if (isBlock(c)) {
      flush();
      out.push({ kind: 'block', el: c as Element });
    } else inline.push(c);
  }
  flush();
  return out;
}

/** One word, space or inline element of a block, with the inline elements around it. */
interface Token {
  key: string;
  /** Escaped text, or the source of an element without text (a line break, an image). */
  html: string;
  /** Start tags of the inline elements it is inside, outermost first. */
  open: string[];
  close: string[];
  text: boolean;
}

class Merger {
  constructor(
    private readonly older: Doc,
    private readonly newer: Doc,
  ) {}

  private source(doc: Doc, n: Node): string {
    const l = n.sourceCodeLocation;
    if (l) return doc.html.slice(l.startOffset, l.endOffset);
    return isElement(n) ? childrenOf(n).map((c) => this.source(doc, c)).join('') : '';
  }

  private unitSource(doc: Doc, u: Unit): string {
    return u.kind === 'block' ? this.source(doc, u.el) : u.nodes.map((n) => this.source(doc, n)).join('');
  }

  private startTag(doc: Doc, el: Element): string {
    const l = el.sourceCodeLocation?.startTag;
    return l ? doc.html.slice(l.startOffset, l.endOffset) : '';
  }

  private endTag(el: Element): string {
    return el.sourceCodeLocation?.endTag ? `</${el.tagName}>` : '';
  }

  /** The merged content of an element present in both versions. */
  children(older: Element, newer: Element): string {
    const a = units(older);
    const b = units(newer);
    const textA = a.map((u) => this.words(u));
    const textB = b.map((u) => this.words(u));
    const pairable = (i: number, j: number) => {
      const x = a[i]!;
      const y = b[j]!;
      if (x.kind !== y.kind) return false;
      if (x.kind === 'block' && y.kind === 'block') {
        if (x.el.tagName !== y.el.tagName || OPAQUE.has(x.el.tagName)) return false;
        if (x.el.tagName === 'tr') return childrenOf(x.el).filter(isBlock).length === childrenOf(y.el).filter(isBlock).length && similarity(textA[i]!, textB[j]!) >= 0.3;
        // Containers (sections, tables, lists) of the same kind are compared inside.
        if (hasBlocks(x.el) || hasBlocks(y.el)) return classOf(x.el) === classOf(y.el);
      }
      if (textA[i]!.length === 0 || textB[j]!.length === 0) return textA[i]!.length === textB[j]!.length;
      return similarity(textA[i]!, textB[j]!) >= 0.5;
    };
    let out = '';
    const aligned = alignBlocks(a.map((u) => this.unitSource(this.older, u)), b.map((u) => this.unitSource(this.newer, u)), pairable);
    const widen = rowSpans(a, b, aligned);
    for (const al of aligned) {
      if (out !== '' && !out.endsWith('\n')) out += '\n';
      if (al.kind === 'same') {
        const u = b[al.new]!;
        const spans = widen.get(al.new);
        out += spans && u.kind === 'block' ? this.row(u.el, spans, (cell) => this.inner(this.newer, cell)) : this.unitSource(this.newer, u);
      } else if (al.kind === 'deleted') out += this.whole(this.older, a[al.old]!, 'del');
      else if (al.kind === 'inserted') out += this.whole(this.newer, b[al.new]!, 'ins');
      else out += this.changed(a[al.old]!, b[al.new]!, widen.get(al.new));
    }
    return out === '' ? '' : `\n${out}\n`;
  }

  /** A row of the present page, its cells' content from `inner`, some cells spanning more rows. */
  private row(tr: Element, spans: ReadonlyMap<number, number> | undefined, inner: (cell: Element, index: number) => string): string {
    let k = 0;
    const cells = childrenOf(tr).map((c) => {
      if (!isBlock(c)) return this.source(this.newer, c);
      const cell = c as Element;
      const index = k++;
      const by = spans?.get(index) ?? 0;
      let tag = this.startTag(this.newer, cell);
      if (by > 0) tag = ROWSPAN.test(tag) ? tag.replace(ROWSPAN, (_m, n: string) => `rowspan="${Number(n) + by}"`) : tag.replace(/^<(\w+)/, `<$1 rowspan="${1 + by}"`);
      return tag + inner(cell, index) + this.endTag(cell);
    });
    return this.startTag(this.newer, tr) + cells.join('') + this.endTag(tr);
  }

  /** What an element holds, as written. */
  private inner(doc: Doc, el: Element): string {
    const l = el.sourceCodeLocation;
    if (!l?.startTag || !l.endTag) return childrenOf(el).map((c) => this.source(doc, c)).join('');
    return doc.html.slice(l.startTag.endOffset, l.endTag.startOffset);
  }

  private changed(x: Unit, y: Unit, spans?: ReadonlyMap<number, number>): string {
    if (x.kind === 'block' && y.kind === 'block') {
      const open = this.startTag(this.newer, y.el);
      const close = this.endTag(y.el);
      if (y.el.tagName === 'tr') {
        // Cells in order: an edited row keeps its cells.
        const oldCells = childrenOf(x.el).filter(isBlock) as Element[];
        return this.row(y.el, spans, (cell, k) => this.children(oldCells[k]!, cell));
      }
      if (hasBlocks(x.el) || hasBlocks(y.el)) return open + this.children(x.el, y.el) + close;
      return open + this.words2(this.tokens(this.older, childrenOf(x.el)), this.tokens(this.newer, childrenOf(y.el))) + close;
    }
    return this.words2(this.tokens(this.older, x.kind === 'inline' ? x.nodes : [x.el]), this.tokens(this.newer, y.kind === 'inline' ? y.nodes : [y.el]));
  }

  /** A unit in one version only: every text in it wrapped in `<ins>` or `<del>`. */
  private whole(doc: Doc, u: Unit, kind: 'ins' | 'del'): string {
    const mark = (n: Node): string => {
      if (isText(n)) return n.value.trim() === '' ? this.source(doc, n) : `<${kind}>${this.source(doc, n)}</${kind}>`;
      if (!isElement(n)) return kind === 'ins' ? this.source(doc, n) : '';
      if (OPAQUE.has(n.tagName)) return kind === 'ins' ? this.source(doc, n) : '';
      if (!n.sourceCodeLocation) return childrenOf(n).map(mark).join('');
      if (!BLOCK.has(n.tagName) && n.childNodes.length === 0) return `<${kind}>${this.source(doc, n)}</${kind}>`;
      return this.startTag(doc, n) + n.childNodes.map(mark).join('') + this.endTag(n);
    };
    return u.kind === 'block' ? mark(u.el) : u.nodes.map(mark).join('');
  }

  private words(u: Unit): string[] {
    const out: string[] = [];
    const walk = (n: Node) => {
      if (isText(n)) out.push(...wordTokens(n.value));
      else if (isElement(n) && !OPAQUE.has(n.tagName)) n.childNodes.forEach(walk);
    };
    if (u.kind === 'block') walk(u.el);
    else u.nodes.forEach(walk);
    return out;
  }

  private tokens(doc: Doc, nodes: Node[]): Token[] {
    const out: Token[] = [];
    const walk = (n: Node, open: string[], close: string[]) => {
      const context = open.join('');
      if (isText(n)) {
        for (const w of wordTokens(n.value)) out.push({ key: `${context}\u0002${w}`, html: escapeText(w), open, close, text: true });
      } else if (isElement(n)) {
        if (n.childNodes.length === 0 || OPAQUE.has(n.tagName)) {
          const html = this.source(doc, n);
          out.push({ key: `${context}\u0003${html}`, html, open, close, text: false });
          return;
        }
        const tag = this.startTag(doc, n);
        const end = this.endTag(n);
        for (const c of n.childNodes) walk(c, tag ? [...open, tag] : open, tag ? [end, ...close] : close);
      }
    };
    for (const n of nodes) walk(n, [], []);
    return out;
  }

  /** Words compared: runs of tokens with the same change and the same inline elements around them. */
  private words2(a: Token[], b: Token[]): string {
    const ops: Array<{ op: DiffOp; t: Token }> = [];
    for (const r of diffSequences(
      a.map((t) => t.key),
      b.map((t) => t.key),
    )) {
      if (r.op === 'delete') for (let i = r.aStart; i < r.aEnd; i++) ops.push({ op: 'delete', t: a[i]! });
      else for (let j = r.bStart; j < r.bEnd; j++) ops.push({ op: r.op, t: b[j]! });
    }
    let out = '';
    let k = 0;
    while (k < ops.length) {
      const { op, t } = ops[k]!;
      const context = t.open.join('');
      let inner = '';
      while (k < ops.length && ops[k]!.op === op && ops[k]!.t.open.join('') === context) inner += ops[k++]!.t.html;
      const tag = op === 'insert' ? 'ins' : op === 'delete' ? 'del' : '';
      out += t.open.join('') + (tag ? `<${tag}>${inner}</${tag}>` : inner) + t.close.join('');
    }
    return out;
  }
}

const ROWSPAN = /\browspan\s*=\s*"?(\d+)"?/i;

/**
 * Cells that must span more rows in the merged table: a row deleted from a group (a person taken
 * out of a category) stays in the table, so the group's cell, which spans the present rows only,
 * spans the deleted one too. By row (index into `b`), then cell (index among its cells): how many more.
 */
function rowSpans(a: Unit[], b: Unit[], aligned: Aligned[]): Map<number, Map<number, number>> {
  const out = new Map<number, Map<number, number>>();
  const rows = a.flatMap((u, i) => (u.kind === 'block' && u.el.tagName === 'tr' ? [i] : []));
  if (rows.length === 0) return out;
  const cover = new Map<number, Array<{ owner: number; cell: number }>>();
  rows.forEach((unit, k) => {
    const cells = childrenOf((a[unit] as { el: Element }).el).filter(isBlock) as Element[];
    cells.forEach((c, cell) => {
      const span = Number(c.attrs.find((x) => x.name === 'rowspan')?.value ?? 1);
      for (let m = 1; m < span && k + m < rows.length; m++) {
        const list = cover.get(rows[k + m]!) ?? [];
        list.push({ owner: unit, cell });
        cover.set(rows[k + m]!, list);
      }
    });
  });
  const presentOf = new Map<number, number>();
  for (const al of aligned) if (al.kind === 'same' || al.kind === 'changed') presentOf.set(al.old, al.new);
  for (const al of aligned) {
    if (al.kind !== 'deleted') continue;
    for (const c of cover.get(al.old) ?? []) {
      const n = presentOf.get(c.owner);
      if (n === undefined || b[n]?.kind !== 'block') continue;
      const spans = out.get(n) ?? new Map<number, number>();
      spans.set(c.cell, (spans.get(c.cell) ?? 0) + 1);
      out.set(n, spans);
    }
  }
  return out;
}

function classOf(el: Element): string {
  return el.attrs.find((a) => a.name === 'class')?.value ?? '';
}
