import type { RosterMember } from '../config/types.js';
import { normaliseName } from './people.js';
import type { Meeting, Person } from './types.js';

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

export function identities(roster: readonly RosterMember[]): Identities {
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

