/**
 * Characters XML 1.0 forbids (most C0 controls, lone surrogates, U+FFFE/U+FFFF). Word refuses a
 * part that holds one, so the DOCX writer drops them and the `forbidden-char` rule says where
 * they were written. Tab, LF and CR are allowed by XML and are not listed.
 */
// eslint-disable-next-line no-control-regex
export const FORBIDDEN_XML_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export interface ForbiddenChar {
  offset: number;
  /** `U+0007`. */
  code: string;
}

/**
 * Every character of the source that cannot go into a DOCX part, with its offset, so that the
 * build can report it where it was written (front matter and body alike) before dropping it.
 */
export function findForbiddenChars(source: string): ForbiddenChar[] {
  const found: ForbiddenChar[] = [];
  for (const m of source.matchAll(FORBIDDEN_XML_CHARS)) {
    found.push({ offset: m.index, code: 'U+' + m[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0') });
  }
  return found;
}
