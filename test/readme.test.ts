/**
 * The README promises things the code must keep: its rule table is the registry's, and the
 * files and documentation pages it links to exist.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rules } from '../src/rules/index.js';
import { END, START, rulesTable, withRulesTable } from '../scripts/rules-table.js';
import { ROOT } from './helpers/cli.js';

const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');

describe('README.md', () => {
  it('has the generated rule table (run `npm run rules-table` after adding a rule)', () => {
    expect(readme).toContain(START);
    expect(readme).toContain(END);
    expect(withRulesTable(readme)).toBe(readme);
  });

  it('lists every registered rule, linked to its documentation page', () => {
    const table = rulesTable();
    for (const r of rules) {
      expect(readme).toContain(`[\`${r.id}\`](docs/rules/${r.id}.md)`);
      expect(table).toContain(r.description.replace(/\|/g, '\\|'));
      expect(existsSync(join(ROOT, 'docs', 'rules', `${r.id}.md`)), `docs/rules/${r.id}.md`).toBe(true);
    }
  });

  it('links only to files of the repository that exist', () => {
    const local = [...readme.matchAll(/\]\(([^)#\s]+)(#[^)]*)?\)/g)].map((m) => m[1]!).filter((l) => !/^[a-z]+:/.test(l));
    expect(local.length).toBeGreaterThan(10);
    expect(local.filter((l) => !existsSync(join(ROOT, l)))).toEqual([]);
  });

  it('gives the set-up line and the test command', () => {
    expect(readme).toContain('npm ci && npx minutebook check examples/');
    expect(readme).toMatch(/^npm test\b/m);
  });
});
