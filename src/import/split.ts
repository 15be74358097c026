/**
 * One document, many meetings: a yearly archive holds one meeting after another, each opening
 * with its own title ("Minutes of the … Meeting January 9, 1990", "Minutes of Board Meeting:
 * March 8, 1997"). The document is cut before each such title; what comes before the first stays
 * with the first meeting.
 */
import type { Element, Root, RootContent } from 'hast';
import { COMMITTEE_WORD } from './infer.js';
import { findDate } from './dates.js';
import { HEADINGS, isElement, textOf } from './hast.js';

// "Minut s of goard Meeting": the scanned archive's OCR splits words.
const TITLE = /^\W{0,3}minut(?:e|\s)?s\s+o[fr]\b|^\W{0,3}(?:minutes|agenda)\s*$|\bmeeting\s+minutes\b/i;
/**
 * A sentence about minutes is not a title: "Minutes: The January 17, 2001 meeting minutes were
 * approved as presented." names the last meeting inside the next one (the archive cut there and
 * dated the rest of a meeting by the one it approved). Titles have no verb of this kind.
 */
const SENTENCE = /\b(?:were|was|are|is|been|approved|accepted|adopted|read|presented|amended|corrected)\b/i;

function isMeetingTitle(nodes: RootContent[], i: number): boolean {
  const node = nodes[i]!;
  if (!isElement(node) || !(node.tagName === 'p' || HEADINGS.includes(node.tagName))) return false;
  // "approved Minutes May 15, 2019", "Unapproved Minutes October 16, 2019": the later archive's titles.
  const written = textOf(node);
  const t = written.replace(/^\W{0,3}(?:un)?approved\s+(?=minutes\b)/i, '');
  const marked = t !== written;
  // "Meeting: June 16, 1997" under a letterhead the scan garbled: a title of its own.
  if (/^\W{0,3}meeting\W{0,4}$/i.test(t.slice(0, findDate(t)?.index ?? 0)) && t.split(/\s+/).length <= 6) return true;
  if (t.split(" ").length > 25 || !(TITLE.test(t) || (marked && /^minutes\b/i.test(t))) || SENTENCE.test(t)) return false;
  // "Minutes" alone heads the approval of the last minutes inside a meeting; a title names a meeting or a date.
  if (!marked && !/meeting/i.test(t) && !findDate(t)) return false;
  if (findDate(t)) return true;
  // The date may follow on the next lines.
  for (const next of nodes.slice(i + 1, i + 4)) if (isElement(next) && findDate(textOf(next).slice(0, 120))) return true;
  return false;
}

function previousElement(nodes: RootContent[], i: number): number | undefined {
  for (let k = i - 1; k >= 0; k--) {
    const n = nodes[k]!;
    if (n.type === 'text' && !n.value.trim()) continue;
    return isElement(n, 'p') ? k : undefined;
  }
  return undefined;
}

/** A short line naming a body, without a date or a sentence's full stop. */
const isLetterhead = (t: string) => t.split(/\s+/).length <= 8 && COMMITTEE_WORD.test(t) && !findDate(t) && !/[.:;]\s*$/.test(t);

export function splitMeetings(tree: Root): Root[] {
  const starts: number[] = [];
  tree.children.forEach((_, i) => {
    if (isMeetingTitle(tree.children, i)) starts.push(i);
  });
  if (starts.length < 2) return [tree];
  // A letterhead just above a title ("LICTON SPRINGS COMMUNITY COUNCIL") opens that meeting, not
  // the end of the one before.
  for (let k = 1; k < starts.length; k++) {
    const before = previousElement(tree.children, starts[k]!);
    if (before !== undefined && before > (starts[k - 1] ?? 0) && isLetterhead(textOf(tree.children[before] as Element))) starts[k] = before;
  }
  starts[0] = 0;
  return starts.map((s, k) => ({ type: 'root', children: tree.children.slice(s, starts[k + 1] ?? tree.children.length) }));
}
