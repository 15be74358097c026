import { describeListing, peopleIndex } from '../model/identity.js';
import { normaliseName } from '../model/people.js';
import type { Person } from '../model/types.js';
import type { FileRule } from './types.js';

/**
 * A person listed twice among those present (attendees and participants, across both lists) or
 * twice among the apologies. Present and in apologies at once is `present-and-apologies`' finding,
 * so that one mistake gives one finding.
 */
export const duplicatePerson: FileRule = {
  id: 'duplicate-person',
  scope: 'file',
  severity: 'error',
  description: 'A person must be listed once among attendees and participants, and once among apologies',
  check(ctx) {
    const ids = peopleIndex(ctx.meeting, ctx.config.roster);
    const firstPresent = new Map<string, Person>();
    const firstApology = new Map<string, Person>();
    for (const p of ctx.meeting.people) {
      if (!p.name) continue;
      const seen = p.list === 'apologies' ? firstApology : firstPresent;
      const key = ids.key(p.name);
      const first = seen.get(key);
      if (!first) {
        seen.set(key, p);
        continue;
      }
      const spelling = first.name === p.name ? '' : ` as "${first.name}"`;
      const member = ids.member(p.name);
      const via = member && normaliseName(first.name) !== normaliseName(p.name) ? ` (the same roster member, ${member.name})` : '';
      ctx.report(p.nameSpan, `"${p.name}" is listed twice: already in ${describeListing(first)}${spelling}${via}`);
    }
  },
};
