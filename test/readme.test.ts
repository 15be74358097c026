/**
 * The README and the documentation index promise things the code must keep: the README is short,
 * with a table of contents, the set-up line and the test command; the rule table of
 * docs/rules/README.md is the registry's; docs/README.md lists every page of docs/; and the files
 * they link to exist.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rules } from '../src/rules/index.js';
import { END, START, rulesTable, withRulesTable } from '../scripts/rules-table.js';
import { ROOT } from './helpers/cli.js';

const read = (p: string) => readFileSync(join(ROOT, p), 'utf8');

/** The local targets of a page's Markdown links, relative to the repository. */
function localLinks(page: string): string[] {
  return [...read(page).matchAll(/\]\(([^)#\s]+)(#[^)]*)?\)/g)]
    .map((m) => m[1]!)
    .filter((l) => !/^[a-z]+:/.test(l))
    .map((l) => join(dirname(page), l));
}

describe('README.md', () => {
  const readme = read('README.md');

  it('is short, with a table of contents whose entries are its sections', () => {
    expect(readme.split('\n').length).toBeLessThanOrEqual(200);
    const prose = readme.replace(/^```[\s\S]*?^```$/gm, '');
    const sections = [...prose.matchAll(/^## (.+)$/gm)].map((m) => m[1]!);
    expect(sections.length).toBeGreaterThan(3);
    const anchor = (title: string) => `#${title.toLowerCase().replace(/[^\p{L}\p{N} -]/gu, '').replace(/ /g, '-')}`;
    for (const s of sections.filter((s) => s !== 'Contents')) expect(readme, `a contents entry for "${s}"`).toContain(`](${anchor(s)})`);
  });

  it('gives the set-up line and the test command', () => {
    expect(readme).toContain('npm ci && npx minutebook check examples/');
    expect(readme).toMatch(/^npm test\b/m);
  });

  it('links only to files of the repository that exist', () => {
    const local = localLinks('README.md');
    expect(local.length).toBeGreaterThan(10);
    expect(local.filter((l) => !existsSync(join(ROOT, l)))).toEqual([]);
  });
});

describe('docs/rules/README.md', () => {
  const page = read('docs/rules/README.md');

  it('has the generated rule table (run `npm run rules-table` after adding a rule)', () => {
    expect(page).toContain(START);
    expect(page).toContain(END);
    expect(withRulesTable(page)).toBe(page);
  });

  it('lists every registered rule, linked to its documentation page', () => {
    const table = rulesTable();
    for (const r of rules) {
      expect(page).toContain(`[\`${r.id}\`](${r.id}.md)`);
      expect(table).toContain(r.description.replace(/\|/g, '\\|'));
      expect(existsSync(join(ROOT, 'docs', 'rules', `${r.id}.md`)), `docs/rules/${r.id}.md`).toBe(true);
    }
  });
});

describe('docs/README.md', () => {
  it('is the index of every page of docs/, and links only to files that exist', () => {
    const linked = new Set(localLinks('docs/README.md'));
    const pages = readdirSync(join(ROOT, 'docs')).filter((f) => f.endsWith('.md') && f !== 'README.md').map((f) => join('docs', f));
    expect(pages.filter((p) => !linked.has(p)), 'pages docs/README.md does not list').toEqual([]);
    expect([...linked].filter((l) => !existsSync(join(ROOT, l)))).toEqual([]);
  });

  it('every page of docs/ links only to files that exist', () => {
    const pages = readdirSync(join(ROOT, 'docs')).filter((f) => f.endsWith('.md')).map((f) => join('docs', f));
    for (const p of [...pages, 'docs/rules/README.md']) expect(localLinks(p).filter((l) => !existsSync(join(ROOT, l))), p).toEqual([]);
  });
});
