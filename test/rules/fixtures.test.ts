/**
 * Every registered rule has a page and a fixture folder (see test/helpers/rule-fixtures.ts). Each
 * fixture is checked in-process with ALL rules: invalid.md must give exactly the findings listed in
 * invalid.expected (at least one of them the folder's rule), valid.md none at all.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rules } from '../../src/rules/index.js';
import { ROOT } from '../helpers/cli.js';
import { expectedLines, fixtureSources, invalidName, RULE_FIXTURES } from '../helpers/rule-fixtures.js';
import { checkSources } from '../helpers/rule-tester.js';

describe.each(rules.map((r) => r.id))('%s', (id) => {
  it('has a documentation page and fixtures', () => {
    expect(existsSync(join(ROOT, 'docs', 'rules', `${id}.md`)), `docs/rules/${id}.md`).toBe(true);
    for (const f of ['invalid.expected', 'valid.md']) expect(existsSync(join(RULE_FIXTURES, id, f)), `test/fixtures/rules/${id}/${f}`).toBe(true);
  });

  it('fires on its invalid fixture exactly as expected, and no other rule fires unexpectedly', () => {
    const expected = expectedLines(id);
    expect(expected.filter((l) => l.endsWith(`  ${id}`)).length, 'the fixture shows the rule').toBeGreaterThan(0);
    expect(checkSources(fixtureSources(id, invalidName(id))).lines).toEqual(expected);
  });

  it('finds nothing at all in its valid fixture', () => {
    expect(checkSources(fixtureSources(id, 'valid.md')).lines).toEqual([]);
  });
});
