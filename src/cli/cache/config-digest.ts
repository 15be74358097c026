/**
 * A digest of the configuration that applies to a file, as resolved (defaults, vocabulary and
 * all), with its own paths written relative to the repository so that a checkout elsewhere gives
 * the same digest.
 */
import { createHash } from 'node:crypto';
import { relative } from 'node:path';
import type { Config } from '../../config/types.js';

const digests = new WeakMap<Config, string>();

export function configDigest(config: Config, base: string): string {
  let d = digests.get(config);
  if (d === undefined) {
    const paths = { path: config.path, root: config.root, base: config.base };
    const local = { ...config, ...Object.fromEntries(Object.entries(paths).map(([k, v]) => [k, v === undefined ? undefined : relative(base, v).split('\\').join('/')])) };
    const text = JSON.stringify(local, (_k, v: unknown) => (v instanceof Set ? [...v] : v instanceof Map ? [...v] : v instanceof RegExp ? `/${v.source}/${v.flags}` : v));
    d = createHash('sha256').update(text).digest('hex');
    digests.set(config, d);
  }
  return d;
}
