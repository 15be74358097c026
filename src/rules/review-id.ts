import { compareMeetingNumbers, parseMeetingNumber } from '../parse/meeting-number.js';
import { compileIdPattern, idPatternOf, type IdParts } from '../model/action-id.js';
import type { Meeting } from '../model/types.js';
import type { FileRule } from './types.js';


export const reviewId: FileRule = {
  id: 'review-id',
  scope: 'file',
  severity: 'error',
  description: 'A reviewed action ID is well formed and belongs to an earlier meeting',
  check(ctx) {
    const { meeting, config } = ctx;
    const pattern = idPatternOf(config);
    const self = parseMeetingNumber(meeting.meeting ?? '');
    for (const review of meeting.outstanding) {
      const at = review.fields.id?.value;
      // A missing id is required-key's finding.
      if (!at || review.id === '') continue;
      const parts = pattern.parse(review.id);
      if (!parts) {
        ctx.report(at, `Action review ID "${review.id}" does not have the form ${example(pattern.source, meeting)}`);
        continue;
      }
      const canonical = canonicalId(pattern.source, parts);
      if (canonical !== review.id) {
        ctx.report(at, `Action review ID "${review.id}" is not written in the form ${pattern.source} (did you mean "${canonical}"?)`);
        continue;
      }
      if (parts.meeting !== undefined) {
        const theirs = parseMeetingNumber(parts.meeting);
        if (!theirs || !self) continue;
        const order = compareMeetingNumbers(theirs, self);
        if (order === 0) {
          ctx.report(at, `Action review ID "${review.id}" belongs to this meeting (${meeting.meeting}): actions raised at this meeting are recorded as ACTION lines, and reviewed from the next one`);
        } else if (order > 0) {
          ctx.report(at, `Action review ID "${review.id}" belongs to meeting ${parts.meeting}, which is later than this one (${meeting.meeting}): only actions of earlier meetings can be reviewed`);
        }
        continue;
      }
      // Date-based IDs ({yyyy}, {mm}): only a later month can be told apart from this meeting.
      const year = parts.yyyy ?? (parts.yy !== undefined ? `20${parts.yy}` : undefined);
      if (!year || !meeting.date) continue;
      const theirs = parts.mm !== undefined ? `${year}-${parts.mm}` : year;
      const ours = meeting.date.slice(0, theirs.length);
      if (theirs > ours) {
        ctx.report(at, `Action review ID "${review.id}" is dated ${theirs}, after this meeting (${meeting.date}): only actions of earlier meetings can be reviewed`);
      }
    }
  },
};

/** The configured pattern as an ID of the previous meeting, e.g. `HSF 11/01`, to show the form. */
function example(pattern: string, m: Meeting): string {
  const code = m.code ?? 'CODE';
  const previous = m.meetingNumber !== undefined && m.meetingNumber > 1 ? String(m.meetingNumber - 1) : '1';
  const shown = compileIdPattern(pattern).format({ code, meeting: previous, seq: 1, ...(m.date ? { date: m.date } : {}) });
  return `"${pattern}" (for example "${shown}")`;
}

/** The ID rebuilt from its parts with the pattern's own spacing and `{seq}` width. */
function canonicalId(pattern: string, parts: IdParts): string {
  return pattern.replace(/\{([a-z]+)(?::(\d+))?\}/g, (all, name: string, width?: string) => {
    switch (name) {
      case 'code': return parts.code ?? all;
      case 'meeting': return parts.meeting ?? all;
      case 'seq': return parts.seq === undefined ? all : String(parts.seq).padStart(width ? Number(width) : 2, '0');
      case 'yyyy': return parts.yyyy ?? all;
      case 'yy': return parts.yy ?? all;
      case 'mm': return parts.mm ?? all;
      default: return all;
    }
  });
}
