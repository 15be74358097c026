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
  description: 'A relative link points at a file that exists beside the minutes (e.g. an annex or the last meeting), or at the page a site generator makes from one',
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
      if (target === undefined || sitePageExists(join(folder, target), exists)) continue;
      // A site's page links from its published address, which the source folder does not show
      // (a theme's index.html, a PDF the site copies beside its posts): not knowing, say nothing.
      if (ctx.meeting.sitePage) continue;
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

/**
 * Whether a link target exists, or is a page a site generator makes from the Markdown beside it:
 * `2023-06-15.html` from `2023-06-15.md`, the pretty URL `2023-06-15/` from `2023-06-15.md` or
 * `2023-06-15/index.md`, `../index.html` (a breadcrumb) from `../_index.md` or `../README.md`.
 */
function sitePageExists(target: string, exists: (path: string) => boolean): boolean {
  if (exists(target)) return true;
  const stem = target.replace(/[\\/]+$/, '').replace(/\.html?$/i, '');
  const page = /\.html?$/i.test(target) || !/\.[A-Za-z0-9]{1,5}$/.test(stem);
  if (!page) return false;
  const folderPage = /(?:^|[\\/])index$/i.test(stem) ? stem.replace(/index$/i, '') : `${stem}/`;
  return [`${stem}.md`, `${folderPage}index.md`, `${folderPage}_index.md`, `${folderPage}README.md`].some((p) => exists(p));
}

function short(s: string): string {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > 60 ? `${t.slice(0, 57)}…` : t;
}
