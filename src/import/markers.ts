/**
 * What mammoth cannot carry is written into document.xml as marker text before it reads the
 * document, and taken out of its HTML after: a list item's number (mammoth restarts lists at 1)
 * and where a review comment was anchored (mammoth drops comments unless mapped as footnotes).
 * The markers are private-use characters that Word documents do not contain.
 */
import { listCounter, readNumbering, type ListNumber } from './numbering.js';
import { attr, escapeXml } from './xml.js';

export const NUM_OPEN = '\uE000';
export const NUM_CLOSE = '\uE001';
export const COMMENT_OPEN = '\uE002';
export const COMMENT_CLOSE = '\uE003';
export const MARKER = /\uE000([^\uE001]*)\uE001|\uE002([^\uE003]*)\uE003/g;

const run = (text: string) => `<w:r><w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r>`;

/** Numbering a paragraph style carries (a "List Number" style with its own numPr). */
function styleNumbering(stylesXml: string | undefined): Map<string, { numId: string; ilvl: number }> {
  const out = new Map<string, { numId: string; ilvl: number }>();
  if (!stylesXml) return out;
  for (const m of stylesXml.matchAll(/<w:style\b([^>]*)>([\s\S]*?)<\/w:style>/g)) {
    const id = attr(m[1]!, 'w:styleId');
    const numId = /<w:numId\b[^>]*w:val="(\d+)"/.exec(m[2]!)?.[1];
    if (id === undefined || numId === undefined) continue;
    out.set(id, { numId, ilvl: Number(/<w:ilvl\b[^>]*w:val="(\d+)"/.exec(m[2]!)?.[1] ?? 0) });
  }
  return out;
}

export function encodeNumber(n: ListNumber): string {
  return `${NUM_OPEN}${n.ordered ? n.value : 0}|${n.label}${NUM_CLOSE}`;
}

export function decodeNumber(inner: string): { value: number; label: string } {
  const bar = inner.indexOf('|');
  return { value: Number(inner.slice(0, bar)), label: inner.slice(bar + 1) };
}

/** document.xml with a number marker at the start of every numbered paragraph and a marker at every comment reference. */
export function addMarkers(documentXml: string, numberingXml: string | undefined, stylesXml: string | undefined): string {
  const next = listCounter(readNumbering(numberingXml));
  const byStyle = styleNumbering(stylesXml);
  let out = documentXml.replace(/(<w:p\b(?:\s[^>]*)?>)(\s*<w:pPr>([\s\S]*?)<\/w:pPr>)?/g, (whole, open: string, pPr: string | undefined, inner: string | undefined) => {
    let numId: string | undefined;
    let ilvl = 0;
    if (inner !== undefined) {
      const direct = /<w:numPr>([\s\S]*?)<\/w:numPr>/.exec(inner);
      if (direct) {
        numId = /<w:numId\b[^>]*w:val="(\d+)"/.exec(direct[1]!)?.[1];
        ilvl = Number(/<w:ilvl\b[^>]*w:val="(\d+)"/.exec(direct[1]!)?.[1] ?? 0);
      } else {
        const style = /<w:pStyle\b[^>]*w:val="([^"]+)"/.exec(inner)?.[1];
        const s = style === undefined ? undefined : byStyle.get(style);
        if (s) ({ numId, ilvl } = s);
      }
    }
    if (numId === undefined || numId === '0') return whole;
    const n = next(numId, ilvl);
    return n ? `${open}${pPr ?? ''}${run(encodeNumber(n))}` : whole;
  });
  out = out.replace(/<w:commentReference\b[^>]*?w:id="([^"]+)"[^>]*\/>/g, (_, id: string) => `<w:t>${COMMENT_OPEN}${escapeXml(id)}${COMMENT_CLOSE}</w:t>`);
  return out;
}
