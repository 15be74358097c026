import type { FileRule } from './types.js';

export const nextMeetingDate: FileRule = {
  id: 'next-meeting-date',
  scope: 'file',
  severity: 'error',
  description: 'Every `next_meetings` date (or month) is after this meeting\'s date',
  check(ctx) {
    const { date, nextMeetings } = ctx.meeting;
    if (date === undefined) return;
    for (const next of nextMeetings) {
      const what = next.label ? `"${next.label}"` : 'next meeting';
      const place = next.fields.date?.value ?? next.span;
      // A month is wrong only when it has already passed; words ("TBC") say nothing to compare.
      if (next.when === 'month' && next.month !== undefined && next.month < date.slice(0, 7)) {
        ctx.report(place, `The ${what} month ${next.month} is before this meeting (${date}): a next meeting comes after this one`);
      }
      // An empty date is a missing or invalid one, reported by required-key or invalid-date.
      if (!next.date || next.date > date) continue;
      const how = next.date === date ? 'is the same day as' : 'is before';
      ctx.report(place, `The ${what} date ${next.date} ${how} this meeting (${date}): a next meeting comes after this one`);
    }
  },
};
