/**
 * Where minutebook's own front matter and the minutes' text list different people (issue "Minutes
 * as they are already kept", item 1): the front matter wins, and each disagreement is a finding of
 * frontmatter-body-mismatch, at the name in the text, naming the line of the front matter. Only
 * lists the model is sure of are compared: a labelled list of personal names in the text ("Present:
 * Ada Fenwick, Bram Oakley"), not "All except …", a count of the public, or entries that read as
 * offices or bodies; a name that nearly matches a listed one is a spelling, for other rules.
 */
import { nearMatch, personIndex, looksLikePersonalName } from './person-match.js';
import type { TitleSets } from './person-parse.js';
import type { PeopleGroup, PeopleList, Person, Span } from './types.js';

/** The lists as minutes mean them: there, sent apologies, or away. */
const SIDE: Record<PeopleList, 'present' | 'apologies' | 'absent'> = { attendees: 'present', participants: 'present', observers: 'present', apologies: 'apologies', absent: 'absent' };
const SAID: Record<'present' | 'apologies' | 'absent', string> = { present: 'present', apologies: 'sending apologies', absent: 'absent' };

/**
 * The text's groups that are certain: present, apologies or absent (not officers "in attendance",
 * often left out of the front matter), every entry a personal name.
 */
function certainPeople(lists: Record<PeopleList, PeopleGroup[]>, titles: TitleSets): Person[] {
  return [...lists.attendees, ...lists.apologies, ...lists.absent]
    .filter((g) => g.people.length > 0 && g.people.every((p) => !p.parts.public && looksLikePersonalName(p.parts.name, titles)))
    .flatMap((g) => g.people);
}

const lineOf = (s: Span | undefined) => (s ? ` (line ${s.start.line})` : '');

/**
 * Each person the text lists that the front matter lists on another side, or not at all. The other
 * way round is not reported: a text's list is often partial (a sub-list, the officers), and a name
 * it leaves out is no certain disagreement.
 */
export function comparePeople(front: readonly Person[], body: Record<PeopleList, PeopleGroup[]>, titles: TitleSets): Array<{ at: Span; message: string }> {
  const named = front.filter((p) => !p.parts.public && p.parts.name !== '');
  const inText = certainPeople(body, titles);
  if (named.length === 0 || inText.length === 0) return [];
  const index = personIndex(named, { words: titles });
  const out: Array<{ at: Span; message: string }> = [];
  for (const p of inText) {
    const at = p.nameSpan ?? p.span;
    if (!at) continue;
    const found = index.resolve(p.name);
    if (found.kind === 'ambiguous') continue;
    if (found.kind === 'none') {
      // A spelling of a listed name is name-near-match's business, not a second list.
      const near = nearMatch(p.name, named, titles);
      if (!near) out.push({ at, message: `"${p.name}" is listed as ${SAID[SIDE[p.list]]} in the text, but the front matter's lists${lineOf(named[0]!.nameSpan ?? named[0]!.span)} do not name them: the front matter's lists are used; add them there or correct the text` });
      continue;
    }
    const was = SIDE[found.person.list];
    // Apologies and absence are both "not there": "All except X" does not say which.
    if ((was === 'present') !== (SIDE[p.list] === 'present')) out.push({ at, message: `"${p.name}" is listed as ${SAID[SIDE[p.list]]} in the text, but as ${SAID[was]} in the front matter${lineOf(found.person.nameSpan ?? found.person.span)}: the front matter's lists are used; correct the one that is wrong` });
  }
  return out;
}
