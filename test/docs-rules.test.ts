/**
 * The rule pages are tests: each docs/rules/<id>.md page's examples are complete inputs, checked
 * in-process with every rule. An invalid example's `check` block is exactly what is found; a valid
 * example finds nothing. Every rule link a finding carries names a page that exists.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DOCS_BASE } from '../src/rules/docs-url.js';
import { rules } from '../src/rules/index.js';
import { ROOT } from './helpers/cli.js';
import { fixtureSources, invalidName } from './helpers/rule-fixtures.js';
import { pageExamples } from './helpers/rule-pages.js';
import { checkSources } from './helpers/rule-tester.js';

const DOCS = join(ROOT, 'docs', 'rules');
// README.md is the folder's index (the rule table), not a rule's page.
const pages = readdirSync(DOCS).filter((f) => f.endsWith('.md') && f !== 'README.md').map((f) => f.slice(0, -3)).sort();

/** The page a finding's url names, when it is one of ours. */
const pageOf = (url: string | undefined) => (url?.startsWith(DOCS_BASE) && url.endsWith('.md') ? url.slice(DOCS_BASE.length, -3) : undefined);

describe.each(pages)('docs/rules/%s.md', (id) => {
  const examples = pageExamples(readFileSync(join(DOCS, `${id}.md`), 'utf8'));

  it('has invalid and valid examples in the fixed form', () => {
    expect(examples.flatMap((e) => e.problems)).toEqual([]);
    expect(examples.filter((e) => e.kind === 'invalid').length, 'an ## Invalid example').toBeGreaterThan(0);
    expect(examples.filter((e) => e.kind === 'valid').length, 'a ## Valid example').toBeGreaterThan(0);
    for (const e of examples) expect(e.sources.files, `the example at line ${e.line} names a minutes file`).toBeDefined();
  });

  it.each(examples.map((e) => [e.kind, e.line, e] as const))('%s example at line %i shows what is found', (kind, _line, e) => {
    const found = checkSources(e.sources);
    if (kind === 'valid') {
      expect(e.expected ?? [], 'a valid example shows no findings').toEqual([]);
      expect(found.lines).toEqual([]);
      return;
    }
    expect(e.expected, 'an invalid example ends with a ```text check block').toBeDefined();
    expect(e.expected!.some((l) => l.endsWith(`  ${id}`)), `the example shows a finding of ${id}`).toBe(true);
    expect(found.lines).toEqual(e.expected);
    for (const m of found.messages) expect(pageOf(m.url), `${m.ruleId}: ${m.url}`).toBe(m.ruleId ?? undefined);
  });
});

describe('rule pages and links', () => {
  it('every registered rule has a page, and every page a rule (or the configuration)', () => {
    expect(pages).toEqual([...rules.map((r) => r.id), 'config'].sort());
  });

  it('every link a fixture finding carries resolves to a page', () => {
    const urls = new Set<string>();
    for (const r of rules) {
      for (const name of [invalidName(r.id), 'valid.md']) for (const m of checkSources(fixtureSources(r.id, name)).messages) urls.add(m.url ?? '');
    }
    // A configuration finding links to the page of the `config` pseudo-rule.
    for (const m of checkSources({ config: 'quorum: many\n', code: '' }).messages) urls.add(m.url ?? '');
    const broken = [...urls].filter((u) => !existsSync(join(DOCS, `${pageOf(u) ?? '?'}.md`)));
    expect(broken).toEqual([]);
    expect(urls.size).toBeGreaterThan(1);
  });
});
