import type { FileRule } from './types.js';

/* A motion that was moved and seconded has an outcome in the minutes: carried, lost, withdrawn or deferred. */
export const motionOutcome: FileRule = {
  id: 'motion-outcome',
  scope: 'file',
  severity: 'warn',
  description: 'A motion records its outcome (carried, lost, withdrawn, deferred)',
  check(ctx) {
    for (const m of ctx.meeting.motions) {
      // A guess is shown by inspect, never reported (model/certainty.ts).
      if (!m.certain) continue;
      // An outcome the form implies is still not written (readers/motion.ts).
      if ((m.outcome && !m.unwritten) || m.source === 'table') continue;
      const what = m.text ? `"${clip(m.text)}"` : 'The motion';
      ctx.report(m.span, `${m.text ? 'The motion ' : ''}${what} was moved${m.seconder ? ' and seconded' : ''} but the minutes record no outcome (carried, lost, withdrawn or deferred)`);
    }
  },
};

function clip(s: string): string {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > 60 ? `${t.slice(0, 59)}…` : t;
}
