/**
 * The thin end-to-end layer over the rule fixtures: the real CLI, as a child process, reports what
 * the in-process tester expects (same findings, same ranges) and exits by severity. A few fixtures
 * stand for the kinds of rule: a source rule on raw bytes, a per-file rule with a configuration
 * found by the real lookup, a series rule with its earlier meetings read from the folder.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkJson, type JsonMessage } from '../helpers/cli.js';
import { expectedLines, invalidName, RULE_FIXTURES } from '../helpers/rule-fixtures.js';

const line = (m: JsonMessage) =>
  `${m.line}:${m.column}${m.endLine !== null ? `-${m.endLine}:${m.endColumn}` : ''}  ${m.severity}  ${m.message}  ${m.ruleId}`;

describe.each(['encoding', 'quorum', 'action-owner', 'series-missing-review'])('minutebook check on the %s fixture', (id) => {
  it('prints the expected findings and exits by their severity', () => {
    const expected = expectedLines(id).map((l) => l.replace(/^[^\s:]+\.md:/, ''));
    const r = checkJson([join(RULE_FIXTURES, id, invalidName(id))]);
    expect(r.files.flatMap((f) => f.messages).map(line).sort()).toEqual([...expected].sort());
    expect(r.code).toBe(expected.some((l) => l.includes('  error  ')) ? 1 : 0);
  });

  it('is silent on the valid fixture', () => {
    const r = checkJson([join(RULE_FIXTURES, id, 'valid.md')]);
    expect({ code: r.code, messages: r.files.flatMap((f) => f.messages) }).toEqual({ code: 0, messages: [] });
  });
});
