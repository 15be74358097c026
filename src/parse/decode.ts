/**
 * Turns file bytes into text, or says precisely why it cannot: minutes come from Word, email and
 * editors on every platform, so a binary file or a broken encoding must be named, not crashed on.
 * UTF-8 is the format's encoding; UTF-16 and UTF-32 are read when a byte-order mark says so
 * (Windows tools save "Unicode" text that way), and `--fix` writes them back as they came.
 */
import { createLocator } from './locate.js';

export type SourceEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'utf-32le' | 'utf-32be';

export type Decoded =
  | { ok: true; text: string; bom: boolean; encoding: SourceEncoding }
  | { ok: false; reason: string; offset: number; line: number; column: number };

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** The encoding a byte-order mark announces, and the mark's length; UTF-32 first, as its LE mark starts like UTF-16's. */
function sniff(b: Uint8Array): { encoding: SourceEncoding; bomLength: number } {
  const at = (i: number) => b[i];
  if (at(0) === 0xff && at(1) === 0xfe && at(2) === 0 && at(3) === 0) return { encoding: 'utf-32le', bomLength: 4 };
  if (at(0) === 0 && at(1) === 0 && at(2) === 0xfe && at(3) === 0xff) return { encoding: 'utf-32be', bomLength: 4 };
  if (at(0) === 0xff && at(1) === 0xfe) return { encoding: 'utf-16le', bomLength: 2 };
  if (at(0) === 0xfe && at(1) === 0xff) return { encoding: 'utf-16be', bomLength: 2 };
  return { encoding: 'utf-8', bomLength: 0 };
}

export function decodeSource(bytes: Uint8Array): Decoded {
  const { encoding, bomLength } = sniff(bytes);
  if (encoding !== 'utf-8') return decodeWide(bytes, encoding, bomLength);
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    const { line, column } = lineColumnOfByte(bytes, nul);
    const hint = looksLikeUtf16(bytes) ? ': it looks like UTF-16 without a byte-order mark; save it as UTF-8' : ': not a text file';
    return { ok: false, reason: `binary data (a NUL byte)${hint}`, offset: nul, line, column };
  }
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    const bad = firstInvalidUtf8(bytes);
    const { line, column } = lineColumnOfByte(bytes, bad);
    const hex = bytes[bad]!.toString(16).toUpperCase().padStart(2, '0');
    return { ok: false, reason: `invalid UTF-8 (byte 0x${hex} at byte offset ${bad}); save the file as UTF-8`, offset: bad, line, column };
  }
  const bom = text.charCodeAt(0) === 0xfeff;
  return { ok: true, text: bom ? text.slice(1) : text, bom, encoding };
}

/** The bytes of a text in the encoding it was read in (for `--fix`). */
export function encodeSource(text: string, encoding: SourceEncoding, bom: boolean): Uint8Array {
  const whole = (bom || encoding !== 'utf-8' ? '\uFEFF' : '') + text;
  if (encoding === 'utf-8') return new TextEncoder().encode(whole);
  const points = [...whole].map((c) => c.codePointAt(0)!);
  if (encoding === 'utf-32le' || encoding === 'utf-32be') {
    const out = new DataView(new ArrayBuffer(points.length * 4));
    points.forEach((p, i) => out.setUint32(i * 4, p, encoding === 'utf-32le'));
    return new Uint8Array(out.buffer);
  }
  const out = new DataView(new ArrayBuffer(whole.length * 2));
  for (let i = 0; i < whole.length; i++) out.setUint16(i * 2, whole.charCodeAt(i), encoding === 'utf-16le');
  return new Uint8Array(out.buffer);
}

/** UTF-16 or UTF-32 after its byte-order mark: code units read one by one, so a fault has an exact place. */
function decodeWide(bytes: Uint8Array, encoding: SourceEncoding, bomLength: number): Decoded {
  const width = encoding.startsWith('utf-32') ? 4 : 2;
  const little = encoding.endsWith('le');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const name = encoding.toUpperCase().replace(/(LE|BE)$/, ' $1');
  let text = '';
  let line = 1;
  let column = 1;
  const fail = (offset: number, what: string): Decoded => ({ ok: false, reason: `invalid ${name} (${what} at byte offset ${offset}); save the file as UTF-8`, offset, line, column });
  for (let i = bomLength; i < bytes.length; ) {
    if (i + width > bytes.length) return fail(i, 'the file ends half-way through a character');
    let cp: number;
    if (width === 4) {
      cp = view.getUint32(i, little);
      if (cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return fail(i, `U+${cp.toString(16).toUpperCase()} is not a character`);
      i += 4;
    } else {
      cp = view.getUint16(i, little);
      if (cp >= 0xdc00 && cp <= 0xdfff) return fail(i, 'a lone low surrogate');
      if (cp >= 0xd800 && cp <= 0xdbff) {
        const low = i + 4 <= bytes.length ? view.getUint16(i + 2, little) : -1;
        if (low < 0xdc00 || low > 0xdfff) return fail(i, 'a lone high surrogate');
        cp = 0x10000 + ((cp - 0xd800) << 10) + (low - 0xdc00);
        i += 2;
      }
      i += 2;
    }
    if (cp === 0) return { ok: false, reason: 'binary data (a NUL character): not a text file', offset: i - width, line, column };
    const c = String.fromCodePoint(cp);
    text += c;
    // LF, CRLF and a lone CR end a line, as for every other finding (see locate.ts).
    if (c === '\n' || (c === '\r' && !nextIsLf(view, i, width, little))) {
      line++;
      column = 1;
    } else if (c !== '\r') column += c.length; // UTF-16 units, as locate.ts counts columns
  }
  return { ok: true, text, bom: true, encoding };
}

function nextIsLf(view: DataView, i: number, width: number, little: boolean): boolean {
  if (i + width > view.byteLength) return false;
  return (width === 4 ? view.getUint32(i, little) : view.getUint16(i, little)) === 0x0a;
}

/** Text saved as UTF-16 without a mark: ASCII letters alternate with NUL bytes. */
function looksLikeUtf16(b: Uint8Array): boolean {
  const n = Math.min(b.length, 64) & ~1;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (b[i] === 0) even++;
    if (b[i + 1] === 0) odd++;
  }
  return n >= 8 && Math.max(even, odd) >= n / 2 - 1 && Math.min(even, odd) === 0;
}

/** Byte offset of the first malformed UTF-8 sequence. */
function firstInvalidUtf8(b: Uint8Array): number {
  let i = 0;
  while (i < b.length) {
    const c = b[i]!;
    let need = 0;
    let min = 0;
    if (c < 0x80) { i++; continue; }
    else if (c >= 0xc2 && c <= 0xdf) { need = 1; min = 0x80; }
    else if (c >= 0xe0 && c <= 0xef) { need = 2; min = 0x800; }
    else if (c >= 0xf0 && c <= 0xf4) { need = 3; min = 0x10000; }
    else return i;
    if (i + need >= b.length) return i;
    let cp = c & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const cc = b[i + k];
      if (cc === undefined || (cc & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (cc & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return Math.max(0, b.length - 1);
}

/** Line and column of a byte offset, counted in the text before it as every other finding is (see locate.ts). */
function lineColumnOfByte(b: Uint8Array, offset: number): { line: number; column: number } {
  const before = new TextDecoder('utf-8').decode(b.subarray(0, offset));
  const { line, column } = createLocator(before).point(before.length);
  return { line, column };
}
