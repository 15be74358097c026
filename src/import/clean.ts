/**
 * mammoth's HTML made ready for Markdown: the markers written into document.xml become list
 * starts, numbered-heading labels and review comments; Word residue that is not content (broken
 * fields, empty paragraphs) is dropped and counted.
 */
import type { Element, ElementContent, Parent, Root, Text } from 'hast';
import { commentHtml, type WordComment } from './comments.js';
import { decodeNumber, MARKER, NUM_OPEN } from './markers.js';
import { count, type ImportReport } from './report.js';
import { elements, HEADINGS, isElement, text, textOf } from './hast.js';

// Word writes these as the cached result of a field whose target is gone.
const BROKEN_FIELD = /Error! (?:Bookmark not defined|Reference source not found|No text of specified style in document|Not a valid bookmark self-reference|No table of contents entries found|Unknown switch argument|Main Document Only|Objects cannot be created from editing field codes)\.?/g;

/** The first number marker in an element (at the start of a numbered paragraph's text). */
function firstNumber(e: Element): { value: number; label: string } | undefined {
  const stack: ElementContent[] = [...e.children];
  while (stack.length) {
    const n = stack.shift()!;
    if (n.type === 'text') {
      const i = n.value.indexOf(NUM_OPEN);
      if (i >= 0) {
        const m = /\uE000([^\uE001]*)\uE001/.exec(n.value.slice(i));
        return m ? decodeNumber(m[1]!) : undefined;
      }
    } else if (n.type === 'element') {
      if (n.tagName === 'ol' || n.tagName === 'ul') continue;
      stack.unshift(...n.children);
    }
  }
  return undefined;
}

export function cleanTree(tree: Root, comments: ReadonlyMap<string, WordComment>, report: ImportReport): void {
  unwrapBookmarks(tree);
  splitLists(tree);
  for (const [e] of elements(tree)) {
    if (e.tagName === 'ol') {
      const first = e.children.find((c) => isElement(c, 'li')) as Element | undefined;
      const n = first && firstNumber(first);
      if (n && n.value > 1) e.properties = { ...e.properties, start: n.value };
    } else if (HEADINGS.includes(e.tagName)) {
      // A numbered heading shows its number ("2.1 Budget"); mammoth leaves it out.
      const n = firstNumber(e);
      if (n && n.label.trim()) prefixLabel(e, n.label.trim());
    }
  }
  replaceMarkers(tree, comments, report);
  spacesOutOfEmphasis(tree);
  dropResidue(tree, report);
}

/**
 * mammoth puts adjacent numbered paragraphs in one list even when Word numbers them as two (a
 * list restarted at 5 right after another): an `ol` is cut where an item's number does not follow.
 */
function splitLists(parent: Parent): void {
  for (let i = 0; i < parent.children.length; i++) {
    const c = parent.children[i]!;
    if (c.type !== 'element') continue;
    splitLists(c);
    if (c.tagName !== 'ol') continue;
    const groups: ElementContent[][] = [[]];
    let expected: number | undefined;
    for (const child of c.children) {
      const n = isElement(child, 'li') ? firstNumber(child) : undefined;
      if (n && expected !== undefined && n.value !== expected && groups[groups.length - 1]!.length) groups.push([]);
      if (n) expected = n.value + 1;
      groups[groups.length - 1]!.push(child);
    }
    if (groups.length < 2) continue;
    const lists = groups.map((children): Element => ({ ...c, properties: { ...c.properties }, children }));
    (parent.children as ElementContent[]).splice(i, 1, ...lists);
    i += lists.length - 1;
  }
}

function prefixLabel(e: Element, label: string): void {
  const t = textOf(e);
  if (t.startsWith(label)) return;
  e.children.unshift(text(`${label} `));
}

function replaceMarkers(parent: Parent, comments: ReadonlyMap<string, WordComment>, report: ImportReport): void {
  for (let i = 0; i < parent.children.length; i++) {
    const child = parent.children[i]!;
    if (child.type === 'element') {
      replaceMarkers(child, comments, report);
      continue;
    }
    if (child.type !== 'text' || !/[\uE000\uE002]/.test(child.value)) continue;
    const parts: Array<Text | { type: 'comment'; value: string }> = [];
    let last = 0;
    for (const m of child.value.matchAll(MARKER)) {
      if (m.index > last) parts.push(text(child.value.slice(last, m.index)));
      last = m.index + m[0].length;
      if (m[2] !== undefined) {
        const c = comments.get(m[2]);
        if (c) {
          report.comments++;
          // The HTML comment is written whole by to-markdown.ts (its value is the inner text).
          parts.push({ type: 'comment', value: commentHtml(c).slice(4, -3) });
        }
      }
    }
    if (last < child.value.length) parts.push(text(child.value.slice(last)));
    (parent.children as Array<(typeof parts)[number]>).splice(i, 1, ...parts);
    i += parts.length - 1;
  }
}

function dropResidue(parent: Parent, report: ImportReport): void {
  // Filtered into a new array: splicing thousands of empty paragraphs out one by one is quadratic.
  const kept: Parent['children'] = [];
  for (const child of parent.children) {
    if (child.type === 'text') {
      if (child.value.includes('Error!')) {
        child.value = child.value.replace(BROKEN_FIELD, () => {
          count(report.dropped, 'broken fields');
          return '';
        });
      }
      kept.push(child);
      continue;
    }
    if (child.type === 'element') {
      dropResidue(child, report);
      // An empty paragraph is spacing, not content; one left empty by a dropped field goes too.
      if ((child.tagName === 'p' || HEADINGS.includes(child.tagName)) && isEmpty(child)) {
        if (parent.type === 'root') count(report.dropped, 'empty paragraphs');
        continue;
      }
    }
    kept.push(child);
  }
  parent.children = kept as typeof parent.children;
}

function isEmpty(e: Element): boolean {
  return textOf(e) === '' && !e.children.some((c) => c.type === 'comment' || (c.type === 'element' && (c.tagName === 'img' || !isEmpty(c))));
}

/** mammoth writes Word's bookmarks as `<a id>` anchors with no link: nothing to carry. */
function unwrapBookmarks(parent: Parent): void {
  for (let i = 0; i < parent.children.length; i++) {
    const c = parent.children[i]!;
    if (c.type !== 'element') continue;
    unwrapBookmarks(c);
    if (c.tagName === 'a' && c.properties?.href === undefined) {
      (parent.children as ElementContent[]).splice(i, 1, ...c.children);
      i--;
    }
  }
}

/**
 * Word often makes the space after a bold label bold too ("**Chair: **Ann"); Markdown cannot
 * close emphasis after a space, so the space moves outside the emphasis.
 */
function spacesOutOfEmphasis(parent: Parent): void {
  for (let i = 0; i < parent.children.length; i++) {
    const c = parent.children[i]!;
    if (c.type !== 'element') continue;
    spacesOutOfEmphasis(c);
    if (!['strong', 'em', 'b', 'i'].includes(c.tagName)) continue;
    const last = c.children[c.children.length - 1];
    if (last?.type === 'text' && /\s$/.test(last.value)) {
      last.value = last.value.trimEnd();
      (parent.children as ElementContent[]).splice(i + 1, 0, text(' '));
    }
    const first = c.children[0];
    if (first?.type === 'text' && /^\s/.test(first.value)) {
      first.value = first.value.trimStart();
      (parent.children as ElementContent[]).splice(i, 0, text(' '));
      i++;
    }
  }
}
