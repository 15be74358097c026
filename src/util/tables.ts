/**
 * The one writer of tables as text: CSV (RFC 4180), Markdown and plain columns for a terminal.
 * `actions`, `decisions`, `stats` and `inspect` all print through it, so that quoting, escaping
 * and clipping are the same everywhere.
 */

/** RFC 4180: CRLF line ends, a field quoted when it holds a quote, comma or line break. */
export function csvTable(header: readonly string[], rows: ReadonlyArray<readonly string[]>): string {
  const field = (v: string) => (/[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  return [header, ...rows].map((r) => r.map(field).join(',')).join('\r\n') + '\r\n';
}

/** A GitHub-flavoured Markdown table; cells are put on one line and `|` and `\` escaped. */
export function markdownTable(header: readonly string[], rows: ReadonlyArray<readonly string[]>): string {
  const cell = (v: string) => oneLine(v).replace(/\\/g, '\\\\').replace(/\|/g, '\\|');
  const line = (r: readonly string[]) => `| ${r.map(cell).join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n') + '\n';
}

export interface TextTableOptions {
  /** Most characters per column (undefined: no limit); longer cells are cut with `…`. */
  maxWidths?: ReadonlyArray<number | undefined>;
  /** Columns aligned right (numbers). */
  right?: readonly number[];
  /** Total width: the last column takes what the others leave, at least 20 characters. */
  width?: number;
}

/** Columns two spaces apart under a header and a rule of dashes, one string per line. */
export function textTable(header: readonly string[], rows: ReadonlyArray<readonly string[]>, o: TextTableOptions = {}): string[] {
  const widths = header.map((h, i) => Math.max(h.length, Math.min(o.maxWidths?.[i] ?? Infinity, Math.max(0, ...rows.map((r) => r[i]!.length)))));
  if (o.width !== undefined && Number.isFinite(o.width) && widths.length > 0) {
    const fixed = widths.slice(0, -1).reduce((a, b) => a + b + 2, 0);
    widths[widths.length - 1] = Math.max(20, Math.min(widths[widths.length - 1]!, o.width - fixed));
  }
  const right = new Set(o.right ?? []);
  const line = (r: readonly string[]) =>
    r.map((v, i) => (right.has(i) ? clip(v, widths[i]!).padStart(widths[i]!) : clip(v, widths[i]!).padEnd(widths[i]!))).join('  ').trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)];
}

export const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();

const clip = (s: string, w: number) => (s.length > w ? `${s.slice(0, Math.max(0, w - 1))}…` : s);
