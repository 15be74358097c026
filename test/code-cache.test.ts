// The V8 code cache of the bundled CLI (bin/load-cli.js) only ever saves time: it is keyed by
// Node's version and the bundle's bytes, a damaged or missing entry is compiled afresh, and a
// folder that cannot be written changes nothing but speed.
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, runCli } from './helpers/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'minutebook-code-cache-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const args = ['check', '--format', 'json', 'examples/broken/actions.md'];
const withCache = (cacheDir: string) => runCli(args, { env: { MINUTEBOOK_CACHE_DIR: cacheDir } });

describe('code cache', () => {
  const reference = runCli(args, { env: { MINUTEBOOK_CODE_CACHE: '0' } });

  it('is written on the first run, keyed by Node version, bundle hash and command, and read on the next', () => {
    expect(reference.code).toBe(1);
    expect(JSON.parse(reference.stdout)[0].messages.length).toBeGreaterThan(0);
    const cache = join(dir, 'a');
    expect(withCache(cache)).toEqual(reference);
    const bundleKey = createHash('sha1').update(readFileSync(join(ROOT, 'dist', 'cli.cjs'), 'utf8')).digest('hex').slice(0, 20);
    expect(readdirSync(cache)).toEqual([`code-${process.version}-${process.arch}-${bundleKey}-check.bin`]);
    expect(withCache(cache)).toEqual(reference);
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
