/** Decisions across the meetings of a series, filtered (pure). */
import type { Meeting } from '../model/types.js';

export interface DecisionRow {
  meeting: string;
  date?: string;
  item?: string;
  /** The agenda item's title, when the decision stands in one. */
  itemTitle?: string;
  verb: string;
  text: string;
  path: string;
  line: number;
}

export interface DecisionFilter {
  verbs?: string[];
  text?: string;
  since?: string;
  until?: string;
}

export function decisionRows(meetings: readonly Meeting[], f: DecisionFilter): DecisionRow[] {
  const verbs = f.verbs?.map((v) => v.toUpperCase());
  const text = f.text?.toLowerCase();
  const rows: DecisionRow[] = [];
  for (const m of meetings) {
    if (f.since && (!m.date || m.date < f.since)) continue;
    if (f.until && (!m.date || m.date > f.until)) continue;
    const titles = new Map<string, string>();
    const index = (items: Meeting['agenda']) => items.forEach((i) => { titles.set(i.number, i.title); index(i.children); });
    index(m.agenda);
    for (const d of m.decisions) {
      if (verbs && !verbs.includes(d.verb.toUpperCase())) continue;
      if (text && !d.text.toLowerCase().includes(text)) continue;
      rows.push({
        meeting: m.meeting ?? '?',
        ...(m.date ? { date: m.date } : {}),
        ...(d.item ? { item: d.item } : {}),
        ...(d.item && titles.has(d.item) ? { itemTitle: titles.get(d.item)! } : {}),
        verb: d.verb,
        text: d.text.replace(/\s+/g, ' ').trim(),
        path: m.path,
        line: d.span.start.line,
      });
    }
  }
  return rows;
}

export type DecisionFormat = 'table' | 'markdown' | 'csv' | 'json';

export function formatDecisions(rows: DecisionRow[], format: DecisionFormat): string {
  if (format === 'json') return JSON.stringify(rows, null, 2) + '\n';
  const cols: Array<[string, (r: DecisionRow) => string]> = [
    ['Meeting', (r) => r.meeting],
    ['Date', (r) => r.date ?? ''],
    ['Item', (r) => (r.item ? `${r.item}${r.itemTitle ? ` ${r.itemTitle}` : ''}` : '')],
    ['Verb', (r) => r.verb],
    ['Decision', (r) => r.text],
  ];
  if (format === 'csv') {
    const q = (v: string) => (/[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
    return [['meeting', 'date', 'item', 'item_title', 'verb', 'text', 'file', 'line'].join(','), ...rows.map((r) => [r.meeting, r.date ?? '', r.item ?? '', r.itemTitle ?? '', r.verb, r.text, r.path, String(r.line)].map(q).join(','))].join('\r\n') + '\r\n';
  }
  if (rows.length === 0) return 'No decisions match.\n';
  if (format === 'markdown') {
    const cell = (v: string) => v.replace(/\\/g, '\\\\').replace(/\|/g, '\\|');
    return [`| ${cols.map(([h]) => h).join(' | ')} |`, `| ${cols.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${cols.map(([, f]) => cell(f(r))).join(' | ')} |`)].join('\n') + '\n';
  }
  // A terminal's width where there is one; piped into a file or a pager, nothing is clipped.
  const width = process.stdout.isTTY && process.stdout.columns > 60 ? process.stdout.columns : Number.POSITIVE_INFINITY;
  const cells = rows.map((r) => cols.map(([, f]) => f(r)));
  const widths = cols.map(([h], i) => Math.min(i === 2 ? 32 : 1000, Math.max(h.length, ...cells.map((c) => c[i]!.length))));
  const fixed = widths.slice(0, -1).reduce((a, b) => a + b + 2, 0);
  widths[widths.length - 1] = Math.max(20, Math.min(widths[widths.length - 1]!, width - fixed));
  const clip = (s: string, w: number) => (s.length > w ? `${s.slice(0, w - 1)}…` : s);
  const line = (c: string[]) => c.map((v, i) => clip(v, widths[i]!).padEnd(widths[i]!)).join('  ').trimEnd();
  return [line(cols.map(([h]) => h)), line(widths.map((w) => '-'.repeat(w))), ...cells.map(line)].join('\n') + '\n';
}
