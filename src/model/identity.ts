import type { RosterMember } from '../config/types.js';
import { normaliseName } from './people.js';
import type { Meeting, Person } from './types.js';
import { memoiseOn } from '../util/memo.js';

/**
 * Who a written name stands for. With a roster, every spelling of a member (name or alias) is
 * the same person; without one, names are the same when they match ignoring case and spacing.
 */
export interface Identities {
  /** The roster member a name or alias refers to, if any. */
  member(name: string): RosterMember | undefined;
  /** A key equal for two names exactly when they are the same person. */
  key(name: string): string;
}

function identities(roster: readonly RosterMember[]): Identities {
  const byName = new Map<string, RosterMember>();
  // Names first, so that a member's own name wins over another member's alias.
  for (const m of roster) if (m.name.trim() && !byName.has(normaliseName(m.name))) byName.set(normaliseName(m.name), m);
  for (const m of roster) for (const a of m.aliases) if (a.trim() && !byName.has(normaliseName(a))) byName.set(normaliseName(a), m);
  const index = new Map(roster.map((m, i) => [m, i]));
  const member = (name: string) => byName.get(normaliseName(name));
  return {
    member,
    key(name) {
      const m = member(name);
      return m ? `member:${index.get(m)}` : `name:${normaliseName(name)}`;
    },
  };
}

/**
 * The identities of a roster, built once per roster: the part of every meeting's index (below)
 * that the roster alone decides. A key depends on the roster only, so a series compares the names
 * of all its meetings with it (attendance statistics, a person's hover in the language server).
 */
export const rosterIdentities: (roster: readonly RosterMember[]) => Identities = memoiseOn(identities);

/**
 * The people of one meeting resolved once against the roster: the identities every rule compares
 * names with, and those present by identity key. Built on first use and kept for the meeting, so
 * the rules that check people read one index instead of each building its own.
 */
export interface PeopleIndex extends Identities {
  /** People present (attendees and participants) by identity key, the first listing of each kept. */
  readonly present: ReadonlyMap<string, Person>;
}

// Keyed by the meeting; the roster is kept beside it because a meeting may be checked against
// another configuration (the LSP re-reads one), and then the index is rebuilt.
const built = new WeakMap<Meeting, { roster: readonly RosterMember[]; index: PeopleIndex }>();

export function peopleIndex(meeting: Meeting, roster: readonly RosterMember[]): PeopleIndex {
  const kept = built.get(meeting);
  if (kept && kept.roster === roster) return kept.index;
  const ids = rosterIdentities(roster);
  const index: PeopleIndex = { member: ids.member, key: ids.key, present: presentByKey(meeting, ids) };
  built.set(meeting, { roster, index });
  return index;
}

/** People present: attendees and participants, in document order. */
export function presentPeople(meeting: Meeting): Person[] {
  return meeting.people.filter((p) => p.list !== 'apologies');
}

/** People present by identity key, the first listing of each person kept. */
export function presentByKey(meeting: Meeting, ids: Identities): Map<string, Person> {
  const present = new Map<string, Person>();
  for (const p of presentPeople(meeting)) if (p.name && !present.has(ids.key(p.name))) present.set(ids.key(p.name), p);
  return present;
}

/** "attendees (DCC), line 12": where a person was listed, for messages. */
export function describeListing(p: Person): string {
  return `${p.list}${p.group ? ` (${p.group})` : ''} on line ${p.nameSpan.start.line}`;
}

