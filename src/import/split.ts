/**
 * One document, many meetings: a yearly archive holds one meeting after another, each opening
 * with its own title ("Minutes of the … Meeting January 9, 1990", "Minutes of Board Meeting:
 * March 8, 1997"). The document is cut before each such title; what comes before the first stays
 * with the first meeting.
 */
import type { Root, RootContent } from 'hast';
import { findDate } from './dates.js';
import { HEADINGS, isElement, textOf } from './hast.js';

const TITLE = /^\W{0,3}minutes\s+o[fr]\b|^\W{0,3}(?:minutes|agenda)\s*$|\bmeeting\s+minutes\b/i;

function isMeetingTitle(nodes: RootContent[], i: number): boolean {
  const node = nodes[i]!;
  if (!isElement(node) || !(node.tagName === 'p' || HEADINGS.includes(node.tagName))) return false;
  const t = textOf(node);
  if (t.split(' ').length > 25 || !TITLE.test(t)) return false;
  // "Minutes" alone heads the approval of the last minutes inside a meeting; a title names a meeting or a date.
  if (!/meeting/i.test(t) && !findDate(t)) return false;
  if (findDate(t)) return true;
  // The date may follow on the next lines.
  for (const next of nodes.slice(i + 1, i + 4)) if (isElement(next) && findDate(textOf(next).slice(0, 120))) return true;
  return false;
}

export function splitMeetings(tree: Root): Root[] {
  const starts: number[] = [];
  tree.children.forEach((_, i) => {
    if (isMeetingTitle(tree.children, i)) starts.push(i);
  });
  if (starts.length < 2) return [tree];
  starts[0] = 0;
  return starts.map((s, k) => ({ type: 'root', children: tree.children.slice(s, starts[k + 1] ?? tree.children.length) }));
}
