import { idFor, idPatternOf, partsOf } from './action-ids.js';
import type { FileRule } from './types.js';
import { v1Actions } from '../model/v1-actions.js';

/**
 * An action raised at this meeting carries this meeting's code and number (or year and month, for
 * date patterns). An ID of another meeting in an ACTION line is usually a copy-paste slip, or an
 * earlier action that belongs in `outstanding` instead.
 */
export const actionIdMeeting: FileRule = {
  id: 'action-id-meeting',
  scope: 'file',
  severity: 'error',
  description: "Action IDs must carry this meeting's committee code and meeting number (or year and month)",
  check(ctx) {
    const { meeting } = ctx;
    const pattern = idPatternOf(ctx.config);
    const [yyyy, mm] = (meeting.date ?? '').split('-');
    for (const a of v1Actions(meeting)) {
      const parts = partsOf(a, pattern);
      if (!parts) continue;
      const wrong: string[] = [];
      if (parts.code !== undefined && meeting.code !== undefined && parts.code !== meeting.code) {
        wrong.push(`its committee code is "${parts.code}", this committee's is "${meeting.code}"`);
      }
      if (parts.meeting !== undefined && meeting.meeting !== undefined && sameMeeting(parts.meeting, meeting.meeting) === false) {
        wrong.push(`it belongs to meeting ${parts.meeting}, this is meeting ${meeting.meeting}`);
      }
      if (meeting.date) {
        if (parts.yyyy !== undefined && parts.yyyy !== yyyy) wrong.push(`its year is ${parts.yyyy}, this meeting's is ${yyyy}`);
        if (parts.yy !== undefined && parts.yy !== yyyy!.slice(2)) wrong.push(`its year is ${parts.yy}, this meeting's is ${yyyy!.slice(2)}`);
        if (parts.mm !== undefined && parts.mm !== mm) wrong.push(`its month is ${parts.mm}, this meeting's is ${mm}`);
      }
      if (wrong.length === 0) continue;
      const expected = parts.seq !== undefined ? ` (expected "${idFor(meeting, parts.seq, pattern, parts)}")` : '';
      ctx.report(a.idSpan, `Action ID "${a.id}" is not this meeting's: ${wrong.join('; ')}${expected}`);
    }
  },
};

/** `41` and `041` are the same meeting; `38x` and `38` are not. */
function sameMeeting(a: string, b: string): boolean {
  const norm = (s: string) => s.replace(/^0+(?=\d)/, '').toLowerCase();
  return norm(a) === norm(b);
}
