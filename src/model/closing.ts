import { patternsOf } from '../vocabulary/patterns.js';
import type { RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { AgendaItem, Closing } from './types.js';

/** Lines a signature block is made of: names, roles, "Date:", lines to sign on. */
const SHORT = 80;

/** What follows the business (the `Closing` type in types.ts says what that is). */
export function findClosing(agenda: AgendaItem[], preamble: RootContent[]): Closing {
  const sections: AgendaItem[] = [];
  for (let i = agenda.length - 1; i >= 0 && (agenda[i]!.kind === 'annex' || agenda[i]!.kind === 'signature'); i--) sections.unshift(agenda[i]!);
  const before = agenda[agenda.length - 1 - sections.length];
  const content = before ? lastContent(before) : preamble;
  return { sections, blocks: signatureBlock(content) };
}

/** The content at the very end of a section: that of its last sub-section, if any. */
function lastContent(item: AgendaItem): RootContent[] {
  const last = item.children[item.children.length - 1];
  return last ? lastContent(last) : item.content;
}

function signatureBlock(nodes: RootContent[]): RootContent[] {
  // A signature block is a handful of short lines at the very end, opened by "Signed" or the like.
  for (let i = Math.max(0, nodes.length - 10); i < nodes.length; i++) {
    const n = nodes[i]!;
    if (n.type !== 'paragraph' || !patternsOf().sectionStart.signature.test(toString(n).trim())) continue;
    const rest = nodes.slice(i);
    if (rest.every((r) => r.type === 'thematicBreak' || (r.type === 'paragraph' && toString(r).length <= SHORT) || (r === n && toString(r).length <= 2 * SHORT))) return rest;
  }
  return [];
}
