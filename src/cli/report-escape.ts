/**
 * Text from a minutes file (a reason quoting a value, a file name) must not act on the terminal or
 * CI that shows a report: a control character can move the cursor or recolour a log, and a line
 * starting `::` (or holding the older `##[`) is a GitHub Actions workflow command that can add
 * annotations, mask text or stop the log. Each report format escapes them in its own syntax.
 */

/** C0 and C1 controls, DEL, and the Unicode line and paragraph separators. */
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;

const hex = (c: string, width: number) => c.charCodeAt(0).toString(16).toUpperCase().padStart(width, '0');

/** For plain-text reports: controls shown as `\xNN` / `\uNNNN`, markers broken with a backslash. */
export function escapeText(s: string): string {
  return s
    .replace(CONTROL, (c) => (c.charCodeAt(0) < 0x100 ? `\\x${hex(c, 2)}` : `\\u${hex(c, 4)}`))
    .replace(/::/g, ':\\:')
    .replace(/##\[/g, '#\\#[');
}

/**
 * For JSON text (json, SARIF): JSON.stringify already escapes C0 controls; the rest are written as
 * `\u` escapes, which a JSON reader turns back into the same string, so nothing is lost.
 */
export function escapeJson(json: string): string {
  return json
    .replace(/[\u007f-\u009f\u2028\u2029]/g, (c) => `\\u${hex(c, 4)}`)
    .replace(/::/g, ':\\u003A')
    .replace(/##\[/g, '##\\u005B');
}

/**
 * For XML text and attribute values. XML 1.0 cannot hold most C0 controls even as character
 * references, so those are shown as `\xNN`; everything else is a reference, read back unchanged.
 */
export function escapeXml(s: string): string {
  return s
    .replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)
    .replace(/[\t\n\r\u007f-\u009f\u2028\u2029]/g, (c) => `&#${c.charCodeAt(0)};`)
    .replace(/[\u0000-\u001f]/g, (c) => `\\x${hex(c, 2)}`)
    .replace(/::/g, ':&#58;')
    .replace(/##\[/g, '#&#35;[');
}
