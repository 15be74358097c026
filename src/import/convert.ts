/**
 * A Word document to minutes' Markdown, pure: bytes in, one Markdown text per meeting (with its
 * pictures) and a report of what was not carried over out. mammoth reads the document (with our
 * style map); the parts it does not read (tracked changes, comments, list numbers, headers and
 * footers) are read from the package here; the unified ecosystem writes the Markdown.
 */
import mammoth from 'mammoth';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import type { Element, Parent, Root } from 'hast';
import { cleanTree } from './clean.js';
import { readComments } from './comments.js';
import { elements, HEADINGS, isElement, textOf, text } from './hast.js';
import { addMarkers } from './markers.js';
import { openPackage, repack } from './package.js';
import { applyChanges } from './revisions.js';
import { count, emptyReport, type ImportReport } from './report.js';
import { splitMeetings } from './split.js';
import { styleMapFor } from './style-map.js';
import { unrollDiscussions } from './tables.js';
import { toMarkdown } from './to-markdown.js';
import { inferFrontMatter, type Inferred } from './infer.js';
import { readBodyHead } from './head.js';
import { frontMatter, slugOf } from './front-matter.js';
import { wordText } from './xml.js';

export { NotWordError } from './package.js';

export interface ImportOptions {
  /** The document's file name, for the note in the front matter and the slug when no committee is found. */
  source: string;
  changes: 'accept' | 'reject';
  split: boolean;
}

export interface ImportedFile {
  /** `<date>-<slug>`, without `.md`; the pictures go in `<base>-media/`. */
  base: string;
  markdown: string;
  media: Array<{ name: string; bytes: Uint8Array }>;
  date?: string;
  /** What the front matter could not be given ("date", "attendees", …). */
  notFound: string[];
}

export interface ImportResult {
  files: ImportedFile[];
  report: ImportReport;
}

// What browsers show; anything else (EMF, WMF, TIFF) cannot be linked from HTML output.
const SHOWABLE: Record<string, string> = { 'image/png': 'png', 'image/jpeg': 'jpg', 'image/gif': 'gif', 'image/svg+xml': 'svg', 'image/webp': 'webp', 'image/bmp': 'bmp' };

export async function convertDocx(bytes: Uint8Array, o: ImportOptions): Promise<ImportResult> {
  const pkg = openPackage(bytes);
  const report = emptyReport(o.changes);
  let documentXml = pkg.text('word/document.xml')!;
  // Formatting changes keep an old copy of the paragraph's properties; only the current ones count.
  documentXml = documentXml.replace(/<w:(pPrChange|rPrChange|sectPrChange|tblPrChange|trPrChange|tcPrChange)\b[^>]*?(?<!\/)>[\s\S]*?<\/w:\1>|<w:(?:pPrChange|rPrChange)\b[^>]*\/>/g, '');
  const revised = applyChanges(documentXml, o.changes);
  report.changes = revised.changes;
  const marked = addMarkers(revised.xml, pkg.text('word/numbering.xml'), pkg.text('word/styles.xml'));
  const comments = readComments(pkg.text('word/comments.xml'));

  const images: Array<{ contentType: string; bytes: Uint8Array }> = [];
  const result = await mammoth.convertToHtml(
    { buffer: Buffer.from(repack(pkg, { 'word/document.xml': marked })) },
    {
      styleMap: styleMapFor(pkg.text('word/styles.xml')),
      ignoreEmptyParagraphs: false,
      convertImage: mammoth.images.imgElement(async (image) => {
        images.push({ contentType: image.contentType ?? '', bytes: await image.readAsBuffer() });
        return { src: `mb-media:${images.length - 1}` };
      }),
    },
  );
  const unmapped = new Set(result.messages.map((m) => /^Unrecognised (?:paragraph|run) style: '([^']*)'/.exec(m.message)?.[1]).filter((s): s is string => s !== undefined));
  count(report.lost, 'unmapped styles', unmapped.size);

  const headerText = Object.keys(pkg.files)
    .filter((n) => /^word\/(header|footer)\d*\.xml$/.test(n))
    .sort()
    .map((n) => wordText(pkg.text(n)!))
    .filter(Boolean)
    .join('\n');
  count(report.lost, 'header and footer text', new Set(headerText.split('\n').filter((l) => /\p{L}{2}/u.test(l))).size);

  const tree = unified().use(rehypeParse, { fragment: true }).parse(result.value) as Root;
  cleanTree(tree, comments, report);
  countLostTextBoxes(marked, textOf(tree), report);
  const hasTitle = tree.children.some((n) => isElement(n, 'h1') && isTitle(n));
  mergeTitles(tree);
  titleBreaks(tree);
  if (hasTitle) shiftHeadings(tree);
  if (!tree.children.some((n) => isElement(n) && HEADINGS.includes(n.tagName) && !isTitle(n))) pseudoHeadings(tree);
  unrollDiscussions(tree, report);

  const parts = o.split ? splitMeetings(tree) : [tree];
  const files: ImportedFile[] = [];
  const used = new Set<string>();
  const inferredParts = parts.map((part) => inferFrontMatter(part, parts.length === 1 ? headerText : ''));
  // The meetings of one archive share a name in their file names, the committee most of them name.
  const named = new Map<string, number>();
  for (const i of inferredParts) if (i.committee) named.set(i.committee, (named.get(i.committee) ?? 0) + 1);
  const usual = [...named].sort((a, b) => b[1] - a[1])[0]?.[0];
  for (const [k, part] of parts.entries()) {
    const inferred = inferredParts[k]!;
    const name = parts.length > 1 ? usual ?? o.source : inferred.committee ?? inferred.title ?? o.source;
    files.push(meetingFile(part, inferred, { name, source: o.source, images, used, report }));
  }
  return { files, report };
}

/**
 * One meeting's file: its Markdown, then what the model's body readers find in it (date, people,
 * chair), then its name from its date; the pictures' folder is named last, from that name.
 */
function meetingFile(part: Root, inferred: Inferred, o: { name: string; source: string; images: ReadonlyArray<{ contentType: string; bytes: Uint8Array }>; used: Set<string>; report: ImportReport }): ImportedFile {
  const token = `mbmediafolder${o.used.size}x`;
  const media = placeMedia(part, o.images, token, o.report);
  const body = toMarkdown(part, o.report);
  readBodyHead(body, inferred);
  let base = `${inferred.date ?? 'undated'}-${slugOf(o.name)}`;
  for (let k = 2; o.used.has(base); k++) base = `${base.replace(/-\d+$/, '')}-${k}`;
  o.used.add(base);
  const fm = frontMatter(inferred, o.source);
  const markdown = `${fm.text}\n${body.replaceAll(`${token}/`, `${encodeURIComponent(`${base}-media`)}/`)}`;
  return { base, markdown, media, ...(inferred.date ? { date: inferred.date } : {}), notFound: fm.notFound };
}

const isTitle = (e: Element) => Array.isArray(e.properties?.className) && e.properties.className.includes('title');

/** Word titles written over several Title paragraphs are one title: one `#` heading. */
function mergeTitles(tree: Root): void {
  const out: Root['children'] = [];
  let last: Element | undefined;
  for (const n of tree.children) {
    if (n.type === 'text' && !n.value.trim()) continue;
    if (isElement(n, 'h1') && isTitle(n) && last) {
      last.children.push({ type: 'element', tagName: 'br', properties: {}, children: [] }, ...n.children);
      continue;
    }
    last = isElement(n, 'h1') && isTitle(n) ? n : undefined;
    out.push(n);
  }
  tree.children = out;
}

/** A Markdown heading is one line: the breaks of a Word title become dashes. */
function titleBreaks(tree: Root): void {
  for (const [e] of elements(tree)) {
    if (!HEADINGS.includes(e.tagName)) continue;
    for (let i = 0; i < e.children.length; i++) if (isElement(e.children[i] as Element, 'br')) e.children[i] = text(' — ');
  }
}

/** Under a Word title (the Markdown `#`), Heading 1 becomes `##` and so on. */
function shiftHeadings(tree: Root): void {
  for (const [e] of elements(tree)) {
    if (HEADINGS.includes(e.tagName) && !isTitle(e)) e.tagName = `h${Math.min(6, Number(e.tagName[1]) + 1)}`;
  }
}

/**
 * A document without heading styles often makes its headings bold: a short paragraph entirely
 * bold, without a final full stop, becomes a heading.
 */
function pseudoHeadings(tree: Root): void {
  let previous = '';
  for (const node of tree.children) {
    if (!isElement(node)) continue;
    const before = previous;
    previous = textOf(node);
    // A line that goes on from the one before ("Location: …," then the street) is not a heading.
    if (node.tagName !== 'p' || /,$/.test(before)) continue;
    const kids = node.children.filter((c) => !(c.type === 'text' && !c.value.trim()));
    const t = textOf(node);
    // "Date: 5 May" in bold is a labelled line, not a heading.
    if (kids.length === 1 && isElement(kids[0], 'strong') && t.split(' ').length <= 12 && !/[.:;,]$/.test(t) && !/^[^:]{1,30}:/.test(t) && !/^action\b/i.test(t)) {
      node.tagName = 'h2';
      node.children = kids[0].children;
    }
  }
}

function placeMedia(part: Parent, images: ReadonlyArray<{ contentType: string; bytes: Uint8Array }>, folder: string, report: ImportReport): ImportedFile['media'] {
  const media: ImportedFile['media'] = [];
  const drop: Array<[Parent, Element]> = [];
  for (const [e, parent] of elements(part)) {
    if (e.tagName !== 'img') continue;
    const m = /^mb-media:(\d+)$/.exec(String(e.properties?.src ?? ''));
    const image = m ? images[Number(m[1])] : undefined;
    const ext = image && SHOWABLE[image.contentType];
    if (!image || !ext) {
      count(report.lost, 'images browsers cannot show');
      drop.push([parent, e]);
      continue;
    }
    const name = `image-${media.length + 1}.${ext}`;
    media.push({ name, bytes: image.bytes });
    e.properties = { ...e.properties, src: `${encodeURIComponent(folder)}/${name}` };
  }
  for (const [parent, e] of drop) parent.children.splice(parent.children.indexOf(e), 1);
  return media;
}

/** Text boxes whose words mammoth did not bring out (DrawingML boxes without a VML fallback). */
function countLostTextBoxes(documentXml: string, html: string, report: ImportReport): void {
  const seen = new Set<string>();
  for (const m of documentXml.matchAll(/<w:txbxContent>([\s\S]*?)<\/w:txbxContent>/g)) {
    const t = wordText(m[1]!).replace(/\s+/g, ' ').trim();
    if (!t || seen.has(t)) continue;
    seen.add(t);
    if (!html.includes(t.slice(0, 40))) count(report.lost, 'text boxes');
  }
}
