import { idPatternOf, meetingOfId, normaliseId } from '../series/series.js';
import { didYouMean } from '../util/did-you-mean.js';
import type { SeriesRule } from './types.js';

const FULL = ['action', 'owner', 'raised', 'target'] as const;

export const seriesUnknownReview: SeriesRule = {
  id: 'series-unknown-review',
  scope: 'series',
  severity: 'error',
  description: 'A reviewed action must have been raised at an earlier meeting of the series, unless the review gives its action, owner, raised and target',
  check(ctx) {
    const { register } = ctx;
    const pattern = idPatternOf(ctx.config);
    const first = ctx.meetings[0];
    for (const f of register.reviews) {
      if (f.raisedEarlier || f.before) continue;
      const { review, meeting } = f;
      // A review without an ID is required-key's finding; there is no ID to call unknown.
      if (!review.id?.trim()) continue;
      if (FULL.every((k) => review[k] !== undefined)) continue;
      // An ID of this or a later meeting is a per-file finding already.
      const named = meetingOfId(review.id, pattern);
      if (named !== undefined && meeting.meetingNumber !== undefined && parseInt(named, 10) >= meeting.meetingNumber) continue;
      const lacking = FULL.filter((k) => review[k] === undefined).map((k) => `\`${k}\``).join(', ');
      const earlier = register.entries.filter((e) => e.raisedIn && e.raisedIn.path !== meeting.path).map((e) => e.id);
      const beforeSeries = named !== undefined && first?.meetingNumber !== undefined && parseInt(named, 10) < first.meetingNumber;
      // Without a configuration file the series is only the files given: meetings before them may
      // exist, so an ID from before the first (or of unknown meeting) cannot be judged.
      if (!ctx.config.root && (beforeSeries || named === undefined)) continue;
      const where = beforeSeries ? `it names meeting ${named}, before the first meeting of the series (${first!.meeting})` : 'no earlier meeting of the series raised it';
      ctx.report(review.fields.id?.value ?? review.span, `Reviewed action ${normaliseId(review.id)} is unknown: ${where}${didYouMean(normaliseId(review.id), earlier)}; give ${lacking} in the review, or correct the ID`, { path: meeting.path });
    }
  },
};
