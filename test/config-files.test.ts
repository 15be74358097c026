/**
 * Configuration files through the real CLI: the three names, two in one folder, `ignores`,
 * `--print-config`, and `-c` with a configuration kept outside the minutes folder.
 */
import { mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkJson, runCli } from './helpers/cli.js';
import { CONFIG, GOOD, fileName, goodSeriesMaker, ruleIdsOf, writeSeries } from './helpers/series.js';

const { made, series } = goodSeriesMaker();
afterAll(() => made.forEach((d) => rmSync(d, { recursive: true, force: true })));
const rulesOf = ruleIdsOf;

/** Meeting 3 forgets to review HWC 2/01: only the series (meeting 2) can tell. */
function forgetReview(dir: string): string {
  const third = join(dir, fileName(GOOD[2]!));
  writeFileSync(third, readFileSync(third, 'utf8').replace(/  - id: HWC 2\/01\n    status: closed\n    update: Reported at the meeting.\n/, ''));
  return third;
}

describe('configuration files', () => {
  it('.minutebook.yml and .minutebook.json are read like .minutebook.yaml', () => {
    for (const [name, text] of [
      ['.minutebook.yml', CONFIG],
      ['.minutebook.json', JSON.stringify({ committee: 'Harbour Works Committee', code: 'HWC', secretariat: 'Quayside Secretariat', parties: ['Harbour Office', 'Dredging Contractor'] })],
    ] as const) {
      const dir = series();
      rmSync(join(dir, '.minutebook.yaml'));
      // Without any configuration the committee and code are missing: the file is what supplies them.
      expect(rulesOf(checkJson([dir]))).toContain('required-key');
      writeFileSync(join(dir, name), text);
      const r = checkJson([dir]);
      expect(r.files.length).toBe(3);
      expect(rulesOf(r), name).toEqual([]);
    }
  });

  it('two configuration files in one folder stop the run with exit 2, naming both', () => {
    const dir = series();
    writeFileSync(join(dir, '.minutebook.json'), '{}');
    const r = runCli(['check', dir]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('.minutebook.yaml and .minutebook.json are both there; keep one configuration file per folder');
  });

  it('an error in a JSON configuration has its line and column', () => {
    const dir = series();
    rmSync(join(dir, '.minutebook.yaml'));
    writeFileSync(join(dir, '.minutebook.json'), '{\n  "code": "HWC",\n  "committee": "Harbour Works Committee",\n  "colour": "blue"\n}\n');
    const r = runCli(['check', '--format', 'compact', dir]);
    expect(r.code).toBe(2);
    expect(r.stdout).toMatch(/\.minutebook\.json:4:3: error Unknown key "colour"/);
  });

  it('ignores: matching files are neither checked, when found or named, nor read as series context', () => {
    const dir = series();
    mkdirSync(join(dir, 'docs'));
    writeFileSync(join(dir, 'docs', 'guide.md'), '---\ntitle: How we take minutes\ndate: 2024-01-01\nattendees: [nobody]\n---\n\n# Guide\n');
    expect(checkJson([dir]).files.map((f) => f.path)).toContain(join(dir, 'docs', 'guide.md'));
    writeFileSync(join(dir, '.minutebook.yaml'), `${CONFIG}ignores:\n  - "docs/**"\n`);
    const r = checkJson([dir]);
    expect(r.files.length).toBe(3);
    expect(rulesOf(r)).toEqual([]);
    const named = checkJson([join(dir, 'docs', 'guide.md')]);
    expect(named.code).toBe(0);
    expect(named.files).toEqual([]);
  });

  it('--print-config shows the file that applies, the series root and the settings', () => {
    const dir = series();
    writeFileSync(join(dir, '.minutebook.yaml'), `${CONFIG}ignores: ["docs/**"]\n`);
    const r = runCli(['check', '--print-config', fileName(GOOD[0]!)], { cwd: dir });
    expect(r.code).toBe(0);
    const shown = JSON.parse(r.stdout) as { configFile: string; seriesRoot: string; ignored: boolean; config: { code: string; ignores: string[]; parties: string[] } };
    expect(shown).toMatchObject({ configFile: '.minutebook.yaml', seriesRoot: '.', ignored: false });
    expect(shown.config).toMatchObject({ code: 'HWC', ignores: ['docs/**'], parties: ['Harbour Office', 'Dredging Contractor'] });
    expect(r.stdout).not.toContain('"span"');
    mkdirSync(join(dir, 'docs'));
    writeFileSync(join(dir, 'docs', 'x.md'), '# Notes\n');
    const ignored = JSON.parse(runCli(['check', '--print-config', 'docs/x.md'], { cwd: dir }).stdout) as { ignored: boolean };
    expect(ignored.ignored).toBe(true);
  });

  it('-c with a configuration kept elsewhere: the series is still the minutes folder, with no false findings', () => {
    const dir = series();
    const elsewhere = mkdtempSync(join(tmpdir(), 'minutebook-conf-'));
    made.push(elsewhere);
    // Another committee's minutes beside the configuration must not join this series.
    writeFileSync(join(elsewhere, '2024-03-01-other-3.md'), readFileSync(join(dir, fileName(GOOD[2]!)), 'utf8'));
    renameSync(join(dir, '.minutebook.yaml'), join(elsewhere, 'harbour.yaml'));
    const conf = join(elsewhere, 'harbour.yaml');
    const all = checkJson(['-c', conf, '.'], { cwd: dir });
    expect(rulesOf(all)).toEqual([]);
    const shown = JSON.parse(runCli(['check', '-c', conf, '--print-config', fileName(GOOD[0]!)], { cwd: dir }).stdout) as { seriesRoot: string };
    expect(shown.seriesRoot).toBe('.');
    // One file, as pre-commit passes it: the earlier meetings are read from the minutes folder.
    const third = forgetReview(dir);
    const one = checkJson(['-c', conf, third], { cwd: dir });
    expect(rulesOf(one)).toEqual(['series-missing-review']);
  });

  it('a folder with documentation pages that have front matter: only the minutes are checked, and the rest is counted', () => {
    const dir = series();
    mkdirSync(join(dir, 'docs'));
    for (let i = 0; i < 5; i++) writeFileSync(join(dir, 'docs', `page-${i}.md`), `---\ntitle: Page ${i}\nlayout: default\ndate: 2024-01-0${i + 1}\n---\n\n# Page ${i}\n`);
    writeFileSync(join(dir, 'CONTRIBUTING.md'), '# Contributing\n');
    const r = checkJson([dir]);
    expect(r.code).toBe(0);
    expect(r.files.length).toBe(3);
    expect(rulesOf(r)).toEqual([]);
    expect(r.stderr).toMatch(/^minutebook: left aside 6 Markdown files that do not look like minutes/);
    // Named on the command line, a page is checked as it is, unless --only-minutes (the hook's way).
    expect(checkJson([join(dir, 'docs', 'page-0.md')]).code).toBe(1);
    const hook = checkJson(['--only-minutes', join(dir, 'docs', 'page-0.md'), join(dir, fileName(GOOD[0]!))]);
    expect(hook.code).toBe(0);
    expect(hook.files.map((f) => f.path)).toEqual([join(dir, fileName(GOOD[0]!))]);
  });
});
