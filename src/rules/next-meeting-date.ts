import type { FileRule } from './types.js';

export const nextMeetingDate: FileRule = {
  id: 'next-meeting-date',
  scope: 'file',
  severity: 'error',
  description: 'Every `next_meetings` date is after this meeting\'s date',
  check(ctx) {
    const { date, nextMeetings } = ctx.meeting;
    if (date === undefined) return;
    for (const next of nextMeetings) {
      // An empty date is a missing or invalid one, reported by required-key or invalid-date.
      if (!next.date || next.date > date) continue;
      const how = next.date === date ? 'is the same day as' : 'is before';
      const what = next.label ? `"${next.label}"` : 'next meeting';
      ctx.report(next.fields.date?.value ?? next.span, `The ${what} date ${next.date} ${how} this meeting (${date}): a next meeting comes after this one`);
    }
  },
};
