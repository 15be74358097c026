import { strFromU8, unzipSync } from 'fflate';

/** What minutebook takes from a user's Word file (config `reference_docx`, `--reference-doc`). */
export interface ReferenceDoc {
  styles?: string;
  numbering?: string;
  fontTable?: string;
  theme?: string;
  /** Page set-up children of the document's last w:sectPr (pgSz, pgMar, cols, docGrid). */
  pageSetup?: string;
  /** Text width in twips, from pgSz and pgMar. */
  textWidth?: number;
  header?: HeaderFooterPart;
  footer?: HeaderFooterPart;
}

export interface HeaderFooterPart {
  xml: string;
  /** Its relationships part, targets rewritten to the copied media. */
  rels?: string;
  /** Media the part refers to, by package path. */
  media: Array<{ path: string; data: Uint8Array }>;
}

export class ReferenceDocError extends Error {}

const RELS_RE = /<Relationship\b[^>]*\/?>/g;

function attr(tag: string, name: string): string | undefined {
  const m = new RegExp(`\\b${name}="([^"]*)"`).exec(tag);
  return m ? m[1] : undefined;
}

function relsOf(files: Record<string, Uint8Array>, part: string): Array<{ id: string; type: string; target: string; external: boolean }> {
  const slash = part.lastIndexOf('/');
  const relsPath = `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
  const data = files[relsPath];
  if (!data) return [];
  return [...strFromU8(data).matchAll(RELS_RE)].map((m) => ({
    id: attr(m[0], 'Id') ?? '',
    type: attr(m[0], 'Type') ?? '',
    target: attr(m[0], 'Target') ?? '',
    external: attr(m[0], 'TargetMode') === 'External',
  }));
}

/** Resolves a relationship target relative to the folder of the part that holds it. */
function resolve(fromPart: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = fromPart.split('/').slice(0, -1);
  for (const seg of target.split('/')) {
    if (seg === '..') parts.pop();
    else if (seg !== '.' && seg !== '') parts.push(seg);
  }
  return parts.join('/');
}

function text(files: Record<string, Uint8Array>, path: string | undefined): string | undefined {
  return path && files[path] ? strFromU8(files[path]) : undefined;
}

export function readReferenceDoc(bytes: Uint8Array, label: string): ReferenceDoc {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes);
  } catch {
    throw new ReferenceDocError(`${label}: not a Word document (.docx is a zip archive)`);
  }
  const main = 'word/document.xml';
  const documentXml = text(files, main);
  if (!documentXml) throw new ReferenceDocError(`${label}: not a Word document (it has no word/document.xml)`);
  const rels = relsOf(files, main);
  const target = (type: string) => {
    const r = rels.find((x) => x.type.endsWith(`/relationships/${type}`) && !x.external);
    return r ? resolve(main, r.target) : undefined;
  };
  const ref: ReferenceDoc = {};
  const styles = text(files, target('styles'));
  if (styles) ref.styles = styles;
  const numbering = text(files, target('numbering'));
  if (numbering) ref.numbering = numbering;
  const fontTable = text(files, target('fontTable'));
  if (fontTable) ref.fontTable = fontTable;
  const theme = text(files, target('theme'));
  if (theme) ref.theme = theme;

  const sectPrs = [...documentXml.matchAll(/<w:sectPr\b[^>]*?(?:\/>|>[\s\S]*?<\/w:sectPr>)/g)];
  const sectPr = sectPrs[sectPrs.length - 1]?.[0];
  if (sectPr) {
    // Only the page set-up, each element with its w: attributes only: other prefixes would need
    // namespace declarations that our document.xml does not carry.
    const keep = ['pgSz', 'pgMar', 'cols', 'docGrid'];
    const pieces: string[] = [];
    for (const name of keep) {
      const m = new RegExp(`<w:${name}\\b[^>]*?(?:/>|>[\\s\\S]*?</w:${name}>)`).exec(sectPr);
      if (m) pieces.push(m[0].replace(/\s(?!w:)[\w-]+:[\w-]+="[^"]*"/g, ''));
    }
    ref.pageSetup = pieces.join('');
    const pgW = Number(/<w:pgSz\b[^>]*\bw:w="(\d+)"/.exec(sectPr)?.[1]);
    const mar = /<w:pgMar\b[^>]*>/.exec(sectPr)?.[0] ?? '';
    const left = Number(attr(mar, 'w:left') ?? attr(mar, 'w:start') ?? NaN);
    const right = Number(attr(mar, 'w:right') ?? attr(mar, 'w:end') ?? NaN);
    if (pgW > 0 && left >= 0 && right >= 0 && pgW - left - right > 2000) ref.textWidth = pgW - left - right;
    for (const kind of ['header', 'footer'] as const) {
      const refTag = new RegExp(`<w:${kind}Reference\\b[^>]*w:type="default"[^>]*/>`).exec(sectPr)?.[0] ?? new RegExp(`<w:${kind}Reference\\b[^>]*/>`).exec(sectPr)?.[0];
      const rid = refTag ? attr(refTag, 'r:id') : undefined;
      const rel = rid ? rels.find((r) => r.id === rid) : undefined;
      if (!rel) continue;
      const partPath = resolve(main, rel.target);
      const xml = text(files, partPath);
      if (!xml) continue;
      ref[kind] = copyHeaderFooter(files, partPath, xml, kind);
    }
  }
  return ref;
}

/** Copies a header or footer with the images it uses, under names of our own. */
function copyHeaderFooter(files: Record<string, Uint8Array>, partPath: string, xml: string, kind: 'header' | 'footer'): HeaderFooterPart {
  const media: HeaderFooterPart['media'] = [];
  const rows: string[] = [];
  let n = 0;
  for (const r of relsOf(files, partPath)) {
    if (r.external) {
      rows.push(`<Relationship Id="${r.id}" Type="${r.type}" Target="${r.target}" TargetMode="External"/>`);
      continue;
    }
    const src = resolve(partPath, r.target);
    const data = files[src];
    if (!data) continue;
    const ext = src.slice(src.lastIndexOf('.')).toLowerCase();
    const path = `word/media/${kind}-${++n}${ext}`;
    media.push({ path, data });
    rows.push(`<Relationship Id="${r.id}" Type="${r.type}" Target="media/${kind}-${n}${ext}"/>`);
  }
  const rels = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rows.join('')}</Relationships>`;
  return { xml, rels, media };
}
