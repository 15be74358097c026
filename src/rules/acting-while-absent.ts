import { wordsOf } from '../config/types.js';
import { couldBe, looksLikePersonalName } from '../model/person-match.js';
import type { Meeting, NamedPerson, Person, Span } from '../model/types.js';
import type { FileRule } from './types.js';

/*
 * Someone who acts in the minutes (owns an action, moves or seconds a motion, takes the chair)
 * must be there: not in apologies or absent, not gone before the act, and on some list. A name
 * that matches nobody is reported only when it is plainly a person's name ("Kit Morrow",
 * "Cllr Rhys"): first names, nicknames, initials, roles and parties stay silent.
 */

interface Act {
  who: NamedPerson;
  did: string;
  owner?: boolean;
}

export const actingWhileAbsent: FileRule = {
  id: 'acting-while-absent',
  scope: 'file',
  severity: 'warn',
  description: 'An action owner, mover, seconder or chair must be present: not in apologies or absent, not gone, and on a list',
  check(ctx) {
    const { meeting, config } = ctx;
    if (meeting.people.length === 0) return;
    const titles = wordsOf(config);
    for (const act of acts(meeting)) {
      const { who, did } = act;
      const p = who.person;
      if (p) {
        const gone = p.list === 'attendees' || p.list === 'participants' ? leftBefore(meeting, p, who.span) : undefined;
        if (p.list === 'apologies' && !act.owner) ctx.report(who.span, `"${who.written}" ${did} but sent apologies`);
        else if (p.list === 'absent') ctx.report(who.span, `"${who.written}" ${did} but is recorded as absent`);
        else if (gone) ctx.report(who.span, `"${who.written}" ${did} after leaving the meeting (line ${gone.start.line})`);
        continue;
      }
      // Owners in apologies or on no list are action-owner's findings.
      if (act.owner) continue;
      // "Mrs. Cairn" moving where "Mrs. Cann" is present: a slip of the pen, not surely someone absent.
      const slip = couldBe(who.written, meeting.people.filter((x) => x.list === 'attendees' || x.list === 'participants'), titles);
      if (!who.ambiguous && !slip && looksLikePersonalName(who.written, titles) && !config.parties.some((x) => x.toLowerCase() === who.written.toLowerCase())) {
        ctx.report(who.span, `"${who.written}" ${did} but is on no list of the meeting (attendees, participants, apologies)`);
      }
    }
  },
};

function acts(m: Meeting): Act[] {
  const out: Act[] = [];
  for (const x of m.motions) {
    if (x.offline || !x.certain) continue;
    if (x.mover) out.push({ who: x.mover, did: 'moved a motion' });
    if (x.seconder) out.push({ who: x.seconder, did: 'seconded a motion' });
  }
  for (const c of m.attendanceChanges) if (c.kind === 'took-chair') out.push({ who: c.who, did: 'took the chair' });
  for (const a of m.actions) {
    if (!a.certain) continue;
    for (const token of a.owners) {
      if (token.kind !== 'name' && token.kind !== 'initials') continue;
      // Who the owner is was decided in the model, once (owner-resolve.ts).
      const r = token.resolved;
      const who: NamedPerson = { written: token.text, span: token.span ?? a.ownerSpan ?? a.span };
      if (r?.kind === 'person') who.person = r.person;
      else if (r?.kind === 'ambiguous') who.ambiguous = true;
      out.push({ who, did: `owns action ${a.id || a.identity}`, owner: true });
    }
  }
  return out;
}

/** Where the person left, when they left before this place and did not come back in between. */
function leftBefore(m: Meeting, p: Person, at: Span): Span | undefined {
  let left: Span | undefined;
  for (const c of m.attendanceChanges) {
    if (c.who.person !== p || c.span.start.offset >= at.start.offset) continue;
    if (c.kind === 'left') left = c.span;
    if (c.kind === 'joined') left = undefined;
  }
  return left;
}
