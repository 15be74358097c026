/** Where `check --cache` keeps its entries, and the folder their paths are relative to. */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/** The default cache folder, in the folder `check` runs from (as ESLint's `.eslintcache`). */
export const DEFAULT_CACHE = '.minutebook-cache';

/**
 * The repository the current folder is in (the nearest folder above it with `.git`), else the
 * current folder: entries name their files relative to it, so that a cache restored in another
 * checkout, or on another machine, finds its files.
 */
export function repositoryBase(from: string = process.cwd()): string {
  for (let dir = resolve(from); ; dir = dirname(dir)) {
    if (existsSync(join(dir, '.git'))) return dir;
    if (dirname(dir) === dir) return resolve(from);
  }
}

export function cacheFolder(location: string | undefined): string {
  return resolve(location ?? DEFAULT_CACHE);
}
