import { normaliseId } from '../series/series.js';
import type { SeriesRule } from './types.js';

export const seriesClosedReviewed: SeriesRule = {
  id: 'series-closed-reviewed',
  scope: 'series',
  severity: 'warn',
  description: 'An action closed at an earlier meeting is not reviewed again',
  check(ctx) {
    for (const { review, meeting, before } of ctx.register.reviews) {
      // A second review in the same meeting is a duplicate, which the per-file rules report.
      if (before?.status !== 'closed' || !before.closedIn || before.closedIn.path === meeting.path) continue;
      const place = review.fields.id?.value ?? review.span;
      const again = review.status === 'open' ? '; if it was reopened, raise a new action instead' : '; remove this review';
      ctx.report(place, `Action ${normaliseId(review.id)} was closed at meeting ${before.closedIn.meeting}${before.closedIn.date ? ` (${before.closedIn.date})` : ''} and is reviewed again${again}`, { path: meeting.path });
    }
  },
};
