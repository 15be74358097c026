import type { SeriesRule } from './types.js';

export const seriesMissingReview: SeriesRule = {
  id: 'series-missing-review',
  scope: 'series',
  severity: 'error',
  description: 'An action raised or reviewed open at one meeting must be reviewed in the next meeting\'s `outstanding` until a review closes it',
  check(ctx) {
    for (const [meeting, missing] of ctx.register.missing) {
      // The fix is a new entry under `outstanding`: point at that key, else at the front matter.
      const at = meeting.fields.outstanding?.key ?? meeting.frontMatterSpan?.start ?? { line: 1, column: 1, offset: 0 };
      for (const m of missing) {
        const why = m.how === 'raised' ? `raised at meeting ${m.from.meeting}` : `left open at meeting ${m.from.meeting}`;
        ctx.report(at, `Action ${m.id} (${why}) is not reviewed in \`outstanding\`: add it with its status and update`, { path: meeting.path });
      }
    }
  },
};
