import type { ActionReview } from '../model/types.js';
import type { FileContext, FileRule } from './types.js';

type DateKey = 'raised' | 'target' | 'revised';

export const reviewDates: FileRule = {
  id: 'review-dates',
  scope: 'file',
  severity: 'error',
  description: 'Action review dates are in order: raised before target, revised after target, raised before this meeting',
  check(ctx) {
    const date = ctx.meeting.date;
    for (const r of ctx.meeting.outstanding) {
      const { raised, target, revised } = r;
      const label = r.id ? `Action ${r.id}` : 'This action';
      // The target is reported rather than `raised`: the date raised is a matter of record, the
      // target is what was typed in afterwards.
      if (raised && target && raised > target) {
        at(ctx, r, 'target', `${label}: \`target\` ${target} is before the date raised, ${raised}`);
      }
      if (revised && target && revised <= target) {
        const how = revised === target ? 'is the same as' : 'is before';
        at(ctx, r, 'revised', `${label}: \`revised\` ${revised} ${how} the last target, ${target}; a revised target moves the date later`);
      }
      if (raised && date && raised > date) {
        at(ctx, r, 'raised', `${label}: \`raised\` ${raised} is after this meeting (${date}); a reviewed action was raised at an earlier meeting`);
      }
    }
  },
};

function at(ctx: FileContext, review: ActionReview, key: DateKey, message: string): void {
  ctx.report(review.fields[key]?.value ?? review.span, message);
}
