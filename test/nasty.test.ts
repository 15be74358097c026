/**
 * Hostile and broken input through the real CLI: each file gets a clear, positioned finding (or
 * passes, where it is valid) within a time bound and a memory cap. Small fixtures are committed in
 * test/fixtures/nasty/; large ones are generated here. Each file is checked alone in a fresh
 * folder, so that no sibling fixture joins its series.
 */
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, checkJson, runCli, type JsonMessage } from './helpers/cli.js';

const FIXTURES = join(ROOT, 'test', 'fixtures', 'nasty');
const BASE = readFileSync(join(FIXTURES, 'base.md'), 'utf8');
// A heap cap turns "bounded memory" into a crash the test would see (exit code, no JSON).
const CAPPED = { NODE_OPTIONS: '--max-old-space-size=384' };
const scratch: string[] = [];
afterAll(() => scratch.forEach((d) => rmSync(d, { recursive: true, force: true })));

function folder(): string {
  const d = mkdtempSync(join(tmpdir(), 'minutebook-nasty-'));
  scratch.push(d);
  return d;
}

interface Outcome {
  code: number;
  messages: JsonMessage[];
  ms: number;
  text: string;
}

function checkOne(name: string, contents?: string | Uint8Array): Outcome {
  const dir = folder();
  const path = join(dir, name);
  if (contents === undefined) copyFileSync(join(FIXTURES, name), path);
  else writeFileSync(path, contents);
  const t0 = performance.now();
  const r = checkJson([path], { env: CAPPED });
  const ms = performance.now() - t0;
  expect(r.stderr).not.toMatch(/internal error|RangeError|heap|at .*\.js:\d+/);
  expect(r.files).toHaveLength(1);
  return { code: r.code, messages: r.files[0]!.messages, ms, text: readFileSync(path).toString('utf8') };
}

/** Every finding lies inside the file: its line exists and its column is within that line. */
function expectInside(o: Outcome): void {
  const lines = o.text.split('\n');
  for (const m of o.messages) {
    expect(m.line, m.message).not.toBeNull();
    expect(m.line!).toBeGreaterThanOrEqual(1);
    expect(m.line!).toBeLessThanOrEqual(lines.length);
    expect(m.column!).toBeGreaterThanOrEqual(1);
    expect(m.column!).toBeLessThanOrEqual([...lines[m.line! - 1]!].length + 1);
  }
}

function only(o: Outcome, ruleId: string): JsonMessage {
  const mine = o.messages.filter((m) => m.ruleId === ruleId);
  expect(mine.length, JSON.stringify(o.messages)).toBeGreaterThan(0);
  return mine[0]!;
}

const SMALL_MS = 15_000;

describe('broken files: a positioned finding each', () => {
  const cases: Array<{ file: string; rule: string; line: number; column: number; includes: string | RegExp; code?: number }> = [
    { file: 'empty.md', rule: 'frontmatter-missing', line: 1, column: 1, includes: 'The file is empty' },
    { file: 'binary.md', rule: 'encoding', line: 3, column: 1, includes: 'binary data (a NUL byte)' },
    { file: 'nul.md', rule: 'encoding', line: 8, column: 12, includes: 'NUL' },
    { file: 'invalid-utf8.md', rule: 'encoding', line: 8, column: 11, includes: 'byte 0xE9 at byte offset 112' },
    { file: 'unclosed-front-matter.md', rule: 'frontmatter-missing', line: 1, column: 1, includes: 'never closed' },
    { file: 'duplicate-keys.md', rule: 'yaml-syntax', line: 9, column: 1, includes: '"venue"' },
    { file: 'tab-indentation.md', rule: 'yaml-syntax', line: 10, column: 1, includes: 'Tab' },
    { file: 'text-for-people.md', rule: 'value-type', line: 9, column: 12, includes: '`attendees` should be a map of keys and values or a list, not the text "Ada Quill, Ben Marsh"' },
    { file: 'number-for-name.md', rule: 'value-type', line: 13, column: 7, includes: 'not the number 42' },
    { file: 'prose-date.md', rule: 'invalid-date', line: 5, column: 7, includes: '"5th March 2024"' },
    // A BOM and CRLF line endings are accepted and shift no position: the same bad date, same place.
    { file: 'bom.md', rule: 'invalid-date', line: 5, column: 7, includes: '2024-02-30' },
    { file: 'crlf.md', rule: 'invalid-date', line: 5, column: 7, includes: '2024-02-30' },
    // Control characters are a warning (exit 0): Word cannot hold them, the text is otherwise fine.
    { file: 'control-characters.md', rule: 'forbidden-char', line: 8, column: 12, includes: 'U+0007', code: 0 },
  ];
  for (const c of cases) {
    it(`${c.file}: ${c.rule} at ${c.line}:${c.column}`, () => {
      const o = checkOne(c.file);
      const m = only(o, c.rule);
      expect({ line: m.line, column: m.column }).toEqual({ line: c.line, column: c.column });
      expect(m.message).toMatch(typeof c.includes === 'string' ? new RegExp(c.includes.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) : c.includes);
      expect(o.code).toBe(c.code ?? 1);
      expectInside(o);
      expect(o.ms).toBeLessThan(SMALL_MS);
    });
  }

  it('crlf-valid.md: CRLF minutes pass, like their LF original', () => {
    const lf = checkOne('base.md');
    const crlf = checkOne('crlf-valid.md');
    expect(lf.messages).toEqual([]);
    expect(crlf.messages).toEqual([]);
    expect(crlf.code).toBe(0);
  });

  it('the end of a CRLF line is not part of a finding', () => {
    const o = checkOne('crlf.md');
    const m = only(o, 'invalid-date');
    expect(m.endLine).toBe(5);
    expect(m.endColumn).toBe(7 + '2024-02-30'.length);
  });

  it('alias-bomb.md: a "billion laughs" of anchors is walked within budget, each bad value positioned', () => {
    const o = checkOne('alias-bomb.md');
    expect(o.code).toBe(1);
    const wrong = o.messages.filter((m) => m.ruleId === 'value-type');
    // Eight levels of nine aliases to lists where people belong: one finding per alias written.
    expect(wrong).toHaveLength(8 * 9);
    expect(wrong[0]!.message).toContain('`participants.B[0]` should be a person');
    expect({ line: wrong[0]!.line, column: wrong[0]!.column }).toEqual({ line: 19, column: 10 });
    expectInside(o);
    expect(o.ms).toBeLessThan(SMALL_MS);
  });
});

describe('large and deep files: bounded time and memory', () => {
  it('a 5 MB body: input-limit at 1:1, naming the size, without parsing it', () => {
    let big = BASE;
    const para = 'The HWG discussed the *harbour* plan at length, with [a link](https://example.org) and `code`.\n\n';
    for (let i = 0; big.length < 5 * 1024 * 1024; i++) big += (i % 50 === 0 ? `## ${3 + i / 50}. Item ${i}\n\n` : '') + para;
    const o = checkOne('big.md', big);
    const m = only(o, 'input-limit');
    expect({ line: m.line, column: m.column }).toEqual({ line: 1, column: 1 });
    expect(m.message).toContain('5.0 MB');
    expect(o.code).toBe(1);
    expect(o.ms).toBeLessThan(SMALL_MS);
  });

  it('a 400 kB body (read in sections) is read in full: it passes, and an error at its end is placed exactly', () => {
    let big = BASE;
    const para = 'The HWG discussed the *harbour* plan at length, with [a link](https://example.org) and `code`.\n\n';
    for (let i = 0; big.length < 400 * 1024; i++) big += (i % 50 === 0 ? `## ${3 + i / 50}. Item\n\n` : '') + para;
    const clean = checkOne('large.md', big);
    expect(clean.messages.filter((m) => m.severity === 'error')).toEqual([]);
    const lines = big.split('\n').length;
    // An empty link target at the very end: its position survives reading the body in sections.
    const o = checkOne('large-link.md', big + '\nSee [the register](#).\n');
    const m = only(o, 'empty-link');
    expect({ line: m.line, column: m.column }).toEqual({ line: lines + 1, column: 5 });
    expect(o.ms).toBeLessThan(90_000);
  }, 240_000);

  it('10,000 attendees pass', () => {
    const many = Array.from({ length: 10_000 }, (_, k) => `    - Member ${String(k).padStart(5, '0')}`).join('\n');
    const o = checkOne('attendees.md', BASE.replace('    - Ben Marsh', many));
    expect(o.messages.filter((m) => m.severity === 'error')).toEqual([]);
    expect(o.code).toBe(0);
    expect(o.ms).toBeLessThan(30_000);
  });

  it('10,000 attendees with one listed twice: the second is found, on its line', () => {
    const many = Array.from({ length: 10_000 }, (_, k) => `    - Member ${String(k).padStart(5, '0')}`);
    many[9_000] = '    - Member 00042';
    const text = BASE.replace('    - Ben Marsh', many.join('\n'));
    const o = checkOne('attendees-twice.md', text);
    const m = only(o, 'duplicate-person');
    expect(m.line).toBe(text.split('\n').lastIndexOf('    - Member 00042') + 1);
    expect(m.message).toContain('Member 00042');
    expect(o.ms).toBeLessThan(30_000);
  });

  it('a Markdown list nested 300 deep: input-limit at the 101st level', () => {
    let nest = '';
    for (let d = 0; d < 300; d++) nest += '  '.repeat(d) + `- level ${d + 1}\n`;
    const text = BASE + '\n' + nest;
    const o = checkOne('deep-list.md', text);
    const m = only(o, 'input-limit');
    const line = text.split('\n').indexOf('  '.repeat(100) + '- level 101') + 1;
    expect({ line: m.line, column: m.column }).toEqual({ line, column: 201 });
    expect(m.message).toContain('more than 100 levels');
    expect(o.ms).toBeLessThan(SMALL_MS);
  });

  it('a list nested 100 deep is within the limit and passes', () => {
    let nest = '';
    for (let d = 0; d < 99; d++) nest += '  '.repeat(d) + `- level ${d + 1}\n`;
    const o = checkOne('deep-list-ok.md', BASE + '\n' + nest);
    expect(o.messages.filter((m) => m.ruleId === 'input-limit')).toEqual([]);
    expect(o.code).toBe(0);
    expect(o.ms).toBeLessThan(SMALL_MS);
  });

  it('block quotes nested 20,000 deep on one line: input-limit on that line, no stack overflow', () => {
    const text = BASE + '\n' + '>'.repeat(20_000) + ' forwarded\n';
    const o = checkOne('deep-quote.md', text);
    const m = only(o, 'input-limit');
    expect(m.line).toBe(text.split('\n').length - 1);
    expect(o.ms).toBeLessThan(SMALL_MS);
  });

  it('emphasis nested 6,000 deep in one paragraph: input-limit at the paragraph, before the parser spends minutes on it', () => {
    const inline = '*a _b '.repeat(3000) + 'c' + '_ b* a'.repeat(3000);
    const link = '['.repeat(5000) + 'x' + '](#a)'.repeat(5000);
    const text = `${BASE}\n${inline}\n\n${link}\n`;
    const o = checkOne('deep-inline.md', text);
    const m = only(o, 'input-limit');
    expect({ line: m.line, column: m.column }).toEqual({ line: BASE.split('\n').length + 1, column: 1 });
    expect(m.message).toContain('more than 2000 emphasis or link marks');
    expect(o.code).toBe(1);
    expectInside(o);
    expect(o.ms).toBeLessThan(30_000);
  });

  it('YAML nested 300 deep (block and flow): value-type at the key, positioned', () => {
    let block = 'venue:\n';
    for (let d = 0; d < 300; d++) block += '  '.repeat(d + 1) + '-\n';
    const o = checkOne('deep-yaml.md', BASE.replace('venue: Teleconference\n', block));
    const m = only(o, 'value-type');
    expect({ line: m.line, column: m.column }).toEqual({ line: 9, column: 3 });
    expect(m.message).toContain('`venue` should be text, not a list');
    const flow = checkOne('deep-flow.md', BASE.replace('venue: Teleconference', `venue: ${'['.repeat(300)}${']'.repeat(300)}`));
    const f = only(flow, 'value-type');
    expect({ line: f.line, column: f.column }).toEqual({ line: 8, column: 8 });
    expect(o.ms + flow.ms).toBeLessThan(2 * SMALL_MS);
  });

  it('5,000 aliases to one anchor resolve in linear time', () => {
    const many = Array.from({ length: 5_000 }, () => '    - *p').join('\n');
    const o = checkOne('aliases.md', BASE.replace('    - Ben Marsh', `    - &p Ben Marsh\n${many}`));
    expect(o.messages.filter((m) => m.ruleId === 'duplicate-person')).toHaveLength(5_000);
    expectInside(o);
    expect(o.ms).toBeLessThan(30_000);
  });

  it('standard input gets the same limits', () => {
    const r = runCli(['check', '--format', 'json', '-', '--stdin-filename', 'pasted.md'], { input: BASE + '\n' + '>'.repeat(500) + ' x\n', env: CAPPED });
    const files = JSON.parse(r.stdout) as Array<{ messages: JsonMessage[] }>;
    expect(files[0]!.messages.map((m) => m.ruleId)).toContain('input-limit');
    expect(r.code).toBe(1);
  });
});
