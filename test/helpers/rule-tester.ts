/**
 * The in-process rule tester. A case is a small set of sources (minutes files, optionally a
 * `.minutebook.yaml`); the pure core checks them with EVERY registered rule, and the case states
 * the complete list of findings it expects, exact message and range included. A valid case
 * expects none at all, so a rule that fires where it should not fails the case of another rule.
 *
 * Findings are written one per line, as the rule pages show them (see docs/testing.md):
 *
 *     [file:]line:column-endLine:endColumn  severity  message  rule
 *
 * The file prefix appears only when a case has more than one minutes file.
 */
import { describe, expect, it } from 'vitest';
import type { VFileMessage } from 'vfile-message';
import { parseConfig } from '../../src/core/parse-config.js';
import { defaultConfig, type Config } from '../../src/config/types.js';
import type { Analysis } from '../../src/core/analyse.js';
import { check } from '../../src/core/check.js';
import { severityOf } from '../../src/core/report.js';
import { ruleById } from '../../src/rules/index.js';

export const CONFIG_NAME = '.minutebook.yaml';
const DEFAULT_NAME = 'minutes.md';

export interface Sources {
  /** The minutes checked, as `minutes.md`; or use `files`. */
  code?: string;
  /** Minutes files by name, checked together as `minutebook check` checks a folder (a series). */
  files?: Record<string, string | Uint8Array>;
  /** The text of `.minutebook.yaml`; without it the defaults apply, as when there is no file. */
  config?: string;
  /** Other files of the folder (paths relative to it), which relative links may point at. */
  existing?: string[];
}

export interface Checked {
  /** One line per finding, in the form above, sorted by file, then place. */
  lines: string[];
  /** The findings themselves (with their `url`), in the same order. */
  messages: VFileMessage[];
  analyses: Analysis[];
  config: Config;
}

/** Checks the sources in-process with every rule, as the CLI would check their folder. */
export function checkSources(sources: Sources): Checked {
  const files: Record<string, string | Uint8Array> = { ...(sources.code !== undefined ? { [DEFAULT_NAME]: sources.code } : {}), ...sources.files };
  const names = Object.keys(files);
  if (names.length === 0) throw new Error('a case needs `code` or `files`');
  let config = defaultConfig();
  const found: Array<{ file: string; message: VFileMessage }> = [];
  if (sources.config !== undefined) {
    const parsed = parseConfig(sources.config, CONFIG_NAME, '.');
    config = parsed.config;
    for (const message of parsed.file.messages) found.push({ file: CONFIG_NAME, message });
  }
  const analyses = check(
    names.map((path) => ({ path, contents: files[path]! })),
    { configFor: () => config, exists: (path) => names.includes(path) || (sources.existing ?? []).includes(path) },
  );
  for (const a of analyses) for (const message of a.file.messages) found.push({ file: a.file.path, message });
  const prefixed = names.length > 1 || found.some((f) => f.file === CONFIG_NAME);
  const order = (f: string) => (f === CONFIG_NAME ? -1 : names.indexOf(f));
  found.sort((a, b) => order(a.file) - order(b.file) || comparePlace(a.message, b.message));
  return { lines: found.map((f) => formatFinding(f.message, prefixed ? f.file : undefined)), messages: found.map((f) => f.message), analyses, config };
}

function comparePlace(a: VFileMessage, b: VFileMessage): number {
  return (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0) || (a.ruleId ?? '').localeCompare(b.ruleId ?? '');
}

/** `line:column-endLine:endColumn`, or `line:column` for a point. */
export function rangeOf(m: VFileMessage): string {
  const start = `${m.line ?? 1}:${m.column ?? 1}`;
  const end = m.place && 'end' in m.place ? m.place.end : undefined;
  return end ? `${start}-${end.line}:${end.column}` : start;
}

export function formatFinding(m: VFileMessage, file?: string): string {
  const severity = m.fatal === true ? 'error' : 'warning';
  return `${file ? `${file}:` : ''}${rangeOf(m)}  ${severity}  ${m.reason}  ${m.ruleId ?? ''}`;
}

/** One expected finding. `rule` defaults to the rule under test, `severity` to its severity under the case's configuration. */
export interface Expected {
  at: string;
  message: string;
  rule?: string;
  severity?: 'error' | 'warning';
  /** The file, when the case has several. */
  file?: string;
}

export interface ValidCase extends Sources {
  name: string;
}

export interface InvalidCase extends Sources {
  name: string;
  /** Every finding of every rule on the case; order does not matter. */
  findings: Array<Expected | string>;
}

export interface RuleTable {
  valid: ValidCase[];
  invalid: InvalidCase[];
}

/** Registers a describe block for one rule: its valid cases must be silent, its invalid ones exact. */
export function testRule(ruleId: string, table: RuleTable): void {
  const rule = ruleById.get(ruleId);
  describe(ruleId, () => {
    it('is a registered rule', () => expect(rule, `rule ${ruleId}`).toBeDefined());
    for (const c of table.valid) {
      it(`valid: ${c.name}`, () => {
        expect(checkSources(c).lines).toEqual([]);
      });
    }
    for (const c of table.invalid) {
      it(`invalid: ${c.name}`, () => {
        const result = checkSources(c);
        const own = c.findings.filter((f) => (typeof f === 'string' ? f.endsWith(`  ${ruleId}`) : (f.rule ?? ruleId) === ruleId));
        expect(own.length, 'an invalid case must expect at least one finding of the rule under test').toBeGreaterThan(0);
        const expected = c.findings.map((f) => (typeof f === 'string' ? f : expectedLine(f, ruleId, result.config)));
        expect([...result.lines].sort()).toEqual([...expected].sort());
      });
    }
  });
}

function expectedLine(e: Expected, defaultRule: string, config: Config): string {
  const ruleId = e.rule ?? defaultRule;
  const rule = ruleById.get(ruleId);
  const severity = e.severity ?? (rule && severityOf(rule, config) === 'error' ? 'error' : 'warning');
  return `${e.file ? `${e.file}:` : ''}${e.at}  ${severity}  ${e.message}  ${ruleId}`;
}
