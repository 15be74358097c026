import { randomBytes } from 'node:crypto';
import { chmodSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/**
 * Writes through a temporary file in the same folder, then renames it into place, so that a reader
 * (or a crash half-way) never sees a half-written document and a failed write keeps the old one.
 */
export function writeAtomic(path: string, data: Uint8Array | string, options: { mode?: number } = {}): void {
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    writeFileSync(tmp, data);
    // A file rewritten in place (check --fix) keeps its permissions: the new file would otherwise get the umask's.
    if (options.mode !== undefined) chmodSync(tmp, options.mode & 0o7777);
    renameSync(tmp, path);
  } catch (e) {
    try {
      unlinkSync(tmp);
    } catch {
      // the temporary file was never created
    }
    throw e;
  }
}
