import { idFor, idPatternOf, partsOf } from './action-ids.js';
import type { FileRule } from './types.js';
import { v1Actions } from '../model/v1-actions.js';

/**
 * IDs must have the configured form exactly (`{seq}` with its number of digits), because the
 * series rules and the action register find an action again by its ID as written.
 */
export const actionIdFormat: FileRule = {
  id: 'action-id-format',
  scope: 'file',
  severity: 'error',
  description: 'Action IDs must have the configured form (default `{code} {meeting}/{seq}`, e.g. `LKF 27/01`)',
  check(ctx) {
    const pattern = idPatternOf(ctx.config);
    let previous = 0;
    v1Actions(ctx.meeting).forEach((a, i) => {
      const before = previous;
      previous = partsOf(a, pattern)?.seq ?? previous + (a.id === '' ? 0 : 1);
      if (a.idWellFormed) return;
      if (a.id === '') {
        ctx.report(a.idSpan, `ACTION line without an ID: write "ACTION ${idFor(ctx.meeting, before + 1, pattern)}: …"`);
        return;
      }
      const parts = partsOf(a, pattern);
      const digits = /(\d+)\D*$/.exec(a.id)?.[1];
      const seq = parts?.seq ?? (digits !== undefined ? Number(digits) : i + 1);
      const expected = parts
        ? pattern.format({
            code: parts.code ?? ctx.meeting.code ?? 'CODE',
            meeting: parts.meeting ?? ctx.meeting.meeting ?? 'N',
            seq,
            date: `${parts.yyyy ?? (parts.yy ? `20${parts.yy}` : ctx.meeting.date?.slice(0, 4) ?? 'YYYY')}-${parts.mm ?? ctx.meeting.date?.slice(5, 7) ?? 'MM'}`,
          })
        : idFor(ctx.meeting, seq, pattern);
      const why = parts ? `the sequence number has ${pattern.seqWidth} digits` : `IDs have the form ${pattern.source}`;
      ctx.report(a.idSpan, `Action ID "${a.id}" is malformed: expected "${expected}" (${why})`);
    });
  },
};
