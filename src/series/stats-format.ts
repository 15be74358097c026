/** Attendance statistics as a terminal table, CSV or JSON, and the chart as hand-written SVG. Pure and deterministic. */
import { csvTable, textTable } from '../util/tables.js';
import type { Attendance, SeriesStats } from './stats.js';

export type StatsFormat = 'table' | 'csv' | 'json';

const pct = (r: number | undefined) => (r === undefined ? '' : `${Math.round(r * 100)}%`);
const MARK: Record<Attendance, string> = { present: 'P', alternate: 'A', apologies: 'a', absent: '-' };

export function formatStats(s: SeriesStats, format: StatsFormat): string {
  if (format === 'json') return JSON.stringify(s, null, 2) + '\n';
  if (format === 'csv') {
    const head = ['category', 'name', 'present', 'alternate', 'apologies', 'absent', 'eligible', 'rate', ...s.meetings.map((m) => `meeting_${m.meeting}`)];
    const rows = s.members.map((m) => [m.category, m.name, m.present, m.alternate, m.apologies, m.absent, m.eligible, m.rate === undefined ? '' : m.rate.toFixed(3), ...m.record.map((r) => r ?? '')].map(String));
    return csvTable(head, rows);
  }
  const header = ['Member', 'Category', 'Present', 'Alternate', 'Apologies', 'Absent', 'Rate', s.meetings.map((m) => m.meeting).join(' ')];
  const rows = s.members.map((m) => [m.name, m.category, String(m.present), String(m.alternate), String(m.apologies), String(m.absent), pct(m.rate), m.record.map((r, i) => (r ? MARK[r] : ' ').padEnd(s.meetings[i]!.meeting.length)).join(' ')]);
  const totals = s.meetings.map((m) => `${m.meeting}: ${m.present} present, ${m.alternate} by alternate, ${m.apologies} apologies, ${m.absent} absent; ${m.openActions} open actions`);
  return [...textTable(header, rows, { right: [2, 3, 4, 5, 6] }), '', 'P present, A by an alternate, a apologies, - absent, blank not in office', '', ...totals].join('\n') + '\n';
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const n = (v: number) => (Math.round(v * 10) / 10).toString();

/**
 * Stacked bars of attendance per meeting (members present, by alternate, apologies, absent) and
 * a line of the actions open after each meeting, on its own scale at the right.
 */
export function statsSvg(s: SeriesStats, title: string): string {
  const W = 760;
  const H = 400;
  const left = 56;
  const right = 56;
  const top = 56;
  const bottom = 72;
  const plotW = W - left - right;
  const plotH = H - top - bottom;
  const count = Math.max(1, s.meetings.length);
  const slot = plotW / count;
  const barW = Math.min(48, slot * 0.6);
  const maxMembers = Math.max(1, ...s.meetings.map((m) => m.present + m.alternate + m.apologies + m.absent));
  const maxOpen = Math.max(1, ...s.meetings.map((m) => m.openActions));
  const yTicks = ticks(maxMembers);
  const oTicks = ticks(maxOpen);
  const yMax = yTicks[yTicks.length - 1]!;
  const oMax = oTicks[oTicks.length - 1]!;
  const y = (v: number) => top + plotH - (v / yMax) * plotH;
  const yo = (v: number) => top + plotH - (v / oMax) * plotH;
  const colours: Array<[keyof SeriesStats['meetings'][number] & Attendance, string, string]> = [
    ['present', '#1f5f8b', 'Present'],
    ['alternate', '#5b9bd5', 'By an alternate'],
    ['apologies', '#f4b183', 'Apologies'],
    ['absent', '#d9d9d9', 'Absent'],
  ];
  const out: string[] = [];
  out.push(`<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="Arial, Helvetica, sans-serif" font-size="12">`);
  out.push(`<title>${esc(title)}</title>`);
  out.push(`<rect x="0" y="0" width="${W}" height="${H}" fill="#ffffff"/>`);
  out.push(`<text x="${left}" y="24" font-size="16" font-weight="bold" fill="#222222">${esc(title)}</text>`);
  // Grid and left axis: members.
  for (const t of yTicks) {
    out.push(`<line x1="${left}" y1="${n(y(t))}" x2="${W - right}" y2="${n(y(t))}" stroke="#eeeeee"/>`);
    out.push(`<text x="${left - 6}" y="${n(y(t) + 4)}" text-anchor="end" fill="#444444">${t}</text>`);
  }
  out.push(`<text transform="translate(16 ${n(top + plotH / 2)}) rotate(-90)" text-anchor="middle" fill="#444444">Members</text>`);
  for (const t of oTicks) out.push(`<text x="${W - right + 6}" y="${n(yo(t) + 4)}" fill="#7f3f00">${t}</text>`);
  out.push(`<text transform="translate(${W - 14} ${n(top + plotH / 2)}) rotate(90)" text-anchor="middle" fill="#7f3f00">Open actions</text>`);
  // Bars.
  s.meetings.forEach((m, i) => {
    const cx = left + slot * i + slot / 2;
    let base = 0;
    for (const [key, colour, label] of colours) {
      const v = m[key];
      if (v > 0) {
        out.push(`<rect x="${n(cx - barW / 2)}" y="${n(y(base + v))}" width="${n(barW)}" height="${n(y(base) - y(base + v))}" fill="${colour}"><title>Meeting ${esc(m.meeting)}: ${v} ${label.toLowerCase()}</title></rect>`);
      }
      base += v;
    }
    out.push(`<text x="${n(cx)}" y="${top + plotH + 16}" text-anchor="middle" fill="#222222">${esc(m.meeting)}</text>`);
    if (m.date && (count <= 12 || i % Math.ceil(count / 12) === 0)) out.push(`<text x="${n(cx)}" y="${top + plotH + 30}" text-anchor="middle" font-size="10" fill="#666666">${esc(m.date)}</text>`);
  });
  out.push(`<line x1="${left}" y1="${top + plotH}" x2="${W - right}" y2="${top + plotH}" stroke="#888888"/>`);
  // Open actions line.
  const pts = s.meetings.map((m, i) => `${n(left + slot * i + slot / 2)},${n(yo(m.openActions))}`);
  if (pts.length > 1) out.push(`<polyline points="${pts.join(' ')}" fill="none" stroke="#c55a11" stroke-width="2.5"/>`);
  s.meetings.forEach((m, i) => out.push(`<circle cx="${n(left + slot * i + slot / 2)}" cy="${n(yo(m.openActions))}" r="4" fill="#c55a11"><title>Meeting ${esc(m.meeting)}: ${m.openActions} open actions</title></circle>`));
  // Legend.
  let lx = left;
  const ly = H - 22;
  for (const [, colour, label] of colours) {
    out.push(`<rect x="${lx}" y="${ly - 10}" width="12" height="12" fill="${colour}"/><text x="${lx + 16}" y="${ly}" fill="#222222">${label}</text>`);
    lx += 28 + label.length * 6.5;
  }
  out.push(`<line x1="${lx}" y1="${ly - 4}" x2="${lx + 18}" y2="${ly - 4}" stroke="#c55a11" stroke-width="2.5"/><text x="${lx + 24}" y="${ly}" fill="#222222">Open actions</text>`);
  out.push('</svg>');
  return out.join('\n') + '\n';
}

/** Round tick values from 0 up to at least max, about five of them. */
function ticks(max: number): number[] {
  const step = [1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000].find((st) => max / st <= 6) ?? Math.ceil(max / 5);
  const out: number[] = [];
  for (let v = 0; v < max + step; v += step) out.push(v);
  return out;
}
