import { describeListing, peopleIndex } from '../model/identity.js';
import type { Person } from '../model/types.js';
import type { FileRule } from './types.js';

/**
 * An alternate stands in for an absent member: the member cannot be present too, nor be the
 * alternate, nor have a second alternate present.
 */
export const alternateMemberPresent: FileRule = {
  id: 'alternate-member-present',
  scope: 'file',
  severity: 'error',
  description: 'An alternate cannot stand in for a member who is present, for themselves, or for a member who already has an alternate',
  check(ctx) {
    const ids = peopleIndex(ctx.meeting, ctx.config.roster);
    const present = ids.present;
    const standingIn = new Map<string, Person>();
    for (const p of ctx.meeting.people) {
      const member = p.alternateFor;
      const at = p.fields.alternate_for?.value;
      if (!member || !at || !p.name) continue;
      const key = ids.key(member);
      if (key === ids.key(p.name)) {
        ctx.report(at, `"${p.name}" is given as the alternate for "${member}", that is for themselves: name the member they stand in for`);
        continue;
      }
      if (p.list === 'apologies') continue;
      const there = present.get(key);
      if (there) {
        ctx.report(at, `"${p.name}" is the alternate for "${member}", but "${there.name}" is present too, listed in ${describeListing(there)}`);
        continue;
      }
      const other = standingIn.get(key);
      if (other && ids.key(other.name) !== ids.key(p.name)) {
        ctx.report(at, `"${p.name}" is the alternate for "${member}", but so is "${other.name}" (${describeListing(other)}): a member has one alternate`);
      } else if (!other) standingIn.set(key, p);
    }
  },
};
