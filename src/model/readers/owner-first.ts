/**
 * Owner-first sentences: "Kit Morrow will book the marquee …", "Alma to ask the bakery …", "Our
 * chair would draw up …", in files that write no v1 action lines. The owner must be someone the
 * minutes list or an office; "he"/"she"/"they" stand for the last such subject. Precision first:
 * when the owner is not recognised, no action.
 */
import type { OwnerIndex } from '../owner-resolve.js';
import type { Patterns } from '../../vocabulary/patterns.js';
import { looksLikeOwner, noNewActions, NOT_A_TASK, OWNER_VERB, PRONOUN, resolvesAll, splitSentences } from './recognise.js';
import { spanOf, type Reader } from './reader.js';

export const ownerFirst: Reader<'paragraph'> = {
  id: 'owner-first',
  looksAt: 'paragraph',
  certainty: 'judged',
  read({ p, text }, place, o) {
    if (!o.prose || noNewActions(place.kind) || place.kind === 'election') return undefined;
    const node = place.item ?? p;
    return proseActions(text, o.owners, o.words).map((s) => ({ reader: 'owner-first', kind: 'action' as const, action: { id: '', notation: 'prose' as const, text: s.text, ownerText: s.owner, content: p.children, node, span: spanOf(o, node) } }));
  },
};

/** Owner-first sentences whose owner is someone the minutes list or an office. */
function proseActions(text: string, owners: OwnerIndex, words: Patterns): Array<{ text: string; owner: string }> {
  const out: Array<{ text: string; owner: string }> = [];
  let subject: string | undefined;
  for (const raw of splitSentences(text)) {
    const s = raw.replace(/^\[[^\]]{1,30}\]\s*/, '');
    // "Community Space: Hannah will come back to this issue": a topic, then the sentence.
    const m = OWNER_VERB.exec(s) ?? OWNER_VERB.exec(s.replace(/^[^:]{1,60}:\s+(?=\p{Lu})/u, ''));
    const lead = /^(?<owner>[^.;:!?\n]{1,60}?)\s*(?:\([^)]{1,40}\)\s*)?\s+(?:had|has|have|was|were|is|are|reported|said|noted|contacted|asked)\b/u.exec(s);
    if (m) {
      let owner = m.groups!.owner!.trim();
      const verb = m.groups!.verb!.toLowerCase();
      const next = m.groups!.next!.toLowerCase();
      if (PRONOUN.test(owner) && subject && (verb === 'will' || verb === 'would')) owner = subject;
      const ok = !NOT_A_TASK.has(next) && looksLikeOwner(owner, words) && resolvesAll(owner, owners, words);
      if (ok) {
        out.push({ text: s.slice(s.indexOf(m.groups!.owner!)), owner });
        subject = owner;
        continue;
      }
    }
    if (lead) {
      const owner = lead.groups!.owner!.trim();
      if (!PRONOUN.test(owner)) subject = looksLikeOwner(owner, words) && resolvesAll(owner, owners, words) ? owner : undefined;
    }
  }
  return out;
}
