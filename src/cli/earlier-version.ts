/**
 * `build --changes-since REV` and `--changes-from OLD.md`: reads the earlier version of each
 * minutes file (from Git, with `git show REV:./file`, or from a file) and decides whom and when
 * the changes are credited to. The only place `build` runs Git.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import type { EarlierVersion } from '../core/build.js';
import { displayPath } from './discover.js';
import { UserError } from './errors.js';

export interface ChangesFlags {
  changesSince?: string;
  changesFrom?: string;
  author?: string;
  date?: string;
}

/** The earlier version of each source, or undefined when no change is asked for. */
export function earlierVersions(flags: ChangesFlags, sources: string[]): ((path: string) => EarlierVersion) | undefined {
  const { changesSince: since, changesFrom: from } = flags;
  if (since === undefined && from === undefined) {
    if (flags.author !== undefined || flags.date !== undefined) throw new UserError('--author and --date go with --changes-since or --changes-from');
    return undefined;
  }
  if (since !== undefined && from !== undefined) throw new UserError('give --changes-since or --changes-from, not both');
  const date = flags.date !== undefined ? parseDate(flags.date) : undefined;
  // One "now" for the whole build: files with uncommitted changes share one revision date.
  const now = new Date();
  if (flags.author !== undefined && flags.author.trim() === '') throw new UserError('--author is empty: give the name the changes are credited to');
  if (from !== undefined) {
    if (sources.length !== 1) throw new UserError(`--changes-from compares one minutes file with ${from}, and ${sources.length} were named: name one file, or use --changes-since`);
    let contents: Uint8Array;
    try {
      contents = readFileSync(from);
    } catch (e) {
      throw new UserError(`--changes-from ${from}: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (e as Error).message}`, 1);
    }
    return (path) => ({ contents, since: basename(from), ...credit(path, flags.author, date, now) });
  }
  // A revision starting with "-" would be read by Git as an option.
  if (since!.trim() === '' || since!.startsWith('-')) throw new UserError(`--changes-since "${since}": not a Git revision (a commit, a tag, HEAD~1…)`);
  return (path) => {
    const dir = dirname(resolve(path));
    const commit = git(dir, ['rev-parse', '--verify', '--quiet', '--short', `${since}^{commit}`]);
    if (commit.status !== 0) throw new UserError(`--changes-since ${since}: no such commit in the Git repository of ${displayPath(path)}${commit.stderr ? ` (${firstLine(commit.stderr)})` : ''}`, 1);
    const shown = git(dir, ['show', `${since}:./${basename(path)}`]);
    if (shown.status !== 0) throw new UserError(`${displayPath(path)}: not in ${since} (${firstLine(shown.stderr) || 'git show failed'}): it cannot be compared with that version`, 1);
    return { contents: shown.bytes, since: firstLine(commit.stdout), ...credit(path, flags.author, date, now) };
  };
}

interface GitResult {
  status: number;
  stdout: string;
  stderr: string;
  bytes: Uint8Array;
}

function git(cwd: string, args: string[]): GitResult {
  const r = spawnSync('git', ['-C', cwd, ...args], { maxBuffer: 256 * 1024 * 1024 });
  if (r.error) {
    if ((r.error as NodeJS.ErrnoException).code === 'ENOENT') throw new UserError('--changes-since reads the earlier version with Git, which is not installed (or use --changes-from OLD.md)');
    throw new UserError(`git: ${r.error.message}`);
  }
  const bytes = r.stdout instanceof Uint8Array ? r.stdout : new Uint8Array();
  return { status: r.status ?? 1, stdout: Buffer.from(bytes).toString('utf8'), stderr: r.stderr ? Buffer.from(r.stderr).toString('utf8') : '', bytes };
}

const firstLine = (s: string) => s.trim().split('\n')[0]!.replace(/^fatal:\s*/, '');

/**
 * Whom and when: the options when given; else the last commit that changed the file, when the
 * file is as that commit left it; else the Git user and now (uncommitted changes are the user's).
 */
function credit(path: string, author: string | undefined, date: string | undefined, now: Date): { author: string; date: string } {
  if (author !== undefined && date !== undefined) return { author, date };
  const dir = dirname(resolve(path));
  const name = basename(path);
  let who: string | undefined;
  let when: string | undefined;
  const last = tryGit(dir, ['log', '-1', '--format=%H%x00%an%x00%cI', '--', name]);
  if (last) {
    const [hash, an, ci] = last.stdout.trim().split('\0');
    const committed = hash ? tryGit(dir, ['show', `${hash}:./${name}`]) : undefined;
    if (committed && an && ci && Buffer.from(committed.bytes).equals(readFileSync(path))) {
      who = an;
      when = ci;
    }
  }
  if (who === undefined) who = tryGit(dir, ['config', 'user.name'])?.stdout.trim() || 'Unknown';
  return { author: author ?? who, date: date ?? toUtc(when ? new Date(when) : now) };
}

function tryGit(cwd: string, args: string[]): GitResult | undefined {
  const r = spawnSync('git', ['-C', cwd, ...args], { maxBuffer: 256 * 1024 * 1024 });
  if (r.error || r.status !== 0) return undefined;
  const bytes = r.stdout instanceof Uint8Array ? r.stdout : new Uint8Array();
  return { status: 0, stdout: Buffer.from(bytes).toString('utf8'), stderr: '', bytes };
}

/** `xsd:dateTime` in UTC, to the second, as Word writes it. */
function toUtc(d: Date): string {
  return d.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** `--date`: a day (`2026-03-16`, midnight UTC) or a date and time with its zone. */
export function parseDate(text: string): string {
  const t = text.trim();
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(t);
  const full = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/.test(t);
  const d = day ? new Date(`${t}T00:00:00Z`) : full ? new Date(t) : undefined;
  const real = d && !Number.isNaN(d.getTime()) && (!day || d.getUTCDate() === Number(day[3]));
  if (!real) throw new UserError(`--date "${text}": not a date (write 2026-03-16, or 2026-03-16T18:30:00Z with a time and its zone)`);
  return toUtc(d);
}
