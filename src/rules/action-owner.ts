import type { Span } from '../model/types.js';
import type { FileRule } from './types.js';

/*
 * Who may own an action (FORMAT §3, §7): what each part of a v1 owner names is decided in the
 * model (model/owner-standing.ts: a party, category, organisation, the committee, a person present,
 * an office someone holds, a collective owner); this rule reports the parts that name someone who
 * sent apologies or nobody known, and actions that name no owner at all.
 */
export const actionOwner: FileRule = {
  id: 'action-owner',
  scope: 'file',
  severity: 'warn',
  description: 'Every action needs an owner, and the owner must be a known party, category, organisation or person present',
  check(ctx) {
    for (const a of ctx.meeting.actions) {
      // A guess is shown by inspect, never reported (certainty.ts).
      if (!a.certain) continue;
      const name = a.id ? `Action "${a.id}"` : 'This action';
      const of = a.id ? `of action "${a.id}"` : 'of this action';
      if (a.ownerPlaceholder !== undefined) {
        ctx.report(a.ownerSpan ?? a.idSpan, `${name} has no owner: "${a.ownerPlaceholder}" names nobody; write who is to act`);
        continue;
      }
      if (a.notation !== 'v1') {
        // Who a name in a committee's own notation stands for is the people model's business; here only its absence.
        if (a.owners.length === 0) ctx.report(a.idSpan, `${name} has no owner: name who is to act ("Kate to …", "Action: Clerk")`);
        continue;
      }
      if (!a.owner) {
        ctx.report(a.idSpan, `${name} has no owner: start its text with who is to act ("The <party> to …") or add {owner="…"}`);
        continue;
      }
      for (const part of a.ownerParts ?? []) {
        if (part.standing === 'known') continue;
        const place: Span = part.at === undefined ? (a.ownerSpan ?? a.idSpan) : ctx.loc.span(part.at, part.at + part.text.length);
        if (part.standing === 'absent') {
          ctx.report(place, `Owner "${part.text}" ${of} is not present: ${part.display} sent apologies (listed on line ${part.person!.nameSpan.start.line})`);
          continue;
        }
        const hint = part.near === undefined ? '' : ` (did you mean "${part.near}"?)`;
        ctx.report(place, `Owner "${part.text}" ${of} is not a known party, category, organisation or person present${hint}`);
      }
    }
  },
};
