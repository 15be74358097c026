/**
 * Review lines: a labelled action (`Action 3: AL to circulate the plot list - done. Closed.`)
 * under a heading that reviews earlier actions, or with a status written after it (`_Closed._`,
 * a sub-bullet "Complete.", a trailing "done"), is a review of that action, not a new one. A v1
 * line read there is marked reviewed, so the model drops it from the new actions.
 */
import { emphasisedStatus, labelOf, leadingOwner, subStatus, trailingStatus } from './recognise.js';
import { spanOf, type Fact, type NaturalReview, type Reader } from './reader.js';

export const reviewLine: Reader<'paragraph'> = {
  id: 'review-line',
  looksAt: 'paragraph',
  certainty: 'judged',
  read({ p, text }, place, o) {
    const label = labelOf(p, text);
    if (!label) return undefined;
    const { item } = place;
    const rest = label.groups!.rest!.trim();
    const sub = item ? subStatus(item, o.words) : undefined;
    const status = emphasisedStatus(p, o.words) ?? sub ?? trailingStatus(rest, o.words);
    if (place.kind !== 'review' && !status) return undefined;
    const r: NaturalReview = { id: label.groups!.id ?? '', text: rest, source: item ? 'list' : 'paragraph', span: spanOf(o, item ?? p) };
    const owner = leadingOwner(rest);
    if (owner) r.ownerText = owner;
    if (status) { r.status = status.status; r.statusWord = status.word; }
    else r.status = 'open';
    const facts: Fact[] = [{ reader: 'review-line', kind: 'review', review: r }];
    if (o.taken.has(p)) facts.push({ reader: 'review-line', kind: 'reviewed-line', line: p });
    return facts;
  },
};
