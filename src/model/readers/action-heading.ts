/**
 * Action headings: `### Action 3: TR to order two tonnes of gravel`. Under a heading that reviews
 * earlier actions, the same heading is a review (open).
 */
import { toString } from 'mdast-util-to-string';
import { leadingOwner } from './recognise.js';
import { spanOf, type NaturalAction, type Reader } from './reader.js';

const HEADING_ACTION = /^action\s+(?<id>\d+(?:\.\d+)*)?\s*[:\-–—]\s*(?<rest>.+)$/i;

export const actionHeading: Reader<'heading'> = {
  id: 'action-heading',
  looksAt: 'heading',
  certainty: 'judged',
  read(n, place, o) {
    const h = HEADING_ACTION.exec(toString(n).trim());
    if (!h || !n.position) return undefined;
    const a: Omit<NaturalAction, 'section'> = { id: h.groups!.id ?? '', notation: 'heading', text: h.groups!.rest!.trim(), content: n.children, node: n, span: spanOf(o, n) };
    const owner = leadingOwner(a.text, o.words);
    if (owner) a.ownerText = owner;
    if (place.kind === 'review') return [{ reader: 'action-heading', kind: 'review', review: { id: a.id, text: a.text, source: 'paragraph', span: a.span, status: 'open' } }];
    return [{ reader: 'action-heading', kind: 'action', action: a }];
  },
};
