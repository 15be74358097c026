import type { FileRule } from './types.js';

/*
 * A motion is moved and seconded by two different voting members: not participants, observers or
 * members of the public, who are present but do not vote.
 */
export const motionVoter: FileRule = {
  id: 'motion-voter',
  scope: 'file',
  severity: 'warn',
  description: 'Mover and seconder of a motion are two different members entitled to vote',
  check(ctx) {
    for (const m of ctx.meeting.motions) {
      // A guess is shown by inspect, never reported (model/certainty.ts).
      if (!m.certain) continue;
      for (const [who, role] of [[m.mover, 'moved'], [m.seconder, 'seconded']] as const) {
        const p = who?.person;
        if (!who || !p) continue;
        if (p.list === 'participants' || p.list === 'observers' || p.parts.public) {
          const list = p.list === 'observers' ? 'observers' : 'participants (in attendance)';
          ctx.report(who.span, `"${who.written}" ${role} a motion but is listed among the ${list}, who do not vote`);
        }
      }
      if (m.mover && m.seconder && m.mover.person && m.mover.person === m.seconder.person) {
        ctx.report(m.seconder.span, `"${m.seconder.written}" both moved and seconded the motion: the seconder must be someone else`);
      }
    }
  },
};
