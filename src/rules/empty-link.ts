import type { Definition, Link, LinkReference, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import type { ActionReview, Span } from '../model/types.js';
import { parseMarkdown } from '../parse/markdown.js';
import type { FileContext, FileRule } from './types.js';

/** `[text]()` and `[text](#)`: placeholders left from a Word document whose links were lost. */
const isEmpty = (url: string) => url.trim() === '' || url.trim() === '#';

interface EmptyLink {
  /** Offsets in the Markdown text that was parsed. */
  start: number;
  end: number;
  message: string;
}

export const emptyLink: FileRule = {
  id: 'empty-link',
  scope: 'file',
  severity: 'warn',
  description: 'Links have a real target, not an empty one or `#`',
  check(ctx) {
    // The front matter comes first in the file, so its review updates are reported first.
    for (const review of ctx.meeting.outstanding) checkUpdate(ctx, review);
    // Every link needs `](` (inline) or a definition `]:`; most minutes files can skip the walk.
    if (!ctx.source.includes('](') && !ctx.source.includes(']:')) return;
    for (const l of emptyLinks(ctx.tree)) ctx.report(ctx.loc.span(l.start, l.end), l.message);
  },
};

function emptyLinks(tree: Root): EmptyLink[] {
  // One pass collects everything; references are resolved afterwards, since a definition may
  // come after the links that use it.
  const links: Link[] = [];
  const references: LinkReference[] = [];
  const definitions = new Map<string, Definition>();
  visit(tree, (node) => {
    if (node.type === 'link') links.push(node);
    else if (node.type === 'linkReference') references.push(node);
    else if (node.type === 'definition' && !definitions.has(node.identifier)) definitions.set(node.identifier, node);
  });
  const found: EmptyLink[] = [];
  const add = (node: Link | LinkReference | Definition, message: string) => {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start !== undefined && end !== undefined) found.push({ start, end, message });
  };
  const target = (url: string) => (url.trim() === '' ? 'an empty target' : `the empty target "${url.trim()}"`);
  for (const link of links) {
    if (isEmpty(link.url)) add(link, `Link "${text(link)}" has ${target(link.url)}: give its address or remove the link`);
  }
  const used = new Set<Definition>();
  for (const ref of references) {
    const d = definitions.get(ref.identifier);
    if (!d) continue;
    used.add(d);
    if (isEmpty(d.url)) add(ref, `Link "${text(ref)}" refers to [${d.label ?? d.identifier}], which has ${target(d.url)}: give its address or remove the link`);
  }
  for (const d of definitions.values()) {
    if (!used.has(d) && isEmpty(d.url)) add(d, `Link definition [${d.label ?? d.identifier}] has ${target(d.url)}: give its address or remove it`);
  }
  return found.sort((a, b) => a.start - b.start);
}

function text(node: Link | LinkReference): string {
  const t = toString(node).replace(/\s+/g, ' ').trim();
  return t.length > 60 ? `${t.slice(0, 57)}…` : t;
}

/**
 * Links in a review's `update` Markdown. The update is YAML text, so its offsets are not file
 * offsets; each link's source is looked up inside the `update` value, in order, and reported there
 * when found as written (at the start of the value otherwise, e.g. when a folded line splits it).
 */
function checkUpdate(ctx: FileContext, review: ActionReview): void {
  const update = review.update;
  const valueSpan: Span | undefined = review.fields.update?.value;
  if (!update || !valueSpan || !/\]/.test(update)) return;
  const region = ctx.source.slice(valueSpan.start.offset, valueSpan.end.offset);
  let cursor = 0;
  const who = review.id ? ` (update of ${review.id})` : ' (in an action review update)';
  for (const l of emptyLinks(parseMarkdown(update))) {
    const raw = update.slice(l.start, l.end);
    const at = region.indexOf(raw, cursor);
    if (at >= 0) {
      cursor = at + raw.length;
      const start = valueSpan.start.offset + at;
      ctx.report(ctx.loc.span(start, start + raw.length), `${l.message}${who}`);
    } else {
      ctx.report(valueSpan, `${l.message}${who}`);
    }
  }
}
