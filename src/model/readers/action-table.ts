/**
 * Action tables: each row of a table under an "Actions" heading is an action, in files that write
 * no v1 action lines: its words, its owner (the column whose cells name people, offices or bodies
 * of the meeting; the header only breaks a tie), its ID and its due column.
 */
import { leadingOwner } from './recognise.js';
import { spanOf, type NaturalAction, type Reader } from './reader.js';
import { tableColumns } from './table-columns.js';

export const actionTable: Reader<'table'> = {
  id: 'action-table',
  looksAt: 'table',
  certainty: 'judged',
  read(t, place, o) {
    const c = tableColumns(t, place.kind, o);
    if (!c) return undefined;
    if (place.kind !== 'actions' || !o.prose) return [];
    return c.entries.map(({ row, cell, text, id }) => {
      const a: Omit<NaturalAction, 'section'> = { id, notation: 'table', text, content: [{ type: 'text', value: text }], node: row, span: spanOf(o, row) };
      const owner = c.ownerCol !== -1 ? cell(c.ownerCol) : leadingOwner(text, o.words);
      if (owner !== undefined) a.ownerText = owner;
      if (c.dueCol !== -1 && cell(c.dueCol) !== '') a.dueText = cell(c.dueCol);
      return { reader: 'action-table', kind: 'action' as const, action: a };
    });
  },
};
