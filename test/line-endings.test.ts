/**
 * Positions must not depend on how a file was saved: every rule fixture, rewritten with CRLF line
 * endings and with a UTF-8 byte-order mark, must give the same findings at the same line:column
 * as the LF original. Runs the real CLI on copies in a temporary folder.
 */
import { copyFileSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, checkJson } from './helpers/cli.js';

const FIXTURES = join(ROOT, 'test', 'fixtures', 'rules');
const work = mkdtempSync(join(tmpdir(), 'minutebook-eol-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const variants: Record<string, (lf: string) => Buffer> = {
  crlf: (lf) => Buffer.from(lf.replace(/\n/g, '\r\n'), 'utf8'),
  'bom+lf': (lf) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(lf, 'utf8')]),
  'bom+crlf': (lf) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(lf.replace(/\n/g, '\r\n'), 'utf8')]),
};

function findings(dir: string, name: string) {
  const r = checkJson([join(dir, name)]);
  return r.files
    .flatMap((f) => f.messages)
    .map((m) => `${m.ruleId} ${m.line}:${m.column}-${m.endLine}:${m.endColumn}`)
    .sort();
}

const cases = readdirSync(FIXTURES, { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(join(FIXTURES, d.name, 'invalid.md')))
  .map((d) => d.name)
  // The encoding fixture is not valid UTF-8, so it has no CRLF "version" to compare.
  .filter((id) => id !== 'encoding');

describe('CRLF and BOM files give the same positions as LF files', () => {
  for (const id of cases) {
    const lf = readFileSync(join(FIXTURES, id, 'invalid.md'), 'utf8');
    if (lf.includes('\r')) continue;
    it(id, () => {
      // The whole folder is copied: series fixtures need their sibling meetings.
      const copy = (name: string, make: (lf: string) => Buffer | string) => {
        const dir = mkdtempSync(join(work, `${id}-${name}-`));
        for (const entry of readdirSync(join(FIXTURES, id), { withFileTypes: true })) {
          if (!entry.isFile()) continue;
          const f = entry.name;
          if (f.endsWith('.md')) writeFileSync(join(dir, f), make(readFileSync(join(FIXTURES, id, f), 'utf8')));
          else copyFileSync(join(FIXTURES, id, f), join(dir, f));
        }
        return dir;
      };
      const expected = findings(copy('lf', (t) => t), 'invalid.md');
      expect(expected.length).toBeGreaterThan(0);
      for (const [name, make] of Object.entries(variants)) {
        expect(findings(copy(name.replace('+', '-'), make), 'invalid.md'), name).toEqual(expected);
      }
    });
  }
});
