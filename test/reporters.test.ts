/**
 * Report formats of `check`: compact, SARIF (validated against the OASIS SARIF 2.1.0 schema),
 * JUnit XML (well-formed, read back by xmllint), --output-file, colour switches, and text from a
 * minutes file that tries to act on a terminal or on GitHub Actions in every format.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AjvDraft04 from 'ajv-draft-04';
import formats from 'ajv-formats';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, runCli } from './helpers/cli.js';
import { requirePrograms, skipUnless } from './helpers/programs.js';
import { useColor } from '../src/cli/io.js';
import { escapeJson, escapeText, escapeXml } from '../src/cli/report-escape.js';

const made: string[] = [];
afterAll(() => made.forEach((d) => rmSync(d, { recursive: true, force: true })));
function folder(): string {
  const d = mkdtempSync(join(tmpdir(), 'minutebook-report-'));
  made.push(d);
  return d;
}

// A file whose name and front matter carry workflow commands and terminal escapes.
const NASTY_NAME = '::warning::a.md';
const NASTY = `---
committee: Harbour Works Committee
code: HWC
meeting: 1
date: 2025-01-15
"::error file=x::pwned\\u001b[31m##[set-env name=A]\\u2028": 1
attendees:
  Members:
    - { name: Ada Fenwick, role: chair }
---

## 1. Item

Text.
`;

function nastyFolder(): string {
  const dir = folder();
  writeFileSync(join(dir, NASTY_NAME), NASTY);
  return dir;
}

/** No line can start a workflow command or hold a raw control character, except our own annotations. */
function assertInert(output: string, ownAnnotations = false): void {
  for (const line of output.split('\n')) {
    if (ownAnnotations && /^::(error|warning) file=[^:]*,line=\d+,col=\d+/.test(line)) continue;
    expect(line.trimStart().startsWith('::'), line).toBe(false);
    expect(line.includes('##['), line).toBe(false);
    expect(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029]/.test(line), JSON.stringify(line)).toBe(false);
  }
}

describe('escaping', () => {
  it('each syntax escapes controls and workflow markers, and the machine formats lose nothing', () => {
    expect(escapeText('a\u001b[31m::b##[c\n')).toBe('a\\x1B[31m:\\:b#\\#[c\\x0A');
    const json = escapeJson(JSON.stringify({ m: '::x##[y\u0085\u2028' }));
    expect(json).not.toMatch(/::|##\[|\u0085|\u2028/);
    expect(JSON.parse(json)).toEqual({ m: '::x##[y\u0085\u2028' });
    expect(escapeXml('<a>&"::##[\n\u0001')).toBe('&#60;a&#62;&#38;&#34;:&#58;#&#35;[&#10;\\x01');
  });

  for (const format of ['stylish', 'compact', 'json', 'sarif', 'junit', 'github']) {
    it(`--format ${format}: text from the minutes cannot inject commands or escapes`, () => {
      const dir = nastyFolder();
      const r = runCli(['check', '--format', format, '.'], { cwd: dir });
      expect(r.code, r.stderr).toBe(1);
      expect(r.stdout).toContain('pwned');
      assertInert(r.stdout, format === 'github');
      assertInert(r.stderr);
    });
  }

  it('--format github: the annotation keeps the text as data and the plain report after it is escaped', () => {
    const r = runCli(['check', '--format', 'github', '.'], { cwd: nastyFolder() });
    const annotation = r.stdout.split('\n').find((l) => l.includes('unknown-key'))!;
    expect(annotation).toMatch(/^::error file=%3A%3Awarning%3A%3Aa\.md,line=6,col=1,endColumn=\d+,title=unknown-key::Unknown key "::error file=x::pwned\\x1B\[31m##\[set-env name=A\]/);
    expect(r.stdout).toContain(':\\:error file=x:\\:pwned');
  });
});

describe('formats', () => {
  it('compact: file:line:col: severity message [rule], one finding a line', () => {
    const r = runCli(['check', '--format', 'compact', '.'], { cwd: nastyFolder() });
    const lines = r.stdout.trim().split('\n');
    expect(lines.length).toBeGreaterThan(0);
    for (const l of lines) expect(l).toMatch(/^:\\:warning:\\:a\.md:\d+:\d+: (error|warning) .+ \[[a-z-]+\]$/);
    expect(lines).toContain(':\\:warning:\\:a.md:6:1: error Unknown key ":\\:error file=x:\\:pwned\\x1B[31m#\\#[set-env name=A]\\u2028" [unknown-key]');
  });

  it('every format lists a file\'s findings by line, then column, not in the order the rules ran', () => {
    // examples/broken/actions.md has findings of several rules interleaved down the file.
    const file = join(ROOT, 'examples', 'broken', 'actions.md');
    const positions: Record<string, (out: string) => Array<[number, number]>> = {
      compact: (out) => [...out.matchAll(/^[^\n]*?:(\d+):(\d+): (?:error|warning) /gm)].map((m) => [Number(m[1]), Number(m[2])]),
      stylish: (out) => [...out.matchAll(/^(\d+):(\d+)(?:-\d+:\d+)? +(?:error|warning) /gm)].map((m) => [Number(m[1]), Number(m[2])]),
      github: (out) => [...out.matchAll(/^::(?:error|warning) file=[^,]*,line=(\d+),col=(\d+)/gm)].map((m) => [Number(m[1]), Number(m[2])]),
      json: (out) => (JSON.parse(out) as Array<{ messages: Array<{ line: number; column: number }> }>)[0]!.messages.map((m) => [m.line, m.column]),
      sarif: (out) => (JSON.parse(out) as { runs: Array<{ results: Array<{ locations: Array<{ physicalLocation: { region: { startLine: number; startColumn: number } } }> }> }> }).runs[0]!.results.map((r) => [r.locations[0]!.physicalLocation.region.startLine, r.locations[0]!.physicalLocation.region.startColumn]),
      junit: (out) => [...out.matchAll(/<testcase [^>]*name="(\d+):(\d+) /g)].map((m) => [Number(m[1]), Number(m[2])]),
    };
    for (const [format, read] of Object.entries(positions)) {
      const r = runCli(['check', '--format', format, file]);
      const found = read(r.stdout);
      expect(found.length, `${format}: ${r.stdout}`).toBeGreaterThan(5);
      const sorted = [...found].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
      expect(found, format).toEqual(sorted);
    }
  });

  it('SARIF 2.1.0: valid against the OASIS schema, with rules, levels, regions and relative URIs', () => {
    const dir = nastyFolder();
    writeFileSync(join(dir, 'clean.md'), NASTY.replace(/^".*\n/m, '').replace('meeting: 1', 'meeting: 2').replace('2025-01-15', '2025-02-15'));
    const r = runCli(['check', '--format', 'sarif', '.'], { cwd: dir });
    expect(r.code).toBe(1);
    const log = JSON.parse(r.stdout) as { version: string; runs: Array<{ tool: { driver: { rules: Array<{ id: string }> } }; results: Array<{ ruleId: string; ruleIndex: number; level: string; message: { text: string }; locations: Array<{ physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number; startColumn: number } } }> }> }> };
    // CommonJS default exports, as NodeNext types them: the class and the plugin are `.default`.
    const Ajv = AjvDraft04 as unknown as typeof AjvDraft04.default;
    const ajv = new Ajv({ allErrors: true, strict: false });
    (formats as unknown as typeof formats.default)(ajv);
    // The schema file is the OASIS SARIF 2.1.0 schema (errata 01), as published in oasis-tcs/sarif-spec.
    const validate = ajv.compile(JSON.parse(readFileSync(join(ROOT, 'test', 'data', 'sarif-schema-2.1.0.json'), 'utf8')));
    expect(validate(log), JSON.stringify(validate.errors, null, 2)).toBe(true);
    const run = log.runs[0]!;
    const result = run.results.find((x) => x.ruleId === 'unknown-key')!;
    expect(run.tool.driver.rules[result.ruleIndex]!.id).toBe('unknown-key');
    expect(result.level).toBe('error');
    expect(result.message.text).toContain('::error file=x::pwned\u001b[31m');
    expect(result.locations[0]!.physicalLocation.artifactLocation.uri).toBe('%3A%3Awarning%3A%3Aa.md');
    expect(result.locations[0]!.physicalLocation.region).toMatchObject({ startLine: 6, startColumn: 1 });
    // A damaged log must fail the same validation: the check can fail.
    expect(validate({ ...log, version: '2.0.0' })).toBe(false);
  });

  const junitRun = () => {
    const dir = nastyFolder();
    writeFileSync(join(dir, 'clean.md'), NASTY.replace(/^".*\n/m, '').replace('meeting: 1', 'meeting: 2').replace('2025-01-15', '2025-02-15'));
    return runCli(['check', '--format', 'junit', '.'], { cwd: dir });
  };

  it('JUnit XML: a suite per file, a failed case per finding, a passing case for a clean file', () => {
    const r = junitRun();
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<testsuites name="minutebook" tests="2" failures="1" errors="0">/);
    expect(r.stdout).toContain('<testsuite name="clean.md" tests="1" failures="0"');
    expect(r.stdout).toContain('<testcase classname=":&#58;warning:&#58;a.md" name="6:1 unknown-key">');
  });

  it('JUnit XML: well-formed, read back by xmllint with the message intact', (ctx) => {
    skipUnless(ctx, requirePrograms('xmllint'));
    const r = junitRun();
    const lint = spawnSync('xmllint', ['--xpath', 'count(//testcase/failure)', '-'], { input: r.stdout, encoding: 'utf8' });
    expect(lint.status, lint.stderr).toBe(0);
    expect(lint.stdout.trim()).toBe('1');
    const message = spawnSync('xmllint', ['--xpath', 'string(//failure/@message)', '-'], { input: r.stdout, encoding: 'utf8' });
    expect(message.stdout).toContain('::error file=x::pwned\\x1B[31m##[set-env name=A]\u2028');
  });

  it('--output-file writes the report there and nothing to standard output, with the same exit code', () => {
    const dir = nastyFolder();
    const r = runCli(['check', '--format', 'sarif', '--output-file', 'report.sarif', NASTY_NAME], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(JSON.parse(readFileSync(join(dir, 'report.sarif'), 'utf8')).version).toBe('2.1.0');
    expect(readdirSync(dir).sort()).toEqual([NASTY_NAME, 'report.sarif']);
    const missing = runCli(['check', '-o', join(dir, 'no', 'such', 'report.txt'), NASTY_NAME], { cwd: dir });
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/cannot write .*report\.txt: its folder cannot be used/);
  });
});

describe('colour', () => {
  const tty = { isTTY: true } as NodeJS.WriteStream;
  const pipe = { isTTY: false } as NodeJS.WriteStream;
  const withEnv = (env: Record<string, string | undefined>, f: () => boolean) => {
    const saved = { NO_COLOR: process.env.NO_COLOR, FORCE_COLOR: process.env.FORCE_COLOR };
    for (const [k, v] of Object.entries({ NO_COLOR: undefined, FORCE_COLOR: undefined, ...env })) v === undefined ? delete process.env[k] : (process.env[k] = v);
    try {
      return f();
    } finally {
      for (const [k, v] of Object.entries(saved)) v === undefined ? delete process.env[k] : (process.env[k] = v);
    }
  };

  it('a terminal gets colour; FORCE_COLOR=0, NO_COLOR and --no-color turn it off; FORCE_COLOR=1 turns it on for a pipe', () => {
    expect(withEnv({}, () => useColor(undefined, tty))).toBe(true);
    expect(withEnv({}, () => useColor(undefined, pipe))).toBe(false);
    expect(withEnv({ FORCE_COLOR: '0' }, () => useColor(undefined, tty))).toBe(false);
    expect(withEnv({ FORCE_COLOR: 'false' }, () => useColor(undefined, tty))).toBe(false);
    expect(withEnv({ NO_COLOR: '1' }, () => useColor(undefined, tty))).toBe(false);
    expect(withEnv({}, () => useColor(false, tty))).toBe(false);
    expect(withEnv({ FORCE_COLOR: '1' }, () => useColor(undefined, pipe))).toBe(true);
  });

  it('the real CLI: FORCE_COLOR=1 colours a piped report, FORCE_COLOR=0 does not', () => {
    const dir = nastyFolder();
    const on = runCli(['check', '.'], { cwd: dir, env: { NO_COLOR: '', FORCE_COLOR: '1' } });
    expect(on.stdout).toContain('\u001b[');
    const off = runCli(['check', '.'], { cwd: dir, env: { NO_COLOR: '', FORCE_COLOR: '0' } });
    expect(off.stdout).not.toContain('\u001b[');
    expect(off.stdout).toContain('unknown-key');
  });
});
