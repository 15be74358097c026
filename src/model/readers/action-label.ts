/**
 * Labelled actions: `Action: AL to survey …`, `Action point: …`, `**Action 2.1**: DS to …`,
 * `**Action** Kit to …`, and the dashed `ACTION - Priya - contact the county …` whose owner stands
 * between dashes. A v1 line already read is left alone (claimed, no fact).
 */
import type { ActionNotation } from '../types.js';
import { isPlaceholder } from '../action-owners.js';
import { afterLabel, DASH_OWNER, labelOf, leadingOwner, looksLikeOwner } from './recognise.js';
import { spanOf, type NaturalAction, type Reader } from './reader.js';

export const actionLabel: Reader<'paragraph'> = {
  id: 'action-label',
  looksAt: 'paragraph',
  certainty: 'judged',
  read({ p, text }, place, o) {
    const label = labelOf(p, text);
    if (!label) return undefined;
    if (o.taken.has(p)) return [];
    const node = place.item ?? p;
    const id = label.groups!.id ?? '';
    const dashed = /[-–—]/.test(label.groups!.sep!);
    const notation: ActionNotation = dashed ? 'dash' : 'label';
    const rest = label.groups!.rest!.trim().replace(/\s*[-–—]?\s*$/, '');
    // `ACTION - Priya - contact …`: the text is the task, the owner stands apart.
    const task = dashed ? DASH_OWNER.exec(rest) : null;
    const a: Omit<NaturalAction, 'section'> = { id, notation, text: task && looksLikeOwner(task.groups!.owner!, o.words) ? task.groups!.task!.trim() : rest, content: p.children, node, span: spanOf(o, node) };
    const owner = leadingOwner(rest, o.words) ?? (label.groups!.sep === ':' && isPlaceholder(rest.split(/\s+/)[0] ?? '', o.words) ? rest.split(/\s+/)[0] : undefined);
    if (owner) a.ownerText = owner;
    if (!id) {
      const at = afterLabel(o.source, p.position!.start.offset!);
      if (at !== undefined) a.idInsert = { at, form: 'after-label' };
    }
    return [{ reader: 'action-label', kind: 'action', action: a }];
  },
};
