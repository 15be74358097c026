/** The action register as a terminal table, Markdown, CSV, JSON or a standalone HTML page. Pure. */
import { csvTable, markdownTable, oneLine, textTable } from '../util/tables.js';
import type { RegisterRow } from './register.js';

export type RegisterFormat = 'table' | 'markdown' | 'csv' | 'json' | 'html';

export interface SeriesRows {
  code: string;
  committee?: string;
  rows: RegisterRow[];
}

const raisedText = (r: RegisterRow) => (r.raised ? `${r.raised}${r.raisedMeeting ? ` (${r.raisedMeeting})` : ''}` : '');
const closedText = (r: RegisterRow) => (r.closedMeeting ? `${r.closedMeeting}${r.closedDate ? ` (${r.closedDate})` : ''}` : '');
/** "2024-03-13 → 2024-04-10 (rev. 2)": every target after the first says which meeting set it. */
const targetText = (r: RegisterRow) =>
  r.targetHistory.map((t, i) => (i === 0 ? t.date : `${t.date} (rev. ${t.meeting})`)).join(' → ');
const ageText = (r: RegisterRow) => (r.ageDays === undefined ? '' : `${r.ageDays}d`);

const COLUMNS: Array<[string, (r: RegisterRow) => string]> = [
  ['ID', (r) => r.id],
  ['Owner', (r) => r.owner],
  ['Raised', raisedText],
  ['Target', targetText],
  ['Status', (r) => r.status],
  ['Closed', closedText],
  ['Age', ageText],
  ['Overdue', (r) => (r.overdue ? 'yes' : '')],
  ['Action', (r) => r.action],
];

/** `width`: the terminal's, to fit the action text into; none when the output is not a terminal. */
export function formatRegister(all: SeriesRows[], format: RegisterFormat, width = Infinity): string {
  switch (format) {
    case 'json':
      return JSON.stringify(all.flatMap((s) => s.rows.map((r) => ({ series: s.code, ...r }))), null, 2) + '\n';
    case 'csv':
      return csv(all);
    case 'markdown':
      return all.map((s) => markdown(s, all.length > 1)).join('\n');
    case 'html':
      return html(all);
    default:
      return all.map((s) => table(s, all.length > 1, width)).join('\n');
  }
}

function table(s: SeriesRows, titled: boolean, width: number): string {
  const head = titled ? `${s.code}${s.committee ? ` — ${s.committee}` : ''}\n` : '';
  if (s.rows.length === 0) return `${head}No actions match.\n`;
  const cells = s.rows.map((r) => COLUMNS.map(([, f]) => oneLine(f(r))));
  // The action text, last, takes whatever width is left.
  return head + textTable(COLUMNS.map(([h]) => h), cells, { width }).join('\n') + '\n';
}

function markdown(s: SeriesRows, titled: boolean): string {
  const head = titled ? `## ${s.code}${s.committee ? ` — ${s.committee}` : ''}\n\n` : '';
  if (s.rows.length === 0) return `${head}No actions match.\n`;
  return head + markdownTable(COLUMNS.map(([h]) => h), s.rows.map((r) => COLUMNS.map(([, f]) => f(r))));
}

const CSV_COLUMNS: Array<[string, (r: RegisterRow, code: string) => string]> = [
  ['series', (_r, code) => code],
  ['id', (r) => r.id],
  ['action', (r) => r.action],
  ['owner', (r) => r.owner],
  ['raised_meeting', (r) => r.raisedMeeting ?? ''],
  ['raised', (r) => r.raised ?? ''],
  ['target', (r) => r.target ?? ''],
  ['target_history', (r) => r.targetHistory.map((t) => `${t.date} ${t.kind} at ${t.meeting}`).join('; ')],
  ['status', (r) => r.status],
  ['closed_meeting', (r) => r.closedMeeting ?? ''],
  ['closed', (r) => r.closedDate ?? ''],
  ['age_days', (r) => (r.ageDays === undefined ? '' : String(r.ageDays))],
  ['overdue', (r) => (r.overdue ? 'true' : 'false')],
];

function csv(all: SeriesRows[]): string {
  return csvTable(CSV_COLUMNS.map(([h]) => h), all.flatMap((s) => s.rows.map((r) => CSV_COLUMNS.map(([, f]) => f(r, s.code)))));
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function html(all: SeriesRows[]): string {
  const title = all.length === 1 ? `Action register — ${all[0]!.committee ?? all[0]!.code}` : 'Action register';
  const sections = all.map((s) => {
    const rows = s.rows.map((r) => {
      const cls = [r.status, r.overdue ? 'overdue' : ''].filter(Boolean).join(' ');
      return `<tr class="${cls}">${COLUMNS.map(([h, f]) => `<td data-col="${esc(h.toLowerCase())}">${esc(f(r))}</td>`).join('')}</tr>`;
    });
    const head = `<tr>${COLUMNS.map(([h]) => `<th scope="col">${esc(h)}</th>`).join('')}</tr>`;
    const body = s.rows.length ? rows.join('\n') : `<tr><td colspan="${COLUMNS.length}">No actions match.</td></tr>`;
    return `<section>\n<h2>${esc(s.code)}${s.committee ? ` — ${esc(s.committee)}` : ''}</h2>\n<table>\n<thead>${head}</thead>\n<tbody>\n${body}\n</tbody>\n</table>\n</section>`;
  });
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${esc(title)}</title>
<style>
body { font-family: Arial, Helvetica, sans-serif; font-size: 10pt; margin: 2em; }
table { border-collapse: collapse; width: 100%; }
th, td { border: 1px solid #999; padding: 3pt 5pt; text-align: left; vertical-align: top; }
th { background: #e8e8e8; }
tr.closed td { color: #555; }
tr.overdue td[data-col="target"], tr.overdue td[data-col="overdue"] { color: #a00; font-weight: bold; }
</style>
</head>
<body>
<h1>${esc(title)}</h1>
${sections.join('\n')}
</body>
</html>
`;
}

