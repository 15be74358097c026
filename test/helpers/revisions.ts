/**
 * Reading tracked changes back out of outputs, in-process: the DOCX's document.xml parsed into a
 * tree, with every revision accepted or rejected as Word does, and Word's rules for revisions
 * checked one by one; the HTML with its <ins> and <del> resolved the same way.
 */
import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { parseXml, type XmlElement, type XmlNode } from '../../src/render/docx/xml-tree.js';

export function docxParts(file: string): Record<string, string> {
  const files = unzipSync(readFileSync(file));
  return Object.fromEntries(Object.entries(files).filter(([k]) => k.endsWith('.xml') || k.endsWith('.rels')).map(([k, v]) => [k, strFromU8(v)]));
}

export function documentTree(file: string): XmlElement {
  return parseXml(docxParts(file)['word/document.xml']!).root;
}

const isEl = (n: XmlNode, name?: string): n is XmlElement => n.type === 'element' && (name === undefined || n.name === name);
const kids = (e: XmlElement, name?: string) => e.children.filter((c): c is XmlElement => isEl(c, name));

/** Every element with its ancestors (nearest last), in document order. */
export function walk(root: XmlElement): Array<{ el: XmlElement; ancestors: XmlElement[] }> {
  const out: Array<{ el: XmlElement; ancestors: XmlElement[] }> = [];
  const go = (e: XmlElement, ancestors: XmlElement[]) => {
    out.push({ el: e, ancestors });
    for (const c of kids(e)) go(c, [...ancestors, e]);
  };
  go(root, []);
  return out;
}

const markOf = (holder: XmlElement | undefined, name: 'w:ins' | 'w:del') => (holder ? kids(holder, name).length > 0 : false);

/**
 * The document as Word shows it after "Accept All Changes" (`accept`) or "Reject All Changes":
 * the revisions of the other kind removed with their content, the kept ones unwrapped, rows and
 * paragraph marks removed where they were marked.
 */
export function resolveRevisions(root: XmlElement, accept: boolean): XmlElement {
  const gone = accept ? 'w:del' : 'w:ins';
  const kept = accept ? 'w:ins' : 'w:del';
  const go = (e: XmlElement): XmlNode[] => {
    if (e.name === gone) return [];
    if (e.name === kept) return e.children.flatMap((c) => (isEl(c) ? go(c) : [c]));
    if (e.name === 'w:tr' && markOf(kids(e, 'w:trPr')[0], gone)) return [];
    if (e.name === 'w:delText') return [{ type: 'element', name: 'w:t', attrs: e.attrs, children: e.children }];
    const children = e.children.flatMap((c) => (isEl(c) ? go(c) : [c]));
    const copy: XmlElement = { ...e, children };
    if (e.name === 'w:p') {
      const rPr = kids(kids(e, 'w:pPr')[0] ?? copy, 'w:rPr')[0];
      // A removed paragraph mark joins the paragraph to the next; its own text is gone with it.
      if (markOf(rPr, gone)) return paragraphText(copy) === '' ? [] : [{ ...copy, name: 'w:p-joined' }];
    }
    return [copy];
  };
  return go(root)[0] as XmlElement;
}

export function paragraphText(p: XmlElement): string {
  let s = '';
  const go = (e: XmlElement) => {
    if (e.name === 'w:pPr' || e.name === 'w:rPr') return;
    if (e.name === 'w:t' || e.name === 'w:delText') s += e.children.map((c) => (c.type === 'text' ? c.text : '')).join('');
    else if (e.name === 'w:tab') s += '\t';
    else if (e.name === 'w:br') s += '\n';
    for (const c of kids(e)) go(c);
  };
  go(p);
  return s;
}

/** The text of every paragraph of the body (in tables too), in order. */
export function paragraphs(root: XmlElement): string[] {
  return walk(root)
    .filter((w) => w.el.name === 'w:p' || w.el.name === 'w:p-joined')
    .map((w) => paragraphText(w.el));
}

/**
 * Word's rules for revisions, each a list of the places that break it (empty: the rule holds).
 * `parts`: every XML part of the package, for ids unique across it.
 */
export function revisionProblems(parts: Record<string, string>): Record<string, string[]> {
  const doc = parseXml(parts['word/document.xml']!).root;
  const all = walk(doc);
  const problems: Record<string, string[]> = {
    uniqueIds: [],
    delTextOnlyInDel: [],
    noTextInDel: [],
    revisionsInParagraphs: [],
    paragraphMarks: [],
    deletedRows: [],
    noMoves: [],
    authorAndDate: [],
  };
  const ids = new Map<string, string>();
  for (const [name, xml] of Object.entries(parts)) {
    if (!name.startsWith('word/')) continue;
    const tree = parseXml(xml).root;
    for (const { el } of walk(tree)) {
      const id = el.attrs.find(([k]) => k === 'w:id')?.[1];
      // w:id on annotations: bookmarks, comments, revisions (w:rsid… and w:numId are other things).
      if (id === undefined) continue;
      // The end of a bookmark or comment range, and a comment's reference, repeat their start's id.
      if (/^w:(bookmarkEnd|commentRangeEnd|commentReference)$/.test(el.name)) continue;
      const where = `${name} <${el.name} w:id="${id}">`;
      const first = ids.get(id);
      if (first !== undefined) problems.uniqueIds!.push(`${where} repeats ${first}`);
      else ids.set(id, where);
    }
  }
  for (const { el, ancestors } of all) {
    const parent = ancestors[ancestors.length - 1];
    const names = ancestors.map((a) => a.name);
    if (el.name === 'w:delText' && !names.includes('w:del')) problems.delTextOnlyInDel!.push(`w:delText outside w:del: ${paragraphText(el)}`);
    if (el.name === 'w:t' && names.includes('w:del')) problems.noTextInDel!.push(`w:t inside w:del: ${paragraphText(el)}`);
    if (/^w:(moveFrom|moveTo)(RangeStart|RangeEnd)?$/.test(el.name)) problems.noMoves!.push(el.name);
    if (el.name === 'w:ins' || el.name === 'w:del') {
      const attrs = Object.fromEntries(el.attrs);
      if (!attrs['w:author'] || !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/.test(attrs['w:date'] ?? '')) problems.authorAndDate!.push(JSON.stringify(attrs));
      const inProps = parent && (parent.name === 'w:rPr' || parent.name === 'w:trPr');
      if (!inProps && !(parent && (parent.name === 'w:p' || parent.name === 'w:hyperlink'))) problems.revisionsInParagraphs!.push(`${el.name} inside ${parent?.name}`);
      if (parent?.name === 'w:rPr') {
        const pPr = ancestors[ancestors.length - 2];
        // The mark's revision is the first child of w:rPr, and w:rPr the last paragraph property.
        if (pPr?.name !== 'w:pPr') problems.paragraphMarks!.push(`mark revision in a run's w:rPr`);
        else {
          if (kids(parent)[0] !== el) problems.paragraphMarks!.push('the mark revision is not the first child of w:rPr');
          const props = kids(pPr).filter((k) => k.name !== 'w:sectPr' && k.name !== 'w:pPrChange');
          if (props[props.length - 1] !== parent) problems.paragraphMarks!.push('w:rPr is not the last paragraph property');
        }
      }
    }
    if (el.name === 'w:p') {
      // A paragraph whose every run is inserted (deleted) and which is not the last of a cell has its mark marked too.
      const runs = walk(el).filter((w) => w.el.name === 'w:r');
      if (runs.length === 0) continue;
      const inTable = names.includes('w:tr');
      const row = [...ancestors].reverse().find((a) => a.name === 'w:tr');
      const rowMarked = row ? markOf(kids(row, 'w:trPr')[0], 'w:ins') || markOf(kids(row, 'w:trPr')[0], 'w:del') : false;
      const rPr = kids(kids(el, 'w:pPr')[0] ?? el, 'w:rPr')[0];
      for (const kind of ['w:ins', 'w:del'] as const) {
        const all = runs.every((r) => r.ancestors.some((a) => a.name === kind));
        const cell = [...ancestors].reverse().find((a) => a.name === 'w:tc');
        const lastInCell = cell ? kids(cell, 'w:p').at(-1) === el : false;
        if (all && !markOf(rPr, kind) && !(inTable && (rowMarked || lastInCell))) problems.paragraphMarks!.push(`a paragraph entirely in ${kind} has an unmarked mark: ${paragraphText(el).slice(0, 60)}`);
      }
    }
    if (el.name === 'w:tr' && markOf(kids(el, 'w:trPr')[0], 'w:del')) {
      const runs = walk(el).filter((w) => w.el.name === 'w:r');
      for (const r of runs) if (!r.ancestors.some((a) => a.name === 'w:del')) problems.deletedRows!.push(`a run of a deleted row outside w:del: ${paragraphText(r.el)}`);
    }
  }
  return problems;
}

export function countRevisions(root: XmlElement): { ins: number; del: number; insertedParagraphs: number; deletedParagraphs: number; insertedRows: number; deletedRows: number } {
  const all = walk(root);
  const inProps = (w: { ancestors: XmlElement[] }, p: string) => w.ancestors[w.ancestors.length - 1]?.name === p;
  return {
    ins: all.filter((w) => w.el.name === 'w:ins' && !inProps(w, 'w:rPr') && !inProps(w, 'w:trPr')).length,
    del: all.filter((w) => w.el.name === 'w:del' && !inProps(w, 'w:rPr') && !inProps(w, 'w:trPr')).length,
    insertedParagraphs: all.filter((w) => w.el.name === 'w:ins' && inProps(w, 'w:rPr')).length,
    deletedParagraphs: all.filter((w) => w.el.name === 'w:del' && inProps(w, 'w:rPr')).length,
    insertedRows: all.filter((w) => w.el.name === 'w:ins' && inProps(w, 'w:trPr')).length,
    deletedRows: all.filter((w) => w.el.name === 'w:del' && inProps(w, 'w:trPr')).length,
  };
}

type HNode = DefaultTreeAdapterMap['childNode'];
type HParent = DefaultTreeAdapterMap['parentNode'];

/**
 * The text of an HTML page's body with its changes accepted (each <del> removed) or rejected
 * (each <ins> removed), white space folded; the changes legend is left out.
 */
export function htmlText(html: string, resolve?: 'accept' | 'reject'): string {
  const doc = parse(html);
  let s = '';
  const go = (n: HNode | HParent) => {
    if ('tagName' in n) {
      if (resolve === 'accept' && n.tagName === 'del') return;
      if (resolve === 'reject' && n.tagName === 'ins') return;
      if (n.tagName === 'style' || n.tagName === 'script' || n.tagName === 'head') return;
      if (n.attrs.some((a) => a.name === 'class' && a.value === 'changes-legend')) return;
      if (/^(p|h\d|li|td|th|tr|div|table)$/.test(n.tagName)) s += ' ';
    }
    if (n.nodeName === '#text') s += (n as DefaultTreeAdapterMap['textNode']).value;
    if ('childNodes' in n) for (const c of n.childNodes) go(c);
  };
  go(doc);
  return s.replace(/\s+/g, ' ').trim();
}
