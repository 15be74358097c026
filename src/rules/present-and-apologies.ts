import { describeListing, peopleIndex } from '../model/identity.js';
import type { FileRule } from './types.js';

export const presentAndApologies: FileRule = {
  id: 'present-and-apologies',
  scope: 'file',
  severity: 'error',
  description: 'A person cannot be both present (attendees or participants) and in apologies',
  check(ctx) {
    const ids = peopleIndex(ctx.meeting, ctx.config.roster);
    const present = ids.present;
    for (const a of ctx.meeting.people) {
      if (a.list !== 'apologies' || !a.name) continue;
      const there = present.get(ids.key(a.name));
      if (!there) continue;
      const spelling = there.name === a.name ? '' : ` as "${there.name}"`;
      ctx.report(a.nameSpan, `"${a.name}" sent apologies but is also listed as present: ${describeListing(there)}${spelling}`);
    }
  },
};
