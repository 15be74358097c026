import type { SeriesRule } from './types.js';

export const approvalUnknown: SeriesRule = {
  id: 'approval-unknown',
  scope: 'series',
  severity: 'warn',
  description: 'An approval of minutes must name a meeting of the series held before the approving one',
  check(ctx) {
    for (const l of ctx.approvals) {
      if (!l.unknown || l.approval.certainty !== 'certain') continue;
      const t = l.approval.target;
      const named = t.written && t.written !== t.value ? `"${t.written}" (${t.value})` : `"${t.value}"`;
      const what = t.kind === 'number' ? `meeting ${named}` : `the meeting of ${named}`;
      const message =
        l.unknown === 'after'
          ? `The minutes approved here are those of ${what}, which is not an earlier meeting than this one (${l.by.meeting !== undefined ? `meeting ${l.by.meeting}, ` : ''}${l.by.date ?? ''}): name the meeting whose minutes were approved`
          : `The minutes approved here are those of ${what}, but the series has no such meeting${l.nearest ? ` (did you mean the meeting of ${l.nearest.date}?)` : ''}: correct the date or number, or add that meeting's minutes`;
      ctx.report(l.approval.span, message, { path: l.by.path });
    }
  },
};
