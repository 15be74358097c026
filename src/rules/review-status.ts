import type { Span } from '../model/types.js';
import type { FileRule } from './types.js';

const within = (inner: Span, outer: Span) => inner.start.offset >= outer.start.offset && inner.end.offset <= outer.end.offset;

export const reviewStatus: FileRule = {
  id: 'review-status',
  scope: 'file',
  severity: 'error',
  description: 'Every action review in `outstanding` says whether the action is `open` or `closed`',
  check(ctx) {
    for (const review of ctx.meeting.outstanding) {
      if (review.status !== undefined) continue;
      // A status that is there but wrong (`done`, or empty) is value-type's finding, not a missing one.
      const written = ctx.schemaProblems.some((p) => /\.status$/.test(p.path) && within(p.span, review.span));
      if (written) continue;
      const action = review.action && review.action.length > 50 ? `${review.action.slice(0, 47)}…` : review.action;
      const name = review.id ? `Action review ${review.id}` : action ? `The review of "${action}"` : 'This action review';
      ctx.report(review.fields.id?.value ?? review.span, `${name} has no status: add \`status: open\` or \`status: closed\``);
    }
  },
};
