/**
 * Matters arising: prose under a "Matters arising" heading may be about an earlier action. Each
 * paragraph is a review without an ID; the register decides which action it is about by owner and
 * subject.
 */
import { sectionTitle } from '../../vocabulary/patterns.js';
import { spanOf, type Reader } from './reader.js';

export const mattersArising: Reader<'paragraph'> = {
  id: 'matters-arising',
  looksAt: 'paragraph',
  certainty: 'judged',
  read({ p, text }, place, o) {
    if (place.kind !== 'review' || !o.words.section.matters_arising.test(sectionTitle(place.section ?? ''))) return undefined;
    return [{ reader: 'matters-arising', kind: 'review', review: { id: '', text, source: 'matters-arising', span: spanOf(o, place.item ?? p) } }];
  },
};
