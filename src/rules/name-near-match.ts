import type { FileRule } from './types.js';

/*
 * A name in the text that nearly matches someone on the lists, but is nobody on them, is most
 * likely that person misspelt: "Tom Reed" with "Tom Reeve (TR)" present, "Cllr Mr Ashdown" with
 * "Cllr Mrs P Ashdown". Names that match nobody closely (speakers, officials, people discussed)
 * are left alone. The names and whom each nearly matches are the model's reading
 * (model/mentions.ts, `meeting.mentions`); the rule reports them.
 */
export const nameNearMatch: FileRule = {
  id: 'name-near-match',
  scope: 'file',
  severity: 'warn',
  description: 'A name in the text that nearly matches a listed person is probably that person misspelt',
  check(ctx) {
    for (const m of ctx.meeting.mentions) {
      if (m.reader !== 'name-in-text' || !m.certain || !m.near) continue;
      const listed = m.near.written ?? m.near.name;
      ctx.report(m.span, `"${m.written}" nearly matches "${listed}" in ${m.near.list} (did you mean "${m.near.name}"?)`);
    }
  },
};
