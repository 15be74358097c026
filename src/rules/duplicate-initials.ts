import { describeListing, peopleIndex } from '../model/identity.js';
import type { Person } from '../model/types.js';
import type { FileRule } from './types.js';

/** "J.M." and "jm" are the same initials. */
export const normaliseInitials = (s: string) => s.replace(/[.\s]/g, '').toUpperCase();

/**
 * Initials stand for one person in the text, so two people of one meeting (attendees,
 * participants, apologies) must not share them. A person's initials are those given in the
 * minutes, else their roster member's.
 */
export const duplicateInitials: FileRule = {
  id: 'duplicate-initials',
  scope: 'file',
  severity: 'warn',
  description: 'Two people of a meeting must not have the same initials',
  check(ctx) {
    const ids = peopleIndex(ctx.meeting, ctx.config.roster);
    const seen = new Map<string, { person: Person; key: string }>();
    for (const p of ctx.meeting.people) {
      if (!p.name) continue;
      const member = ids.member(p.name);
      const written = p.initials ?? member?.initials;
      if (!written) continue;
      const initials = normaliseInitials(written);
      if (!initials) continue;
      const key = ids.key(p.name);
      const first = seen.get(initials);
      if (!first) {
        seen.set(initials, { person: p, key });
        continue;
      }
      // The same person listed twice is duplicate-person's finding.
      if (first.key === key) continue;
      const given = p.initials !== undefined && p.fields.initials?.value;
      const from = given ? '' : ' (from the roster)';
      ctx.report(given || p.nameSpan, `Initials "${written}"${from} of "${p.name}" are also those of "${first.person.name}", listed in ${describeListing(first.person)}`);
    }
  },
};
