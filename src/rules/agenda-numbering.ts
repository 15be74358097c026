import type { AgendaItem } from '../model/types.js';
import type { FileContext, FileRule } from './types.js';

export const agendaNumbering: FileRule = {
  id: 'agenda-numbering',
  scope: 'file',
  severity: 'error',
  description: 'Agenda numbers written in headings run 1, 2, 3… and 3.1, 3.2… under their item, with no gap or repeat',
  check(ctx) {
    walk(ctx, ctx.meeting.agenda, undefined);
  },
};

/**
 * Each written number is compared with the one expected after its previous sibling as written, so
 * that one slip (1, 2, 4, 5) is reported once and not on every following item.
 */
function walk(ctx: FileContext, items: AgendaItem[], parent: AgendaItem | undefined): void {
  let previous = 0;
  for (const item of items) {
    const parts = item.number.split('.').map(Number);
    const own = parts[parts.length - 1]!;
    const expected = parent ? `${parent.number}.${previous + 1}` : String(previous + 1);
    if (item.numbered && item.numberSpan) {
      const found = item.number;
      const parentPart = parts.slice(0, -1).join('.');
      const kind = parent ? 'Sub-item' : 'Agenda item';
      if (parent && parentPart !== parent.number) {
        const what = parts.length === 1 ? 'has no parent part' : `is numbered under ${parentPart}`;
        ctx.report(item.numberSpan, `${kind} number ${found} ${what} but stands under item ${parent.number}: expected ${expected}, found ${found}`);
      } else if (!parent && parts.length > 1) {
        ctx.report(item.numberSpan, `Agenda item number ${found} is a sub-item number on a \`##\` heading: expected ${expected}, found ${found} (sub-items are \`###\` headings)`);
      } else if (own !== previous + 1) {
        const how = own > previous + 1 ? `skips ${skipped(previous + 1, own, parent)}` : own === previous ? 'repeats the number before it' : 'goes back';
        ctx.report(item.numberSpan, `${kind} number ${found} ${how}: expected ${expected}, found ${found}`);
      }
    }
    // A number of the wrong shape or parent counts as the one expected there, so that the
    // sub-items after it are not all reported too.
    const misplaced = parent ? parts.slice(0, -1).join('.') !== parent.number : parts.length > 1;
    previous = misplaced ? previous + 1 : own;
    walk(ctx, item.children, item);
  }
}

function skipped(from: number, to: number, parent: AgendaItem | undefined): string {
  const name = (n: number) => (parent ? `${parent.number}.${n}` : String(n));
  return to - from === 1 ? name(from) : `${name(from)} to ${name(to - 1)}`;
}
