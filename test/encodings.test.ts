/**
 * Encodings: UTF-16 and UTF-32 with a byte-order mark read like UTF-8, faults in them reported at
 * their line and column, `--fix` writing such a file back in its own encoding, and undecodable
 * Markdown in a folder reported rather than skipped.
 */
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { decodeSource, encodeSource, type SourceEncoding } from '../src/parse/decode.js';
import { ROOT, checkJson, runCli } from './helpers/cli.js';

const made: string[] = [];
afterAll(() => made.forEach((d) => rmSync(d, { recursive: true, force: true })));
function folder(): string {
  const d = mkdtempSync(join(tmpdir(), 'minutebook-enc-'));
  made.push(d);
  return d;
}

const WIDE: SourceEncoding[] = ['utf-16le', 'utf-16be', 'utf-32le', 'utf-32be'];
const EXAMPLE = join(ROOT, 'examples', 'broken', 'people.md');
const NEAR_MISS = join(ROOT, 'test', 'fixtures', 'fix', 'near-miss.md');
const FIXED = join(ROOT, 'test', 'fixtures', 'fix', 'near-miss.fixed.md');

describe('decodeSource', () => {
  const text = 'Café 😀\r\nline two\rthree\n';
  for (const enc of WIDE) {
    it(`${enc} with its byte-order mark decodes to the same text and encodes back to the same bytes`, () => {
      const bytes = encodeSource(text, enc, true);
      const d = decodeSource(bytes);
      expect(d).toEqual({ ok: true, text, bom: true, encoding: enc });
      expect(Buffer.from(encodeSource(text, enc, true)).equals(Buffer.from(bytes))).toBe(true);
    });
  }

  it('faults in UTF-16 and UTF-32 have a line and column', () => {
    const le = (s: string, extra: number[]) => new Uint8Array([...encodeSource(s, 'utf-16le', true), ...extra]);
    // A lone high surrogate after "ab\nc" (line 2, column 2).
    const lone = decodeSource(le('ab\nc', [0x00, 0xd8, 0x41, 0x00]));
    expect(lone).toMatchObject({ ok: false, line: 2, column: 2, offset: 10 });
    expect(!lone.ok && lone.reason).toBe('invalid UTF-16 LE (a lone high surrogate at byte offset 10); save the file as UTF-8');
    const odd = decodeSource(le('ab', [0x41]));
    expect(odd).toMatchObject({ ok: false, line: 1, column: 3, offset: 6 });
    const big = decodeSource(new Uint8Array([...encodeSource('x', 'utf-32be', true), 0, 0x11, 0, 0]));
    expect(!big.ok && big.reason).toContain('U+110000 is not a character');
    const nul = decodeSource(le('a\n', [0, 0]));
    expect(nul).toMatchObject({ ok: false, line: 2, column: 1 });
    expect(!nul.ok && nul.reason).toContain('NUL');
  });

  it('UTF-16 without a byte-order mark is named as such', () => {
    const bytes = Buffer.from('---\nmeeting: 1\n', 'utf16le');
    const d = decodeSource(bytes);
    expect(!d.ok && d.reason).toBe('binary data (a NUL byte): it looks like UTF-16 without a byte-order mark; save it as UTF-8');
  });
});

describe('the CLI', () => {
  for (const enc of WIDE) {
    it(`a ${enc} file named on the command line is checked like its UTF-8 original`, () => {
      const dir = folder();
      copyFileSync(join(EXAMPLE, '..', '.minutebook.yaml'), join(dir, '.minutebook.yaml'));
      const file = join(dir, `minutes-${enc}.md`);
      writeFileSync(file, encodeSource(readFileSync(EXAMPLE, 'utf8'), enc, true));
      const wide = checkJson([file]);
      const utf8 = checkJson([EXAMPLE]);
      expect(wide.files[0]!.messages.length).toBeGreaterThan(0);
      expect(wide.files[0]!.messages).toEqual(utf8.files[0]!.messages);
      expect(wide.stderr).toBe('');
    });
  }

  it('--fix writes a UTF-16 file back as UTF-16 with its byte-order mark', () => {
    const dir = folder();
    const file = join(dir, 'near-miss.md');
    writeFileSync(file, encodeSource(readFileSync(NEAR_MISS, 'utf8'), 'utf-16le', true));
    const r = runCli(['check', '--fix', file]);
    expect(r.stderr).toContain('fixed 7 problems');
    expect(Buffer.from(readFileSync(file)).equals(Buffer.from(encodeSource(readFileSync(FIXED, 'utf8'), 'utf-16le', true)))).toBe(true);
  });

  it('in a folder, a UTF-16 minutes file is checked and an undecodable Markdown file is reported, not skipped', () => {
    const dir = folder();
    writeFileSync(join(dir, 'wide.md'), encodeSource(readFileSync(EXAMPLE, 'utf8'), 'utf-16be', true));
    writeFileSync(join(dir, 'latin1.md'), Buffer.from(readFileSync(EXAMPLE, 'utf8').replace('## ', '## Café '), 'latin1'));
    writeFileSync(join(dir, 'binary.md'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0x2d, 0x2d]));
    const r = checkJson([dir]);
    const paths = r.files.map((f) => f.path.replace(/.*[\\/]/, '')).sort();
    expect(paths).toEqual(['binary.md', 'latin1.md', 'wide.md']);
    const rules = (name: string) => r.files.find((f) => f.path.endsWith(name))!.messages.map((m) => m.ruleId);
    expect(rules('latin1.md')).toEqual(['encoding']);
    expect(rules('binary.md')).toEqual(['encoding']);
    expect(rules('wide.md')).not.toContain('encoding');
  });
});
