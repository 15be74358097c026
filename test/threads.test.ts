// A large check or build analyses files on worker threads (src/cli/analyse-files.ts); the series
// step stays on the main thread. Whatever the number of threads, the report, the messages on
// standard error, the exit code and every output must be the same bytes: checked here on the
// examples, the reference minutes and 200 generated meetings, with `--threads 2` forcing the
// workers even on a folder of three files.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
// @ts-expect-error a plain ES module script without type declarations
import { generateRepository } from '../bench/generate.mjs';
import { defaultThreads, MIN_FILES_FOR_THREADS } from '../src/cli/analyse-files.js';
import { ROOT, runCli, SHARED } from './helpers/cli.js';
import { requireShared, skipUnless } from './helpers/programs.js';

const scratch = mkdtempSync(join(tmpdir(), 'minutebook-threads-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** The same command with one thread and with two: everything it prints and its exit code. */
function bothWays(args: string[], options: { cwd?: string } = {}) {
  const [one, two] = ['1', '2'].map((n) => runCli([...args, '--threads', n], options));
  return { one: one!, two: two! };
}

function expectSame(args: string[], options: { cwd?: string } = {}): void {
  const { one, two } = bothWays(args, options);
  const what = `minutebook ${args.join(' ')}`;
  expect(two.code, `${what}: exit code`).toBe(one.code);
  expect(two.stdout, `${what}: standard output`).toBe(one.stdout);
  expect(two.stderr, `${what}: standard error`).toBe(one.stderr);
}

/** Every file under a folder, path → its bytes (base64). */
function tree(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!f.isFile()) continue;
    const path = join(f.parentPath, f.name);
    out[relative(dir, path)] = readFileSync(path).toString('base64');
  }
  return out;
}

const EXAMPLES = ['examples/broken', 'examples/natural', 'examples/dxog'];

describe('check: one thread or two, the same report', () => {
  for (const dir of EXAMPLES) {
    it(`${dir}, every report format`, () => {
      for (const format of ['stylish', 'json', 'sarif']) expectSame(['check', dir, '--format', format]);
    }, 300_000);
  }

  it('the reference minutes, each committee', (ctx) => {
    skipUnless(ctx, requireShared('reference', 'the reference minutes'));
    for (const group of ['real', 'wild']) {
      const base = join(SHARED, 'reference', group);
      for (const d of readdirSync(base, { withFileTypes: true })) {
        if (d.isDirectory()) expectSame(['check', join(base, d.name), '--format', 'json']);
      }
    }
  }, 600_000);

  it('200 generated meetings', () => {
    const repo = generateRepository(join(ROOT, 'bench', '.work', 'repo-200'), 200) as string;
    expectSame(['check', repo]);
    expectSame(['check', repo, '--format', 'json', '--max-warnings', '0']);
  }, 600_000);
});

describe('check --cache: one thread or two, cold and warm, the same report', () => {
  it('examples/broken and 200 generated meetings', () => {
    const repo = generateRepository(join(ROOT, 'bench', '.work', 'repo-200'), 200) as string;
    for (const target of ['examples/broken', repo]) {
      // Each thread count with its own cache: the first run fills it (all misses, on the workers), the second reads it.
      const [one, two] = ['1', '2'].map((n) => {
        const cache = join(scratch, `cache-${n}-${target.length}`);
        const args = ['check', target, '--format', 'json', '--cache', '--cache-location', cache, '--threads', n];
        return [runCli(args), runCli(args)];
      });
      for (const k of [0, 1]) {
        const what = `check --cache ${target} (${k === 0 ? 'cold' : 'warm'})`;
        expect(two![k]!.code, what).toBe(one![k]!.code);
        expect(two![k]!.stdout, what).toBe(one![k]!.stdout);
        expect(two![k]!.stderr, what).toBe(one![k]!.stderr);
      }
      expect(one![1]!.stdout, `${target}: warm as cold`).toBe(one![0]!.stdout);
    }
  }, 600_000);
});

describe('build: one thread or two, the same files', () => {
  it('HTML and DOCX of the examples', () => {
    const [a, b] = ['1', '2'].map((n) => {
      const out = join(scratch, `build-${n}`);
      const r = runCli(['build', 'examples/dxog', 'examples/natural', 'examples/broken', '--format', 'html,docx', '--out', out, '--threads', n]);
      return { r, out };
    });
    expect(b!.r.code).toBe(a!.r.code);
    expect(b!.r.stderr).toBe(a!.r.stderr);
    expect(b!.r.stdout.replaceAll('build-2', 'build-1')).toBe(a!.r.stdout);
    expect(tree(b!.out)).toEqual(tree(a!.out));
  }, 300_000);
});

describe('the default number of threads', () => {
  it('is one for a small run and at most one per core', () => {
    expect(defaultThreads(1, 2)).toBe(1);
    expect(defaultThreads(MIN_FILES_FOR_THREADS - 1, 8)).toBe(1);
    expect(defaultThreads(1000, 2)).toBeLessThanOrEqual(2);
    expect(defaultThreads(1000, 1)).toBe(1);
  });

  it('--threads takes a whole number of at least 1', () => {
    const r = runCli(['check', 'examples/dxog', '--threads', '0']);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toMatch(/--threads/);
  });
});
