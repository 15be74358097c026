import type { SeriesRule } from './types.js';

export const seriesMissingReview: SeriesRule = {
  id: 'series-missing-review',
  scope: 'series',
  severity: 'error',
  description: 'An action raised or reviewed open at one meeting must be reviewed at the next meeting (in `outstanding` or in the body) until a review closes it',
  check(ctx) {
    for (const [meeting, missing] of ctx.register.missing) {
      // The fix is a new entry under `outstanding`, or a line in the section that reviews actions:
      // point at that, else at the front matter.
      const outstanding = meeting.fields.outstanding?.key;
      const section = outstanding ? undefined : meeting.reviewSection;
      // Minutes kept without front matter: their heading, where the meeting starts.
      const title = meeting.titleHeading?.position ? { line: meeting.titleHeading.position.start.line, column: meeting.titleHeading.position.start.column, offset: meeting.titleHeading.position.start.offset ?? 0 } : undefined;
      const at = outstanding ?? section ?? meeting.frontMatterSpan?.start ?? title ?? { line: 1, column: 1, offset: 0 };
      for (const m of missing) {
        const why = m.how === 'raised' ? `raised at meeting ${m.from.meeting}` : `left open at meeting ${m.from.meeting}`;
        const message = section || meeting.headSource === 'body'
          ? `Action ${m.id} (${why}) is not reviewed at this meeting: say where it stands here${meeting.headSource === 'body' ? '' : ', or add it to \`outstanding\`'}`
          : `Action ${m.id} (${why}) is not reviewed in \`outstanding\`: add it with its status and update`;
        ctx.report(at, message, { path: meeting.path });
      }
    }
  },
};
