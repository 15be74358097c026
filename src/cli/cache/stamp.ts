/**
 * What every entry of the check cache depends on besides its own file and configuration: the cache
 * format, minutebook's version and bundle, and Node's version (a new Node may parse or sort text
 * differently). A cache file made under another stamp is ignored whole.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { VERSION } from '../version.js';

/** Bumped when the entries' shape or meaning changes. */
export const CACHE_FORMAT = 2;

/** The bundle's digest, handed over by bin/load-cli.js, which hashes the bundle for its code cache anyway. */
const BUNDLE_DIGEST = Symbol.for('minutebook.bundleDigest');

function bundleDigest(): string {
  const handed = (globalThis as Record<symbol, unknown>)[BUNDLE_DIGEST];
  if (typeof handed === 'string') return handed;
  // Run otherwise (the bundle required directly, or the sources in tests): hash the running file.
  try {
    return createHash('sha1').update(readFileSync(__filename)).digest('hex');
  } catch {
    return 'sources';
  }
}

export function cacheStamp(): string {
  return `${CACHE_FORMAT} minutebook ${VERSION} ${bundleDigest()} node ${process.version}`;
}
