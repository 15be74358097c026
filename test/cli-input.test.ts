/**
 * `minutebook check` at its edges, through the real CLI: input it cannot use gets one clear line
 * naming the path and exit 1 (never a stack trace, never exit 2); standard input, the report
 * formats, --max-warnings, --quiet and colour behave as the README says.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN, ROOT, checkJson, runCli, type CliResult } from './helpers/cli.js';
import { requirePrograms } from './helpers/programs.js';

let dir: string;
const at = (name: string) => join(dir, name);

/** Minutes whose only finding is a warning: nobody has `role: chair`. */
const WARN_ONLY = `---
committee: Test Committee
code: TST
meeting: 1
date: 2026-01-19
attendees:
  Members:
    - Ann Example
    - Bo Sample
---

## 1. Item

The TST **NOTED** the update.
`;

const CLEAN = WARN_ONLY.replace('    - Ann Example', '    - { name: Ann Example, role: chair }');
const ERROR_AND_WARNING = WARN_ONLY.replace('date: 2026-01-19', 'date: 2026-02-30');

beforeAll(() => {
  // Outside the repository, so that no .minutebook.yaml above applies.
  dir = mkdtempSync(join(tmpdir(), 'minutebook-cli-input-'));
  writeFileSync(at('empty.md'), '');
  writeFileSync(at('binary.md'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]));
  // "Café" in Windows-1252: 0xE9 is not UTF-8.
  writeFileSync(at('latin1.md'), Buffer.concat([Buffer.from('---\ncommittee: Caf'), Buffer.from([0xe9]), Buffer.from('\n---\n')]));
  writeFileSync(at('warn.md'), WARN_ONLY);
  writeFileSync(at('clean.md'), CLEAN);
  writeFileSync(at('both.md'), ERROR_AND_WARNING);
  mkdirSync(at('no-minutes'));
  writeFileSync(at('no-minutes/README.md'), '---\ntitle: not minutes\n---\n');
  writeFileSync(at('no-minutes/notes.md'), '# Notes\n\nNo front matter here.\n');
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

function expectNoStack(r: CliResult): void {
  expect(r.stdout + r.stderr).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
  expect(r.stdout + r.stderr).not.toMatch(/internal error/i);
}

/** The report's lines for one file, as `check` prints them without colour. */
function findingLines(out: string): string[] {
  return out.split('\n').filter((l) => /^\s*\d+:\d+(-\d+:\d+)?\s+(error|warning)\s/.test(l));
}

describe('input that cannot be checked: one line naming the path, exit 1', () => {
  it('a missing file', () => {
    const r = runCli(['check', at('nope.md')]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toEqual([`minutebook: ${at('nope.md')}: no such file or folder`]);
    expectNoStack(r);
  });

  it('a glob that matches nothing', () => {
    const r = runCli(['check', join(dir, '*.minutes')]);
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('*.minutes');
    expectNoStack(r);
  });

  it('a folder with no minutes (README.md and a file without front matter are not minutes)', () => {
    const r = runCli(['check', at('no-minutes')]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toContain(at('no-minutes'));
    expect(lines[0]).toMatch(/no minutes files/);
    // The file without front matter is counted, with why, so that nothing is left out unseen (README.md is never minutes).
    expect(lines[1]).toMatch(/^minutebook: read 0 files as minutes, left aside 1 \(1 no date\); see what was understood with `minutebook inspect /);
    expectNoStack(r);
  });

  const unreadable: Array<[string, string, RegExp]> = [
    ['a binary file', 'binary.md', /binary/],
    ['an empty file', 'empty.md', /empty/],
    ['invalid UTF-8', 'latin1.md', /invalid UTF-8.*0xE9/],
  ];
  for (const [what, name, why] of unreadable) {
    it(what, () => {
      const r = runCli(['check', at(name)]);
      expect(r.code).toBe(1);
      expectNoStack(r);
      // The stylish report: the path, then exactly one finding line saying why.
      const lines = findingLines(r.stdout);
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(why);
      expect(r.stdout).toContain(at(name));
      // The same finding in JSON, positioned and under the path.
      const j = checkJson([at(name)]);
      expect(j.files).toHaveLength(1);
      expect(j.files[0]!.path).toBe(at(name));
      expect(j.files[0]!.messages).toHaveLength(1);
      expect(j.files[0]!.messages[0]!.severity).toBe('error');
      expect(j.files[0]!.messages[0]!.line).toBeGreaterThanOrEqual(1);
    });
  }

  it('a missing path among good files: the good ones are still checked', () => {
    const r = runCli(['check', '--format', 'json', at('clean.md'), at('nope.md')]);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout)).toEqual([{ path: at('clean.md'), messages: [] }]);
    expect(r.stderr).toContain(at('nope.md'));
  });
});

describe('usage errors exit 2', () => {
  it('an unknown format', () => {
    const r = runCli(['check', '--format', 'xml', at('clean.md')]);
    expect(r.code).toBe(2);
    expectNoStack(r);
  });
  it('--max-warnings that is not a number', () => {
    const r = runCli(['check', '--max-warnings', 'some', at('clean.md')]);
    expect(r.code).toBe(2);
    expectNoStack(r);
  });
});

describe('standard input', () => {
  const series = join('examples', 'dxog');
  const first = readFileSync(join(ROOT, series, '2026-01-19-dxog-17.md'));

  it('`-` with --stdin-filename is checked as that file, with its folder\'s configuration', () => {
    const r = runCli(['check', '-', '--stdin-filename', join(series, '2026-01-19-dxog-17.md')], { input: first });
    expect({ code: r.code, out: r.stdout + r.stderr }).toEqual({ code: 0, out: '' });
  });

  it('findings on standard input carry the given name', () => {
    const j = checkJson(['-', '--stdin-filename', 'incoming/minutes.md'], { input: ERROR_AND_WARNING });
    expect(j.code).toBe(1);
    expect(j.files.map((f) => f.path)).toEqual(['incoming/minutes.md']);
    expect(j.files[0]!.messages.map((m) => m.ruleId).sort()).toEqual(['invalid-date', 'no-chair']);
  });

  it('`-` without a name is reported as <stdin>', () => {
    const r = runCli(['check', '-'], { input: WARN_ONLY });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('<stdin>');
  });

  it('binary data on standard input is an error, not a crash', () => {
    const r = runCli(['check', '-', '--stdin-filename', 'upload.md'], { input: Buffer.from([0, 1, 2, 3]) });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('upload.md');
    expectNoStack(r);
  });

  it('--fix refuses standard input', () => {
    const r = runCli(['check', '--fix', '-'], { input: WARN_ONLY });
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });
});

describe('report formats', () => {
  it('json: one entry per file with positioned messages', () => {
    const r = runCli(['check', '--format', 'json', at('both.md'), at('clean.md')]);
    expect(r.code).toBe(1);
    const files = JSON.parse(r.stdout) as Array<{ path: string; messages: Array<Record<string, unknown>> }>;
    expect(files.map((f) => f.path)).toEqual([at('both.md'), at('clean.md')]);
    expect(files[1]!.messages).toEqual([]);
    const date = files[0]!.messages.find((m) => m.ruleId === 'invalid-date')!;
    expect(date).toMatchObject({ severity: 'error', line: 5, column: 7, fixable: false });
    expect(Object.keys(date).sort()).toEqual(['column', 'endColumn', 'endLine', 'fixable', 'line', 'message', 'ruleId', 'severity', 'url'].sort());
    expect(date.message).toContain('2026-02-30');
    const chair = files[0]!.messages.find((m) => m.ruleId === 'no-chair')!;
    expect(chair.severity).toBe('warning');
  });

  it('github: workflow commands, then the plain report', () => {
    const r = runCli(['check', '--format', 'github', at('both.md')]);
    expect(r.code).toBe(1);
    const lines = r.stdout.split('\n');
    const commands = lines.filter((l) => l.startsWith('::'));
    expect(commands).toHaveLength(2);
    // The commands come first, one per finding.
    expect(lines.slice(0, 2)).toEqual(commands);
    const file = at('both.md').replace(/:/g, '%3A').replace(/,/g, '%2C');
    expect(commands).toContainEqual(expect.stringMatching(new RegExp(`^::error file=${escape(file)},line=5,col=7,.*title=invalid-date::.*2026-02-30`)));
    expect(commands).toContainEqual(expect.stringMatching(new RegExp(`^::warning file=${escape(file)},line=\\d+,col=\\d+,.*title=no-chair::`)));
    const plain = runCli(['check', at('both.md')]).stdout;
    expect(lines.slice(2).join('\n')).toBe(plain);
  });

  it('github output has no colour even when colour is forced', () => {
    const r = runCli(['check', '--format', 'github', at('both.md')], { env: { NO_COLOR: '', FORCE_COLOR: '1' } });
    expect(r.stdout).not.toContain('\u001b[');
  });
});

describe('--max-warnings and --quiet', () => {
  it('warnings alone exit 0', () => {
    const r = runCli(['check', at('warn.md')]);
    expect(r.code).toBe(0);
    expect(findingLines(r.stdout)).toHaveLength(1);
  });

  it('more warnings than --max-warnings exit 1, with a line saying so', () => {
    const r = runCli(['check', '--max-warnings', '0', at('warn.md')]);
    expect(r.code).toBe(1);
    expect(r.stderr.trim()).toBe('minutebook: 1 warning, more than --max-warnings 0');
  });

  it('warnings within --max-warnings exit 0', () => {
    expect(runCli(['check', '--max-warnings', '1', at('warn.md')]).code).toBe(0);
  });

  it('--quiet shows errors only', () => {
    const warn = runCli(['check', '--quiet', at('warn.md')]);
    expect({ code: warn.code, out: warn.stdout }).toEqual({ code: 0, out: '' });
    const both = runCli(['check', '--quiet', '--format', 'json', at('both.md')]);
    expect(both.code).toBe(1);
    const messages = (JSON.parse(both.stdout) as Array<{ messages: Array<{ ruleId: string; severity: string }> }>)[0]!.messages;
    expect(messages.map((m) => m.severity)).toEqual(['error']);
  });
});

describe('colour', () => {
  const ESC = '\u001b[';
  it('none when the output is not a terminal', () => {
    const r = runCli(['check', at('both.md')], { env: { NO_COLOR: '' } });
    expect(r.stdout).toContain('invalid-date');
    expect(r.stdout).not.toContain(ESC);
  });

  it('FORCE_COLOR turns it on; --no-color and NO_COLOR turn it off again', () => {
    expect(runCli(['check', at('both.md')], { env: { NO_COLOR: '', FORCE_COLOR: '1' } }).stdout).toContain(ESC);
    expect(runCli(['check', '--no-color', at('both.md')], { env: { NO_COLOR: '', FORCE_COLOR: '1' } }).stdout).not.toContain(ESC);
    expect(runCli(['check', at('both.md')], { env: { NO_COLOR: '1', FORCE_COLOR: '1' } }).stdout).not.toContain(ESC);
  });

  const tty = requirePrograms('script');
  it.skipIf(!tty.ok)(`on a terminal: coloured, unless NO_COLOR or --no-color ${tty.reason}`, () => {
    // script(1) runs the CLI on a pseudo-terminal, as a user's shell would.
    const onTty = (args: string, env: Record<string, string>) =>
      spawnSync('script', ['-qec', `"${process.execPath}" "${BIN}" check ${args} "${at('both.md')}"`, '/dev/null'], {
        encoding: 'utf8',
        env: { ...process.env, FORCE_COLOR: '', NO_COLOR: '', ...env },
      }).stdout;
    expect(onTty('', {})).toContain(ESC);
    expect(onTty('--no-color', {})).not.toContain(ESC);
    expect(onTty('', { NO_COLOR: '1' })).not.toContain(ESC);
  });
});

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
