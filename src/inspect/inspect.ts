/**
 * `minutebook inspect`: what was recognised in each file, from the meeting model after series
 * resolution. Pure: analyses in, report out; the CLI prints it.
 */
import type { Analysis } from '../core/analyse.js';
import type { Meeting } from '../model/types.js';
import type { NotMinutes } from '../model/readers/kept-head.js';
import { meetingKey } from '../model/meeting-key.js';
import type { Register } from '../series/register.js';
import type { ApprovalLink } from '../series/approvals.js';
import { textTable } from '../util/tables.js';
import { FACETS } from './facets.js';
import type { Column, FactRow } from './facts.js';

export interface MeetingFacts {
  committee?: string;
  code?: string;
  /** The number as written in the front matter. */
  number?: string;
  date?: string;
  /** How the register names the meeting: its number, else its date. */
  key: string;
  /** 1-based place by date in its series (the meetings before it that were found), when it is in one. */
  place?: number;
  /** Where the meeting's details were read: `front matter`, or `text` for minutes kept without it. */
  readFrom: 'front matter' | 'text';
  /** The chair and the note taker as the text names them, whom they resolve to, and where. */
  chair?: NamedFact;
  noteTaker?: NamedFact;
  /** "Attendance: all": everyone was present, nobody named. */
  attendanceAll?: boolean;
}

export interface NamedFact {
  name: string;
  /** The listed person the name resolves to, when it is another spelling ("Candle" → "Andrew Wheat"). */
  person?: string;
  at: string;
}

export interface InspectReport {
  path: string;
  meeting?: MeetingFacts;
  /** Why there is no model, when the file could not be read that far. */
  unreadable?: string;
  /** A Markdown file not read as minutes, and why: `agenda only`, `no date`, `no attendance`. */
  notMinutes?: string;
  facets: Record<string, FactRow[]>;
}

export interface SeriesView {
  meetings: readonly Meeting[];
  register?: Register;
  approvals?: readonly ApprovalLink[];
}

export function inspectAnalyses(analyses: Analysis[], seriesOfMeeting: (m: Meeting) => SeriesView | undefined): InspectReport[] {
  return analyses.map((a) => {
    const m = a.meeting;
    if (!m && a.notMinutes === 'agenda-only') return { path: a.file.path, notMinutes: NOT_MINUTES[a.notMinutes], facets: {} };
    if (!m) {
      const first = a.file.messages.find((x) => x.fatal === true) ?? a.file.messages[0];
      return { path: a.file.path, unreadable: first ? `${first.line ?? 1}:${first.column ?? 1} ${first.reason}` : 'no front matter', facets: {} };
    }
    const series = seriesOfMeeting(m);
    const meeting: MeetingFacts = { key: meetingKey(m), readFrom: m.headSource === 'body' ? 'text' : 'front matter' };
    const named = (p: NonNullable<Meeting['chair']>): NamedFact => ({ name: p.written, ...(p.person && p.person.name !== p.written ? { person: p.person.name } : {}), at: `${p.span.start.line}:${p.span.start.column}` });
    if (m.chair) meeting.chair = named(m.chair);
    if (m.noteTaker) meeting.noteTaker = named(m.noteTaker);
    if (m.attendanceAll) meeting.attendanceAll = true;
    if (m.committee !== undefined) meeting.committee = m.committee;
    if (m.code !== undefined) meeting.code = m.code;
    if (m.meeting !== undefined) meeting.number = m.meeting;
    if (m.date !== undefined) meeting.date = m.date;
    if (series) {
      meeting.place = series.meetings.indexOf(m) + 1;
    }
    const facets: Record<string, FactRow[]> = {};
    const ctx = { ...(series?.register ? { register: series.register } : {}), ...(series?.approvals ? { approvals: series.approvals } : {}) };
    for (const f of FACETS) facets[f.key] = f.rows(m, ctx);
    return { path: a.file.path, meeting, facets };
  });
}

const NOT_MINUTES: Record<NotMinutes | 'ignored', string> = {
  'agenda-only': 'agenda only',
  'no-date': 'no date',
  'no-attendance': 'no attendance',
  ignored: 'listed in `ignores`',
};

/** A file the folder walk left aside, listed with its reason. */
export function asideReport(path: string, why: NotMinutes | 'ignored'): InspectReport {
  return { path, notMinutes: NOT_MINUTES[why], facets: {} };
}

export function formatInspectJson(reports: InspectReport[]): string {
  return JSON.stringify(reports, null, 2) + '\n';
}

/** One block per file: the meeting line, then a titled table per facet (facets with no rows say so). */
export function formatInspectTable(reports: InspectReport[]): string {
  const out: string[] = [];
  for (const r of reports) {
    out.push(r.path);
    if (r.notMinutes !== undefined) {
      out.push(`  not read as minutes: ${r.notMinutes}`, '');
      continue;
    }
    if (r.unreadable !== undefined) {
      out.push(`  not understood: ${r.unreadable}`, '');
      continue;
    }
    const m = r.meeting!;
    const parts = [m.committee, m.number !== undefined ? `meeting ${m.number}` : undefined, m.date, m.place !== undefined ? `${ordinal(m.place)} in its series` : undefined].filter(Boolean);
    out.push(`  Meeting: ${parts.join(', ')} (key ${m.key}), read from the ${m.readFrom}`);
    if (m.chair !== undefined || m.noteTaker !== undefined || m.attendanceAll) {
      const shown = (f: NamedFact) => `${f.name}${f.person ? ` (${f.person})` : ''} at ${f.at}`;
      out.push(`  ${[m.chair !== undefined ? `Chair: ${shown(m.chair)}` : undefined, m.noteTaker !== undefined ? `Note taker: ${shown(m.noteTaker)}` : undefined, m.attendanceAll ? 'Attendance: all' : undefined].filter(Boolean).join('; ')}`);
    }
    for (const f of FACETS) {
      const rows = r.facets[f.key] ?? [];
      out.push('', `  ${f.title}: ${rows.length === 0 ? 'none' : rows.length}`);
      if (rows.length > 0) out.push(...table(f.columns, rows).map((l) => `    ${l}`));
    }
    out.push('');
  }
  return out.join('\n');
}

const cell = (v: FactRow[string]): string => (v === undefined ? '' : Array.isArray(v) ? v.join(', ') : String(v));

function table(columns: Column[], rows: FactRow[]): string[] {
  const cells = rows.map((r) => columns.map((c) => cell(r[c.key])));
  return textTable(columns.map((c) => c.header), cells, { maxWidths: columns.map((c) => c.width) });
}

const ordinal = (n: number) => `${n}${n % 100 >= 11 && n % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th')}`;
