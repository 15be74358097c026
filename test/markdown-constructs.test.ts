/**
 * parse/markdown.ts leaves GFM's table construct out of texts that cannot hold a table (no `|`, no
 * `:-` or `-:`): the trees must be those of the full parser, and one-column tables written without
 * pipes must still be tables.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { markDelimiters, parseMarkdown } from '../src/parse/markdown.js';
import { ROOT, SHARED } from './helpers/cli.js';
import { requireShared, skipUnless } from './helpers/programs.js';

const full = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml']);
const markdownFiles = (dir: string): string[] =>
  existsSync(dir)
    ? readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? markdownFiles(join(dir, d.name)) : d.name.endsWith('.md') ? [join(dir, d.name)] : []))
    : [];

describe('Markdown parsed without the table construct', () => {
  it('gives the full parser\'s tree for every example, fixture and reference file', (ctx) => {
    skipUnless(ctx, requireShared('reference', 'the reference minutes'));
    const files = [join(ROOT, 'examples'), join(ROOT, 'test', 'fixtures'), join(SHARED, 'reference')].flatMap(markdownFiles);
    expect(files.length).toBeGreaterThan(100);
    for (const f of files) {
      const text = readFileSync(f, 'utf8').replace(/^\uFEFF/, '');
      if (text.length > 200_000) continue;
      expect(parseMarkdown(text), f).toEqual(markDelimiters(full.parse(text) as Root, text));
    }
  });

  it('still reads tables, with pipes or a one-column delimiter row without them', () => {
    const texts = ['a | b\n- | -\n1 | 2\n', 'a\n:--\nb\n', 'a\n--:\n', '> a\n> :-:\n> b\n', '- a\n  :--\n', 'a\n---\n', 'Noted:\n- x\n', 'x\n-\n'];
    for (const t of texts) expect(parseMarkdown(t), t).toEqual(markDelimiters(full.parse(t) as Root, t));
    expect(parseMarkdown('a\n:--\nb\n').children[0]!.type).toBe('table');
  });
});
