/**
 * Who an owner token stands for: one matcher, the meeting's person index first (person-match.ts),
 * then offices, everyone and the bodies of the meeting. The model resolves every owner token with
 * it once (build-meeting.ts); rules and views read the result.
 */
import { wordsOf } from '../config/types.js';
import type { Config } from '../config/types.js';
import { isEveryone, isRole } from './action-owners.js';
import { normaliseName } from './people.js';
import type { Meeting, OwnerResolution, Person } from './types.js';
import { personIndex, type PersonIndex } from './person-match.js';

export type Resolved = { kind: 'person'; person: Person } | { kind: 'role' } | { kind: 'body'; name: string } | { kind: 'everyone' };

export interface OwnerIndex {
  resolve(token: string): Resolved | undefined;
  /** The same, saying also when several people fit or nobody does. */
  resolution(token: string): OwnerResolution;
  /** The person index of the meeting, shared with motions, mentions and the rules. */
  people: PersonIndex;
}

/**
 * One matcher for owners: people through the meeting's person index (titles, initials, aliases,
 * "J. Smith" → "Joseph Smith", "Cllr. J. Smith" ↔ "County Councillor Joseph Smith"), then offices,
 * everyone, and the bodies of the meeting (parties, roster categories, the committee and its code,
 * roster names and aliases).
 */
export function ownerIndex(meeting: Pick<Meeting, 'people' | 'code' | 'committee'>, config: Pick<Config, 'parties' | 'roster' | 'code' | 'vocabulary' | 'titles' | 'proseDecisionVerbs' | 'decisionSubjects' | 'aliases'>, people?: PersonIndex): OwnerIndex {
  const words = wordsOf(config);
  const TITLE = new RegExp(`^(?:${words.title}\\s+)+`, 'i');
  const index = people ?? personIndex(meeting.people, { aliases: config.aliases, words });
  const bodies = new Set([...config.parties, ...config.roster.map((m) => m.category), meeting.code, config.code, meeting.committee].filter((s): s is string => !!s).map(normaliseName));
  for (const m of config.roster) for (const a of [m.name, m.initials, ...m.aliases]) if (a) bodies.add(normaliseName(a));
  const resolution = (token: string): OwnerResolution => {
    const t = token.trim().replace(TITLE, '');
    const k = normaliseName(t);
    if (k === '') return { kind: 'unknown' };
    if (isEveryone(t, words)) return { kind: 'everyone' };
    const m = index.resolve(token.trim());
    if (m.kind === 'one') return { kind: 'person', person: m.person };
    if (isRole(t, words)) return { kind: 'role' };
    const body = k.replace(/^the\s+/, '');
    if (bodies.has(body)) return { kind: 'body', name: t };
    if (m.kind === 'ambiguous') return { kind: 'ambiguous' };
    return { kind: 'unknown' };
  };
  return {
    people: index,
    resolution,
    resolve(token) {
      const r = resolution(token);
      return r.kind === 'ambiguous' || r.kind === 'unknown' ? undefined : r;
    },
  };
}

const INDEXES = new WeakMap<object, PersonIndex>();

/** Records the person index a meeting was read with, so that rules use that one and build none. */
export function keepPeopleIndex(meeting: object, index: PersonIndex): void {
  INDEXES.set(meeting, index);
}

/** The meeting's person index: the one the model built, or one built now for a meeting made otherwise. */
export function peopleOf(meeting: Pick<Meeting, 'people'>, config: Pick<Config, 'aliases' | 'vocabulary' | 'titles' | 'proseDecisionVerbs' | 'decisionSubjects'>): PersonIndex {
  let index = INDEXES.get(meeting);
  if (!index) {
    index = personIndex(meeting.people, { aliases: config.aliases, words: wordsOf(config) });
    INDEXES.set(meeting, index);
  }
  return index;
}
