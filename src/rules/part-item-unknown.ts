import type { AgendaItem } from '../model/types.js';
import type { FileRule } from './types.js';

/** "03.1" and "3.1" name the same item. */
const canonical = (n: string) => n.split('.').map((s) => String(Number(s))).join('.');

export const partItemUnknown: FileRule = {
  id: 'part-item-unknown',
  scope: 'file',
  severity: 'error',
  description: 'Part attendance (`items`) must name agenda items that exist in the body',
  check(ctx) {
    const numbers: string[] = [];
    const walk = (list: AgendaItem[]) => list.forEach((i) => { numbers.push(i.number); walk(i.children); });
    walk(ctx.meeting.agenda);
    const known = new Set(numbers.map(canonical));
    const listing = numbers.length === 0
      ? 'the body has no agenda items (## headings)'
      : `the agenda items are ${numbers.length > 15 ? `${numbers.slice(0, 15).join(', ')}…` : numbers.join(', ')}`;
    for (const p of ctx.meeting.people) {
      (p.items ?? []).forEach((item, i) => {
        const span = p.itemSpans?.[i];
        if (!span || known.has(canonical(item))) return;
        ctx.report(span, `"${p.name}" attended agenda item "${item}", which does not exist: ${listing}`);
      });
    }
  },
};
