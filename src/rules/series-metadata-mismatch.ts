import { normaliseName } from '../model/people.js';
import { normaliseId } from '../series/series.js';
import type { SeriesRule } from './types.js';

/** Texts compare loosely: case, white space, quotes and final punctuation do not count. */
const looseText = (s: string) => normaliseName(s).replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/[\s.;:]+$/, '');

export const seriesMetadataMismatch: SeriesRule = {
  id: 'series-metadata-mismatch',
  scope: 'series',
  severity: 'warn',
  description: 'A review\'s action, owner, raised and target must agree with the meeting that raised the action',
  check(ctx) {
    for (const { review, meeting, before, raisedEarlier } of ctx.register.reviews) {
      if (!before || !raisedEarlier) continue;
      const id = normaliseId(review.id);
      const from = `meeting ${before.raisedIn!.meeting}`;
      const report = (key: 'action' | 'owner' | 'raised' | 'target', message: string) =>
        ctx.report(review.fields[key]?.value ?? review.span, message, { path: meeting.path });
      if (review.action !== undefined && before.text !== undefined && looseText(review.action) !== looseText(before.text)) {
        report('action', `The action text of ${id} differs from ${from}: "${clip(review.action)}" here, "${clip(before.text)}" there; leave \`action\` out to take it from there`);
      }
      if (review.owner !== undefined && before.owner !== undefined && normaliseName(review.owner) !== normaliseName(before.owner)) {
        report('owner', `The owner of ${id} is "${review.owner}" here but "${before.owner}" at ${from}`);
      }
      if (review.raised !== undefined && before.raised !== undefined && review.raised !== before.raised) {
        report('raised', `${id} was raised on ${before.raised} (${from}), not ${review.raised}`);
      }
      if (review.target !== undefined && before.target !== undefined && review.target !== before.target) {
        const last = before.targets[before.targets.length - 1]!;
        const how = last.kind === 'revised' ? `revised at meeting ${last.at.meeting}` : `set at meeting ${last.at.meeting}`;
        report('target', `The target of ${id} is ${before.target} (${how}), not ${review.target}; a new target goes in \`revised\``);
      }
    }
  },
};

function clip(s: string): string {
  const one = s.replace(/\s+/g, ' ').trim();
  return one.length > 60 ? `${one.slice(0, 57)}…` : one;
}
