/**
 * `minutebook inspect`: what was recognised in each file, from the meeting model after series
 * resolution. Pure: analyses in, report out; the CLI prints it.
 */
import type { Analysis } from '../core/analyse.js';
import type { Meeting } from '../model/types.js';
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
}

export interface InspectReport {
  path: string;
  meeting?: MeetingFacts;
  /** Why there is no model, when the file could not be read that far. */
  unreadable?: string;
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
    if (!m) {
      const first = a.file.messages.find((x) => x.fatal === true) ?? a.file.messages[0];
      return { path: a.file.path, unreadable: first ? `${first.line ?? 1}:${first.column ?? 1} ${first.reason}` : 'no front matter', facets: {} };
    }
    const series = seriesOfMeeting(m);
    const meeting: MeetingFacts = { key: meetingKey(m) };
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

export function formatInspectJson(reports: InspectReport[]): string {
  return JSON.stringify(reports, null, 2) + '\n';
}

/** One block per file: the meeting line, then a titled table per facet (facets with no rows say so). */
export function formatInspectTable(reports: InspectReport[]): string {
  const out: string[] = [];
  for (const r of reports) {
    out.push(r.path);
    if (r.unreadable !== undefined) {
      out.push(`  not understood: ${r.unreadable}`, '');
      continue;
    }
    const m = r.meeting!;
    const parts = [m.committee, m.number !== undefined ? `meeting ${m.number}` : undefined, m.date, m.place !== undefined ? `${ordinal(m.place)} in its series` : undefined].filter(Boolean);
    out.push(`  Meeting: ${parts.join(', ')} (key ${m.key})`);
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
