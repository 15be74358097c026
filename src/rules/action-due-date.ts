import { realDate } from '../schema/spec.js';
import type { FileRule } from './types.js';
import { v1Actions } from '../model/v1-actions.js';

export const actionDueDate: FileRule = {
  id: 'action-due-date',
  scope: 'file',
  severity: 'error',
  description: 'An action\'s `due` must be a real date written YYYY-MM-DD, not before the meeting',
  check(ctx) {
    const date = ctx.meeting.date;
    for (const a of v1Actions(ctx.meeting)) {
      const due = a.attributes.due;
      if (due === undefined) continue;
      const place = a.dueSpan ?? a.idSpan;
      const of = a.id ? ` of action "${a.id}"` : '';
      if (!realDate(due)) ctx.report(place, `Due date "${due}"${of} is not a real date written YYYY-MM-DD`);
      else if (date && realDate(date) && due < date) ctx.report(place, `Due date ${due}${of} is before the meeting date ${date}`);
    }
  },
};
