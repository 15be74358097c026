import { alignBlocks, similarity, wordTokens } from '../../util/align-blocks.js';
import { diffSequences, type DiffOp } from '../../util/diff-sequence.js';
import { el, elements, isElement, parseXml, serialize, type XmlElement, type XmlNode } from './xml-tree.js';

/**
 * Two renderings of the same minutes, the earlier and the present, made into one document.xml
 * whose differences are Word revisions: the present text with what was added in `w:ins` and what
 * was taken out in `w:del`, so that accepting every revision gives the present version and
 * rejecting every one gives the earlier.
 *
 * Paragraphs and table rows are aligned first (list items are paragraphs in WordprocessingML);
 * a paragraph or row that was edited is then compared word by word. A moved paragraph is a
 * deletion and an insertion: Word's move markup is not written (its ranges must pair up across
 * the document, which LibreOffice and older Word read differently).
 *
 * What Word requires, and what is done here:
 * - revisions are children of `w:p` (or of a `w:hyperlink` inside it), each holding whole runs;
 * - deleted text is `w:delText`, and only inside `w:del`;
 * - the paragraph mark of an inserted or deleted paragraph is marked by `w:ins`/`w:del` as the
 *   first child of `w:pPr/w:rPr`, which stands after every other paragraph property;
 * - a deleted or inserted table row is marked in `w:trPr` (after its other properties) and its
 *   runs are wrapped too;
 * - every `w:id` is unique in the package: revisions are numbered from `firstId`, above every id
 *   the parts already use (bookmarks).
 */
export interface RevisionOptions {
  author: string;
  /** `xsd:dateTime`, in UTC: `2026-03-16T18:30:00Z`. */
  date: string;
  firstId: number;
}

export function trackChanges(oldXml: string, newXml: string, options: RevisionOptions): string {
  const older = parseXml(oldXml);
  const newer = parseXml(newXml);
  const oldBody = elements(older.root, 'w:body')[0];
  const newBody = elements(newer.root, 'w:body')[0];
  if (!oldBody || !newBody) throw new Error('a rendered document has no w:body');
  const marker = new Marker(options);
  const split = (body: XmlElement) => {
    const blocks = elements(body);
    const last = blocks[blocks.length - 1];
    return isElement(last, 'w:sectPr') ? { blocks: blocks.slice(0, -1), sectPr: last } : { blocks, sectPr: undefined };
  };
  const o = split(oldBody);
  const n = split(newBody);
  const merged = marker.blocks(o.blocks, n.blocks);
  newBody.children = [...merged, ...(n.sectPr ? [n.sectPr] : [])];
  return newer.prolog + serialize(newer.root);
}

/** What a paragraph holds, flattened: each word, space, tab or break with the formatting it has. */
interface Token {
  /** Compared between the versions: formatting, link and text together. */
  key: string;
  /** Text of a word or space; undefined for a run element (tab, break) or an opaque element. */
  text?: string;
  /** A run's child other than text (`w:tab`, `w:br`…), or a paragraph child kept whole. */
  element?: XmlElement;
  opaque?: boolean;
  rPr?: XmlElement;
  link?: XmlElement;
}

interface Flat {
  tokens: Token[];
  starts: XmlElement[];
  ends: XmlElement[];
  pPr?: XmlElement;
}

/** The canonical text of an element for alignment: bookmarks left out, list numbers as one. */
function canonical(node: XmlNode): string {
  if (node.type === 'text') return node.text;
  if (node.name === 'w:bookmarkStart' || node.name === 'w:bookmarkEnd') return '';
  // Each list has its own w:num, and the two versions' lists have different ones.
  if (node.name === 'w:numId') return '<w:numId/>';
  const attrs = node.attrs.map(([k, v]) => ` ${k}="${v}"`).join('');
  return `<${node.name}${attrs}>${node.children.map(canonical).join('')}</${node.name}>`;
}

const shell = (e: XmlElement): string => `<${e.name}${e.attrs.map(([k, v]) => ` ${k}="${v}"`).join('')}>`;

function flatten(p: XmlElement): Flat {
  const flat: Flat = { tokens: [], starts: [], ends: [] };
  const walk = (children: XmlNode[], link: XmlElement | undefined) => {
    const linkKey = link ? shell(link) : '';
    for (const c of children) {
      if (c.type === 'text') continue;
      if (c.name === 'w:pPr') flat.pPr = c;
      else if (c.name === 'w:bookmarkStart') flat.starts.push(c);
      else if (c.name === 'w:bookmarkEnd') flat.ends.push(c);
      else if (c.name === 'w:hyperlink') walk(c.children, el(c.name, c.attrs));
      else if (c.name === 'w:proofErr') continue;
      else if (c.name === 'w:r') {
        const rPr = elements(c, 'w:rPr')[0];
        const base = `${linkKey}\u0002${rPr ? canonical(rPr) : ''}\u0002`;
        for (const rc of elements(c)) {
          if (rc.name === 'w:rPr') continue;
          const common = { ...(rPr ? { rPr } : {}), ...(link ? { link } : {}) };
          if (rc.name === 'w:t') {
            const text = rc.children.map((t) => (t.type === 'text' ? t.text : '')).join('');
            for (const w of wordTokens(text)) flat.tokens.push({ key: `${base}t${w}`, text: w, ...common });
          } else flat.tokens.push({ key: `${base}e${canonical(rc)}`, element: rc, ...common });
        }
      } else flat.tokens.push({ key: `\u0003${canonical(c)}`, element: c, opaque: true });
    }
  };
  walk(p.children, undefined);
  return flat;
}

const textOf = (f: Flat) => f.tokens.flatMap((t) => (t.text !== undefined ? [t.text] : []));

class Marker {
  private nextId: number;
  private readonly flats = new Map<XmlElement, Flat>();
  constructor(private readonly options: RevisionOptions) {
    this.nextId = options.firstId;
  }

  private revision(kind: 'ins' | 'del'): XmlElement {
    return el(`w:${kind}`, [
      ['w:id', String(this.nextId++)],
      ['w:author', this.options.author],
      ['w:date', this.options.date],
    ]);
  }

  private flat(p: XmlElement): Flat {
    let f = this.flats.get(p);
    if (!f) this.flats.set(p, (f = flatten(p)));
    return f;
  }

  /**
   * Aligns two sequences of blocks (a body's, a cell's) and marks what differs. The last
   * paragraph of a body or cell is paired with the other version's last whatever they hold: its
   * mark ends the body or cell, so Word can neither insert nor delete it, and marking it would make
   * rejecting (or accepting) leave an empty paragraph behind.
   */
  blocks(older: XmlElement[], newer: XmlElement[]): XmlNode[] {
    const a = older[older.length - 1];
    const b = newer[newer.length - 1];
    if (!isElement(a, 'w:p') || !isElement(b, 'w:p')) return this.aligned(older, newer);
    const rest = this.aligned(older.slice(0, -1), newer.slice(0, -1));
    return [...rest, canonical(a) === canonical(b) ? b : this.paragraph(a, b)];
  }

  private aligned(older: XmlElement[], newer: XmlElement[]): XmlNode[] {
    const keys = (bs: XmlElement[]) => bs.map(canonical);
    const pairable = (i: number, j: number) => {
      const a = older[i]!;
      const b = newer[j]!;
      if (a.name !== b.name) return false;
      if (a.name === 'w:tbl') return true;
      if (a.name !== 'w:p') return false;
      const ta = textOf(this.flat(a));
      const tb = textOf(this.flat(b));
      // Two empty paragraphs are the same spacer only in the same style.
      if (ta.length === 0 || tb.length === 0) return ta.length === tb.length && canonical(this.flat(a).pPr ?? el('x')) === canonical(this.flat(b).pPr ?? el('x'));
      return similarity(ta, tb) >= 0.5;
    };
    const out: XmlNode[] = [];
    for (const a of alignBlocks(keys(older), keys(newer), pairable)) {
      if (a.kind === 'same') out.push(newer[a.new]!);
      else if (a.kind === 'changed') {
        const o = older[a.old]!;
        const n = newer[a.new]!;
        out.push(n.name === 'w:tbl' ? this.table(o, n) : this.paragraph(o, n));
      } else if (a.kind === 'deleted') out.push(this.whole(older[a.old]!, 'del'));
      else out.push(this.whole(newer[a.new]!, 'ins'));
    }
    return out;
  }

  /** An edited paragraph: the present one's properties, its words compared with the earlier one's. */
  private paragraph(older: XmlElement, newer: XmlElement): XmlElement {
    const a = this.flat(older);
    const b = this.flat(newer);
    const runs = diffSequences(
      a.tokens.map((t) => t.key),
      b.tokens.map((t) => t.key),
    );
    const ops: Array<{ op: DiffOp; token: Token }> = [];
    for (const r of runs) {
      if (r.op === 'insert') for (let j = r.bStart; j < r.bEnd; j++) ops.push({ op: 'insert', token: b.tokens[j]! });
      else if (r.op === 'delete') for (let i = r.aStart; i < r.aEnd; i++) ops.push({ op: 'delete', token: a.tokens[i]! });
      else for (let j = r.bStart; j < r.bEnd; j++) ops.push({ op: 'equal', token: b.tokens[j]! });
    }
    return el('w:p', newer.attrs, [...(b.pPr ? [b.pPr] : []), ...b.starts, ...this.emit(ops), ...b.ends]);
  }

  /** A paragraph or table that is only in one version. */
  private whole(block: XmlElement, kind: 'ins' | 'del', markParagraph = true): XmlNode {
    if (block.name === 'w:tbl') return this.table(undefined, block, kind);
    if (block.name !== 'w:p') return block;
    const f = this.flat(block);
    const op: DiffOp = kind === 'ins' ? 'insert' : 'delete';
    const pPr = markParagraph ? this.markedProperties(f.pPr, kind) : f.pPr;
    // A deleted paragraph's bookmarks would name the same places as the present ones: left out.
    const starts = kind === 'ins' ? f.starts : [];
    const ends = kind === 'ins' ? f.ends : [];
    return el('w:p', block.attrs, [...(pPr ? [pPr] : []), ...starts, ...this.emit(f.tokens.map((token) => ({ op, token }))), ...ends]);
  }

  /** The paragraph properties with the mark's revision as the first child of their w:rPr. */
  private markedProperties(pPr: XmlElement | undefined, kind: 'ins' | 'del'): XmlElement {
    const props = pPr ? el('w:pPr', pPr.attrs, [...pPr.children]) : el('w:pPr');
    const mark = this.revision(kind);
    const i = props.children.findIndex((c) => isElement(c, 'w:rPr'));
    if (i >= 0) {
      const rPr = props.children[i] as XmlElement;
      props.children[i] = el('w:rPr', rPr.attrs, [mark, ...rPr.children]);
    } else {
      // w:rPr comes after every other paragraph property, before w:sectPr and w:pPrChange.
      const after = props.children.findIndex((c) => isElement(c, 'w:sectPr') || isElement(c, 'w:pPrChange'));
      const rPr = el('w:rPr', [], [mark]);
      if (after >= 0) props.children.splice(after, 0, rPr);
      else props.children.push(rPr);
    }
    return props;
  }

  /**
   * A table in both versions (rows aligned, edited rows compared cell by cell), or in one only
   * (`kind`: every row marked).
   */
  private table(older: XmlElement | undefined, newer: XmlElement, kind?: 'ins' | 'del'): XmlElement {
    const head = newer.children.filter((c) => isElement(c) && c.name !== 'w:tr');
    const newRows = elements(newer, 'w:tr');
    if (kind) return el('w:tbl', newer.attrs, [...head, ...newRows.map((r) => this.wholeRow(r, kind))]);
    const oldRows = elements(older!, 'w:tr');
    const cellsOf = (r: XmlElement) => elements(r, 'w:tc');
    const rowText = (r: XmlElement) => cellsOf(r).flatMap((c) => elements(c, 'w:p').flatMap((p) => textOf(this.flat(p))));
    const pairable = (i: number, j: number) => cellsOf(oldRows[i]!).length === cellsOf(newRows[j]!).length && similarity(rowText(oldRows[i]!), rowText(newRows[j]!)) >= 0.3;
    const rows = alignBlocks(oldRows.map(canonical), newRows.map(canonical), pairable).map((a) => {
      if (a.kind === 'same') return newRows[a.new]!;
      if (a.kind === 'deleted') return this.wholeRow(oldRows[a.old]!, 'del');
      if (a.kind === 'inserted') return this.wholeRow(newRows[a.new]!, 'ins');
      const o = cellsOf(oldRows[a.old]!);
      const n = newRows[a.new]!;
      let c = 0;
      return el(
        'w:tr',
        n.attrs,
        n.children.map((child) => {
          if (!isElement(child, 'w:tc')) return child;
          const before = o[c++]!;
          const props = child.children.filter((x) => isElement(x, 'w:tcPr'));
          const content = (tc: XmlElement) => elements(tc).filter((x) => x.name !== 'w:tcPr');
          return el('w:tc', child.attrs, [...props, ...this.blocks(content(before), content(child))]);
        }),
      );
    });
    return el('w:tbl', newer.attrs, [...head, ...rows]);
  }

  /** A row only in one version: marked in its w:trPr, and every run in it marked too. */
  private wholeRow(row: XmlElement, kind: 'ins' | 'del'): XmlElement {
    const children = [...row.children];
    const i = children.findIndex((c) => isElement(c, 'w:trPr'));
    if (i >= 0) {
      const trPr = children[i] as XmlElement;
      // The revision follows the row's other properties (CT_TrPr: the base properties, then ins, del).
      const change = trPr.children.findIndex((c) => isElement(c, 'w:trPrChange'));
      const kids = [...trPr.children];
      kids.splice(change >= 0 ? change : kids.length, 0, this.revision(kind));
      children[i] = el('w:trPr', trPr.attrs, kids);
    } else {
      // w:trPr follows w:tblPrEx when there is one, and stands before the cells.
      const at = children.findIndex((c) => isElement(c, 'w:tblPrEx')) + 1;
      children.splice(at, 0, el('w:trPr', [], [this.revision(kind)]));
    }
    return el(
      'w:tr',
      row.attrs,
      children.map((c) => {
        if (!isElement(c, 'w:tc')) return c;
        const blocks = elements(c);
        const last = blocks.length - 1;
        return el(
          'w:tc',
          c.attrs,
          blocks.map((b, k) => (b.name === 'w:tcPr' ? b : this.whole(b, kind, k !== last))),
        );
      }),
    );
  }

  /**
   * Runs from tokens: neighbours with the same change, formatting and link share one run; a
   * change wraps its runs in w:ins or w:del (inside the link, as the schema wants: a w:hyperlink
   * holds revisions, never the other way round).
   */
  private emit(ops: Array<{ op: DiffOp; token: Token }>): XmlNode[] {
    const out: XmlNode[] = [];
    let k = 0;
    while (k < ops.length) {
      const { op, token } = ops[k]!;
      if (token.opaque) {
        // An element the comparison cannot look into (a field, a content control) stays as it is.
        if (op !== 'delete') out.push(token.element!);
        k++;
        continue;
      }
      const group: Token[] = [];
      const runKey = (t: Token) => `${t.link ? shell(t.link) : ''}\u0002${t.rPr ? canonical(t.rPr) : ''}`;
      const key = runKey(token);
      while (k < ops.length && ops[k]!.op === op && !ops[k]!.token.opaque && runKey(ops[k]!.token) === key) group.push(ops[k++]!.token);
      const content: XmlNode[] = [];
      let text = '';
      const textName = op === 'delete' ? 'w:delText' : 'w:t';
      const flush = () => {
        if (text !== '') content.push(el(textName, [['xml:space', 'preserve']], [{ type: 'text', text }]));
        text = '';
      };
      for (const t of group) {
        if (t.text !== undefined) text += t.text;
        else {
          flush();
          content.push(t.element!);
        }
      }
      flush();
      const run = el('w:r', [], [...(token.rPr ? [token.rPr] : []), ...content]);
      const wrapped = op === 'equal' ? run : { ...this.revision(op === 'insert' ? 'ins' : 'del'), children: [run] };
      if (!token.link) {
        out.push(wrapped);
        continue;
      }
      const prev = out[out.length - 1];
      if (isElement(prev, 'w:hyperlink') && shell(prev) === shell(token.link)) prev.children.push(wrapped);
      else out.push(el('w:hyperlink', token.link.attrs, [wrapped]));
    }
    return out;
  }
}

/** The highest `w:id` in some parts, so that revisions can be numbered above it. */
export function highestId(parts: string[]): number {
  let max = 0;
  for (const p of parts) for (const m of p.matchAll(/\bw:id="(-?\d+)"/g)) max = Math.max(max, Number(m[1]));
  return max;
}

