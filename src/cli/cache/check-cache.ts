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
 * An entry is small: the file's own findings, its inline disable comments and its place in its
 * series (code, meeting, date, the actions it reviews). The series facts the series step reads
 * (series/facts.ts) are in a second file under `facts/`, read only when the file's series must be
 * checked again; the series findings of a series whose meetings are all as they were come from a
 * third kind of file under `series/` (series-record.ts). So a run in which one meeting changed
 * reads the facts of one series, not of the whole repository. A file whose analysis read its git
 * history (approved-changed, on approved minutes that changed) is not stored.
 *
 * One file per entry, so that `check FILE` reads only the entries of the few meetings it needs
 * rather than the whole repository's. Entries are named by their path relative to the repository
 * and hold that path: a cache restored in another checkout is used as it is. Each file is written
 * whole through a temporary file and a rename; one that cannot be read, is not JSON, or is of
 * another format, stamp or path is ignored and written again.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, unlinkSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { Config } from '../../config/types.js';
import type { SourceInput } from '../../core/analyse.js';
import type { FileResult } from '../../core/file-result.js';
import type { Meeting } from '../../model/types.js';
import type { SeriesFacts } from '../../series/facts.js';
import type { Placed } from '../../series/series.js';
import { writeAtomic } from '../write-atomic.js';
import { configDigest } from './config-digest.js';
import { cacheStamp } from './stamp.js';

const FORMAT = 'minutebook-check-cache';
/** Entry files: the relative path with `%` and `/` escaped, or a digest of it when that name would be too long. */
const SUFFIX = '.json';
/** The sub-folders of the series facts and of the series records. */
const FACTS = 'facts';
const SERIES = 'series';

/** A meeting's place in its series and the IDs it reviews: what grouping and the series context read. */
export type Place = Omit<Placed, 'path'> & { reviews: string[] };

/** What an entry keeps of a file's result: all but the facts (in `facts/`) and what it asked (in `asked`). */
export type KeptResult = Omit<FileResult, 'facts' | 'reads'>;

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
  result: KeptResult;
  /** Present when the file was read as a meeting: its series facts are then in `facts/`. */
  place?: Place;
}

interface FactsFile {
  format: typeof FORMAT;
  stamp: string;
  path: string;
  bytes: string;
  config: string;
  facts: SeriesFacts;
}

/** A stored file as a run reads it back: the facts are read from their own file only when asked for. */
export interface Stored {
  result: KeptResult;
  place?: Place;
  /** The series facts (a meeting only); undefined when their file is missing or out of date. */
  facts: () => SeriesFacts | undefined;
}

export interface CacheOptions {
  /** The folder paths are stored relative to: the repository. */
  base: string;
  /** The file system's answer for a path, asked again for the links an entry's file named. */
  exists: (path: string) => boolean;
}

/** The place of a modelled meeting, as an entry keeps it. */
export function placeOf(m: Meeting | SeriesFacts): Place {
  const p: Place = { reviews: 'path' in m ? m.outstanding.map((r) => r.id) : m.reviews.flatMap((r) => (r.outstanding ? [r.outstanding.id] : [])) };
  for (const k of ['code', 'meeting', 'meetingNumber', 'meetingSuffix', 'date'] as const) if (m[k] !== undefined) (p as Record<string, unknown>)[k] = m[k];
  return p;
}

export class CheckCache {
  readonly stamp = cacheStamp();
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
  lookup(input: SourceInput, config: Config): Stored | undefined {
    this.looked++;
    const e = this.entry(input, config);
    if (!e?.checked) return undefined;
    for (const [p, was] of Object.entries(e.asked ?? {})) if (this.options.exists(resolve(this.options.base, p)) !== was) return undefined;
    return this.stored(e);
  }

  /** A file read as an earlier meeting: its place and facts when stored (the facts may still be missing), else undefined. */
  earlier(input: SourceInput, config: Config): Stored | undefined {
    const e = this.entry(input, config);
    return e && this.stored(e);
  }

  /**
   * Keeps a checked file's result, with the answers about other files its links asked for; not
   * when it read the file's git history, which no digest here covers.
   */
  store(input: SourceInput, config: Config, result: FileResult): void {
    const { reads, facts, ...kept } = result;
    if (reads?.history) return;
    const entry = this.newEntry(input, config, true, kept, facts);
    if (!entry) return;
    const asked = Object.entries(reads?.exists ?? {});
    if (asked.length > 0) entry.asked = Object.fromEntries(asked.map(([p, v]) => [this.relative(p), v]));
    this.write(entry, facts);
  }

  /** Keeps the facts of a file read only as an earlier meeting (its per-file rules did not run). */
  storeFacts(input: SourceInput, config: Config, facts: SeriesFacts | undefined): void {
    const entry = this.newEntry(input, config, false, { findings: [] }, facts);
    if (entry) this.write(entry, facts);
  }

  /** The facts of a stored file again, after their own file was found missing or out of date. */
  restoreFacts(input: SourceInput, config: Config, facts: SeriesFacts): void {
    const path = this.relative(input.path);
    this.writeFile(this.fileOf(FACTS, path), { format: FORMAT, stamp: this.stamp, path, bytes: this.digestOf(input), config: configDigest(config, this.options.base), facts } satisfies FactsFile);
  }

  /** The digests a series record is keyed by: the file's path as stored, its bytes and its configuration (undefined for standard input). */
  keyOf(input: SourceInput, config: Config): string | undefined {
    if (typeof input.contents === 'string') return undefined;
    return `${this.relative(input.path)}\u0000${this.digestOf(input)}\u0000${configDigest(config, this.options.base)}`;
  }

  configDigest(config: Config): string {
    return configDigest(config, this.options.base);
  }

  /** A series record's contents, when its key is the one asked for (series-record.ts). */
  readSeries(name: string, key: string): unknown {
    const r = this.readJson(join(this.folder, SERIES, `${name}${SUFFIX}`)) as { format?: unknown; stamp?: unknown; key?: unknown; data?: unknown } | undefined;
    return r?.format === FORMAT && r.stamp === this.stamp && r.key === key ? r.data : undefined;
  }

  writeSeries(name: string, key: string, data: unknown): void {
    this.writeFile(join(this.folder, SERIES, `${name}${SUFFIX}`), { format: FORMAT, stamp: this.stamp, key, data });
  }

  /**
   * Removes the entries of files that no longer exist (deleted or renamed), and their facts, after
   * a run that checked more than one file (a one-file check, as a pre-commit hook runs, keeps its
   * few milliseconds): the entries are listed by name, so this reads none of them. Series records
   * are one per series, replaced when it changes.
   */
  prune(): void {
    if (this.looked <= 1) return;
    for (const folder of [this.folder, join(this.folder, FACTS)]) {
      let names: string[];
      try {
        names = readdirSync(folder);
      } catch {
        continue;
      }
      for (const name of names) {
        if (!name.endsWith(SUFFIX) || name.startsWith('#')) continue;
        const path = unescapeName(name.slice(0, -SUFFIX.length));
        if (this.touched.has(path) || existsSync(resolve(this.options.base, path))) continue;
        try {
          unlinkSync(join(folder, name));
        } catch {
          // another run removed it, or the folder is read-only: left for the next run
        }
      }
    }
  }

  private stored(e: Entry): Stored {
    const { bytes, config, path } = e;
    const facts = () => {
      const f = this.readJson(this.fileOf(FACTS, path)) as Partial<FactsFile> | undefined;
      if (f?.format !== FORMAT || f.stamp !== this.stamp || f.path !== path || f.bytes !== bytes || f.config !== config || !isFacts(f.facts)) return undefined;
      return f.facts;
    };
    return { result: e.result, ...(e.place ? { place: e.place } : {}), facts };
  }

  private entry(input: SourceInput, config: Config): Entry | undefined {
    if (typeof input.contents === 'string') return undefined; // standard input is never cached
    const path = this.relative(input.path);
    this.touched.add(path);
    const e = this.readJson(this.fileOf('', path));
    if (!isEntry(e) || e.stamp !== this.stamp || e.path !== path) return undefined;
    if (e.config !== configDigest(config, this.options.base) || e.bytes !== this.digestOf(input)) return undefined;
    return e;
  }

  private readJson(file: string): unknown {
    try {
      return JSON.parse(readFileSync(file, 'utf8'));
    } catch {
      return undefined; // none yet, unreadable, or damaged: analysed again and written anew
    }
  }

  private newEntry(input: SourceInput, config: Config, checked: boolean, result: KeptResult, facts: SeriesFacts | undefined): Entry | undefined {
    if (typeof input.contents === 'string') return undefined;
    const path = this.relative(input.path);
    this.touched.add(path);
    const entry: Entry = { format: FORMAT, stamp: this.stamp, path, bytes: this.digestOf(input), config: configDigest(config, this.options.base), checked, result };
    if (facts) entry.place = placeOf(facts);
    return entry;
  }

  /** The facts first, then the entry that points at them: an entry never names facts that were not written. */
  private write(entry: Entry, facts: SeriesFacts | undefined): void {
    if (facts) this.writeFile(this.fileOf(FACTS, entry.path), { format: FORMAT, stamp: entry.stamp, path: entry.path, bytes: entry.bytes, config: entry.config, facts } satisfies FactsFile);
    this.writeFile(this.fileOf('', entry.path), entry);
  }

  private writeFile(file: string, data: unknown): void {
    try {
      if (!this.wrote) this.makeFolder();
      writeAtomic(file, JSON.stringify(data));
      this.wrote = true;
    } catch {
      // A cache that cannot be written costs speed on the next run, never this run's result.
    }
  }

  /** The folders, with a `.gitignore` that keeps the cache out of git wherever it is put (as pytest's and ruff's caches do). */
  private makeFolder(): void {
    for (const sub of [FACTS, SERIES]) mkdirSync(join(this.folder, sub), { recursive: true });
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

  /** A path relative to the repository, with `/`: how entries and series records name files. */
  relativePath(path: string): string {
    return this.relative(path);
  }

  private relative(path: string): string {
    return relative(this.options.base, resolve(path)).split('\\').join('/');
  }

  private fileOf(sub: string, path: string): string {
    const name = escapeName(path);
    // File names are at most 255 bytes on common file systems; longer paths get a digest (never pruned by name).
    return join(this.folder, sub, Buffer.byteLength(name) + SUFFIX.length <= 255 ? name + SUFFIX : `#${createHash('sha256').update(path).digest('hex')}${SUFFIX}`);
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
  const p = x.place;
  return p === undefined || (typeof p === 'object' && p !== null && Array.isArray(p.reviews));
}

function isFacts(f: unknown): f is SeriesFacts {
  if (typeof f !== 'object' || f === null) return false;
  const x = f as Partial<SeriesFacts>;
  return Array.isArray(x.people) && Array.isArray(x.reviews) && Array.isArray(x.actions) && Array.isArray(x.approvals) && typeof x.fields === 'object';
}
