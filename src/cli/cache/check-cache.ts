/**
 * The cache of `check --cache`: a folder with one entry per minutes file, holding what the file's
 * analysis leaves for the report and the series step (core/file-result.ts). An entry is used only
 * when everything its findings depend on is as it was:
 *
 * - the file's bytes (a digest; never the modification time, which every checkout changes),
 * - the configuration that applies to it, as resolved (config-digest.ts),
 * - minutebook's version and bundle and Node's version (stamp.ts, the same for every entry),
 * - the answers about other files its links asked for (link-broken), asked again.
 *
 * The series findings are never stored: the series step runs on every check from the facts of
 * each file (fresh, or from here), so an edit to an earlier meeting changes the findings of
 * exactly the meetings that depend on it. A file whose analysis read its git history
 * (approved-changed, on approved minutes that changed) is not stored.
 *
 * One file per entry, so that `check FILE` reads only the entries of the few meetings it needs
 * rather than the whole repository's. Entries are named by their path relative to the repository
 * and hold that path: a cache restored in another checkout is used as it is. Each entry is written
 * whole through a temporary file and a rename; an entry that cannot be read, is not JSON, or is of
 * another format, stamp or path is ignored and written again.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, unlinkSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { Config } from '../../config/types.js';
import type { SourceInput } from '../../core/analyse.js';
import type { FileResult } from '../../core/file-result.js';
import type { SeriesFacts } from '../../series/facts.js';
import { writeAtomic } from '../write-atomic.js';
import { configDigest } from './config-digest.js';
import { cacheStamp } from './stamp.js';

const FORMAT = 'minutebook-check-cache';
/** Entry files: the relative path with `%` and `/` escaped, or a digest of it when that name would be too long. */
const SUFFIX = '.json';

interface Entry {
  format: typeof FORMAT;
  stamp: string;
  /** The file, relative to the repository, with `/`. */
  path: string;
  bytes: string;
  config: string;
  /** Whether the per-file rules ran (a file read only as an earlier meeting has facts, no findings). */
  checked: boolean;
  /** What `exists` answered for the paths (relative to the repository) its links named. */
  asked?: Record<string, boolean>;
  result: FileResult;
}

export interface CacheOptions {
  /** The folder paths are stored relative to: the repository. */
  base: string;
  /** The file system's answer for a path, asked again for the links an entry's file named. */
  exists: (path: string) => boolean;
}

export class CheckCache {
  private readonly stamp = cacheStamp();
  private readonly digests = new Map<string, string>();
  private readonly touched = new Set<string>();
  private wrote = false;
  /** Checked files looked up: a run of one file does not prune. */
  private looked = 0;

  constructor(
    readonly folder: string,
    private readonly options: CacheOptions,
  ) {}

  /** The stored result of a checked file, when nothing it depends on changed. */
  lookup(input: SourceInput, config: Config): FileResult | undefined {
    this.looked++;
    const e = this.entry(input, config);
    if (!e?.checked) return undefined;
    for (const [p, was] of Object.entries(e.asked ?? {})) if (this.options.exists(resolve(this.options.base, p)) !== was) return undefined;
    return e.result;
  }

  /** The series facts of a file read as an earlier meeting: null when it is not a meeting, undefined when not stored. */
  facts(input: SourceInput, config: Config): SeriesFacts | null | undefined {
    const e = this.entry(input, config);
    return e ? (e.result.facts ?? null) : undefined;
  }

  /**
   * Keeps a checked file's result, with the answers about other files its links asked for; not
   * when it read the file's git history, which no digest here covers.
   */
  store(input: SourceInput, config: Config, result: FileResult): void {
    const { reads, ...kept } = result;
    if (reads?.history) return;
    const entry = this.newEntry(input, config, true, kept);
    if (!entry) return;
    const asked = Object.entries(reads?.exists ?? {});
    if (asked.length > 0) entry.asked = Object.fromEntries(asked.map(([p, v]) => [this.relative(p), v]));
    this.write(entry);
  }

  /** Keeps the facts of a file read only as an earlier meeting (its per-file rules did not run). */
  storeFacts(input: SourceInput, config: Config, facts: SeriesFacts | undefined): void {
    const entry = this.newEntry(input, config, false, { findings: [], ...(facts ? { facts } : {}) });
    if (entry) this.write(entry);
  }

  /**
   * Removes the entries of files that no longer exist (deleted or renamed), after a run that
   * checked more than one file (a one-file check, as a pre-commit hook runs, keeps its few
   * milliseconds): the entries are listed by name, so this reads none of them.
   */
  prune(): void {
    if (this.looked <= 1) return;
    let names: string[];
    try {
      names = readdirSync(this.folder);
    } catch {
      return;
    }
    for (const name of names) {
      if (!name.endsWith(SUFFIX) || name.startsWith('#')) continue;
      const path = unescapeName(name.slice(0, -SUFFIX.length));
      if (this.touched.has(path) || existsSync(resolve(this.options.base, path))) continue;
      try {
        unlinkSync(join(this.folder, name));
      } catch {
        // another run removed it, or the folder is read-only: left for the next run
      }
    }
  }

  private entry(input: SourceInput, config: Config): Entry | undefined {
    if (typeof input.contents === 'string') return undefined; // standard input is never cached
    const path = this.relative(input.path);
    this.touched.add(path);
    let e: unknown;
    try {
      e = JSON.parse(readFileSync(this.fileOf(path), 'utf8'));
    } catch {
      return undefined; // none yet, unreadable, or damaged: analysed again and written anew
    }
    if (!isEntry(e) || e.stamp !== this.stamp || e.path !== path) return undefined;
    if (e.config !== configDigest(config, this.options.base) || e.bytes !== this.digestOf(input)) return undefined;
    return e;
  }

  private newEntry(input: SourceInput, config: Config, checked: boolean, result: FileResult): Entry | undefined {
    if (typeof input.contents === 'string') return undefined;
    const path = this.relative(input.path);
    this.touched.add(path);
    return { format: FORMAT, stamp: this.stamp, path, bytes: this.digestOf(input), config: configDigest(config, this.options.base), checked, result };
  }

  private write(entry: Entry): void {
    try {
      if (!this.wrote) this.makeFolder();
      writeAtomic(this.fileOf(entry.path), JSON.stringify(entry));
      this.wrote = true;
    } catch {
      // A cache that cannot be written costs speed on the next run, never this run's result.
    }
  }

  /** The folder, with a `.gitignore` that keeps it out of git wherever it is put (as pytest's and ruff's caches do). */
  private makeFolder(): void {
    mkdirSync(this.folder, { recursive: true });
    const ignore = join(this.folder, '.gitignore');
    if (!existsSync(ignore)) writeAtomic(ignore, '# Written by minutebook check --cache: the cache is not part of the repository.\n*\n');
  }

  private digestOf(input: SourceInput): string {
    let d = this.digests.get(input.path);
    if (d === undefined) {
      d = createHash('sha256').update(input.contents).digest('hex');
      this.digests.set(input.path, d);
    }
    return d;
  }

  private relative(path: string): string {
    return relative(this.options.base, resolve(path)).split('\\').join('/');
  }

  private fileOf(path: string): string {
    const name = escapeName(path);
    // File names are at most 255 bytes on common file systems; longer paths get a digest (never pruned by name).
    return join(this.folder, Buffer.byteLength(name) + SUFFIX.length <= 255 ? name + SUFFIX : `#${createHash('sha256').update(path).digest('hex')}${SUFFIX}`);
  }
}

const escapeName = (path: string) => path.replace(/%/g, '%25').replace(/\//g, '%2F').replace(/^\./, '%2E');
const UNESCAPED: Record<string, string> = { '%25': '%', '%2F': '/', '%2E': '.' };
const unescapeName = (name: string) => name.replace(/%(?:25|2F|2E)/g, (m) => UNESCAPED[m]!);

/** The shape of an entry, checked before one is trusted (a hand-edited or half-written file is ignored). */
function isEntry(e: unknown): e is Entry {
  if (typeof e !== 'object' || e === null) return false;
  const x = e as Partial<Entry>;
  if (x.format !== FORMAT || typeof x.stamp !== 'string' || typeof x.path !== 'string' || typeof x.bytes !== 'string' || typeof x.config !== 'string' || typeof x.checked !== 'boolean') return false;
  const r = x.result;
  if (typeof r !== 'object' || r === null || !Array.isArray(r.findings)) return false;
  const f = r.facts;
  return f === undefined || (typeof f === 'object' && f !== null && Array.isArray(f.people) && Array.isArray(f.reviews) && Array.isArray(f.actions) && Array.isArray(f.approvals) && typeof f.fields === 'object');
}
