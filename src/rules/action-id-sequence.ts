import { idFor, idPatternOf, padSeq, partsOf } from './action-ids.js';
import type { FileRule } from './types.js';
import { v1Actions } from '../model/v1-actions.js';

/**
 * Sequence numbers run 01, 02, 03… in document order. With a pattern that carries the meeting
 * number, every meeting starts at 01. A pattern without it (`{code}-{yyyy}-{seq:3}`) numbers across
 * meetings, so there the first action of the meeting may start anywhere and the rest must follow
 * on. A malformed ID (reported by action-id-format) counts with the number it ends in, or takes
 * the next place when it has none, so that one slip does not make every later ID look out of
 * sequence; an ACTION line without any ID is left out of the count. Only the
 * first break is reported: every later number would be "wrong" by the same slip.
 */
export const actionIdSequence: FileRule = {
  id: 'action-id-sequence',
  scope: 'file',
  severity: 'error',
  description: 'Action sequence numbers must run 01, 02, 03… in document order, with no gap and no repeat',
  check(ctx) {
    const pattern = idPatternOf(ctx.config);
    const perMeeting = pattern.placeholders.includes('meeting');
    const rule = perMeeting
      ? `Actions are numbered ${[1, 2, 3].map((n) => padSeq(n, pattern)).join(', ')}… in the order they appear`
      : 'Actions are numbered one after another in the order they appear';
    let expected: number | undefined = perMeeting ? 1 : undefined;
    const used = new Set<number>();
    for (const a of v1Actions(ctx.meeting)) {
      if (a.id === '') continue;
      const parts = partsOf(a, pattern);
      const seq = parts?.seq ?? trailingNumber(a.id);
      if (seq === undefined) {
        if (expected !== undefined) expected++;
        continue;
      }
      if (expected !== undefined && seq !== expected) {
        const s = padSeq(seq, pattern);
        const e = padSeq(expected, pattern);
        const why = used.has(seq) ? `${s} is used twice` : seq > expected ? `${e} is skipped` : `${s} is lower than the ${padSeq(expected - 1, pattern)} before it`;
        ctx.report(a.idSpan, `Action ID "${a.id}" is out of sequence: expected ${e} here ("${idFor(ctx.meeting, expected, pattern, parts)}"); ${why}. ${rule}`);
        return;
      }
      used.add(seq);
      expected = seq + 1;
    }
  },
};

function trailingNumber(id: string): number | undefined {
  const m = /(\d+)\D*$/.exec(id);
  return m ? Number(m[1]) : undefined;
}
