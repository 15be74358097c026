import { crc32, deflateRawSync } from 'node:zlib';

// Node's own zlib (native) compresses several times faster than a JavaScript deflate. Its output
// is the same for the same input and Node version; another zlib may choose other (equally valid)
// deflate bytes, so tests compare DOCX files by their unzipped parts.

/**
 * A minimal ZIP writer for OPC packages: deflated entries, no extra fields, one fixed DOS time,
 * entries in the order given. Same input and Node version, same bytes. Entries can be prepared
 * once and reused, which matters for the parts every document shares (styles, theme…): a
 * thousand documents compress them once.
 */
export interface ZipEntry {
  name: Uint8Array;
  crc: number;
  size: number;
  data: Uint8Array;
}

const enc = new TextEncoder();

export function zipEntry(path: string, content: string | Uint8Array, level: 1 | 3 | 6 | 9 = 6): ZipEntry {
  const bytes = typeof content === 'string' ? enc.encode(content) : content;
  return { name: enc.encode(path), crc: crc32(bytes), size: bytes.length, data: deflateRawSync(bytes, { level }) };
}

// 2000-01-01 00:00:00 as DOS date and time: no build time ever reaches the file.
const DOS_TIME = 0;
const DOS_DATE = ((2000 - 1980) << 9) | (1 << 5) | 1;

export function zip(entries: ZipEntry[]): Uint8Array {
  let total = 22;
  for (const e of entries) total += 30 + e.name.length + e.data.length + 46 + e.name.length;
  const out = new Uint8Array(total);
  const view = new DataView(out.buffer);
  let p = 0;
  const offsets: number[] = [];
  const header = (sig: number, e: ZipEntry, central: boolean, offset: number) => {
    view.setUint32(p, sig, true);
    p += 4;
    if (central) {
      view.setUint16(p, 20, true); // made by: 2.0
      p += 2;
    }
    view.setUint16(p, 20, true); // version needed: 2.0 (deflate)
    view.setUint16(p + 2, 0x0800, true); // flags: names are UTF-8
    view.setUint16(p + 4, 8, true); // method: deflate
    view.setUint16(p + 6, DOS_TIME, true);
    view.setUint16(p + 8, DOS_DATE, true);
    view.setUint32(p + 10, e.crc, true);
    view.setUint32(p + 14, e.data.length, true);
    view.setUint32(p + 18, e.size, true);
    view.setUint16(p + 22, e.name.length, true);
    view.setUint16(p + 24, 0, true); // extra field length
    p += 26;
    if (central) {
      view.setUint16(p, 0, true); // comment length
      view.setUint16(p + 2, 0, true); // disk number
      view.setUint16(p + 4, 0, true); // internal attributes
      view.setUint32(p + 6, 0, true); // external attributes
      view.setUint32(p + 10, offset, true);
      p += 14;
    }
    out.set(e.name, p);
    p += e.name.length;
  };
  for (const e of entries) {
    offsets.push(p);
    header(0x04034b50, e, false, 0);
    out.set(e.data, p);
    p += e.data.length;
  }
  const centralStart = p;
  entries.forEach((e, i) => header(0x02014b50, e, true, offsets[i]!));
  const centralSize = p - centralStart;
  view.setUint32(p, 0x06054b50, true);
  view.setUint16(p + 4, 0, true);
  view.setUint16(p + 6, 0, true);
  view.setUint16(p + 8, entries.length, true);
  view.setUint16(p + 10, entries.length, true);
  view.setUint32(p + 12, centralSize, true);
  view.setUint32(p + 16, centralStart, true);
  view.setUint16(p + 20, 0, true);
  return out;
}
