/**
 * The rule fixtures as sources for the rule tester: test/fixtures/rules/<id>/ holds invalid.md
 * (or invalid.<ext>), valid.md, invalid.expected (every finding on invalid.md, one per line), and
 * optionally .minutebook.yaml and earlier meetings of the series (any other .md file).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './cli.js';
import { CONFIG_NAME, type Sources } from './rule-tester.js';

export const RULE_FIXTURES = join(ROOT, 'test', 'fixtures', 'rules');

export function fixtureSources(ruleId: string, checked: string): Sources {
  const dir = join(RULE_FIXTURES, ruleId);
  const names = readdirSync(dir).sort();
  const context = names.filter((n) => n.endsWith('.md') && !n.startsWith('valid.') && !n.startsWith('invalid.'));
  const files: Record<string, Uint8Array> = {};
  for (const n of [...context, checked]) files[n] = new Uint8Array(readFileSync(join(dir, n)));
  const config = join(dir, CONFIG_NAME);
  return { files, existing: names, ...(existsSync(config) ? { config: readFileSync(config, 'utf8') } : {}) };
}

export function invalidName(ruleId: string): string {
  return readdirSync(join(RULE_FIXTURES, ruleId)).find((f) => f.startsWith('invalid.') && f !== 'invalid.expected')!;
}

/** The expected findings of a fixture: one line each, blank lines and `#` comments skipped. */
export function expectedLines(ruleId: string): string[] {
  const text = readFileSync(join(RULE_FIXTURES, ruleId, 'invalid.expected'), 'utf8');
  return text.split('\n').filter((l) => l.trim() !== '' && !l.startsWith('#'));
}
