/**
 * A task asked for and taken on in the notes of a call: an entry whose question asks someone to
 * take something on ("Ryan: We should poke people to get checkboxes, are you owning that?",
 * "Jack: Mara -- can you own taking back learnings from the new PDs?"), answered in the first
 * entry under it, or else in the entry after it, by a speaker who accepts ("Eric Holk: Yes.",
 * "Mara: yes."). The action is the
 * answerer's, who must be someone of the meeting; an answer that is more than an assent, or a
 * question no one answers, is no action. Only in files without v1 lines, and not under an agenda
 * or a review of actions.
 */
import type { List, Paragraph } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { ASSENT_WORDS, TAKE_ON_VERBS } from '../../vocabulary/kept-words.js';
import { alternatives } from '../../vocabulary/patterns.js';
import { looksLikeOwner, readsProseActions, splitSentences } from './recognise.js';
import { spanOf, type Reader } from './reader.js';

/** "…, are you owning that?", "can you own taking back …?": the verb, then what is to be taken on. */
const QUESTION = new RegExp(String.raw`\b(?:can|could|will|would|are)\s+you\s+(?:be\s+)?(?:${alternatives(TAKE_ON_VERBS)})(?![\p{L}])\s*(?<object>[^?]*)\?\s*$`, 'iu');
/** "Eric Holk: Yes.", "Mara: yes": a speaker and an assent, nothing more. */
const ANSWER = /^(?<who>\p{Lu}[\p{L}'’. -]{0,38}):\s*(?<assent>[^.!]{1,12}?)[\s.!]*$/u;
const ASSENT = new Set(ASSENT_WORDS);
/** A speaker label opening the question's entry. */
const SPEAKER = /^\p{Lu}[\p{L}'’. -]{0,38}:\s+/u;
/** "Mara -- ", "Mara, ": the person the question is put to. */
const VOCATIVE = /^(?<who>\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)?)\s*(?:--|[-–—,])\s+/u;
/** "We should …", "Someone needs to …": the words before the task in the clause a question points back to. */
const PROPOSAL = /^(?:we|someone|somebody)\s+(?:should|need\s+to|must|could)\s+/i;

export const answeredQuestion: Reader<'paragraph'> = {
  id: 'answered-question',
  looksAt: 'paragraph',
  certainty: 'judged',
  read({ p, text }, place, o) {
    const item = place.item;
    if (!readsProseActions(place, o) || !item || item.children[0] !== p) return undefined;
    const question = splitSentences(text.replace(SPEAKER, '')).at(-1);
    const q = question && QUESTION.exec(question);
    if (!q) return undefined;
    // The answer is the first entry under the question, or the entry after it.
    const sub = (item.children.find((c): c is List => c.type === 'list')?.children[0] ?? place.next)?.children[0];
    const answer = sub?.type === 'paragraph' ? ANSWER.exec(toString(sub as Paragraph).replace(/\s+/g, ' ').trim()) : null;
    if (!answer || !ASSENT.has(answer.groups!.assent!.toLowerCase())) return undefined;
    const who = answer.groups!.who!.trim();
    const owner = o.owners.resolve(who);
    if (owner?.kind !== 'person' || !looksLikeOwner(who, o.words)) return undefined;
    // A question put to someone else by name is not taken on by whoever answers.
    const named = VOCATIVE.exec(question);
    const asked = named ? o.owners.resolve(named.groups!.who!) : undefined;
    if (asked?.kind === 'person' && asked.person !== owner.person) return undefined;
    const words = taskWords(question, q.index, q.groups!.object!);
    if (words === '') return undefined;
    return [{ reader: 'answered-question', kind: 'action', action: { id: '', notation: 'prose', text: words, ownerText: who, content: p.children, node: item, span: spanOf(o, item) } }];
  },
};

/** What is taken on: the words after the verb ("taking back learnings …"), or for "that" the clause before the question. */
function taskWords(question: string, at: number, object: string): string {
  // "… the tasting, Wren?": the name it is put to is not part of the task.
  const thing = object.replace(/,\s*\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)?$/u, '').trim();
  if (thing !== '' && !/^(?:that|this|it|one)$/i.test(thing)) return thing;
  const before = question.slice(0, at).replace(/[\s,;:–—-]+$/, '').replace(VOCATIVE, '');
  return before.replace(PROPOSAL, '').trim();
}
