/**
 * What installing minutebook gets: the committed bundle is the build of the committed sources
 * (pre-commit installs from a git clone and runs no build step), nothing outside Node is loaded at
 * run time, so no runtime dependency is needed, `npm pack` prints only the tarball's name and packs
 * only what ships, and the licence is there.
 */
import { spawnSync } from 'node:child_process';
import { builtinModules } from 'node:module';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from './helpers/cli.js';
import { requirePrograms, skipUnless } from './helpers/programs.js';

const made: string[] = [];
afterAll(() => made.forEach((d) => rmSync(d, { recursive: true, force: true })));
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { license: string; dependencies?: Record<string, string>; scripts: Record<string, string>; files: string[]; version: string };

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => relative(dir, join(d.parentPath, d.name)))
    .sort();
}

const git = (...args: string[]) => spawnSync('git', args, { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });

describe('packaging', () => {
  it('the committed dist/ is the build of the committed sources', (ctx) => {
    skipUnless(ctx, requirePrograms('git'));
    // Outside a git checkout there is no committed state to compare: CI always runs in one.
    if (git('rev-parse', '--is-inside-work-tree').stdout.trim() !== 'true') {
      if (process.env.CI === 'true') throw new Error(`CI=true and ${ROOT} is not a git checkout: the committed dist/ cannot be compared`);
      ctx.skip('not a git checkout: no committed dist/ to compare');
    }
    const dirty = git('status', '--porcelain', '--', 'src', 'scripts', 'package.json', 'package-lock.json').stdout.trim();
    if (dirty) {
      // A developer's uncommitted sources have no committed bundle yet; CI checks a clean clone.
      if (process.env.CI === 'true') throw new Error(`CI=true and the sources have uncommitted changes:\n${dirty}`);
      ctx.skip('the sources have uncommitted changes: no committed bundle to compare yet');
    }
    const out = mkdtempSync(join(tmpdir(), 'minutebook-dist-'));
    made.push(out);
    const build = spawnSync(process.execPath, [join(ROOT, 'scripts', 'bundle.mjs'), out], { cwd: ROOT, encoding: 'utf8' });
    expect(build.status, build.stderr).toBe(0);
    const committed = git('ls-tree', '-r', '--name-only', 'HEAD', 'dist').stdout.trim().split('\n').filter(Boolean).map((p) => p.slice('dist/'.length)).sort();
    const built = filesUnder(out);
    expect(committed, 'files in the committed dist/ (run `npm run build` and commit dist/)').toEqual(built);
    for (const f of built) {
      const head = git('show', `HEAD:dist/${f}`).stdout;
      expect(head === readFileSync(join(out, f), 'utf8'), `dist/${f} is stale: run \`npm run build\` and commit dist/`).toBe(true);
    }
  });

  it('installing runs no build step, and the runtime dependencies are exactly the packages the bundle leaves out', () => {
    for (const script of ['preinstall', 'install', 'postinstall', 'prepare', 'prepack', 'postpack']) expect(pkg.scripts[script], script).toBeUndefined();
    const builtins = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);
    const loaded = new Set<string>();
    for (const f of filesUnder(join(ROOT, 'dist'))) {
      const text = readFileSync(join(ROOT, 'dist', f), 'utf8');
      // esbuild writes static imports at the start of a line and keeps require() and import() calls.
      const specifiers = /^import\b[^;\n]*?\bfrom\s*"([^"]+)"|^import\s*"([^"]+)"|\b(?:__require|require|import)\(\s*"([^"]+)"\s*\)/gm;
      for (const m of text.matchAll(specifiers)) {
        const name = m[1] ?? m[2] ?? m[3]!;
        if (!name.startsWith('.')) loaded.add(name);
      }
    }
    expect(loaded.size).toBeGreaterThan(0);
    // The language server's protocol library is left out of the bundle so that `check` never reads it;
    // it is required only by `minutebook lsp`, so it must be a declared dependency, and nothing else may be.
    const outside = [...new Set([...loaded].filter((m) => !builtins.has(m)).map((m) => m.split('/')[0]!))].sort();
    expect(outside).toEqual(Object.keys(pkg.dependencies ?? {}).sort());
  });

  it('npm pack prints only the tarball name and packs what ships, LICENSE included', (ctx) => {
    skipUnless(ctx, requirePrograms('npm'));
    const r = spawnSync('npm', ['pack', '--dry-run', '--json'], { cwd: ROOT, encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    const [info] = JSON.parse(r.stdout) as Array<{ filename: string; files: Array<{ path: string }> }>;
    const paths = info!.files.map((f) => f.path);
    for (const p of ['LICENSE', 'README.md', 'package.json', 'bin/minutebook.js', 'dist/cli.cjs', 'schemas/config.schema.json', 'templates/html/minutes.hbs']) expect(paths, p).toContain(p);
    expect(paths.filter((p) => /^(src|test|examples|scripts|bench|node_modules)\//.test(p) || p.endsWith('.png'))).toEqual([]);
    const plain = spawnSync('npm', ['pack', '--dry-run'], { cwd: ROOT, encoding: 'utf8' });
    expect(plain.stdout).toBe(`minutebook-${pkg.version}.tgz\n`);
  });

  it('the licence is the MIT licence the package declares', () => {
    expect(pkg.license).toBe('MIT');
    const text = readFileSync(join(ROOT, 'LICENSE'), 'utf8');
    expect(text).toMatch(/^MIT License\n\nCopyright \(c\) \d{4} /);
    expect(text).toContain('THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND');
  });
});

describe('the bundle', () => {
  it('carries every built-in template precompiled, keyed by its exact text', () => {
    const bundle = readFileSync(join(ROOT, 'dist', 'cli.cjs'), 'utf8');
    // esbuild wraps the module in a function that fills PRECOMPILED on first use: run that body.
    const start = bundle.indexOf('"src/render/precompiled.ts"() {');
    expect(start).toBeGreaterThan(-1);
    const body = bundle.slice(bundle.indexOf('{', start) + 1, bundle.indexOf('\n  }\n});', start));
    const precompiled = new Function(`let PRECOMPILED; ${body}; return PRECOMPILED;`)() as Map<string, { compiler: unknown[] }>;
    const templates = filesUnder(join(ROOT, 'templates')).filter((f) => f.endsWith('.hbs'));
    expect(templates.length).toBeGreaterThan(30);
    expect(precompiled.size).toBe(templates.length);
    for (const f of templates) expect(precompiled.get(readFileSync(join(ROOT, 'templates', f), 'utf8'))?.compiler, f).toBeInstanceOf(Array);
  });
});
