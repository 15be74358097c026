/**
 * Which meeting's minutes each approval of a series approves (FORMAT §6). An approval names its
 * minutes by date, month, number or as "the previous meeting" (model/approvals.ts); here the
 * name is matched against the meetings of the series. Pure: meetings in, links out.
 */
import { compareText } from '../util/compare-text.js';
import type { Approval, Meeting } from '../model/types.js';

export interface ApprovalLink {
  /** The meeting that records the approval. */
  by: Meeting;
  approval: Approval;
  /** The meeting whose minutes it approves, when one of the series fits. */
  of?: Meeting;
  /**
   * Set when no meeting fits although one should: `after`, the minutes named are of this meeting
   * or a later one; `missing`, the name falls among the meetings of the series but none has it.
   * Names before the first meeting of the series are left alone: the repository may start later.
   */
  unknown?: 'after' | 'missing';
  /** For `missing`: the meeting of the series nearest to what was named, to suggest. */
  nearest?: Meeting;
}

export function resolveApprovals(meetings: readonly Meeting[]): ApprovalLink[] {
  const out: ApprovalLink[] = [];
  meetings.forEach((by, i) => {
    for (const approval of by.approvals) out.push(link(meetings, i, approval));
  });
  return out;
}

function link(meetings: readonly Meeting[], i: number, approval: Approval): ApprovalLink {
  const by = meetings[i]!;
  const others = meetings.filter((m) => m !== by);
  const t = approval.target;
  const base: ApprovalLink = { by, approval };
  if (t.kind === 'previous') {
    const prev = meetings[i - 1];
    return prev ? { ...base, of: prev } : base;
  }
  const value = t.value ?? '';
  if (t.kind === 'date') {
    const hit = others.find((m) => m.date === value);
    if (hit) return { ...base, of: hit };
    if (by.date !== undefined && compareText(value, by.date) >= 0) return { ...base, unknown: 'after' };
    const first = meetings.find((m) => m.date !== undefined)?.date;
    if (first !== undefined && compareText(value, first) > 0) return withNearest({ ...base, unknown: 'missing' }, others, value);
    return base;
  }
  if (t.kind === 'month') {
    const hits = others.filter((m) => m.date?.startsWith(value) && (by.date === undefined || compareText(m.date, by.date) < 0));
    if (hits.length > 0) return { ...base, of: hits.at(-1)! };
    if (by.date !== undefined && compareText(value, by.date.slice(0, 7)) > 0) return { ...base, unknown: 'after' };
    const first = meetings.find((m) => m.date !== undefined)?.date;
    if (first !== undefined && compareText(value, first.slice(0, 7)) > 0 && by.date !== undefined && compareText(value, by.date.slice(0, 7)) < 0) return withNearest({ ...base, unknown: 'missing' }, others, `${value}-15`);
    return base;
  }
  const hit = others.find((m) => m.meeting !== undefined && m.meeting.toLowerCase() === value.toLowerCase());
  if (hit) return { ...base, of: hit };
  const n = Number.parseInt(value, 10);
  if (by.meetingNumber !== undefined && n >= by.meetingNumber) return { ...base, unknown: 'after' };
  const firstNumber = meetings.find((m) => m.meetingNumber !== undefined)?.meetingNumber;
  if (firstNumber !== undefined && n > firstNumber) return { ...base, unknown: 'missing' };
  return base;
}

function withNearest(l: ApprovalLink, others: readonly Meeting[], date: string): ApprovalLink {
  const day = (d: string) => Date.parse(`${d}T00:00:00Z`) / 86_400_000;
  let best: Meeting | undefined;
  let gap = Infinity;
  for (const m of others) {
    if (m.date === undefined || l.by.date === undefined || compareText(m.date, l.by.date) >= 0) continue;
    const g = Math.abs(day(m.date) - day(date));
    if (g < gap) [best, gap] = [m, g];
  }
  return best !== undefined && gap <= 31 ? { ...l, nearest: best } : l;
}
