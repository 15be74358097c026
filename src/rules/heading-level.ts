import { toString } from 'mdast-util-to-string';
import type { FileRule } from './types.js';

const hashes = (depth: number) => '#'.repeat(depth);

export const headingLevel: FileRule = {
  id: 'heading-level',
  scope: 'file',
  severity: 'warn',
  description: 'Heading levels step one at a time: no `##` among `###` sections, no `####` straight under a `##`',
  check(ctx) {
    // The first section's level is the top one, whatever it is (`###` sections under a `#`
    // title are common); only changes against it are jumps.
    for (const jump of ctx.meeting.headingJumps) {
      const h = jump.heading;
      if (!h.position) continue;
      const title = toString(h).replace(/\s+/g, ' ').trim();
      const short = title.length > 50 ? `${title.slice(0, 49)}…` : title;
      const how = jump.siblings
        ? `is a \`${hashes(h.depth)}\` heading among \`${hashes(jump.expected)}\` sections`
        : `is a \`${hashes(h.depth)}\` heading under a \`${hashes(jump.expected - 1)}\` section`;
      ctx.report(ctx.loc.span(h.position.start.offset!, h.position.end.offset!), `"${short}" ${how}: expected \`${hashes(jump.expected)}\``);
    }
  },
};
