import { describeCounts } from '../model/readers/motion.js';
import type { FileRule } from './types.js';

/*
 * The votes recorded for a motion cannot exceed the members present, and two records of the same
 * vote cannot disagree ("carried 4–1" then "3 in favour, 2 against"; "unanimously" with votes against).
 * Votes taken outside the meeting (online) are not compared with those present.
 */
export const motionCounts: FileRule = {
  id: 'motion-counts',
  scope: 'file',
  severity: 'warn',
  description: 'Vote counts of a motion agree with each other and do not exceed the members present',
  check(ctx) {
    const members = ctx.meeting.attendees.flatMap((g) => g.people).filter((p) => !p.parts.public);
    for (const m of ctx.meeting.motions) {
      // A guess is shown by inspect, never reported (model/certainty.ts).
      if (!m.certain) continue;
      for (const c of m.counts) {
        const cast = (c.for ?? 0) + (c.against ?? 0) + (c.abstain ?? 0);
        if (!m.offline && members.length > 0 && cast > members.length) {
          ctx.report(c.span, `${cast} votes are recorded (${describeCounts(c)}) but only ${members.length} members are listed as present`);
        }
        if ((c.unanimous || c.nemCon) && (c.against ?? 0) > 0) ctx.report(c.span, `The vote is recorded as ${c.unanimous ? 'unanimous' : 'nem con'} but ${c.against} voted against`);
      }
      const [first, ...rest] = m.counts;
      for (const c of rest) {
        if (!first) break;
        const differs = (['for', 'against', 'abstain'] as const).some((k) => first[k] !== undefined && c[k] !== undefined && first[k] !== c[k]);
        if (differs) ctx.report(c.span, `The counts for this motion disagree: ${describeCounts(first)} (line ${first.span.start.line}), then ${describeCounts(c)}`);
      }
    }
  },
};

