import type { RosterMember } from '../config/types.js';
import { peopleIndex } from '../model/identity.js';
import type { Span } from '../model/types.js';
import { closest } from '../util/did-you-mean.js';
import type { FileRule } from './types.js';

/**
 * Attendees and apologies are members, so with a roster each must be one of them, within their
 * membership period. Participants are not members and are not checked. An attendee who is an
 * alternate (`alternate_for`) is usually not a member either: the member they stand in for is
 * checked instead of their own name.
 */
export const notInRoster: FileRule = {
  id: 'not-in-roster',
  scope: 'file',
  severity: 'warn',
  description: 'Attendees, apologies and the members alternates stand in for must be in the roster, within their membership period',
  check(ctx) {
    const roster = ctx.config.roster;
    if (roster.length === 0) return;
    const ids = peopleIndex(ctx.meeting, roster);
    const spellings = new Map<string, RosterMember>();
    for (const m of roster) for (const s of [m.name, ...m.aliases]) if (!spellings.has(s)) spellings.set(s, m);
    const date = ctx.meeting.date;

    const check = (name: string, span: Span, who: string) => {
      const m = ids.member(name);
      if (!m) {
        const near = closest(name, spellings.keys());
        const hint = near === undefined ? '' : ` (did you mean "${spellings.get(near)!.name}"?)`;
        ctx.report(span, `${who} is not in the roster${hint}`);
        return;
      }
      if (!date) return;
      const as = normalisedEqual(name, m.name) ? '' : ` (roster: "${m.name}")`;
      if (m.since && date < m.since) ctx.report(span, `${who}${as} is a member only from ${m.since}, after this meeting (${date})`);
      else if (m.until && date > m.until) ctx.report(span, `${who}${as} was a member only until ${m.until}, before this meeting (${date})`);
    };

    for (const p of ctx.meeting.people) {
      if (p.list === 'participants' || !p.name) continue;
      if (p.alternateFor === undefined) check(p.name, p.nameSpan, `"${p.name}"`);
      const at = p.fields.alternate_for?.value;
      if (p.alternateFor && at) check(p.alternateFor, at, `"${p.alternateFor}" (for whom "${p.name}" is the alternate)`);
    }
  },
};

const normalisedEqual = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();
