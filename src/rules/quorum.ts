import type { RosterMember } from '../config/types.js';
import { peopleIndex } from '../model/identity.js';
import { normaliseName } from '../model/people.js';
import { didYouMean } from '../util/did-you-mean.js';
import type { FileRule } from './types.js';

/**
 * Counts the members present against the configured quorum. Each member counts once: an alternate
 * counts for the member they stand in for (so a member and their alternate together count once),
 * and participants, who are not members, do not count. With a roster, only attendees who are
 * roster members within their membership period, or alternates for one, count. Categories are
 * the attendee categories as written in the minutes.
 */
export const quorum: FileRule = {
  id: 'quorum',
  scope: 'file',
  severity: 'error',
  description: 'The members present must meet the configured quorum',
  check(ctx) {
    const q = ctx.config.quorum;
    const at = ctx.meeting.fields.attendees?.key;
    if (!q || !at) return;
    const roster = ctx.config.roster;
    const ids = peopleIndex(ctx.meeting, roster);
    const counted = new Set<string>();
    const byCategory = new Map<string, number>();
    let notMembers = 0;
    for (const group of ctx.meeting.attendees) {
      for (const p of group.people) {
        const member = p.alternateFor ?? p.name;
        if (!member) continue;
        if (roster.length > 0 && !isMemberOn(ids.member(member), ctx.meeting.date)) {
          notMembers++;
          continue;
        }
        const key = ids.key(member);
        if (counted.has(key)) continue;
        counted.add(key);
        const category = normaliseName(group.name);
        byCategory.set(category, (byCategory.get(category) ?? 0) + 1);
      }
    }
    const short: string[] = [];
    if (q.total !== undefined && counted.size < q.total) short.push(`${counted.size} member${counted.size === 1 ? '' : 's'} present, ${q.total} needed`);
    const categories = ctx.meeting.attendees.map((g) => g.name);
    for (const [category, needed] of Object.entries(q.categories)) {
      const n = byCategory.get(normaliseName(category)) ?? 0;
      if (n >= needed) continue;
      const listed = categories.some((c) => normaliseName(c) === normaliseName(category));
      const hint = listed ? '' : didYouMean(category, categories);
      short.push(`"${category}": ${n} present, ${needed} needed${hint}`);
    }
    if (short.length === 0) return;
    const note = notMembers > 0 ? ` (${notMembers} attendee${notMembers === 1 ? ' is' : 's are'} not in the roster or not a member on this date, and not counted)` : '';
    ctx.report(at, `Quorum not met: ${short.join('; ')}${note}`);
  },
};

function isMemberOn(m: RosterMember | undefined, date: string | undefined): boolean {
  if (!m) return false;
  if (!date) return true;
  return !(m.since && date < m.since) && !(m.until && date > m.until);
}
