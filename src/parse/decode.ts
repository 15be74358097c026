/**
 * Turns file bytes into text, or says precisely why it cannot: minutes come from Word, email and
 * editors on every platform, so a binary file or a broken encoding must be named, not crashed on.
 */
import { createLocator } from './locate.js';

export type Decoded =
  | { ok: true; text: string; bom: boolean }
  | { ok: false; reason: string; offset: number; line: number; column: number };

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

export function decodeSource(bytes: Uint8Array): Decoded {
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    const { line, column } = lineColumnOfByte(bytes, nul);
    return { ok: false, reason: 'binary data (a NUL byte): not a text file', offset: nul, line, column };
  }
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    const bad = firstInvalidUtf8(bytes);
    const { line, column } = lineColumnOfByte(bytes, bad);
    const hex = bytes[bad]!.toString(16).toUpperCase().padStart(2, '0');
    return { ok: false, reason: `invalid UTF-8 (byte 0x${hex} at byte offset ${bad}); save the file as UTF-8`, offset: bad, line, column };
  }
  const bom = text.charCodeAt(0) === 0xfeff;
  return { ok: true, text: bom ? text.slice(1) : text, bom };
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
