/**
 * `minutebook init` in an empty folder, then check and build there; the generated YAML files and
 * the project's .pre-commit-hooks.yaml hold what their tools require, and the hook runs through
 * the real pre-commit program.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ROOT, checkJson, runCli } from './helpers/cli.js';
import { requirePrograms, skipUnless } from './helpers/programs.js';
import { GOOD, fileName, meetingText, writeSeries } from './helpers/series.js';

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

/**
 * What init pins: the commit of this checkout (the tests run the CLI from it), or the release tag
 * when it is not a git checkout.
 */
function pinnedRevision(version: string): string {
  if (!existsSync(join(ROOT, '.git'))) return `v${version}`;
  return spawnSync('git', ['rev-parse', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).stdout.trim();
}

interface Step { name?: string; uses?: string; run?: string; with?: Record<string, unknown>; if?: string }

describe('minutebook init', () => {
  it('writes the configuration, a first meeting, a pre-commit entry and a workflow; check and build work there', () => {
    const dir = initialised();
    const all = [...readdirSync(dir), ...readdirSync(join(dir, '.github', 'workflows')).map((f) => `.github/workflows/${f}`)].sort();
    expect(all).toEqual(['.github', '.github/workflows/minutes.yml', '.minutebook.yaml', '.pre-commit-config.yaml', '2025-01-15-hwc-1.md', 'package.json']);

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

  it('closes with each next step, git init among them, in order', () => {
    const dir = temp('init-steps');
    const r = runCli(['init', dir, '--committee', 'Harbour Works Committee', '--code', 'HWC', '--date', '2025-01-15']);
    expect(r.code, r.stderr).toBe(0);
    const steps = r.stderr.split('\n').filter((l) => /^  \d+\. /.test(l)).map((l) => l.replace(/^  \d+\. /, ''));
    expect(steps.map((s) => s.split('   ')[0])).toEqual([
      `cd ${dir}`,
      'git init',
      'npm install',
      'fill in the TODO placeholders of 2025-01-15-hwc-1.md, then run: npx minutebook check',
      'pre-commit install',
      'git add . && git commit -m "Minutes repository"',
    ]);
    // In a folder that is a git repository already, that step is left out.
    const repo = temp('init-git');
    mkdirSync(join(repo, '.git'));
    const again = runCli(['init', repo]);
    expect(again.stderr).not.toContain('git init');
    expect(again.stderr).toContain('pre-commit install');
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
    // A Node LTS in support (22 or 24, not 20, whose life ended in April 2026) and the actions'
    // majors that run on the node24 runtime (earlier ones run on Node 20, which runners no longer have).
    const node = steps.find((s) => s.uses?.startsWith('actions/setup-node@'));
    expect(['22', '24']).toContain(String(node?.with?.['node-version']));
    const majors = Object.fromEntries(steps.flatMap((s) => (s.uses ? [s.uses.split('@')] : [])));
    expect(majors).toEqual({ 'actions/checkout': 'v6', 'actions/setup-node': 'v6', 'actions/cache': 'v5', 'actions/upload-artifact': 'v7' });
    // The check cache is kept between runs, before the check that uses it.
    const kept = steps.findIndex((s) => s.uses?.startsWith('actions/cache@'));
    const checked = steps.findIndex((s) => /minutebook check\b.*--cache\b/.test(s.run ?? ''));
    expect(kept).toBeGreaterThanOrEqual(0);
    expect(checked).toBeGreaterThan(kept);
    expect(steps[kept]!.with?.path).toBe('.minutebook-cache');
    // minutebook comes from the repository's own package.json, pinned, not from a global install of a name.
    expect(steps.some((s) => /npm install --global|npm i -g/.test(s.run ?? ''))).toBe(false);
    expect(steps.some((s) => /^npm (install|ci)\b/.test(s.run ?? ''))).toBe(true);
    for (const s of steps.filter((x) => /minutebook (check|build)/.test(x.run ?? ''))) expect(s.run).toMatch(/^npx --no-install minutebook /);
  });

  it('package.json pins minutebook to this version, and that installs from a clone of the repository with no build step', (ctx) => {
    skipUnless(ctx, requirePrograms('git', 'npm'));
    const dir = initialised();
    const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { private: boolean; devDependencies: Record<string, string>; scripts: Record<string, string> };
    const version = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
    expect(pkg.private).toBe(true);
    expect(pkg.devDependencies).toEqual({ minutebook: `github:minutebook/minutebook#${pinnedRevision(version)}` });
    // The same install, with the repository's address swapped for this clone's and the revision
    // kept as init wrote it: the pinned revision exists.
    pkg.devDependencies.minutebook = pkg.devDependencies.minutebook!.replace('github:minutebook/minutebook', `git+file://${ROOT}`);
    writeFileSync(join(dir, 'package.json'), JSON.stringify(pkg, null, 2));
    const home = temp('npm-home');
    const npmEnv = { ...process.env, HOME: home, npm_config_cache: join(homedir(), '.npm'), npm_config_audit: 'false', npm_config_fund: 'false', npm_config_update_notifier: 'false' };
    const install = spawnSync('npm', ['install'], { cwd: dir, encoding: 'utf8', env: npmEnv, timeout: 300_000 });
    expect(install.status, install.stdout + install.stderr).toBe(0);
    const installed = readdirSync(join(dir, 'node_modules')).filter((n) => !n.startsWith('.'));
    // Besides minutebook, only what the bundle leaves out (see test/packaging.test.ts): the language
    // server's protocol libraries, and the worker pool of `--threads` with its optional native helper
    // (@napi-rs/nice): no build tool, no parser.
    expect(installed.filter((n) => !/^(vscode-(languageserver|jsonrpc)|piscina|@napi-rs)/.test(n))).toEqual(['minutebook']);
    const check = spawnSync('npx', ['--no-install', 'minutebook', 'check', '--format', 'json', '.'], { cwd: dir, encoding: 'utf8', env: npmEnv });
    const files = JSON.parse(check.stdout) as Array<{ path: string; messages: Array<{ ruleId: string }> }>;
    expect(files.map((f) => f.path)).toEqual(['2025-01-15-hwc-1.md']);
    expect(new Set(files[0]!.messages.map((m) => m.ruleId))).toEqual(new Set(['placeholder']));
  }, 300_000);

  it('the pre-commit entry names the hook the project publishes', () => {
    const dir = initialised();
    const config = parse(readFileSync(join(dir, '.pre-commit-config.yaml'), 'utf8')) as { repos: Array<{ repo: string; rev: string; hooks: Array<{ id: string }> }> };
    const manifest = parse(readFileSync(join(ROOT, '.pre-commit-hooks.yaml'), 'utf8')) as Array<{ id: string; entry: string; language: string; name: string }>;
    expect(manifest.map((h) => [h.id, h.language, h.entry])).toEqual([['minutebook-check', 'node', 'minutebook check --only-minutes']]);
    expect(config.repos[0]!.hooks.map((h) => h.id)).toEqual([manifest[0]!.id]);
    // A commit re-checks only what changed.
    expect(config.repos[0]!.hooks.map((h) => (h as { args?: string[] }).args)).toEqual([['--cache']]);
    const version = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
    expect(config.repos[0]!.rev).toBe(pinnedRevision(version));
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { bin: Record<string, string> };
    expect(Object.keys(pkg.bin)).toContain(manifest[0]!.entry.split(' ')[0]);
  });
});

describe('pre-commit', () => {
  const env = (home: string) => ({ ...process.env, PRE_COMMIT_HOME: home, GIT_CONFIG_NOSYSTEM: '1', HOME: home, NO_COLOR: '1' });
  // One pre-commit store for both hook tests: on a clean checkout they install the same revision once.
  let store: string | undefined;
  const hookHome = () => (store ??= temp('pre-commit-home'));
  const hookEnv = (home: string) => ({ ...env(home), GIT_AUTHOR_NAME: 'Test', GIT_AUTHOR_EMAIL: 'test@example.invalid', GIT_COMMITTER_NAME: 'Test', GIT_COMMITTER_EMAIL: 'test@example.invalid' });

  it('validates the generated config and the project manifest', (ctx) => {
    skipUnless(ctx, requirePrograms('pre-commit'));
    const dir = initialised();
    const home = temp('pre-commit-home');
    const config = spawnSync('pre-commit', ['validate-config', join(dir, '.pre-commit-config.yaml')], { encoding: 'utf8', env: env(home) });
    expect(config.status, config.stdout + config.stderr).toBe(0);
    const manifest = spawnSync('pre-commit', ['validate-manifest', join(ROOT, '.pre-commit-hooks.yaml')], { encoding: 'utf8', env: env(home) });
    expect(manifest.status, manifest.stdout + manifest.stderr).toBe(0);
  });

  it('installs the published hook from a clone with the real pre-commit (language: node, no build step) and runs it', (ctx) => {
    skipUnless(ctx, requirePrograms('pre-commit', 'git', 'npm'));
    const home = hookHome();
    // pre-commit's node install runs `npm install` in its clone: the developer's npm cache saves the downloads.
    const env = { ...hookEnv(home), npm_config_cache: join(homedir(), '.npm') };
    const git = (cwd: string, ...args: string[]) => spawnSync('git', args, { cwd, encoding: 'utf8', env });
    // try-repo installs the hook as a user's repos: entry would, from a clone of this repository
    // (with the working tree's uncommitted changes, when there are any).
    const tryRepo = (cwd: string, ...args: string[]) => spawnSync('pre-commit', ['try-repo', ROOT, 'minutebook-check', '--color', 'never', ...args], { cwd, encoding: 'utf8', env, timeout: 600_000 });

    const dir = writeSeries(GOOD);
    made.push(dir);
    // Pages that are not minutes, with and without front matter of their own: never checked.
    writeFileSync(join(dir, 'README.md'), '# Harbour Works Committee minutes\n');
    writeFileSync(join(dir, 'CONTRIBUTING.md'), '# Contributing\n\nWrite the minutes in Markdown.\n');
    mkdirSync(join(dir, 'docs'));
    writeFileSync(join(dir, 'docs', 'guide.md'), '---\ntitle: How we take minutes\ndate: 2024-01-01\n---\n\n# Guide\n');
    expect(git(dir, 'init', '-q').status).toBe(0);
    expect(git(dir, 'add', '.').status).toBe(0);
    const good = tryRepo(dir, '--all-files');
    expect(good.status, good.stdout + good.stderr).toBe(0);
    expect(good.stdout).toMatch(/minutebook check\.+Passed/);

    const third = join(dir, fileName(GOOD[2]!));
    writeFileSync(third, readFileSync(third, 'utf8').replace(/  - id: HWC 2\/01\n    status: closed\n    update: Reported at the meeting.\n/, ''));
    expect(git(dir, 'add', '.').status).toBe(0);
    // As on a commit that touches only meeting 3 and a documentation page: the hook reads meeting 2 by itself.
    const one = tryRepo(dir, '--files', fileName(GOOD[2]!), 'docs/guide.md', 'CONTRIBUTING.md');
    expect(one.status).toBe(1);
    expect(one.stdout).toContain('HWC 2/01');
    expect(one.stdout).toContain('series-missing-review');
    expect(one.stdout).not.toContain('guide.md:');
    expect(one.stdout).not.toContain('CONTRIBUTING.md:');
  }, 900_000);

  it('as a git hook from the configuration init writes, shows warnings on a passing commit, rejects broken minutes and lets documentation through', (ctx) => {
    skipUnless(ctx, requirePrograms('pre-commit', 'git', 'npm'));
    const home = hookHome();
    const env = { ...hookEnv(home), npm_config_cache: join(homedir(), '.npm') };
    const git = (cwd: string, ...args: string[]) => spawnSync('git', args, { cwd, encoding: 'utf8', env, timeout: 600_000 });
    // The configuration init writes, with the repository's address swapped for this clone's and its
    // `rev:` kept: it names a revision that exists, so it installs.
    const written = readFileSync(join(initialised(), '.pre-commit-config.yaml'), 'utf8');
    expect(written).toContain('repo: https://github.com/minutebook/minutebook\n');
    const dir = writeSeries(GOOD.slice(0, 2));
    made.push(dir);
    writeFileSync(join(dir, '.pre-commit-config.yaml'), written.replace('https://github.com/minutebook/minutebook', JSON.stringify(ROOT)));
    expect(git(dir, 'init', '-q').status).toBe(0);
    const install = spawnSync('pre-commit', ['install', '--install-hooks'], { cwd: dir, encoding: 'utf8', env, timeout: 600_000 });
    expect(install.status, install.stdout + install.stderr).toBe(0);
    expect(git(dir, 'add', '.').status).toBe(0);
    const first = git(dir, 'commit', '-q', '-m', 'Meetings 1 and 2');
    expect(first.status, first.stdout + first.stderr).toBe(0);

    writeFileSync(join(dir, 'CONTRIBUTING.md'), '---\ntitle: Contributing\n---\n\nWrite the minutes in Markdown.\n');
    expect(git(dir, 'add', 'CONTRIBUTING.md').status).toBe(0);
    const docs = git(dir, 'commit', '-q', '-m', 'Contributing guide');
    expect(docs.status, docs.stdout + docs.stderr).toBe(0);

    // Warnings only: the commit goes through, and the hook's report shows the finding.
    const second = join(dir, fileName(GOOD[1]!));
    writeFileSync(second, readFileSync(second, 'utf8').replace('The Harbour Office reported on the quay works.', 'The Harbour Office reported on the quay works (figures TBC).'));
    expect(git(dir, 'add', '.').status).toBe(0);
    const warned = git(dir, 'commit', '-q', '-m', 'Meeting 2: figures');
    expect(warned.status, warned.stdout + warned.stderr).toBe(0);
    expect(warned.stdout + warned.stderr).toMatch(/minutebook check\.+Passed/);
    expect(warned.stdout + warned.stderr).toMatch(/warning +Placeholder "TBC" is still to be filled in +placeholder/);

    writeFileSync(join(dir, fileName(GOOD[2]!)), meetingText({ ...GOOD[2]!, reviews: [{ id: 'HWC 1/01', status: 'open' }] }));
    expect(git(dir, 'add', '.').status).toBe(0);
    const broken = git(dir, 'commit', '-q', '-m', 'Meeting 3');
    expect(broken.status).not.toBe(0);
    expect(broken.stdout + broken.stderr).toContain('series-missing-review');
    expect(git(dir, 'log', '--format=%s').stdout.trim().split('\n')).toEqual(['Meeting 2: figures', 'Contributing guide', 'Meetings 1 and 2']);
  }, 900_000);
});
