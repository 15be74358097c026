import { zip, zipEntry, type ZipEntry } from './zip.js';
import { xmlAttr } from './xml.js';

/** A part of the package: its path (no leading slash) and content. */
export interface Part {
  path: string;
  data: string | Uint8Array;
  /** Content type for an Override; parts without one fall back to the extension's Default. */
  contentType?: string;
  /** The same in many documents: compressed once and reused. */
  shared?: boolean;
}

const DEFAULT_TYPES: Record<string, string> = {
  rels: 'application/vnd.openxmlformats-package.relationships+xml',
  xml: 'application/xml',
  png: 'image/png',
  jpeg: 'image/jpeg',
  jpg: 'image/jpeg',
  gif: 'image/gif',
  bmp: 'image/bmp',
  tif: 'image/tiff',
  tiff: 'image/tiff',
  emf: 'image/x-emf',
  wmf: 'image/x-wmf',
  svg: 'image/svg+xml',
};

export function contentTypesXml(parts: Part[]): string {
  const extensions = new Set<string>(['rels', 'xml']);
  for (const p of parts) {
    const ext = p.path.slice(p.path.lastIndexOf('.') + 1).toLowerCase();
    if (!p.contentType && DEFAULT_TYPES[ext]) extensions.add(ext);
  }
  const defaults = [...extensions].sort().map((e) => `<Default Extension="${e}" ContentType="${DEFAULT_TYPES[e]}"/>`);
  const overrides = parts.filter((p) => p.contentType).map((p) => `<Override PartName="/${xmlAttr(p.path)}" ContentType="${p.contentType}"/>`);
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">${defaults.join('')}${overrides.join('')}</Types>`;
}

// Parts that many documents share byte for byte (our styles, theme, settings, a reference
// document's parts) are compressed once per process.
const shared = new Map<string, ZipEntry>();
const SHARED_LIMIT = 64;

/** Zips the parts in the order given, [Content_Types].xml first. Deterministic. */
export function zipPackage(parts: Part[]): Uint8Array {
  const entries: ZipEntry[] = [zipEntry('[Content_Types].xml', contentTypesXml(parts), 6)];
  for (const p of parts) {
    if (p.shared && typeof p.data === 'string') {
      const key = `${p.path}\u0000${p.data}`;
      let e = shared.get(key);
      if (!e) {
        e = zipEntry(p.path, p.data, 6);
        if (shared.size < SHARED_LIMIT) shared.set(key, e);
      }
      entries.push(e);
    } else entries.push(zipEntry(p.path, p.data, 6));
  }
  return zip(entries);
}

export const CT = {
  document: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml',
  styles: 'application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml',
  numbering: 'application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml',
  settings: 'application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml',
  fontTable: 'application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml',
  theme: 'application/vnd.openxmlformats-officedocument.theme+xml',
  header: 'application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml',
  footer: 'application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml',
  core: 'application/vnd.openxmlformats-package.core-properties+xml',
  app: 'application/vnd.openxmlformats-officedocument.extended-properties+xml',
} as const;

export const REL = {
  officeDocument: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument',
  core: 'http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties',
  app: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties',
  styles: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles',
  numbering: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering',
  settings: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings',
  fontTable: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/fontTable',
  theme: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/theme',
  header: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/header',
  footer: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer',
} as const;
