import type { SeriesRule } from './types.js';

/*
 * A committee that numbers its actions afresh at each meeting ("Action 1, 2, 3…") has several
 * open actions called "1". A review of "1" then could mean any of them: rather than close the
 * wrong one, the register leaves them as they were and this rule asks which.
 */
export const seriesAmbiguousReview: SeriesRule = {
  id: 'series-ambiguous-review',
  scope: 'series',
  severity: 'error',
  description: 'A review must say which action it reviews when several earlier meetings raised an open action with that ID',
  check(ctx) {
    for (const a of ctx.register.ambiguous) {
      const which = a.candidates.map((c) => `meeting ${c.meeting}${c.date && c.date !== c.meeting ? ` (${c.date})` : ''}`).join(' and ');
      const how = a.review.outstanding ? 'give its `raised` date' : 'restate its text';
      ctx.report(a.review.outstanding?.fields.id?.value ?? a.review.span, `Review of action "${a.review.id}" could mean the action "${a.review.id}" of ${which}: ${how} to say which`, { path: a.meeting.path });
    }
  },
};
