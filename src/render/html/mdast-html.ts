import type { ListItem, PhrasingContent, RootContent, Table } from 'mdast';
import { safeUrl } from '../link-target.js';
import { readHtmlTable, type HtmlTableCell } from '../html-table.js';

/**
 * Markdown (mdast) → HTML fragments for the Word-ready output. Every text value is escaped;
 * the output only ever holds the tags written here. Raw HTML from the Markdown is never passed
 * through: comments are dropped (they are notes to the secretariat, such as the
 * outstanding-actions marker), anything else is shown as the literal text that was typed, so that
 * nothing a minute-taker wrote disappears silently.
 */

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#x27;' };

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

export { safeUrl };

const isComment = (v: string) => /^\s*<!--[\s\S]*-->\s*$/.test(v);

export function inlineHtml(nodes: readonly PhrasingContent[]): string {
  return nodes.map(inlineNode).join('');
}

function inlineNode(n: PhrasingContent): string {
  switch (n.type) {
    case 'text':
      return escapeHtml(n.value);
    case 'strong':
      return `<b>${inlineHtml(n.children)}</b>`;
    case 'emphasis':
      return `<i>${inlineHtml(n.children)}</i>`;
    case 'delete':
      return `<s>${inlineHtml(n.children)}</s>`;
    case 'inlineCode':
      return `<code>${escapeHtml(n.value)}</code>`;
    case 'break':
      return '<br>';
    case 'link': {
      const href = safeUrl(n.url);
      const inner = inlineHtml(n.children);
      // A refused target keeps the words and loses the link.
      if (href === undefined) return `<span class="link-removed">${inner}</span>`;
      return `<a href="${escapeHtml(href)}">${inner}</a>`;
    }
    case 'image': {
      // Images are not embedded or fetched (the file stays self-contained): the alternative text stands in.
      const alt = escapeHtml(n.alt ?? '');
      const href = safeUrl(n.url);
      const label = `[image${alt ? `: ${alt}` : ''}]`;
      return href === undefined ? `<span class="image">${label}</span>` : `<a class="image" href="${escapeHtml(href)}">${label}</a>`;
    }
    case 'linkReference':
      return inlineHtml(n.children);
    case 'imageReference':
      return `<span class="image">[image${n.alt ? `: ${escapeHtml(n.alt)}` : ''}]</span>`;
    case 'footnoteReference':
      return `<sup>[${escapeHtml(n.label ?? n.identifier)}]</sup>`;
    case 'html':
      // `<br>` (common in table cells, where a Markdown line cannot break) is the one tag kept.
      if (/^<br\s*\/?>$/i.test(n.value.trim())) return '<br>';
      return isComment(n.value) ? '' : escapeHtml(n.value);
    default:
      return '';
  }
}

export interface BlockOptions {
  /** A class for top-level paragraphs (table cells set a smaller font this way). */
  paragraphClass?: string;
}

export function blocksHtml(nodes: readonly RootContent[], options: BlockOptions = {}): string {
  const cls = options.paragraphClass ? ` class="${escapeHtml(options.paragraphClass)}"` : '';
  return nodes
    .map((n) => (n.type === 'paragraph' ? `<p${cls}>${inlineHtml(n.children)}</p>` : blockNode(n)))
    .filter((s) => s !== '')
    .join('\n');
}

function blockNode(n: RootContent): string {
  switch (n.type) {
    case 'paragraph':
      return `<p>${inlineHtml(n.children)}</p>`;
    case 'heading': {
      // Headings inside an agenda item sit below the item levels (h2, h3).
      const level = Math.min(6, Math.max(4, n.depth + 2));
      return `<h${level}>${inlineHtml(n.children)}</h${level}>`;
    }
    case 'thematicBreak':
      return '<hr>';
    case 'blockquote':
      return `<blockquote>\n${blocksHtml(n.children)}\n</blockquote>`;
    case 'list': {
      // `1)` lists have no HTML list style: their numbers are written out, as in the source.
      const paren = n.ordered && (n.data as { delimiter?: ')' } | undefined)?.delimiter === ')';
      // Numbers as written: an item that breaks the run (`2.` then `4.`) keeps its own.
      let next = typeof n.start === 'number' ? n.start : 1;
      const items = n.children
        .map((li) => {
          const own = (li.data as { number?: number } | undefined)?.number;
          const number = own ?? next;
          next = number + 1;
          return listItem(li, n.spread === true, paren ? `${number}) ` : '', own);
        })
        .join('\n');
      if (paren) return `<ol class="paren" style="list-style-type:none">\n${items}\n</ol>`;
      if (n.ordered) {
        const start = typeof n.start === 'number' && n.start !== 1 ? ` start="${n.start}"` : '';
        return `<ol${start}>\n${items}\n</ol>`;
      }
      return `<ul>\n${items}\n</ul>`;
    }
    case 'code':
      return `<pre class="code">${escapeHtml(n.value)}</pre>`;
    case 'html': {
      if (isComment(n.value)) return '';
      // A table `import` kept as HTML (cells merged down a column) is shown as a table.
      const rows = readHtmlTable(n.value);
      return rows ? htmlTable(rows) : `<p class="raw">${escapeHtml(n.value)}</p>`;
    }
    case 'table':
      return table(n);
    case 'footnoteDefinition':
      return `<div class="footnote"><p><sup>[${escapeHtml(n.label ?? n.identifier)}]</sup></p>\n${blocksHtml(n.children)}</div>`;
    case 'definition':
    case 'yaml':
      return '';
    default:
      return '';
  }
}

function listItem(li: ListItem, spread: boolean, marker = '', value?: number): string {
  const check = marker + (li.checked === true ? '\u2611 ' : li.checked === false ? '\u2610 ' : '');
  // Tight lists keep their paragraphs inline, as in CommonMark HTML.
  const body = li.children
    .map((c, i) => {
      const prefix = i === 0 ? check : '';
      if (c.type === 'paragraph' && !spread) return prefix + inlineHtml(c.children);
      if (c.type === 'paragraph') return `<p>${prefix}${inlineHtml(c.children)}</p>`;
      return blockNode(c);
    })
    .join('\n');
  return `<li${value !== undefined ? ` value="${value}"` : ''}>${body}</li>`;
}

/** A table read from HTML: its cells' text and spans only, drawn as the Markdown tables are. */
function htmlTable(rows: HtmlTableCell[][]): string {
  const tr = rows.map((row) => {
    const cells = row.map((c) => {
      const tag = c.header ? 'th' : 'td';
      const spans = `${c.rowspan > 1 ? ` rowspan="${c.rowspan}"` : ''}${c.colspan > 1 ? ` colspan="${c.colspan}"` : ''}`;
      const attrs = c.header ? ' bgcolor="#F2F2F2"' : ' valign="top"';
      return `<${tag} class="md-cell"${attrs}${spans}><p class="cell">${c.lines.map(escapeHtml).join('<br>')}</p></${tag}>`;
    });
    return `<tr>${cells.join('')}</tr>`;
  });
  return `<table class="md-table" border="1" cellspacing="0" cellpadding="4">\n${tr.join('\n')}\n</table>`;
}

function table(t: Table): string {
  const rows = t.children.map((row, r) => {
    const cells = row.children.map((cell, c) => {
      const tag = r === 0 ? 'th' : 'td';
      const align = t.align?.[c];
      const cls = align ? `md-cell align-${align}` : 'md-cell';
      // The paragraph carries the font: LibreOffice does not apply cell styles to cell text.
      const attrs = r === 0 ? ' bgcolor="#F2F2F2"' : ' valign="top"';
      return `<${tag} class="${cls}"${attrs}${align ? ` align="${align}"` : ''}><p class="cell">${inlineHtml(cell.children)}</p></${tag}>`;
    });
    return `<tr>${cells.join('')}</tr>`;
  });
  return `<table class="md-table" border="1" cellspacing="0" cellpadding="4">\n${rows.join('\n')}\n</table>`;
}
