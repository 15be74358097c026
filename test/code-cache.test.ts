// The V8 code cache of the bundled CLI (bin/load-cli.js) only ever saves time: it is keyed by
// Node's version and the bundle's bytes, a damaged or missing entry is compiled afresh, and a
// folder that cannot be written changes nothing but speed. The bundle is ASCII only and its last
// line holds the SHA-1 of the rest (scripts/bundle.mjs), which the loader reads instead of hashing.
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, runCli } from './helpers/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'minutebook-code-cache-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const args = ['check', '--format', 'json', 'examples/broken/actions.md'];
const withCache = (cacheDir: string) => runCli(args, { env: { MINUTEBOOK_CACHE_DIR: cacheDir } });

/** The digest the bundle's last line carries. */
function digestLine(text: string): string {
  const m = /\n\/\/ minutebook-bundle-sha1 ([0-9a-f]{40})\n$/.exec(text);
  if (!m) throw new Error('dist/cli.cjs has no digest line: run npm run build');
  return m[1]!;
}

describe('code cache', () => {
  const reference = runCli(args, { env: { MINUTEBOOK_CODE_CACHE: '0' } });

  it('is written on the first run, keyed by Node version, bundle hash and command with its options, and read on the next', () => {
    expect(reference.code).toBe(1);
    expect(JSON.parse(reference.stdout)[0].messages.length).toBeGreaterThan(0);
    const cache = join(dir, 'a');
    expect(withCache(cache)).toEqual(reference);
    const bundle = join(ROOT, 'dist', 'cli.cjs');
    const { size, mtimeMs } = statSync(bundle);
    const bundleKey = `${digestLine(readFileSync(bundle, 'latin1')).slice(0, 20)}-${size}-${Math.trunc(mtimeMs)}`;
    expect(readdirSync(cache)).toEqual([`code-${process.version}-${process.arch}-${bundleKey}-check--format=json.bin`]);
    expect(withCache(cache)).toEqual(reference);
    // Another file, the same command and options: the same entry, read, not written again.
    const again = runCli(['check', '--format', 'json', 'examples/broken/people.md'], { env: { MINUTEBOOK_CACHE_DIR: cache } });
    expect(again.stderr).toBe('');
    expect(readdirSync(cache)).toHaveLength(1);
    // Other options, another entry.
    runCli(['check', 'examples/broken/actions.md'], { env: { MINUTEBOOK_CACHE_DIR: cache } });
    expect(readdirSync(cache).sort()).toEqual([`code-${process.version}-${process.arch}-${bundleKey}-check--format=json.bin`, `code-${process.version}-${process.arch}-${bundleKey}-check.bin`]);
  });

  it('the bundle is ASCII and its last line is the SHA-1 of the rest', () => {
    const bytes = readFileSync(join(ROOT, 'dist', 'cli.cjs'));
    expect(bytes.every((b) => b < 0x80)).toBe(true);
    const text = bytes.toString('latin1');
    expect(digestLine(text)).toBe(createHash('sha1').update(text.slice(0, text.lastIndexOf('\n', text.length - 2) + 1)).digest('hex'));
  });

  it('is not written after a usage error', () => {
    const cache = join(dir, 'usage');
    const r = runCli(['check', '--no-such-option'], { env: { MINUTEBOOK_CACHE_DIR: cache } });
    expect(r.code).toBe(2);
    expect(() => readdirSync(cache)).toThrow();
  });

  it('replaces a damaged entry and still gives the same answer', () => {
    const cache = join(dir, 'b');
    withCache(cache);
    const [name] = readdirSync(cache);
    writeFileSync(join(cache, name!), 'not a code cache');
    expect(withCache(cache)).toEqual(reference);
    expect(readFileSync(join(cache, name!), 'utf8')).not.toBe('not a code cache');
    expect(withCache(cache)).toEqual(reference);
  });

  it('costs nothing but speed when its folder cannot be written', () => {
    const blocker = join(dir, 'a-file');
    writeFileSync(blocker, '');
    expect(withCache(join(blocker, 'cache'))).toEqual(reference);
  });
});
