/**
 * Every rule has a folder test/fixtures/rules/<id>/ with:
 * - invalid.md (or invalid.<ext> for source rules): minutes where the rule fires;
 * - valid.md: minutes where it does not;
 * - expected.json: the findings of that rule on invalid.md, each
 *   { "severity": "error"|"warning", "line": n, "column": n, "includes": "the offending value" };
 * - optionally .minutebook.yaml (found by the real lookup, as a user's would be).
 * The real CLI runs on each file as a child process.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rules } from '../src/rules/index.js';
import { ROOT, checkJson } from './helpers/cli.js';

const FIXTURES = join(ROOT, 'test', 'fixtures', 'rules');

interface Expected {
  severity: 'error' | 'warning';
  line: number;
  column: number;
  includes: string;
}

describe('every rule is documented and has fixtures', () => {
  for (const rule of rules) {
    it(rule.id, () => {
      expect(existsSync(join(ROOT, 'docs', 'rules', `${rule.id}.md`)), `docs/rules/${rule.id}.md`).toBe(true);
      expect(existsSync(join(FIXTURES, rule.id, 'expected.json')), `test/fixtures/rules/${rule.id}/expected.json`).toBe(true);
    });
  }
});

describe('rule fixtures through the CLI', () => {
  for (const rule of rules) {
    const dir = join(FIXTURES, rule.id);
    if (!existsSync(join(dir, 'expected.json'))) continue;
    const invalid = readdirSync(dir).find((f) => f.startsWith('invalid'))!;
    it(`${rule.id}: fires on ${invalid} at the expected places`, () => {
      const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as Expected[];
      expect(expected.length).toBeGreaterThan(0);
      const r = checkJson([join(dir, invalid)]);
      const mine = r.files.flatMap((f) => f.messages).filter((m) => m.ruleId === rule.id);
      expect(mine.map((m) => ({ severity: m.severity, line: m.line, column: m.column }))).toEqual(
        expected.map((e) => ({ severity: e.severity, line: e.line, column: e.column })),
      );
      mine.forEach((m, i) => expect(m.message).toContain(expected[i]!.includes));
      expect(r.code).toBe(expected.some((e) => e.severity === 'error') ? 1 : 0);
    });
    if (existsSync(join(dir, 'valid.md'))) {
      it(`${rule.id}: quiet on valid.md`, () => {
        const r = checkJson([join(dir, 'valid.md')]);
        const mine = r.files.flatMap((f) => f.messages).filter((m) => m.ruleId === rule.id);
        expect(mine).toEqual([]);
      });
    }
  }
});
