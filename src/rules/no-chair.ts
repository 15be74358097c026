import { wordsOf } from '../config/types.js';
import { patternsOf } from '../vocabulary/patterns.js';
import type { FileRule } from './types.js';

export const noChair: FileRule = {
  id: 'no-chair',
  scope: 'file',
  severity: 'warn',
  description: 'One attendee should have role `chair`',
  check(ctx) {
    const { meeting } = ctx;
    const at = meeting.fields.attendees?.key;
    // Without an attendees list, required-key or value-type has already said so.
    if (!at || meeting.attendees.length === 0) return;
    // Minutes written as committees write them (a flat list) often name the chair only in the
    // body, or not at all; and whoever took the chair there is the chair.
    if (meeting.attendees.every((g) => g.name === '') || meeting.attendanceChanges.some((c) => c.kind === 'took-chair')) return;
    const attendees = meeting.attendees.flatMap((g) => g.people);
    const chair = wordsOf(ctx.config).chairRole;
    if (attendees.some((p) => chair.test(p.role ?? ''))) return;
    const elsewhere = meeting.people.find((p) => p.list !== 'attendees' && p.role?.toLowerCase() === 'chair');
    const hint = elsewhere
      ? `: "${elsewhere.name}" has role chair but is listed in ${elsewhere.list}, not attendees`
      : ': give the person who chaired `role: chair`';
    ctx.report(at, `No attendee has role "chair" in attendees${hint}`);
  },
};
