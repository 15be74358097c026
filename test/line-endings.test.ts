/**
 * Positions must not depend on how a file was saved: every rule fixture, rewritten with CRLF line
 * endings and with a UTF-8 byte-order mark, must give the findings its invalid.expected lists for
 * the LF original, at the same ranges. Runs in-process with every rule.
 */
import { describe, expect, it } from 'vitest';
import { rules } from '../src/rules/index.js';
import { expectedLines, fixtureSources, invalidName } from './helpers/rule-fixtures.js';
import { checkSources } from './helpers/rule-tester.js';

const text = (b: string | Uint8Array) => (typeof b === 'string' ? b : new TextDecoder().decode(b));
const variants: Record<string, (lf: string) => Uint8Array> = {
  crlf: (lf) => new TextEncoder().encode(lf.replace(/\n/g, '\r\n')),
  'bom+lf': (lf) => new TextEncoder().encode('\ufeff' + lf),
  'bom+crlf': (lf) => new TextEncoder().encode('\ufeff' + lf.replace(/\n/g, '\r\n')),
};

// The encoding fixture is not valid UTF-8, so it has no CRLF "version" to compare.
const cases = rules.map((r) => r.id).filter((id) => id !== 'encoding' && invalidName(id) === 'invalid.md');

describe.each(cases)('%s: CRLF and BOM files give the same findings as LF files', (id) => {
  it.each(Object.keys(variants))('%s', (variant) => {
    const sources = fixtureSources(id, 'invalid.md');
    const files = Object.fromEntries(Object.entries(sources.files!).map(([name, bytes]) => [name, variants[variant]!(text(bytes))]));
    expect(Object.values(sources.files!).some((b) => text(b).includes('\r'))).toBe(false);
    expect(checkSources({ ...sources, files }).lines).toEqual(expectedLines(id));
  });
});
