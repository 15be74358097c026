import type { List, PhrasingContent, RootContent, Table, TableCell } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { WmlContext } from './context.js';
import { safeUrl } from '../link-target.js';
import { xmlAttr, xmlText } from './xml.js';
import { readHtmlTable, tableGrid, type HtmlTableCell } from '../html-table.js';

/** Character formatting accumulated while descending into emphasis, strong, delete, links. */
interface RunFormat {
  bold?: boolean;
  italic?: boolean;
  strike?: boolean;
  code?: boolean;
  charStyle?: string;
}

export interface InlineOptions {
  /** A `strong` node whose text is this verb gets the Decision Verb character style. */
  decisionVerb?: string;
  /** Links are not nested (a heading link inside a hyperlink would be invalid). */
  inLink?: boolean;
}

export interface BlockOptions {
  /** Paragraph style for plain paragraphs: Body Text, Table Text, Quote, List Paragraph… */
  paragraphStyle?: string;
  /** List nesting level (0 outside lists). */
  listLevel?: number;
  /** Inside a table cell: nested tables are flattened to text, headings become bold paragraphs. */
  inTable?: boolean;
}


const isComment = (html: string) => /^\s*<!--[\s\S]*-->\s*$/.test(html);

function runProps(f: RunFormat, ctx: WmlContext): string {
  // Child order of w:rPr is fixed by the schema: rStyle, rFonts, b, bCs, i, iCs, …, strike.
  let p = '';
  const style = f.code ? ctx.styles.VerbatimChar : f.charStyle;
  if (style) p += `<w:rStyle w:val="${xmlAttr(style)}"/>`;
  if (f.bold) p += '<w:b/><w:bCs/>';
  if (f.italic) p += '<w:i/><w:iCs/>';
  if (f.strike) p += '<w:strike/>';
  return p ? `<w:rPr>${p}</w:rPr>` : '';
}

/** One run of text: tabs become w:tab, line feeds (soft breaks) a space. */
export function textRun(text: string, f: RunFormat, ctx: WmlContext): string {
  const clean = text.replace(/\r\n?|\n/g, ' ');
  if (clean === '') return '';
  const pieces = clean.split('\t');
  let body = '';
  pieces.forEach((piece, i) => {
    if (i > 0) body += '<w:tab/>';
    if (piece !== '') body += `<w:t xml:space="preserve">${xmlText(piece)}</w:t>`;
  });
  return `<w:r>${runProps(f, ctx)}${body}</w:r>`;
}

export function inlineToWml(nodes: PhrasingContent[], ctx: WmlContext, options: InlineOptions = {}, format: RunFormat = {}): string {
  let out = '';
  for (const node of nodes) out += inlineNode(node, ctx, options, format);
  return out;
}

function inlineNode(node: PhrasingContent, ctx: WmlContext, options: InlineOptions, f: RunFormat): string {
  switch (node.type) {
    case 'text':
      return textRun(node.value, f, ctx);
    case 'strong': {
      if (options.decisionVerb !== undefined && toString(node).trim() === options.decisionVerb) {
        return inlineToWml(node.children, ctx, { ...options, decisionVerb: undefined }, { ...f, charStyle: ctx.styles.DecisionVerb });
      }
      return inlineToWml(node.children, ctx, options, { ...f, bold: true });
    }
    case 'emphasis':
      return inlineToWml(node.children, ctx, options, { ...f, italic: true });
    case 'delete':
      return inlineToWml(node.children, ctx, options, { ...f, strike: true });
    case 'inlineCode':
      return textRun(node.value, { ...f, code: true }, ctx);
    case 'break':
      return '<w:r><w:br/></w:r>';
    case 'link': {
      // The same targets as the HTML: web, mail and relative links (to an annex beside the minutes,
      // which Word resolves from the document's folder); anything else stays as its text.
      const url = safeUrl(node.url);
      if (options.inLink || url === undefined) return inlineToWml(node.children, ctx, options, f);
      // A relationship target is a URI: spaces and other characters outside it are escaped.
      const id = ctx.rels.hyperlink(encodeURI(safeDecode(url)));
      const runs = inlineToWml(node.children, ctx, { ...options, inLink: true }, { ...f, charStyle: ctx.styles.Hyperlink });
      return `<w:hyperlink r:id="${id}" w:history="1">${runs || textRun(url, { ...f, charStyle: ctx.styles.Hyperlink }, ctx)}</w:hyperlink>`;
    }
    case 'linkReference':
      return inlineToWml(node.children, ctx, options, f);
    case 'image':
    case 'imageReference':
      return node.alt ? textRun(`[${node.alt}]`, { ...f, italic: true }, ctx) : '';
    case 'footnoteReference':
      return textRun(`[${node.label ?? node.identifier}]`, f, ctx);
    case 'html':
      // `<br>` in a table cell or paragraph is a line break, as in the HTML output.
      if (/^<br\s*\/?>$/i.test(node.value.trim())) return '<w:r><w:br/></w:r>';
      // Raw HTML is not passed through (FORMAT §3): comments are notes to the secretariat and are
      // dropped; anything else is shown as the text that was typed, as the HTML output does.
      return isComment(node.value) ? '' : textRun(node.value, f, ctx);
    default:
      return 'children' in node ? inlineToWml((node as { children: PhrasingContent[] }).children, ctx, options, f) : '';
  }
}

export function paragraph(style: string, runs: string, extraProps = ''): string {
  return `<w:p><w:pPr><w:pStyle w:val="${xmlAttr(style)}"/>${extraProps}</w:pPr>${runs}</w:p>`;
}

export function blocksToWml(nodes: RootContent[], ctx: WmlContext, options: BlockOptions = {}): string {
  let out = '';
  for (const node of nodes) out += blockNode(node, ctx, options);
  return out;
}

function blockNode(node: RootContent, ctx: WmlContext, o: BlockOptions): string {
  const bodyStyle = o.paragraphStyle ?? ctx.styles.BodyText;
  switch (node.type) {
    case 'paragraph':
      return paragraph(bodyStyle, inlineToWml(node.children, ctx));
    case 'heading':
      if (o.inTable) return paragraph(bodyStyle, inlineToWml(node.children, ctx, {}, { bold: true }));
      return paragraph(ctx.styles.Heading3, inlineToWml(node.children, ctx));
    case 'blockquote':
      return blocksToWml(node.children, ctx, { ...o, paragraphStyle: o.inTable ? bodyStyle : ctx.styles.Quote });
    case 'list':
      return list(node, ctx, o);
    case 'code': {
      const lines = node.value.split(/\r\n?|\n/);
      const runs = lines.map((l, i) => (i > 0 ? '<w:r><w:br/></w:r>' : '') + textRun(l, {}, ctx)).join('');
      return paragraph(ctx.styles.SourceCode, runs);
    }
    case 'table':
      return o.inTable ? paragraph(bodyStyle, textRun(toString(node), {}, ctx)) : table(node, ctx);
    case 'thematicBreak':
      return paragraph(bodyStyle, '', '<w:pBdr><w:bottom w:val="single" w:sz="6" w:space="1" w:color="A6A6A6"/></w:pBdr>');
    case 'footnoteDefinition':
      return blocksToWml(node.children, ctx, o);
    case 'html': {
      if (isComment(node.value)) return '';
      // A table `import` kept as HTML (cells merged down a column) is drawn as a table.
      const rows = o.inTable ? undefined : readHtmlTable(node.value);
      return rows ? htmlTable(rows, ctx) : paragraph(bodyStyle, textRun(node.value, {}, ctx));
    }
    case 'yaml':
    case 'definition':
      return '';
    default:
      return '';
  }
}

function list(node: List, ctx: WmlContext, o: BlockOptions): string {
  const level = Math.min(o.listLevel ?? 0, 8);
  const delimiter = (node.data as { delimiter?: ')' } | undefined)?.delimiter ?? '.';
  const numPrOf = (id: number) => `<w:numPr><w:ilvl w:val="${level}"/><w:numId w:val="${id}"/></w:numPr>`;
  let numPr = numPrOf(ctx.numbering.newList(node.ordered === true, level, node.start ?? 1, delimiter));
  const style = o.inTable ? (o.paragraphStyle ?? ctx.styles.TableText) : ctx.styles.ListParagraph;
  let out = '';
  for (const item of node.children) {
    // An item written with a number that breaks the run (`2.` then `4.`) restarts the numbering there.
    const own = (item.data as { number?: number } | undefined)?.number;
    if (node.ordered && own !== undefined) numPr = numPrOf(ctx.numbering.newList(true, level, own, delimiter));
    let first = true;
    const check = item.checked === true ? '\u2612 ' : item.checked === false ? '\u2610 ' : '';
    for (const child of item.children) {
      if (child.type === 'list') {
        out += list(child, ctx, { ...o, listLevel: level + 1 });
        continue;
      }
      if (first && child.type === 'paragraph') {
        const verb = (item.data as { decisionVerb?: string } | undefined)?.decisionVerb;
        out += paragraph(style, textRun(check, {}, ctx) + inlineToWml(child.children, ctx, verb !== undefined ? { decisionVerb: verb } : {}), numPr);
      } else {
        // Continuation paragraphs of an item align with its text, without a second number.
        const indent = `<w:ind w:left="${720 + 360 * level}"/>`;
        if (child.type === 'paragraph') out += paragraph(style, inlineToWml(child.children, ctx), indent);
        else out += blockNode(child, ctx, { ...o, paragraphStyle: style, listLevel: level + 1 });
      }
      first = false;
    }
    if (first) out += paragraph(style, textRun(check, {}, ctx), numPr);
  }
  return out;
}

/** Column widths in proportion to the longest text of each column, never narrower than 1.2 cm. */
export function columnWidths(lengths: number[], total: number): number[] {
  const weights = lengths.map((n) => Math.sqrt(Math.max(3, Math.min(n, 80))));
  const sum = weights.reduce((a, b) => a + b, 0);
  const min = Math.min(680, Math.floor(total / lengths.length));
  let widths = weights.map((w) => Math.max(min, Math.floor((w / sum) * total)));
  const over = widths.reduce((a, b) => a + b, 0) - total;
  if (over > 0) {
    const widest = widths.indexOf(Math.max(...widths));
    widths = widths.map((w, i) => (i === widest ? w - over : w));
  }
  // Give the rounding remainder to the last column so that the grid adds up to the text width.
  const rest = total - widths.reduce((a, b) => a + b, 0);
  widths[widths.length - 1]! += rest;
  return widths;
}

/** Characters of text up to which a table row is kept on one page. */
const SHORT_ROW = 600;

const JC: Record<string, string> = { left: 'left', center: 'center', right: 'right' };

function table(node: Table, ctx: WmlContext): string {
  const columns = Math.max(1, ...node.children.map((r) => r.children.length));
  const lengths = Array.from({ length: columns }, (_, c) => Math.max(0, ...node.children.map((r) => (r.children[c] ? toString(r.children[c]).length : 0))));
  const widths = columnWidths(lengths, ctx.textWidth);
  const cell = (c: TableCell | undefined, i: number, header: boolean) => {
    const align = node.align?.[i];
    const jc = align && JC[align] ? `<w:jc w:val="${JC[align]}"/>` : '';
    const style = header ? ctx.styles.TableHeading : ctx.styles.TableText;
    const shade = header ? '<w:shd w:val="clear" w:color="auto" w:fill="1F3864"/>' : '';
    // Every cell ends with a paragraph, even an empty one.
    return `<w:tc><w:tcPr><w:tcW w:w="${widths[i]}" w:type="dxa"/>${shade}</w:tcPr>${paragraph(style, c ? inlineToWml(c.children, ctx) : '', jc)}</w:tc>`;
  };
  const rows = node.children.map((row, r) => {
    const header = r === 0;
    // A short row stays on one page; a long one may split, or Word would cut it off at the page end.
    const trPr = header ? '<w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>' : toString(row).length <= SHORT_ROW ? '<w:trPr><w:cantSplit/></w:trPr>' : '';
    const cells = Array.from({ length: columns }, (_, i) => cell(row.children[i], i, header)).join('');
    return `<w:tr>${trPr}${cells}</w:tr>`;
  });
  return tableXml(ctx, widths, rows.join('')) + spacerParagraph(ctx);
}

/** A table read from HTML: merged cells as Word merges them (gridSpan across, vMerge down). */
function htmlTable(rows: HtmlTableCell[][], ctx: WmlContext): string {
  const { grid, columns } = tableGrid(rows);
  const lengths = Array.from({ length: columns }, (_, c) => Math.max(0, ...grid.map((g) => (g[c]?.start && g[c]!.cell.colspan === 1 ? g[c]!.cell.lines.join(' ').length : 0))));
  const widths = columnWidths(lengths, ctx.textWidth);
  const trs = grid.map((slots) => {
    let out = '';
    for (let c = 0; c < columns; c++) {
      const slot = slots[c];
      const cell = slot?.cell;
      const across = cell?.colspan ?? 1;
      const width = widths.slice(c, c + across).reduce((a, b) => a + b, 0);
      const merge = cell && cell.rowspan > 1 ? (slot!.start ? '<w:vMerge w:val="restart"/>' : '<w:vMerge/>') : '';
      const style = cell?.header ? ctx.styles.TableHeading : ctx.styles.TableText;
      const shade = cell?.header ? '<w:shd w:val="clear" w:color="auto" w:fill="1F3864"/>' : '';
      const runs = slot?.start ? cell!.lines.map((l, i) => (i > 0 ? '<w:r><w:br/></w:r>' : '') + textRun(l, {}, ctx)).join('') : '';
      out += `<w:tc><w:tcPr><w:tcW w:w="${width}" w:type="dxa"/>${across > 1 ? `<w:gridSpan w:val="${across}"/>` : ''}${merge}${shade}</w:tcPr>${paragraph(style, runs)}</w:tc>`;
      c += across - 1;
    }
    return `<w:tr>${out}</w:tr>`;
  });
  return tableXml(ctx, widths, trs.join('')) + spacerParagraph(ctx);
}

/** The table element with our table style, fixed layout and explicit grid. */
export function tableXml(ctx: WmlContext, widths: number[], rows: string): string {
  const total = widths.reduce((a, b) => a + b, 0);
  const grid = widths.map((w) => `<w:gridCol w:w="${w}"/>`).join('');
  return (
    `<w:tbl><w:tblPr><w:tblStyle w:val="${xmlAttr(ctx.styles.MinutesTable)}"/><w:tblW w:w="${total}" w:type="dxa"/>` +
    `<w:tblLayout w:type="fixed"/><w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" w:noHBand="1" w:noVBand="1"/></w:tblPr>` +
    `<w:tblGrid>${grid}</w:tblGrid>${rows}</w:tbl>`
  );
}

/** Word runs two adjacent tables together; a small empty paragraph keeps them apart. */
export function spacerParagraph(ctx: WmlContext): string {
  return paragraph(ctx.styles.Normal, '', '<w:spacing w:before="0" w:after="120"/>');
}

function safeDecode(url: string): string {
  try {
    return decodeURI(url);
  } catch {
    return url;
  }
}
