/**
 * What minutes cite: issues and pull requests by number (`#630`) and links. Committees that keep
 * their business in an issue tracker take a subject up again by citing it ("Approving project
 * charters [#630](…)"), not by naming the action raised on it; the register reads these to tell
 * that a later meeting returns to an action's subject (series/register.ts).
 */
import type { Heading, Root } from 'mdast';
import type { Meeting, NewAction } from './types.js';

/** `#630` (not `##`, not a colour `#fff`), or a link up to a blank or closing bracket. */
const CITATION = /(?<![\p{L}\p{N}#&])#\d{1,6}(?![\p{L}\p{N}])|https?:\/\/[^\s)<>\]]+/gu;

const clean = (c: string) => c.replace(/[.,;:!?'"’]+$/, '').replace(/\/+$/, '');

/** The citations of a text, in order, each once. */
export function citationsIn(text: string): string[] {
  return [...new Set([...text.matchAll(CITATION)].map((m) => clean(m[0])))];
}

/**
 * Records the meeting's citations and, for each action, those it stands under: what is cited
 * between the heading above it (or the end of the action before it) and its own end, its words included.
 */
export function readCitations(m: Meeting, tree: Root, source: string): void {
  m.citations = citationsIn(source);
  if (m.citations.length === 0) return;
  const headings = tree.children.filter((n): n is Heading => n.type === 'heading').map((h) => h.position?.end.offset ?? 0);
  let previousEnd = 0;
  for (const a of [...m.actions].sort((x, y) => x.span.start.offset - y.span.start.offset)) {
    const end = a.span.end.offset;
    const from = Math.max(previousEnd, ...headings.filter((h) => h <= a.span.start.offset));
    const cites = citationsIn(source.slice(Math.min(from, a.span.start.offset), end));
    if (cites.length > 0) (a as NewAction).cites = cites;
    previousEnd = Math.max(previousEnd, end);
  }
}
