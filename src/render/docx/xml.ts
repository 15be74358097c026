/**
 * XML text hygiene for WordprocessingML. Word refuses a part that holds a character XML 1.0
 * forbids (most C0 controls, lone surrogates, U+FFFE/U+FFFF), so every text that reaches a part
 * goes through `xmlText` or `xmlAttr`. The build reports each such character at its source
 * position (see util/forbidden-chars.ts); here they are only dropped.
 */
import { FORBIDDEN_XML_CHARS } from '../../util/forbidden-chars.js';

// Tab, LF and CR are allowed by XML but are never written raw into w:t (see runText).
export function stripForbidden(text: string): string {
  return text.replace(FORBIDDEN_XML_CHARS, '');
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** Escapes text content (and drops forbidden characters). */
export function xmlText(text: string): string {
  return stripForbidden(text).replace(/[&<>]/g, (c) => ESCAPES[c]!);
}

/** Escapes an attribute value written between double quotes. */
export function xmlAttr(text: string): string {
  return stripForbidden(text).replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}
