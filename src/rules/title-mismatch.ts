import { toString } from 'mdast-util-to-string';
import type { FileRule } from './types.js';

const normalise = (s: string) => s.replace(/\s+/g, ' ').trim();

export const titleMismatch: FileRule = {
  id: 'title-mismatch',
  scope: 'file',
  severity: 'error',
  description: 'A `#` heading, if any, matches `title` (default "<committee> Meeting")',
  check(ctx) {
    const { meeting } = ctx;
    const heading = meeting.titleHeading;
    if (!heading?.position) return;
    const given = meeting.titleWritten !== undefined;
    if (!given && meeting.committee === undefined) return;
    const written = normalise(toString(heading));
    const title = normalise(meeting.title);
    if (written === title) return;
    // Point at the heading's text, after `# `.
    const first = heading.children[0]?.position?.start.offset;
    const place = ctx.loc.span(first ?? heading.position.start.offset!, heading.position.end.offset!);
    const source = given ? '`title`' : 'the default title (`committee` + " Meeting"; set `title` to change it)';
    ctx.report(place, `The heading "${written}" differs from ${source}: "${title}"`);
  },
};
