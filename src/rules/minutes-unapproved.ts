import type { Meeting } from '../model/types.js';
import type { ApprovalLink } from '../series/approvals.js';
import { isExtraordinary } from '../series/series.js';
import type { SeriesRule } from './types.js';

/** `meeting 2 (2024-02-14)`, or `the meeting of 2024-02-14` without a number. */
export const meetingName = (m: Meeting): string => (m.meeting !== undefined ? `meeting ${m.meeting}${m.date ? ` (${m.date})` : ''}` : `the meeting of ${m.date ?? m.path}`);

const approvedSomehow = (m: Meeting, links: readonly ApprovalLink[]) =>
  m.status === 'approved' || m.approved !== undefined || links.some((l) => l.of === m && l.approval.certainty === 'certain' && l.approval.outcome === 'approved');

export const minutesUnapproved: SeriesRule = {
  id: 'minutes-unapproved',
  scope: 'series',
  severity: 'warn',
  description: 'The minutes of a meeting should be approved at the next meeting (reported only where the series shows it for certain)',
  check(ctx) {
    const links = ctx.approvals;
    const ordinary = ctx.meetings.filter((m) => !isExtraordinary(m));
    const certainOf = (q: Meeting) => links.filter((l) => l.by === q && l.approval.certainty === 'certain');
    // The pairs (meeting, next ordinary meeting), in series order.
    const pairs: Array<[Meeting, Meeting]> = [];
    ctx.meetings.forEach((m, i) => {
      const next = ctx.meetings.slice(i + 1).find((x) => !isExtraordinary(x));
      if (next) pairs.push([m, next]);
    });
    // The habit: every other ordinary meeting with one before it records that it approved the minutes before it.
    const approvesPrevious = (p: Meeting, q: Meeting) => certainOf(q).some((l) => l.of === p && l.approval.outcome === 'approved');
    for (const [m, n] of pairs) {
      if (approvedSomehow(m, links)) continue;
      const own = certainOf(n);
      const place = own[0]?.approval.span ?? n.fields.date?.key ?? n.frontMatterSpan?.start ?? { line: 1, column: 1, offset: 0 };
      const refused = own.find((l) => l.of === m && l.approval.outcome === 'not-approved');
      if (refused) {
        ctx.report(refused.approval.span, `The minutes of ${meetingName(m)} were not approved at this meeting, and no later meeting of the series approves them: record their approval when it is given`, { path: n.path });
        continue;
      }
      const index = ctx.meetings.indexOf(m);
      const earlier = own.find((l) => l.of !== undefined && l.approval.outcome === 'approved' && ctx.meetings.indexOf(l.of) < index);
      if (earlier) {
        ctx.report(earlier.approval.span, `This meeting approved the minutes of ${meetingName(earlier.of!)} but not those of ${meetingName(m)}, the meeting in between: record their approval, or \`approves: ${m.meeting ?? m.date}\``, { path: n.path });
        continue;
      }
      // Silent unless the meeting says nothing at all about approval, the series records it every time, and `n` is certainly the next meeting.
      if (n.approvals.length > 0) continue;
      const numbered = m.meetingNumber !== undefined && n.meetingNumber !== undefined;
      if (numbered && n.meetingNumber !== m.meetingNumber! + 1) continue;
      const others = pairs.filter(([p, q]) => q !== n && ordinary.includes(q));
      if (others.length < 2 || !others.every(([p, q]) => approvesPrevious(p, q))) continue;
      ctx.report(place, `This meeting does not record approving the minutes of ${meetingName(m)}, as every other meeting of the series records the minutes before it: record it ("The minutes of the meeting held on … were approved as a correct record"), or \`approves: ${m.meeting ?? m.date}\``, { path: n.path });
    }
  },
};
