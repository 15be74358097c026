/**
 * Tracked changes (OOXML `w:ins`, `w:del`, `w:moveFrom`, `w:moveTo` around runs). mammoth keeps
 * every insertion and drops every deletion without a word; here the document is made explicitly
 * "all accepted" or "all rejected" before mammoth reads it, and the changes are counted so that
 * the import can say so.
 */
// A wrapper is a start tag that is not self-closing; `w:ins/` inside `w:rPr` only marks a
// paragraph mark as inserted and holds no text. `w:del(?=[\s>])` keeps `w:delText` out.
const WRAPPED = (name: string) => new RegExp(`<w:${name}(?=[\\s>])[^>]*?(?<!/)>[\\s\\S]*?</w:${name}>`, 'g');
const OPEN = (name: string) => new RegExp(`<w:${name}(?=[\\s>])[^>]*?(?<!/)>|</w:${name}>`, 'g');

export interface Revised {
  xml: string;
  changes: number;
}

export function countChanges(xml: string): number {
  let n = 0;
  for (const name of ['ins', 'del', 'moveFrom', 'moveTo']) n += xml.match(WRAPPED(name))?.length ?? 0;
  return n;
}

export function applyChanges(xml: string, mode: 'accept' | 'reject'): Revised {
  const changes = countChanges(xml);
  if (changes === 0) return { xml, changes };
  const [drop, keep] = mode === 'accept' ? [['del', 'moveFrom'], ['ins', 'moveTo']] : [['ins', 'moveTo'], ['del', 'moveFrom']];
  let out = xml;
  for (const name of drop) out = out.replace(WRAPPED(name), '');
  for (const name of keep) out = out.replace(OPEN(name), '');
  // Deleted text is written in w:delText (and w:delInstrText); kept, it becomes ordinary text.
  if (mode === 'reject') out = out.replace(/<(\/?)w:delText\b/g, '<$1w:t').replace(/<(\/?)w:delInstrText\b/g, '<$1w:instrText');
  return { xml: out, changes };
}
