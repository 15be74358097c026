/**
 * Owner-first sentences: "Kit Morrow will book the marquee …", "Alma to ask the bakery …", "Our
 * chair would draw up …", and a speaker's own commitment ("Kit: I'll book the marquee"), in files
 * that write no v1 action lines. The owner must be someone the
 * minutes list or an office; "he"/"she"/"they" stand for the last such subject. Precision first:
 * when the owner is not recognised, no action.
 */
import type { OwnerIndex } from '../owner-resolve.js';
import type { Patterns } from '../../vocabulary/patterns.js';
import { looksLikeOwner, NOT_A_TASK, OWNER_VERB, PRONOUN, readsProseActions, resolvesAll, SPEAKER_COMMITS, SPOKEN, splitSentences, TAKES_A_ROLE } from './recognise.js';
import { spanOf, type Reader } from './reader.js';

export const ownerFirst: Reader<'paragraph'> = {
  id: 'owner-first',
  looksAt: 'paragraph',
  certainty: 'judged',
  read({ p, text }, place, o) {
    if (!readsProseActions(place, o)) return undefined;
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
    const own = speakerCommitment(s, owners, words);
    if (own) {
      out.push(own);
      subject = own.owner;
      continue;
    }
    const lead = /^(?<owner>[^.;:!?\n]{1,60}?)\s*(?:\([^)]{1,40}\)\s*)?\s+(?:had|has|have|was|were|is|are|reported|said|noted|contacted|asked)\b/u.exec(s);
    // The sentence itself; "Community Space: Hannah will come back to this issue" (a topic, then
    // the sentence); "No objections to a committee, Eric to own that" (a clause after a comma);
    // "… needs weed killing - Chairman agreed to deal with it", "… over run with moles and the
    // Chairman volunteered to …" (a report, then the clause after a dash or an "and" gives the task;
    // not "and he would …", whose "he" is the sentence's subject, not the last owner).
    const found = [s, s.replace(/^[^:]{1,60}:\s+(?=\p{Lu})/u, ''), s.replace(/^[^,]{1,120},\s+(?=\p{Lu})/u, ''), ...clauseTails(s)]
      .filter((x, i, all) => all.indexOf(x) === i)
      .map((x) => ownerVerb(x, subject, owners, words) ?? actionIs(x, owners, words))
      .find((x) => x !== undefined);
    if (found) {
      out.push(...runOn(found));
      subject = found.owner;
      continue;
    }
    if (lead) {
      const owner = lead.groups!.owner!.trim();
      if (!PRONOUN.test(owner)) subject = looksLikeOwner(owner, words) && resolvesAll(owner, owners, words) ? owner : undefined;
    }
  }
  return out;
}

/**
 * "the Chairman volunteered to arrange for it to be dealt with he also agreed to have the board
 * erected": a run-on sentence whose "he also" opens a second commitment of the same owner. Two
 * actions; only after "also", which says the subject is the same (in "Kit will ask Ann whether she
 * would host", "she" is Ann).
 */
function runOn(a: { text: string; owner: string }): Array<{ text: string; owner: string }> {
  const m = RUN_ON.exec(a.text);
  // "he also would be …" reports; "he also agreed to have the board erected" is a task.
  if (!m || (/^(?:will|would|shall)$/.test(m.groups!.verb!) && NOT_A_TASK.has(m.groups!.next!.toLowerCase()))) return [a];
  const first = a.text.slice(0, m.index).replace(/[\s,]+(?:and\s*)?$/, '');
  // The second task's words without "he also": its owner is said in the owner column.
  return [{ text: first, owner: a.owner }, { text: a.text.slice(m.index).replace(/^\s*\p{L}+\s+also\s+/u, ''), owner: a.owner }];
}
const RUN_ON = /\s(?:he|she|they)\s+also\s+(?<verb>will|would|shall|(?:has\s+|have\s+)?agreed\s+to|volunteered\s+to|offered\s+to|undertook\s+to|is\s+to|are\s+to)\s+(?<next>\p{Ll}[\p{L}'-]*)/u;

/** "Action item is Jack revise the proposal …": an action named as such, its owner, then the task. */
const ACTION_IS = /^(?:[Tt]he\s+)?(?:next\s+)?[Aa]ction(?:\s+(?:item|point))?\s+is\s*:?\s+(?:for\s+)?(?<rest>(?<owner>\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2})\s+(?:to\s+)?(?<next>\p{Ll}[\p{L}'-]*)[\s\S]*)$/u;

/** "The action item is Wren is to …": a verb of state or an auxiliary after the name says it is no owner before a task. */
const AUXILIARY = /^(?:is|was|are|were|has|had|will|would|should|can|could|may|might|must|did|does)$/;

/** "Ryan: Action item is Jack revise the proposal": the owner, someone of the meeting, leads the task's words. */
function actionIs(s: string, owners: OwnerIndex, words: Patterns): { text: string; owner: string } | undefined {
  const m = ACTION_IS.exec(s);
  if (!m) return undefined;
  const owner = m.groups!.owner!;
  const next = m.groups!.next!.toLowerCase();
  const ok = !NOT_A_TASK.has(next) && !AUXILIARY.test(next) && looksLikeOwner(owner, words) && resolvesAll(owner, owners, words);
  return ok ? { text: m.groups!.rest!, owner } : undefined;
}

/** "Kit will book the hall", "Alma to ask the bakery": the owner before the verb, someone of the meeting. */
function ownerVerb(s: string, subject: string | undefined, owners: OwnerIndex, words: Patterns): { text: string; owner: string } | undefined {
  const m = OWNER_VERB.exec(s);
  if (!m) return undefined;
  let owner = m.groups!.owner!.trim();
  const verb = m.groups!.verb!.toLowerCase();
  const next = m.groups!.next!.toLowerCase();
  if (PRONOUN.test(owner) && subject && (verb === 'will' || verb === 'would')) owner = subject;
  const after = s.slice(m.index + m.groups!.owner!.length).trimStart();
  const ok = !NOT_A_TASK.has(next) && !TAKES_A_ROLE.test(after) && looksLikeOwner(owner, words) && resolvesAll(owner, owners, words);
  return ok ? { text: s.slice(s.indexOf(m.groups!.owner!)), owner } : undefined;
}

/**
 * "Mark: Will create the team PR", "Eric: I'll own writing up that policy": notes that give a
 * speaker's words, the speaker someone of the meeting, committing to a task in the first person.
 * The speaker is the owner; the words after the label are the action's. ("I can help" is an offer,
 * not a commitment: not read.)
 */
function speakerCommitment(s: string, owners: OwnerIndex, words: Patterns): { text: string; owner: string } | undefined {
  const m = SPEAKER_COMMITS.exec(s);
  if (!m) return undefined;
  const speaker = m.groups!.speaker!.trim();
  const next = m.groups!.next!.toLowerCase();
  if (NOT_A_TASK.has(next) || SPOKEN.has(next) || !looksLikeOwner(speaker, words) || !resolvesAll(speaker, owners, words)) return undefined;
  return { text: m.groups!.rest!, owner: speaker };
}

/**
 * The clauses after each dash and each "and" of a sentence, but for those a pronoun opens. After
 * an "and", a name with "to <verb>" ends a list that a verb before it governs ("authorise the
 * co-chairs and Eve to negotiate"): taking the last name alone as the owner would be wrong.
 */
function clauseTails(s: string): string[] {
  return [...s.matchAll(/\s[-–—]\s*|\s+and\s+/g)]
    .filter((m) => !/and/.test(m[0]) || OWNER_VERB.exec(s.slice(m.index + m[0].length))?.groups?.verb !== 'to')
    .map((m) => s.slice(m.index + m[0].length))
    .filter((t) => !PRONOUN.test(t.split(/\s+/)[0] ?? ''));
}
