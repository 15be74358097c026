import { closeSync, openSync, readdirSync, readSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { globSync, isDynamicPattern } from 'tinyglobby';
import { opensFrontMatter } from '../parse/front-matter.js';
import { UserError } from './errors.js';

const EXCLUDED_NAMES = new Set(['readme.md', 'changelog.md']);
const SKIPPED_DIRS = new Set(['node_modules', '.git', 'out', 'dist']);

export interface Discovered {
  /** Absolute paths, sorted, de-duplicated. */
  files: string[];
  /** Paths the user named that matched nothing: each is reported, one line each. */
  missing: string[];
  /** Folders that held no minutes file. */
  empty: string[];
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
    const text = headBuffer.toString('utf8', 0, n);
    if (n < Math.min(bytes, HEAD_BYTES)) return { text, cut: false };
    // Cut at the last line break, so that a key is never read half-way.
    return { text: text.slice(0, text.lastIndexOf('\n') + 1), cut: true };
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** Whether a Markdown file looks like minutes: front matter on its first line. */
export function hasFrontMatter(path: string): boolean {
  const start = readStart(path, 64);
  return start !== undefined && opensFrontMatter(start.text);
}

/**
 * Expands arguments into minutes files. Named files are taken as they are (so that a file without
 * front matter is reported); folders and globs keep only Markdown files with front matter.
 */
export function discover(args: string[], patternsFor: (folder: string) => string[] | undefined = () => undefined): Discovered {
  const out = new Set<string>();
  const missing: string[] = [];
  const empty: string[] = [];
  for (const arg of args) {
    if (isDynamicPattern(arg)) {
      const hits = globSync(arg, { absolute: true, ignore: ['**/node_modules/**'] }).filter((p) => p.endsWith('.md') && hasFrontMatter(p));
      if (hits.length === 0) missing.push(arg);
      hits.forEach((h) => out.add(resolve(h)));
      continue;
    }
    let st;
    try {
      st = statSync(arg);
    } catch {
      missing.push(arg);
      continue;
    }
    if (st.isDirectory()) {
      const root = resolve(arg);
      const patterns = patternsFor(root);
      const found = patterns
        ? globSync(patterns, { cwd: root, absolute: true, ignore: ['**/node_modules/**'] })
        : walk(root);
      const minutes = found.filter((p) => hasFrontMatter(p));
      if (minutes.length === 0) empty.push(arg);
      minutes.forEach((m) => out.add(resolve(m)));
    } else if (st.isFile()) out.add(resolve(arg));
    else throw new UserError(`${arg}: not a file or folder`, 1);
  }
  return { files: [...out].sort(), missing, empty };
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
