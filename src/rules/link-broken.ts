import type { Definition, Link, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { dirname, join } from 'node:path';
import { visit } from 'unist-util-visit';
import type { FileRule } from './types.js';

/** Links that leave the repository or the page: a scheme (`https:`, `mailto:`), `//host`, a site path `/…`, or `#anchor`. */
const NOT_RELATIVE = /^(?:[a-zA-Z][a-zA-Z0-9+.-]*:|\/|#|\\)/;

export const linkBroken: FileRule = {
  id: 'link-broken',
  scope: 'file',
  severity: 'warn',
  description: 'A relative link points at a file that exists beside the minutes (e.g. an annex or the last meeting)',
  check(ctx) {
    const exists = ctx.exists;
    if (!exists || (!ctx.source.includes('](') && !ctx.source.includes(']:'))) return;
    const folder = dirname(ctx.path);
    const nodes: Array<Link | Definition> = [];
    visit(ctx.tree as Root, (n) => {
      if (n.type === 'link' || n.type === 'definition') nodes.push(n);
    });
    for (const node of nodes) {
      const target = fileOf(node.url);
      if (target === undefined || exists(join(folder, target))) continue;
      const p = node.position;
      if (!p) continue;
      const what = node.type === 'link' ? `Link "${short(toString(node))}"` : `Link definition [${node.label ?? node.identifier}]`;
      ctx.report(ctx.loc.span(p.start.offset!, p.end.offset!), `${what} points at "${target}", which does not exist beside this file`);
    }
  },
};

/** The file part of a relative target, decoded (`annex%20A.pdf#page=2` → `annex A.pdf`); undefined for other targets. */
function fileOf(url: string): string | undefined {
  const u = url.trim();
  if (u === '' || NOT_RELATIVE.test(u)) return undefined;
  const path = u.replace(/[?#].*$/, '');
  if (path === '') return undefined;
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

function short(s: string): string {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > 60 ? `${t.slice(0, 57)}…` : t;
}
