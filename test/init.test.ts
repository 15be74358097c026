/**
 * `minutebook init` in an empty folder, then check and build there; the generated YAML files and
 * the project's .pre-commit-hooks.yaml hold what their tools require, and the hook runs through
 * the real pre-commit program.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { BIN, ROOT, checkJson, runCli } from './helpers/cli.js';
import { requirePrograms } from './helpers/programs.js';
import { GOOD, fileName, writeSeries } from './helpers/series.js';

const made: string[] = [];
const temp = (name: string) => {
  const d = mkdtempSync(join(tmpdir(), `minutebook-${name}-`));
  made.push(d);
  return d;
};
afterAll(() => made.forEach((d) => rmSync(d, { recursive: true, force: true })));

function initialised(): string {
  const dir = temp('init');
  const r = runCli(['init', dir, '--committee', 'Harbour Works Committee', '--code', 'HWC', '--date', '2025-01-15']);
  expect(r.code, r.stderr).toBe(0);
  return dir;
}

interface Step { name?: string; uses?: string; run?: string; with?: Record<string, unknown>; if?: string }

describe('minutebook init', () => {
  it('writes the configuration, a first meeting, a pre-commit entry and a workflow; check and build work there', () => {
    const dir = initialised();
    const all = [...readdirSync(dir), ...readdirSync(join(dir, '.github', 'workflows')).map((f) => `.github/workflows/${f}`)].sort();
    expect(all).toEqual(['.github', '.github/workflows/minutes.yml', '.minutebook.yaml', '.pre-commit-config.yaml', '2025-01-15-hwc-1.md']);

    const check = checkJson([dir]);
    expect(check.code).toBe(0);
    const rules = new Set(check.files.flatMap((f) => f.messages).map((m) => m.ruleId));
    expect([...rules]).toEqual(['placeholder']);

    const out = join(dir, 'out');
    const build = runCli(['build', dir, '--out', out]);
    expect(build.code, build.stderr).toBe(0);
    const html = readFileSync(join(out, '2025-01-15-hwc-1.html'), 'utf8');
    expect(html).toContain('Harbour Works Committee');

    // Filled in, the first meeting checks clean.
    const first = join(dir, '2025-01-15-hwc-1.md');
    writeFileSync(first, readFileSync(first, 'utf8').replace(/TODO[^\n"]*/g, 'Ada Fenwick'));
    expect(checkJson([dir]).files.flatMap((f) => f.messages)).toEqual([]);
  });

  it('refuses to overwrite an existing setup', () => {
    const dir = initialised();
    const again = runCli(['init', dir]);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('.minutebook.yaml');
  });

  it('the workflow is valid YAML that checks pull requests with annotations and keeps the built documents', () => {
    const dir = initialised();
    const wf = parse(readFileSync(join(dir, '.github', 'workflows', 'minutes.yml'), 'utf8')) as { name: string; on: Record<string, unknown>; jobs: Record<string, { 'runs-on': string; steps: Step[] }> };
    expect(wf.on).toHaveProperty('pull_request');
    const jobs = Object.values(wf.jobs);
    expect(jobs.length).toBeGreaterThan(0);
    for (const job of jobs) {
      expect(typeof job['runs-on']).toBe('string');
      expect(job.steps.length).toBeGreaterThan(0);
      // GitHub requires each step to either use an action or run a command.
      for (const s of job.steps) expect(Boolean(s.uses) !== Boolean(s.run), JSON.stringify(s)).toBe(true);
    }
    const steps = jobs.flatMap((j) => j.steps);
    expect(steps.some((s) => /minutebook check\b.*--format github/.test(s.run ?? ''))).toBe(true);
    expect(steps.some((s) => /minutebook build\b/.test(s.run ?? ''))).toBe(true);
    const upload = steps.find((s) => s.uses?.startsWith('actions/upload-artifact@'));
    expect(upload?.with?.path).toBeTruthy();
  });

  it('the pre-commit entry names the hook the project publishes', () => {
    const dir = initialised();
    const config = parse(readFileSync(join(dir, '.pre-commit-config.yaml'), 'utf8')) as { repos: Array<{ repo: string; rev: string; hooks: Array<{ id: string }> }> };
    const manifest = parse(readFileSync(join(ROOT, '.pre-commit-hooks.yaml'), 'utf8')) as Array<{ id: string; entry: string; language: string; name: string }>;
    expect(manifest.map((h) => [h.id, h.language, h.entry])).toEqual([['minutebook-check', 'node', 'minutebook check']]);
    expect(config.repos[0]!.hooks.map((h) => h.id)).toEqual([manifest[0]!.id]);
    expect(config.repos[0]!.rev).toMatch(/^v\d+\.\d+\.\d+/);
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { bin: Record<string, string> };
    expect(Object.keys(pkg.bin)).toContain(manifest[0]!.entry.split(' ')[0]);
  });
});

describe('pre-commit', () => {
  const env = (home: string) => ({ ...process.env, PRE_COMMIT_HOME: home, GIT_CONFIG_NOSYSTEM: '1', HOME: home, NO_COLOR: '1' });

  it('validates the generated config and the project manifest', () => {
    if (!requirePrograms('pre-commit').ok) return;
    const dir = initialised();
    const home = temp('pre-commit-home');
    const config = spawnSync('pre-commit', ['validate-config', join(dir, '.pre-commit-config.yaml')], { encoding: 'utf8', env: env(home) });
    expect(config.status, config.stdout + config.stderr).toBe(0);
    const manifest = spawnSync('pre-commit', ['validate-manifest', join(ROOT, '.pre-commit-hooks.yaml')], { encoding: 'utf8', env: env(home) });
    expect(manifest.status, manifest.stdout + manifest.stderr).toBe(0);
  });

  it('runs the hook on a repository of minutes: passes a good series, fails a forgotten action naming it', () => {
    if (!requirePrograms('pre-commit', 'git').ok) return;
    const manifest = parse(readFileSync(join(ROOT, '.pre-commit-hooks.yaml'), 'utf8')) as Array<Record<string, unknown>>;
    // The published hook, run from this checkout: the same id, file selection and options, with
    // the entry pointing at this build instead of an npm install.
    const hook = { ...manifest[0]!, language: 'system', entry: `${process.execPath} ${BIN} check` };
    const home = temp('pre-commit-home');
    const git = (cwd: string, ...args: string[]) => spawnSync('git', args, { cwd, encoding: 'utf8', env: env(home) });
    const run = (dir: string) => spawnSync('pre-commit', ['run', '--all-files', '--color', 'never'], { cwd: dir, encoding: 'utf8', env: env(home) });

    const dir = writeSeries(GOOD);
    made.push(dir);
    writeFileSync(join(dir, 'README.md'), '# Harbour Works Committee minutes\n\nNo front matter here: the hook leaves this file alone.\n');
    writeFileSync(join(dir, '.pre-commit-config.yaml'), JSON.stringify({ repos: [{ repo: 'local', hooks: [hook] }] }, null, 2));
    expect(git(dir, 'init', '-q').status).toBe(0);
    expect(git(dir, 'add', '.').status).toBe(0);
    const good = run(dir);
    expect(good.status, good.stdout + good.stderr).toBe(0);
    expect(good.stdout).toMatch(/minutebook check\.+Passed/);

    const third = join(dir, fileName(GOOD[2]!));
    writeFileSync(third, readFileSync(third, 'utf8').replace(/  - id: HWC 2\/01\n    status: closed\n    update: Reported at the meeting.\n/, ''));
    expect(git(dir, 'add', '.').status).toBe(0);
    const bad = run(dir);
    expect(bad.status).toBe(1);
    expect(bad.stdout).toContain('HWC 2/01');
    expect(bad.stdout).toContain('series-missing-review');
    // As on a commit that touches only meeting 3: the hook reads meeting 2 by itself.
    const one = spawnSync('pre-commit', ['run', '--files', fileName(GOOD[2]!), '--color', 'never'], { cwd: dir, encoding: 'utf8', env: env(home) });
    expect(one.status).toBe(1);
    expect(one.stdout).toContain('HWC 2/01');
    expect(existsSync(join(dir, 'README.md'))).toBe(true);
  });
});
