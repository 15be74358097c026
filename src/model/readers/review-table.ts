/**
 * Review tables: each row of a table under a heading that reviews earlier actions, or of a table
 * with a status column outside an "Actions" section, reviews the action it names (ID, words,
 * owner, the status word of its status column).
 */
import { statusOf } from './recognise.js';
import { spanOf, type NaturalReview, type Reader } from './reader.js';
import { tableColumns } from './table-columns.js';

export const reviewTable: Reader<'table'> = {
  id: 'review-table',
  looksAt: 'table',
  certainty: 'judged',
  read(t, place, o) {
    const k = place.kind;
    const c = tableColumns(t, k, o);
    if (!c || !(k === 'review' || (c.statusCol !== -1 && k !== 'actions'))) return undefined;
    return c.entries.map(({ row, cell, text, id }) => {
      const s = statusOf(cell(c.statusCol), o.words);
      const r: NaturalReview = { id, text, source: 'table', span: spanOf(o, row) };
      if (c.ownerCol !== -1 && cell(c.ownerCol)) r.ownerText = cell(c.ownerCol);
      if (s) { r.status = s.status; r.statusWord = s.word; }
      return { reader: 'review-table', kind: 'review' as const, review: r };
    });
  },
};
