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
  return folderSources(join(RULE_FIXTURES, ruleId), (n) => n === checked || !(n.startsWith('valid.') || n.startsWith('invalid.')));
}

/** The minutes files of a folder (those `take` accepts, `.md` unless named) and its `.minutebook.yaml`. */
export function folderSources(dir: string, take: (name: string) => boolean = () => true): Sources {
  const all = readdirSync(dir).sort();
  const names = all.filter((n) => n !== CONFIG_NAME && n !== 'invalid.expected' && take(n));
  // The checked file last, after the earlier meetings it is read with.
  const md = names.filter((n) => n.endsWith('.md') && !n.startsWith('valid.') && !n.startsWith('invalid.'));
  const ordered = [...md, ...names.filter((n) => !md.includes(n))];
  const files: Record<string, Uint8Array> = {};
  for (const n of ordered) files[n] = new Uint8Array(readFileSync(join(dir, n)));
  const config = join(dir, CONFIG_NAME);
  // Relative links may point at any file of the folder, also those not checked here.
  return { files, existing: all, ...(existsSync(config) ? { config: readFileSync(config, 'utf8') } : {}) };
}

export function invalidName(ruleId: string): string {
  return readdirSync(join(RULE_FIXTURES, ruleId)).find((f) => f.startsWith('invalid.') && f !== 'invalid.expected')!;
}

/** The expected findings of a fixture: one line each, blank lines and `#` comments skipped. */
export function expectedLines(ruleId: string): string[] {
  const text = readFileSync(join(RULE_FIXTURES, ruleId, 'invalid.expected'), 'utf8');
  return text.split('\n').filter((l) => l.trim() !== '' && !l.startsWith('#'));
}
