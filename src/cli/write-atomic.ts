import { chmodSync, readdirSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { UserError } from './errors.js';

/** `.<name>.<pid>.<8 hex>.tmp`: the temporary files this module writes. */
const TEMP = /^\..+\.(\d+)\.[0-9a-f]{8}\.tmp$/;

// Math.random, not node:crypto: the name needs only to differ from another run's (the pid does
// that) and from a left-over of this one, and loading node:crypto was a tenth of a one-file build.
const eightHex = () => Math.floor(Math.random() * 0x1_0000_0000).toString(16).padStart(8, '0');

function tempPath(path: string): string {
  return join(dirname(path), `.${basename(path)}.${process.pid}.${eightHex()}.tmp`);
}

const swept = new Set<string>();

/**
 * Temporary files written and not yet renamed or removed: removed if the process ends first (the
 * CLI turns Ctrl-C into an exit, see bin/minutebook.js; writes are synchronous, so this is a
 * safety net for an exit from elsewhere, not the usual path).
 */
const inFlight = new Set<string>();
let exitHook = false;

function removeTemporaryFiles(): void {
  for (const t of inFlight) unlinkQuietly(t);
  inFlight.clear();
}

/**
 * A run killed between writing a temporary file and renaming it (SIGKILL, power cut) leaves the
 * temporary file behind; the next run that writes into the folder removes those of dead processes.
 */
function sweep(folder: string): void {
  if (swept.has(folder)) return;
  swept.add(folder);
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return;
  }
  for (const name of names) {
    const m = TEMP.exec(name);
    if (!m || Number(m[1]) === process.pid || alive(Number(m[1]))) continue;
    try {
      unlinkSync(join(folder, name));
    } catch {
      // another run removed it first
    }
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function cannotWrite(path: string, e: unknown, replacedNothing = true): UserError {
  const code = (e as NodeJS.ErrnoException).code;
  const why = code === 'EISDIR' || code === 'ENOTEMPTY' || code === 'EEXIST' ? 'a folder stands there' : code === 'EACCES' || code === 'EPERM' ? 'permission denied' : code === 'ENOSPC' ? 'the disk is full' : code === 'ENOENT' || code === 'ENOTDIR' ? 'its folder cannot be used' : `${code ?? (e as Error).message}`;
  return new UserError(`cannot write ${path}: ${why}${replacedNothing ? '; nothing was replaced' : ''}`, 1);
}

/**
 * A test's hook (test/safe-writes.test.ts): with MINUTEBOOK_TEST_PAUSE_BEFORE_RENAME=n, the write
 * stops before its n-th rename, says so on standard error with the temporary files' names, and
 * waits (blocking, up to a minute) to be killed there: the one moment a kill can leave a temporary
 * file, made certain rather than hoped for with timers. Unset, it costs one comparison.
 */
function pauseForTest(rename: number, temps: readonly string[]): void {
  const at = process.env.MINUTEBOOK_TEST_PAUSE_BEFORE_RENAME;
  if (at === undefined || Number(at) !== rename) return;
  process.stderr.write(`minutebook-test: paused before rename ${rename}: ${temps.join(' ')}\n`);
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 60_000);
}

function unlinkQuietly(path: string): void {
  try {
    unlinkSync(path);
  } catch {
    // the temporary file was never created, or is already renamed
  }
}

/**
 * Writes through a temporary file in the same folder, then renames it into place, so that a reader
 * (or a crash half-way) never sees a half-written document and a failed write keeps the old one.
 */
export function writeAtomic(path: string, data: Uint8Array | string, options: { mode?: number } = {}): void {
  writeAllAtomic([{ path, data, ...options }]);
}

export interface PendingWrite {
  path: string;
  data: Uint8Array | string;
  /** A file rewritten in place (check --fix) keeps its permissions, not the umask's. */
  mode?: number;
}

/**
 * Writes several files as one step: every temporary file first, then the renames. A failure while
 * writing (disk full, a folder where a file should go) removes the temporary files and replaces
 * nothing, so the previous outputs stay as they were.
 */
export function writeAllAtomic(writes: readonly PendingWrite[]): void {
  if (!exitHook) {
    exitHook = true;
    process.once('exit', removeTemporaryFiles);
  }
  const temps: string[] = [];
  try {
    for (const w of writes) {
      sweep(dirname(w.path));
      let isFolder = false;
      try {
        isFolder = statSync(w.path).isDirectory();
      } catch {
        // nothing there yet
      }
      if (isFolder) throw cannotWrite(w.path, Object.assign(new Error('EISDIR'), { code: 'EISDIR' }));
      const tmp = tempPath(w.path);
      temps.push(tmp);
      inFlight.add(tmp);
      try {
        writeFileSync(tmp, w.data);
        if (w.mode !== undefined) chmodSync(tmp, w.mode & 0o7777);
      } catch (e) {
        throw cannotWrite(w.path, e);
      }
    }
    writes.forEach((w, i) => {
      pauseForTest(i + 1, temps);
      try {
        renameSync(temps[i]!, w.path);
        inFlight.delete(temps[i]!);
      } catch (e) {
        throw cannotWrite(w.path, e, i === 0);
      }
    });
  } catch (e) {
    for (const t of temps) unlinkQuietly(t);
    throw e;
  } finally {
    for (const t of temps) inFlight.delete(t);
  }
}
