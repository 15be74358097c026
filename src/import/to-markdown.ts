/**
 * hast (mammoth's HTML, cleaned) to Markdown through the unified ecosystem: rehype-remark with our
 * handlers where the defaults lose minutes' content, then remark-gfm and remark-stringify.
 * Tables: GFM when rectangular with plain cells, the first row as the header; otherwise the
 * HTML table itself, merges kept. Footnotes: mammoth's numbered links become GFM footnotes.
 */
import type { Element, Root } from 'hast';
import { defaultHandlers, type Handle, type State } from 'hast-util-to-mdast';
import { toHtml } from 'hast-util-to-html';
import type { FootnoteDefinition, PhrasingContent, Root as MdastRoot, RootContent as MdastContent, TableCell, TableRow } from 'mdast';
import rehypeRemark from 'rehype-remark';
import remarkGfm from 'remark-gfm';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { cellsOf, noteHtmlTable, rowsOf, tableKind } from './tables.js';
import type { ImportReport } from './report.js';
import { isElement } from './hast.js';

const NOTE = /^#((?:foot|end)note-\d+)$/;

function footnoteTarget(e: Element): string | undefined {
  const a = e.children.find((c) => isElement(c, 'a')) as Element | undefined;
  const m = a ? NOTE.exec(String(a.properties?.href ?? '')) : null;
  return m?.[1];
}

const BR: PhrasingContent = { type: 'html', value: '<br>' };

/** A cell's paragraphs and list items as lines of one GFM cell, joined by `<br>`. */
function cellPhrasing(state: State, cell: Element): PhrasingContent[] {
  const lines: PhrasingContent[][] = [];
  const phrasing: Element['children'] = [];
  const flush = () => {
    if (phrasing.length) lines.push(state.all({ type: 'element', tagName: 'p', properties: {}, children: phrasing.splice(0) }) as PhrasingContent[]);
  };
  for (const c of cell.children) {
    if (isElement(c, 'p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6')) {
      flush();
      lines.push(state.all(c) as PhrasingContent[]);
    } else if (isElement(c, 'ul', 'ol')) {
      flush();
      let n = Number(c.properties?.start ?? 1);
      for (const li of c.children) {
        if (!isElement(li, 'li')) continue;
        const marker = c.tagName === 'ol' ? `${n++}. ` : '• ';
        const inner = li.children.flatMap((k) => (isElement(k, 'p') ? k.children : [k]));
        lines.push([{ type: 'text', value: marker }, ...(state.all({ type: 'element', tagName: 'p', properties: {}, children: inner }) as PhrasingContent[])]);
      }
    } else phrasing.push(c);
  }
  flush();
  const out: PhrasingContent[] = [];
  for (const line of lines.filter((l) => l.length)) {
    if (out.length) out.push(BR);
    // A break inside a paragraph is a line of the cell too.
    out.push(...line.map((k) => (k.type === 'break' ? BR : k)));
  }
  return out;
}

function handlers(report: ImportReport): Record<string, Handle> {
  const table: Handle = (state: State, node: Element) => {
    if (tableKind(node) !== 'gfm') {
      noteHtmlTable(node, report);
      return { type: 'html', value: toHtml(node) };
    }
    const rows = rowsOf(node);
    const width = Math.max(...rows.map((r) => cellsOf(r).length));
    const children: TableRow[] = rows.map((row) => {
      const cells = cellsOf(row).map((cell): TableCell => ({ type: 'tableCell', children: cellPhrasing(state, cell) }));
      // A row Word left short (no merge, fewer cells) gets empty cells, so the columns line up.
      while (cells.length < width) cells.push({ type: 'tableCell', children: [] });
      return { type: 'tableRow', children: cells };
    });
    return { type: 'table', align: [], children };
  };
  const sup: Handle = (state: State, node: Element) => {
    const id = footnoteTarget(node);
    if (id) return { type: 'footnoteReference', identifier: id, label: id };
    return state.all(node);
  };
  const ol: Handle = (state: State, node: Element) => {
    const items = node.children.filter((c) => isElement(c, 'li')) as Element[];
    if (items.length && items.every((li) => /^(?:foot|end)note-\d+$/.test(String(li.properties?.id ?? '')))) {
      return items.map((li): FootnoteDefinition => {
        // Drop the "↑" link back to the reference.
        const copy = structuredClone(li);
        for (const p of copy.children) if (isElement(p)) p.children = p.children.filter((k) => !(isElement(k, 'a') && /^#(?:foot|end)note-ref-/.test(String(k.properties?.href ?? ''))));
        const id = String(li.properties!.id);
        return { type: 'footnoteDefinition', identifier: id, label: id, children: state.toFlow(state.all(copy)) as FootnoteDefinition['children'] };
      });
    }
    return defaultHandlers.ol(state, node);
  };
  return { table, sup, ol };
}

const processor = (report: ImportReport) => {
  const h = handlers(report);
  return unified()
    .use(rehypeRemark, { handlers: h })
    .use(remarkGfm)
    .use(remarkStringify, { bullet: '-', emphasis: '_', strong: '*', rule: '-', listItemIndent: 'one', fences: true, resourceLink: true });
};

export function toMarkdown(tree: Root, report: ImportReport): string {
  const p = processor(report);
  const mdast = p.runSync(tree as never) as unknown as MdastRoot;
  tidy(mdast);
  return p.stringify(mdast as never);
}

/** Empty phrasing left by dropped residue would print as blank markers ("**** "). */
function tidy(root: MdastRoot): void {
  const walk = (n: { children?: MdastContent[] }) => {
    if (!n.children) return;
    n.children = n.children.filter((c) => !((c.type === 'strong' || c.type === 'emphasis') && c.children.length === 0));
    for (const c of n.children) walk(c as { children?: MdastContent[] });
  };
  walk(root as { children?: MdastContent[] });
}
