import { peopleIndex } from '../model/identity.js';
import { closest } from '../util/did-you-mean.js';
import { normaliseInitials } from './duplicate-initials.js';
import type { FileRule } from './types.js';
import { initialsOfName } from '../model/person-match.js';

/*
 * Initials the text uses as a person's that belong to no one. Which tokens are initials used as a
 * person's (an owner, "(JM)", "JM noted…", acronyms told apart) is the model's reading
 * (model/initials.ts, `meeting.mentions`); this rule only filters the certain ones against the
 * register: a token is known when it is the initials given to anyone in the minutes or the roster,
 * or the initials of the name of someone in the minutes ("Jane Moss" → JM). It says nothing when
 * the minutes give no initials at all.
 */

export const unknownInitials: FileRule = {
  id: 'unknown-initials',
  scope: 'file',
  severity: 'warn',
  description: 'Initials used in the text must belong to someone in the minutes or the roster (when the minutes give initials)',
  check(ctx) {
    const { meeting, config } = ctx;
    const ids = peopleIndex(meeting, config.roster);
    const given = [
      ...meeting.people.map((p) => p.initials ?? (p.name ? ids.member(p.name)?.initials : undefined)),
      ...config.roster.map((m) => m.initials),
    ].filter((s): s is string => !!s && normaliseInitials(s) !== '');
    if (given.length === 0) return;
    const known = new Set(given.map(normaliseInitials));
    for (const p of meeting.people) for (const i of initialsOfName(p.name)) known.add(i);

    const reported = new Set<number>();
    for (const u of meeting.mentions) {
      if (u.form !== 'initials' || !u.certain || known.has(u.written)) continue;
      if (u.reader !== 'initials-in-brackets' && u.reader !== 'initials-subject' && u.reader !== 'v1-owner') continue;
      const at = u.span.start.offset;
      if (reported.has(at)) continue;
      reported.add(at);
      const near = closest(u.written, known);
      const hint = near === undefined ? '' : ` (did you mean "${near}"?)`;
      ctx.report(u.span, `"${u.written}" is used as a person's initials but matches nobody in the minutes or the roster${hint}`);
    }
  },
};
