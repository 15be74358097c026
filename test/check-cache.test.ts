// `check --cache` reports exactly what `check` reports: on the examples, the reference minutes and
// 200 generated meetings, cold and warm, and after each kind of edit (the file, an earlier meeting,
// the configuration, a rename, a deletion). Entries that are damaged or not minutebook's are
// ignored and written again; a cache restored in another checkout is used; `--fix` is never cached.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
// @ts-expect-error a plain ES module script without type declarations
import { generateRepository } from '../bench/generate.mjs';
import { ROOT, SHARED, runCli, type CliResult } from './helpers/cli.js';
import { requireShared, skipUnless } from './helpers/programs.js';

const TMP = mkdtempSync(join(tmpdir(), 'minutebook-cache-'));
afterAll(() => rmSync(TMP, { recursive: true, force: true }));

/** A folder that is a repository's top (`.git`), so that the cache stores paths relative to it. */
function repository(name: string, fill: (dir: string) => void): string {
  const dir = join(TMP, name);
  mkdirSync(join(dir, '.git'), { recursive: true });
  fill(dir);
  return dir;
}

const check = (cwd: string, args: string[]): CliResult => runCli(['check', '--format', 'json', ...args], { cwd });

/** Checks with and without the cache and expects the same report, notes and exit code; returns the cached run. */
function same(cwd: string, args: string[], what: string, cacheArgs: string[] = ['--cache']): CliResult {
  const plain = check(cwd, args);
  const cached = check(cwd, [...cacheArgs, ...args]);
  expect(plain.stdout, `${what}: a report`).not.toBe('');
  expect(cached.stdout, `${what}: the report`).toBe(plain.stdout);
  expect(cached.stderr, `${what}: the notes`).toBe(plain.stderr);
  expect(cached.code, `${what}: the exit code`).toBe(plain.code);
  return cached;
}

const entries = (cache: string) => (existsSync(cache) ? readdirSync(cache).filter((n) => n.endsWith('.json')).sort() : []);
const entryName = (path: string) => `${path.replace(/%/g, '%25').replace(/\//g, '%2F')}.json`;

describe('check --cache', () => {
  it('reports what check reports on the examples, cold and warm', () => {
    const dir = repository('examples', (d) => cpSync(join(ROOT, 'examples'), join(d, 'examples'), { recursive: true }));
    for (const run of ['cold', 'warm', 'warm again']) same(dir, ['examples', 'examples/broken'], `examples, ${run}`);
    // Files analysed on worker threads are stored alike, and read back alike.
    for (const run of ['cold', 'warm']) same(dir, ['--threads', '2', 'examples', 'examples/broken'], `examples on two threads, ${run}`, ['--cache', '--cache-location', join(TMP, 'threads-cache')]);
    expect(entries(join(dir, '.minutebook-cache'))).toContain(entryName('examples/dxog/2026-03-16-dxog-19.md'));
  }, 120_000);

  it('reports what check reports on the reference minutes (real and wild), cold and warm', (ctx) => {
    skipUnless(ctx, requireShared('reference/real', 'the reference minutes'));
    const dirs = ['real', 'wild'].flatMap((kind) => {
      const top = join(SHARED, 'reference', kind);
      return readdirSync(top, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => join(top, d.name));
    });
    expect(dirs.length).toBeGreaterThanOrEqual(11);
    const cwd = repository('reference', () => {});
    const cacheArgs = ['--cache', '--cache-location', join(TMP, 'reference-cache')];
    for (const run of ['cold', 'warm']) same(cwd, dirs, `reference minutes, ${run}`, cacheArgs);
  }, 180_000);

  it('reports what check reports on 200 generated meetings after every kind of edit', () => {
    const dir = repository('generated', (d) => generateRepository(join(d, 'minutes'), 200));
    const args = ['minutes'];
    const file = (series: string, n: number) => {
      const name = readdirSync(join(dir, 'minutes', series)).find((f) => f.endsWith(`-${series}-${n}.md`))!;
      return join('minutes', series, name);
    };
    const edit = (path: string, change: (text: string) => string) => {
      const before = readFileSync(join(dir, path), 'utf8');
      const after = change(before);
      expect(after, `the edit of ${path} changes it`).not.toBe(before);
      writeFileSync(join(dir, path), after);
    };
    same(dir, args, 'cold');
    same(dir, args, 'warm');

    // The file itself: an attendee listed twice.
    edit(file('dxa', 10), (t) => t.replace(/^ {4}- Owen Brightwater\n/m, (m) => m + m));
    const own = same(dir, args, 'after an edit of a file');
    expect(own.stdout).toContain('duplicate-person');

    // An earlier meeting: a new action that the next meeting does not review.
    const earlier = file('dxa', 20);
    const later = file('dxa', 21);
    edit(earlier, (t) => `${t}\nACTION DXA 20/99: Ines Carver to circulate the revised terms of reference.\n`);
    const series = same(dir, args, 'after an edit of an earlier meeting');
    expect(series.stdout).toContain('DXA 20/99');
    // What a pre-commit hook runs: the later meeting alone, reading the earlier one from the cache.
    same(dir, [later], 'one later meeting, after an edit of the meeting before it');
    same(dir, [later], 'one later meeting, warm');
    edit(earlier, (t) => t.replace('ACTION DXA 20/99', 'ACTION DXA 20/98'));
    expect(same(dir, [later], 'one later meeting, after a second edit of the meeting before it').stdout).toContain('DXA 20/98');

    // The configuration: a rule turned off, another made a warning.
    edit(join('minutes', 'dxa', '.minutebook.yaml'), (t) => `${t}\nrules:\n  duplicate-person: off\n  series-missing-review: warn\n`);
    same(dir, args, 'after an edit of the configuration');
    same(dir, [later], 'one later meeting, after an edit of the configuration');

    // A rename, then a deletion in the middle of a series.
    const renamed = join('minutes', 'dxb', 'renamed-meeting.md');
    renameSync(join(dir, file('dxb', 5)), join(dir, renamed));
    same(dir, args, 'after a rename');
    rmSync(join(dir, file('dxb', 10)));
    const deleted = same(dir, args, 'after a deletion');
    expect(deleted.stdout).toContain('series-unknown-review');
    // The entries of files that are gone are removed; the renamed file has its own.
    const names = entries(join(dir, '.minutebook-cache'));
    expect(names).toContain(entryName(renamed));
    expect(names.filter((n) => n.startsWith(entryName('minutes/dxb/').replace(/\.json$/, '')))).toHaveLength(49);
  }, 600_000);

  it('ignores damaged and foreign entries and writes them again', () => {
    const dir = repository('damaged', (d) => cpSync(join(ROOT, 'examples'), join(d, 'examples'), { recursive: true }));
    const cache = join(dir, '.minutebook-cache');
    same(dir, ['examples/dxog'], 'cold');
    const names = entries(cache);
    expect(names).toHaveLength(3);
    const [a, b, c] = names.map((n) => join(cache, n));
    writeFileSync(a!, readFileSync(a!, 'utf8').slice(0, 100)); // cut short
    writeFileSync(b!, JSON.stringify({ version: 2, files: {} })); // another program's
    writeFileSync(c!, '\u0000\u0001 not JSON');
    same(dir, ['examples/dxog'], 'with damaged entries');
    for (const n of [a, b, c]) expect(JSON.parse(readFileSync(n!, 'utf8')).format, `${n} written again`).toBe('minutebook-check-cache');
    // A cache location that is a file, not a folder: the check still reports, without a cache.
    writeFileSync(join(dir, 'not-a-folder'), 'x');
    same(dir, ['examples/dxog'], 'with a cache location that is a file', ['--cache', '--cache-location', 'not-a-folder']);
  }, 120_000);

  it('takes the findings of an unchanged series from its record, and checks a changed series again', () => {
    const dir = repository('series-records', (d) => cpSync(join(ROOT, 'examples'), join(d, 'examples'), { recursive: true }));
    const records = join(dir, '.minutebook-cache', 'series');
    same(dir, ['examples/broken'], 'cold');
    // Mark one stored series finding: a run that shows the mark took the series' findings from its record.
    const marked = readdirSync(records).find((n) => Object.values(JSON.parse(readFileSync(join(records, n), 'utf8')).data).some((f) => (f as unknown[]).length > 0))!;
    expect(marked, 'a series record with findings').toBeDefined();
    const record = JSON.parse(readFileSync(join(records, marked), 'utf8'));
    const [path, found] = Object.entries(record.data as Record<string, Array<{ reason: string }>>).find(([, f]) => f.length > 0)!;
    found[0]!.reason = 'MARKED IN THE SERIES RECORD';
    writeFileSync(join(records, marked), JSON.stringify(record));
    expect(check(dir, ['--cache', 'examples/broken']).stdout).toContain('MARKED IN THE SERIES RECORD');
    // A change to one meeting of that series: the series is checked again, its record replaced.
    writeFileSync(join(dir, path), `${readFileSync(join(dir, path), 'utf8')}\nA line added.\n`);
    expect(same(dir, ['examples/broken'], 'after an edit of a meeting of the series').stdout).not.toContain('MARKED IN THE SERIES RECORD');
    expect(readFileSync(join(records, marked), 'utf8')).not.toContain('MARKED IN THE SERIES RECORD');
  }, 120_000);

  it('serves unchanged files from the cache, also in a checkout elsewhere, and never caches --fix', () => {
    const dir = repository('moved', (d) => cpSync(join(ROOT, 'examples'), join(d, 'examples'), { recursive: true }));
    const cache = join(dir, '.minutebook-cache');
    same(dir, ['examples/broken'], 'cold');
    // Mark one stored finding: a run that shows the mark read the entry instead of the file.
    const name = entries(cache).find((n) => JSON.parse(readFileSync(join(cache, n), 'utf8')).result.findings.length > 0)!;
    const entry = JSON.parse(readFileSync(join(cache, name), 'utf8'));
    entry.result.findings[0].reason = 'MARKED IN THE CACHE';
    writeFileSync(join(cache, name), JSON.stringify(entry));
    const elsewhere = join(TMP, 'moved-elsewhere');
    renameSync(dir, elsewhere);
    expect(check(elsewhere, ['--cache', 'examples/broken']).stdout).toContain('MARKED IN THE CACHE');
    expect(check(elsewhere, ['examples/broken']).stdout).not.toContain('MARKED IN THE CACHE');

    // --fix: nothing read from the cache, nothing written to it.
    const fixable = join('examples', 'dxog', '2026-03-16-dxog-19.md');
    const text = readFileSync(join(elsewhere, fixable), 'utf8');
    writeFileSync(join(elsewhere, fixable), text.replace(/^ACTION (DXOG 19\/01):/m, 'ACTION: $1:'));
    rmSync(join(elsewhere, '.minutebook-cache'), { recursive: true });
    const fixed = runCli(['check', '--cache', '--fix', fixable], { cwd: elsewhere });
    expect(fixed.stderr).toContain('fixed');
    expect(entries(join(elsewhere, '.minutebook-cache'))).toEqual([]);
  }, 120_000);
});
