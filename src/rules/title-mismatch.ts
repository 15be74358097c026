import { toString } from 'mdast-util-to-string';
import type { FileRule } from './types.js';

const normalise = (s: string) => s.replace(/\s+/g, ' ').trim();

export const titleMismatch: FileRule = {
  id: 'title-mismatch',
  scope: 'file',
  severity: 'error',
  description: 'A `#` heading, if any, matches an explicit `title`',
  check(ctx) {
    const { meeting } = ctx;
    const heading = meeting.titleHeading;
    // A heading in the author's words ("Minutes of the AGM, 16 December") says what the meeting
    // was: only a `title` written in the front matter is something it can contradict.
    if (!heading?.position || meeting.titleWritten === undefined) return;
    const written = normalise(toString(heading));
    const title = normalise(meeting.titleWritten);
    if (written === title) return;
    // Point at the heading's text, after `# `.
    const first = heading.children[0]?.position?.start.offset;
    const place = ctx.loc.span(first ?? heading.position.start.offset!, heading.position.end.offset!);
    ctx.report(place, `The heading "${written}" differs from \`title\`: "${title}"`);
  },
};
