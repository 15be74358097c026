import { FORBIDDEN_XML_CHARS } from './xml.js';

export const FORBIDDEN_CHAR_RULE = {
  id: 'docx-forbidden-char',
  scope: 'file' as const,
  severity: 'warn' as const,
  description: 'A character that XML 1.0 forbids (a control character) was removed from the DOCX output',
};

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
