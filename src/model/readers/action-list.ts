/**
 * Action lists: each entry of a list under a heading such as "Actions", "Action points", "Action
 * Summary" is an action (`4.1 AL to send the minutes …`, `Action: …`, `?? to fix …`), with the
 * ID that leads it; read only in files that write no v1 action lines. Claims every entry there,
 * so its sub-bullets are not read as actions of their own.
 */
import type { ActionNotation } from '../types.js';
import type { Paragraph } from 'mdast';
import { afterLabel, LABEL, LEAD_ID, leadingOwner, leadSegmentIsLabel, lineText } from './recognise.js';
import { spanOf, type NaturalAction, type Reader } from './reader.js';

export const actionList: Reader<'listItem'> = {
  id: 'action-list',
  looksAt: 'listItem',
  certainty: 'judged',
  read(item, place, o) {
    if (place.kind !== 'actions' || !o.prose) return undefined;
    const p = item.children.find((c): c is Paragraph => c.type === 'paragraph');
    if (!p || o.taken.has(p) || !item.position) return [];
    let text = lineText(p).replace(/\s+/g, ' ').trim();
    if (text === '') return [];
    const label = LABEL.exec(text);
    let notation: ActionNotation = 'list';
    let id = '';
    if (label && leadSegmentIsLabel(p)) {
      id = label.groups!.id ?? '';
      text = label.groups!.rest!.trim();
      if (/[-–—]/.test(label.groups!.sep!)) notation = 'dash';
    }
    const lead = LEAD_ID.exec(text);
    if (!id && lead && /\d/.test(lead.groups!.id!)) {
      id = lead.groups!.id!;
      text = text.slice(lead[0].length);
    }
    const a: Omit<NaturalAction, 'section'> = { id, notation, text, content: p.children, node: item, span: spanOf(o, item) };
    const owner = leadingOwner(text, o.words);
    if (owner) a.ownerText = owner;
    if (!id) {
      const at = notation === 'dash' ? afterLabel(o.source, p.position!.start.offset!) : p.position!.start.offset!;
      if (at !== undefined) a.idInsert = { at, form: notation === 'dash' ? 'after-label' : 'before-text' };
    }
    return [{ reader: 'action-list', kind: 'action', action: a }];
  },
};
