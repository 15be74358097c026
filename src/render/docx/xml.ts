/**
 * XML text hygiene for WordprocessingML. Word refuses a part that holds a character XML 1.0
 * forbids (most C0 controls, lone surrogates, U+FFFE/U+FFFF), so every text that reaches a part
 * goes through `xmlText` or `xmlAttr`. The build reports each such character at its source
 * position (see util/forbidden-chars.ts); here they are only dropped.
 */
import { FORBIDDEN_XML_CHARS } from '../../util/forbidden-chars.js';

/**
 * Any character that may be forbidden: every surrogate, paired or not. Nearly every text has none,
 * and this class is scanned far faster than FORBIDDEN_XML_CHARS with its look-arounds, which then
 * runs only on the few texts that need it (about 2% of a 1,000-meeting DOCX build).
 */
// eslint-disable-next-line no-control-regex
const MAYBE_FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF\uD800-\uDFFF]/;

// Tab, LF and CR are allowed by XML but are never written raw into w:t (see runText).
export function stripForbidden(text: string): string {
  return MAYBE_FORBIDDEN.test(text) ? text.replace(FORBIDDEN_XML_CHARS, '') : text;
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
