import { isAscii } from 'node:buffer';
import { closeSync, openSync, readdirSync, readSync, realpathSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { globSync, isDynamicPattern } from 'tinyglobby';
import { UserError } from './errors.js';
import { judge, type AsideReason } from './minutes-like.js';

const EXCLUDED_NAMES = new Set(['readme.md', 'changelog.md']);
const SKIPPED_DIRS = new Set(['node_modules', '.git', 'out', 'dist']);

export interface Discovered {
  /** Absolute paths, sorted, de-duplicated. */
  files: string[];
  /** Paths the user named that matched nothing: each is reported, one line each. */
  missing: string[];
  /** Folders that held no minutes file. */
  empty: string[];
  /** Markdown files found in folders or by globs that do not look like minutes (see minutes-like.ts). */
  leftAside: string[];
  /** Why each file left aside is not minutes. */
  asideWhy: Map<string, AsideReason>;
}

const HEAD_BYTES = 8192;
/** One buffer for every head read: two hundred files should not mean two hundred allocations. */
const headBuffer = Buffer.allocUnsafe(HEAD_BYTES);

/** The start of a file: its first few kilobytes, cut at a line break; `cut` when there is more. */
export function readStart(path: string, bytes = HEAD_BYTES): { text: string; cut: boolean } | undefined {
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
    const n = readSync(fd, headBuffer, 0, Math.min(bytes, HEAD_BYTES), 0);
    // ASCII (most minutes' front matter) is the same text read as Latin-1, a copy of bytes: decoding
    // UTF-8 took about as long as opening and reading the file, a thousand times in a long series.
    const text = isAscii(headBuffer.subarray(0, n)) ? headBuffer.toString('latin1', 0, n) : headBuffer.toString('utf8', 0, n);
    if (n < Math.min(bytes, HEAD_BYTES)) return { text, cut: false };
    // Cut at the last line break, so that a key is never read half-way.
    return { text: text.slice(0, text.lastIndexOf('\n') + 1), cut: true };
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/**
 * Expands arguments into minutes files. Named files are taken as they are (so that a file without
 * front matter is reported) unless `onlyMinutes`; folders and globs keep only Markdown files that
 * look like minutes, and files that cannot be decoded (so that they are reported, not skipped).
 */
export function discover(args: string[], patternsFor: (folder: string) => string[] | undefined = () => undefined, onlyMinutes = false): Discovered {
  const out = new Set<string>();
  // A file reached twice (a symbolic link to it, a loop of folder links) is one file, checked once.
  const real = new Set<string>();
  const add = (p: string) => {
    const key = realPath(p);
    if (real.has(key)) return;
    real.add(key);
    out.add(resolve(p));
  };
  const missing: string[] = [];
  const empty: string[] = [];
  const leftAside = new Set<string>();
  const asideWhy = new Map<string, AsideReason>();
  const keep = (p: string) => {
    const j = judge(p);
    if (j.kind !== 'other') return true;
    leftAside.add(resolve(p));
    asideWhy.set(resolve(p), j.why ?? 'no-date');
    return false;
  };
  for (const arg of args) {
    // A path that exists is that file or folder, even when its name holds glob characters
    // (`Minutes (final).md`, `[draft].md`); only what does not exist is expanded as a glob.
    let st;
    try {
      st = statSync(arg);
    } catch {
      st = undefined;
    }
    if (!st && isDynamicPattern(arg)) {
      const markdown = globSync(arg, { absolute: true, ignore: ['**/node_modules/**'] }).filter((p) => p.endsWith('.md')).sort();
      const hits = markdown.filter(keep);
      if (markdown.length === 0) missing.push(arg);
      // A pattern whose Markdown files are all left aside found no minutes, as a folder without any.
      else if (hits.length === 0) empty.push(arg);
      hits.forEach(add);
      continue;
    }
    if (!st) {
      missing.push(arg);
      continue;
    }
    if (st.isDirectory()) {
      const root = resolve(arg);
      const patterns = patternsFor(root);
      const found = patterns ? globMinutes(patterns, root) : walk(root);
      const minutes = found.filter(keep);
      if (minutes.length === 0) empty.push(arg);
      minutes.forEach(add);
    } else if (st.isFile()) {
      if (!onlyMinutes || keep(arg)) add(arg);
    }
    else throw new UserError(`${arg}: not a file or folder`, 1);
  }
  for (const f of out) leftAside.delete(f);
  return { files: [...out].sort(), missing, empty, leftAside: [...leftAside].sort(), asideWhy };
}

/** The real path of a file (through symbolic links), or its absolute path when it cannot be resolved. */
export function realPath(p: string): string {
  try {
    // The native call: one system call, where the JavaScript one stats every folder of the path (a tenth of a 1,000-file check).
    return realpathSync.native(p);
  } catch {
    return resolve(p);
  }
}

/**
 * The configuration's `files` patterns under a root, sorted, each real file once: the glob follows
 * folder links (a minutes folder may be one), and a loop of them would list a file many times.
 */
export function globMinutes(patterns: string[], root: string): string[] {
  const seen = new Set<string>();
  return globSync(patterns, { cwd: root, absolute: true, ignore: ['**/node_modules/**'] })
    .map((p) => resolve(p))
    .sort((a, b) => a.length - b.length || a.localeCompare(b))
    .filter((p) => {
      const key = realPath(p);
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .sort();
}

export function walk(folder: string): string[] {
  const found: string[] = [];
  const visit = (dir: string) => {
    let names;
    try {
      names = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const d of names) {
      if (d.name.startsWith('.') || SKIPPED_DIRS.has(d.name)) continue;
      const p = join(dir, d.name);
      if (d.isDirectory()) visit(p);
      else if (d.isFile() && d.name.toLowerCase().endsWith('.md') && !EXCLUDED_NAMES.has(d.name.toLowerCase())) found.push(p);
    }
  };
  visit(folder);
  return found;
}

export const displayPath = (p: string) => {
  const r = relative(process.cwd(), p);
  return r && !r.startsWith('..') ? r : p;
};
