import type { FileRule } from './types.js';

export const endBeforeStart: FileRule = {
  id: 'end-before-start',
  scope: 'file',
  severity: 'error',
  description: 'The meeting `end` time is after its `start` time',
  check(ctx) {
    const { start, end, fields } = ctx.meeting;
    // Times are "HH:MM" that invalid-date has checked, so they compare as text.
    const place = fields.end?.value;
    if (start === undefined || end === undefined || !place || end > start) return;
    const how = end === start ? 'is the same as' : 'is before';
    ctx.report(place, `\`end\` ${end} ${how} \`start\` ${start}: the meeting must end after it starts`);
  },
};
