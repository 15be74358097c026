import type { MissingReview } from '../series/register.js';
import type { SeriesRule } from './types.js';

/** How many actions without an ID one finding quotes before "and N more". */
const QUOTED = 3;
const WORDS = 60;

const quote = (m: MissingReview) => {
  const t = (m.text ?? m.id).replace(/\s+/g, ' ').trim();
  return `"${t.length > WORDS ? `${t.slice(0, WORDS - 1).trimEnd()}…` : t}"`;
};

const whyOf = (m: MissingReview) => (m.how === 'raised' ? `raised at meeting ${m.from.meeting}` : `left open at meeting ${m.from.meeting}`);

/**
 * Actions without a written ID that one earlier meeting left to this one, as one finding: their
 * identities (`2024-03-23#2`) are minutebook's, not the minutes', and a committee that writes
 * actions without IDs would otherwise get one error per action of every meeting.
 */
function unwrittenGroups(missing: readonly MissingReview[]): MissingReview[][] {
  const groups = new Map<string, MissingReview[]>();
  for (const m of missing) {
    if (m.written) continue;
    const key = `${m.how}\u0000${m.from.path}`;
    groups.set(key, [...(groups.get(key) ?? []), m]);
  }
  return [...groups.values()];
}

export const seriesMissingReview: SeriesRule = {
  id: 'series-missing-review',
  scope: 'series',
  severity: 'error',
  description: 'An action raised or reviewed open at one meeting must be reviewed at the next meeting (in `outstanding` or in the body) until a review closes it',
  check(ctx) {
    for (const [meeting, missing] of ctx.register.missing) {
      // The fix is a new entry under `outstanding`, or a line in the section that reviews actions:
      // point at that, else at the front matter.
      const outstanding = meeting.fields.outstanding?.key;
      const section = outstanding ? undefined : meeting.reviewSection;
      // Minutes kept without front matter: their heading, where the meeting starts.
      const title = meeting.titleHeading?.position ? { line: meeting.titleHeading.position.start.line, column: meeting.titleHeading.position.start.column, offset: meeting.titleHeading.position.start.offset ?? 0 } : undefined;
      const at = outstanding ?? section ?? meeting.frontMatterSpan?.start ?? title ?? { line: 1, column: 1, offset: 0 };
      const body = section !== undefined || meeting.headSource === 'body';
      // Where the review goes: this meeting's text, or its `outstanding` list.
      const hereOr = `: say where it stands here${meeting.headSource === 'body' ? '' : ', or add it to `outstanding`'}`;
      const one = (m: MissingReview, name: string) =>
        body ? `Action ${name} (${whyOf(m)}) is not reviewed at this meeting${hereOr}` : `Action ${name} (${whyOf(m)}) is not reviewed in \`outstanding\`: add it with its status and update`;
      for (const m of missing) if (m.written) ctx.report(at, one(m, m.id), { path: meeting.path });
      for (const group of unwrittenGroups(missing)) {
        const first = group[0]!;
        if (group.length === 1) {
          ctx.report(at, one(first, quote(first)), { path: meeting.path });
          continue;
        }
        const shown = group.slice(0, QUOTED).map(quote).join(', ');
        const more = group.length > QUOTED ? `, and ${group.length - QUOTED} more` : '';
        const how = first.how === 'raised' ? 'raised' : 'left open';
        ctx.report(at, `${group.length} actions ${how} at meeting ${first.from.meeting} are not reviewed at this meeting (${shown}${more}): say where each stands here`, { path: meeting.path });
      }
    }
  },
};
