import type { Meeting } from '../model/types.js';
import { compareMeetingNumbers } from '../parse/meeting-number.js';
import type { SeriesRule } from './types.js';

/** Orders meeting numbers: 38 < 38x < 39. */
const numberOf = (m: Meeting) => ({ number: m.meetingNumber!, ...(m.meetingSuffix ? { suffix: m.meetingSuffix } : {}) });

export const seriesOrder: SeriesRule = {
  id: 'series-order',
  scope: 'series',
  severity: 'error',
  description: 'Along a series ordered by date, meeting numbers and dates must increase',
  check(ctx) {
    // The series is ordered by date then number; compare each meeting with the one before it.
    let previous: Meeting | undefined;
    for (const m of ctx.meetings) {
      if (m.date === undefined || m.meetingNumber === undefined) continue;
      const p = previous;
      previous = m;
      if (!p) continue;
      const at = m.fields.meeting?.value ?? m.frontMatterSpan?.start ?? { line: 1, column: 1, offset: 0 };
      const c = compareMeetingNumbers(numberOf(m), numberOf(p));
      if (c === 0) {
        ctx.report(at, `Meeting ${m.meeting} appears twice in the series: ${p.path} has the same number`, { path: m.path });
      } else if (c < 0) {
        ctx.report(at, `Meeting ${m.meeting} (${m.date}) comes after meeting ${p.meeting} (${p.date}) by date but has a lower number: correct the number or the date`, { path: m.path });
      } else if (m.date === p.date) {
        ctx.report(m.fields.date?.value ?? at, `Meeting ${m.meeting} has the same date as meeting ${p.meeting} (${m.date}): dates must increase along the series`, { path: m.path });
      }
    }
  },
};
