/**
 * Trailing action markers: `… needs gravel before the summer. Action: Clerk` (an owner after a
 * closing `Action:`), and `KM would fix it before the open day (ACTION).` (the sentence the
 * bracket follows is the action, its leading owner the owner).
 */
import { leadingOwner, looksLikeOwner, noNewActions, splitSentences } from './recognise.js';
import { spanOf, type NaturalAction, type Reader } from './reader.js';

export const actionMarker: Reader<'paragraph'> = {
  id: 'action-marker',
  looksAt: 'paragraph',
  certainty: 'judged',
  read({ p, text }, place, o) {
    if (noNewActions(place.kind)) return undefined;
    const node = place.item ?? p;
    const fact = (words: string, owner?: string) => {
      const a: Omit<NaturalAction, 'section'> = { id: '', notation: 'marker', text: words, content: p.children, node, span: spanOf(o, node) };
      if (owner) a.ownerText = owner;
      return [{ reader: 'action-marker', kind: 'action' as const, action: a }];
    };
    const end = /^(?<body>[\s\S]+?[.!?])\s*\(?action\)?\s*:\s*(?<owner>[^.:;]{1,60}?)\.?\)?$/i.exec(text);
    if (end && looksLikeOwner(end.groups!.owner!, o.words)) return fact(end.groups!.body!.trim(), end.groups!.owner!.trim());
    const bracket = /^(?<body>[\s\S]+?)\s*\(ACTION\)\s*\.?$/.exec(text);
    if (!bracket) return undefined;
    const last = splitSentences(bracket.groups!.body!).at(-1) ?? bracket.groups!.body!;
    return fact(last, leadingOwner(last, o.words));
  },
};
