/**
 * Trailing italic owners: `The Board thanked the volunteers and the Clerk would write to each of
 * them. *Clerk*`: an owner in italics ending a paragraph, after a full stop, who is someone or
 * something of the meeting (not a status word such as `_Done_`). The last sentence is the action.
 */
import { toString } from 'mdast-util-to-string';
import { looksLikeOwner, noNewActions, splitSentences, statusOf } from './recognise.js';
import { spanOf, type NaturalAction, type Reader } from './reader.js';

export const italicOwner: Reader<'paragraph'> = {
  id: 'italic-owner',
  looksAt: 'paragraph',
  certainty: 'judged',
  read({ p }, place, o) {
    if (noNewActions(place.kind)) return undefined;
    const tail = p.children.at(-1);
    if (tail?.type !== 'emphasis' || p.children.length <= 1) return undefined;
    const owner = toString(tail).trim();
    const before = toString({ type: 'paragraph', children: p.children.slice(0, -1) }).trim();
    if (!(/[.!?]$/.test(before) && owner.split(/\s+/).length <= 4 && !statusOf(owner, o.words) && looksLikeOwner(owner, o.words) && o.owners.resolve(owner) !== undefined)) return undefined;
    const node = place.item ?? p;
    const text = splitSentences(before).at(-1) ?? before;
    const a: Omit<NaturalAction, 'section'> = { id: '', notation: 'italic-owner', text, content: p.children, node, span: spanOf(o, node) };
    if (owner) a.ownerText = owner;
    return [{ reader: 'italic-owner', kind: 'action', action: a }];
  },
};
