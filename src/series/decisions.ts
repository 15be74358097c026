/** Decisions across the meetings of a series, filtered (pure). */
import { motionFacts } from '../model/readers/motion.js';
import type { Meeting } from '../model/types.js';
import { csvTable, markdownTable, textTable } from '../util/tables.js';

export interface DecisionRow {
  meeting: string;
  date?: string;
  item?: string;
  /** The agenda item's title, when the decision stands in one. */
  itemTitle?: string;
  verb: string;
  text: string;
  /** For a motion: mover, seconder and result as the minutes wrote them. */
  mover?: string;
  seconder?: string;
  result?: string;
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
    // An item is shown by its number as written, or not at all: never by the key the model gives an unnumbered one ("#1").
    const numbers = new Map<string, string>();
    const index = (items: Meeting['agenda']) => items.forEach((i) => { titles.set(i.number, i.title); if (i.written) numbers.set(i.number, i.written.text.replace(/[.:]$/, '')); index(i.children); });
    index(m.agenda);
    for (const d of m.decisions) {
      // A guess is shown by inspect, never listed (model/certainty.ts).
      if (d.certain === false) continue;
      if (verbs && !verbs.includes(d.verb.toUpperCase())) continue;
      if (text && !d.text.toLowerCase().includes(text)) continue;
      rows.push({
        meeting: m.meeting ?? '?',
        ...(m.date ? { date: m.date } : {}),
        ...(d.item && numbers.has(d.item) ? { item: numbers.get(d.item)! } : {}),
        ...(d.item && titles.has(d.item) ? { itemTitle: titles.get(d.item)! } : {}),
        verb: d.verb,
        text: d.text.replace(/\s+/g, ' ').trim(),
        ...(d.motion ? motionFacts(d.motion) : {}),
        path: m.path,
        line: d.span.start.line,
      });
    }
  }
  return rows;
}

export type DecisionFormat = 'table' | 'markdown' | 'csv' | 'json';

/** `width`: the terminal's, to fit the decision text into; none when the output is not a terminal. */
export function formatDecisions(rows: DecisionRow[], format: DecisionFormat, width = Infinity): string {
  if (format === 'json') return JSON.stringify(rows, null, 2) + '\n';
  const cols: Array<[string, (r: DecisionRow) => string]> = [
    ['Meeting', (r) => r.meeting],
    ['Date', (r) => r.date ?? ''],
    ['Item', (r) => (r.item ? `${r.item}${r.itemTitle ? ` ${r.itemTitle}` : ''}` : '')],
    ['Verb', (r) => r.verb],
    ['Decision', (r) => r.text],
  ];
  // A motion column only when some decision is a motion with a mover, seconder or result.
  if (rows.some((r) => r.mover || r.seconder || r.result)) {
    cols.splice(4, 0, ['Motion', (r) => [r.mover && `moved ${r.mover}`, r.seconder && `seconded ${r.seconder}`, r.result].filter(Boolean).join('; ')]);
  }
  if (format === 'csv') {
    return csvTable(['meeting', 'date', 'item', 'item_title', 'verb', 'text', 'file', 'line', 'mover', 'seconder', 'result'], rows.map((r) => [r.meeting, r.date ?? '', r.item ?? '', r.itemTitle ?? '', r.verb, r.text, r.path, String(r.line), r.mover ?? '', r.seconder ?? '', r.result ?? '']));
  }
  if (rows.length === 0) return 'No decisions match.\n';
  const header = cols.map(([h]) => h);
  const cells = rows.map((r) => cols.map(([, f]) => f(r)));
  if (format === 'markdown') return markdownTable(header, cells);
  const maxWidths = header.map((h) => ({ Item: 32, Motion: 60, Decision: 1000 })[h]);
  return textTable(header, cells, { maxWidths, width }).join('\n') + '\n';
}

