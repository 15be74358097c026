import { idFor, idPatternOf, partsOf } from './action-ids.js';
import type { IdPattern } from '../model/action-id.js';
import type { Meeting, NewAction } from '../model/types.js';
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
  fixable: true,
  description: 'Action IDs must have the configured form (default `{code} {meeting}/{seq}`, e.g. `LKF 27/01`)',
  check(ctx) {
    const pattern = idPatternOf(ctx.config);
    const numbering = idNumbering(ctx.meeting, pattern, ctx.config.actionIdSet === true);
    for (const a of ctx.meeting.actions) {
      if (a.notation === 'v1' || a.id !== '') continue;
      const id = numbering.get(a);
      if (id === undefined || !a.idInsert) continue;
      const fix = a.idInsert.form === 'after-label' ? { start: a.idInsert.at, end: a.idInsert.at, text: ` ${id}` } : { start: a.idInsert.at, end: a.idInsert.at, text: `${id} ` };
      ctx.report(ctx.loc.span(a.span.start.offset, a.idInsert.at), `Action without an ID: \`check --fix\` writes "${id}"`, { fix });
    }
    let previous = 0;
    const asksForIds = numbersActions(ctx.meeting, ctx.config.actionIdSet === true);
    v1Actions(ctx.meeting).forEach((a, i) => {
      const before = previous;
      previous = partsOf(a, pattern)?.seq ?? previous + (a.id === '' ? 0 : 1);
      if (a.idWellFormed) return;
      if (a.id === '') {
        if (!asksForIds) return;
        const id = numbering.get(a);
        if (id !== undefined && a.idInsert) {
          ctx.report(a.idSpan, `ACTION line without an ID: write "ACTION ${id}: …" (\`check --fix\` writes it)`, { fix: { start: a.idInsert.at, end: a.idInsert.at, text: ` ${id}` } });
        } else ctx.report(a.idSpan, `ACTION line without an ID: write "ACTION ${idFor(ctx.meeting, before + 1, pattern)}: …"`);
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

/**
 * Whether IDs can be asked of this meeting's `ACTION:` lines: minutes in minutebook's own form
 * (front matter) number their actions, as do minutes whose configuration sets `action_id` or that
 * write an ID on any action. Minutes kept as a committee keeps them, numbering none of their
 * actions, write "ACTION:" as a label, and an ID they never use is not a problem of theirs.
 */
function numbersActions(meeting: Meeting, configured: boolean): boolean {
  return configured || meeting.headSource === 'front-matter' || meeting.actions.some((a) => a.id !== '');
}

/**
 * The IDs `check --fix` gives the actions written without one, where the configuration sets
 * `action_id`: the next free numbers of the meeting, in document order. None when the pattern
 * needs a meeting number the front matter does not give.
 */
function idNumbering(meeting: Meeting, pattern: IdPattern, set: boolean): Map<NewAction, string> {
  const out = new Map<NewAction, string>();
  if (!set) return out;
  if (pattern.placeholders.includes('meeting') && meeting.meeting === undefined) return out;
  if (pattern.placeholders.includes('code') && meeting.code === undefined) return out;
  if ((pattern.placeholders.includes('yyyy') || pattern.placeholders.includes('yy') || pattern.placeholders.includes('mm')) && meeting.date === undefined) return out;
  let next = Math.max(0, ...meeting.actions.map((a) => (a.id ? (partsOf(a, pattern)?.seq ?? 0) : 0))) + 1;
  for (const a of meeting.actions) if (a.id === '' && a.idInsert) out.set(a, idFor(meeting, next++, pattern));
  return out;
}
