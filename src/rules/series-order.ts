import type { Meeting, Point, Span } from '../model/types.js';
import { compareMeetingNumbers } from '../parse/meeting-number.js';
import type { SeriesRule } from './types.js';

/** Orders meeting numbers: 38 < 38x < 39. */
const numberOf = (m: Meeting) => ({ number: m.meetingNumber!, ...(m.meetingSuffix ? { suffix: m.meetingSuffix } : {}) });

export const seriesOrder: SeriesRule = {
  id: 'series-order',
  scope: 'series',
  severity: 'error',
  description: 'Along a series ordered by date, meeting numbers and dates must increase; two files of one date are reported',
  check(ctx) {
    // The series is ordered by date then number; compare each meeting with the one before it.
    // Without meeting numbers, the date is the meeting's name: two files of one date are one meeting twice.
    let before: Meeting | undefined;
    for (const m of ctx.meetings) {
      if (before && m.date !== undefined && m.date === before.date && m.meeting === undefined && before.meeting === undefined) {
        const heading = m.titleHeading?.position?.start;
        const at: Span | Point = m.fields.date?.value ?? (heading ? { line: heading.line, column: heading.column, offset: heading.offset ?? 0 } : undefined) ?? m.frontMatterSpan?.start ?? { line: 1, column: 1, offset: 0 };
        ctx.report(at, `Two files of this series are dated ${m.date}: ${before.path} and this one; a series holds one meeting a day, so correct the date or give each a meeting number`, { path: m.path });
      }
      before = m;
    }
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
