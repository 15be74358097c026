import { timeZoneOf } from '../schema/spec.js';
import type { FileRule } from './types.js';

export const endBeforeStart: FileRule = {
  id: 'end-before-start',
  scope: 'file',
  severity: 'error',
  description: 'The meeting `end` time is after its `start` time',
  check(ctx) {
    const { start, end, fields } = ctx.meeting;
    const place = fields.end?.value;
    if (start === undefined || end === undefined || !place) return;
    // Times in two zones ("15:00 GMT", "17:30 CET") are not compared: minutebook keeps no zone table.
    if ((timeZoneOf(start) ?? timeZoneOf(end)) !== (timeZoneOf(end) ?? timeZoneOf(start))) return;
    // "HH:MM" that invalid-date has checked compare as text.
    const s = start.slice(0, 5);
    const e = end.slice(0, 5);
    if (e > s) return;
    const how = e === s ? 'is the same as' : 'is before';
    ctx.report(place, `\`end\` ${end} ${how} \`start\` ${start}: the meeting must end after it starts`);
  },
};
