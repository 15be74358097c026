import { peopleIndex } from '../model/identity.js';
import { didYouMean } from '../util/did-you-mean.js';
import type { FileRule } from './types.js';

/** A proxy holds an absent member's vote, so it must be an attendee of this meeting. */
export const proxyUnknown: FileRule = {
  id: 'proxy-unknown',
  scope: 'file',
  severity: 'warn',
  description: 'An apology\'s `proxy_to` must name an attendee of the meeting',
  check(ctx) {
    const ids = peopleIndex(ctx.meeting, ctx.config.roster);
    const attendees = ctx.meeting.attendees.flatMap((g) => g.people).filter((p) => p.name);
    const keys = new Set(attendees.map((p) => ids.key(p.name)));
    for (const a of ctx.meeting.people) {
      const at = a.fields.proxy_to?.value;
      if (a.list !== 'apologies' || !a.proxyTo || !at) continue;
      const key = ids.key(a.proxyTo);
      if (keys.has(key)) continue;
      const participant = ctx.meeting.people.find((p) => p.list === 'participants' && p.name && ids.key(p.name) === key);
      const why = participant
        ? `, who is a participant (${participant.group}, line ${participant.nameSpan.start.line}), not an attendee`
        : `, who is not among the attendees${didYouMean(a.proxyTo, attendees.map((p) => p.name))}`;
      ctx.report(at, `"${a.name}" gave their proxy to "${a.proxyTo}"${why}`);
    }
  },
};
