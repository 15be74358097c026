/**
 * What the language server knows about the minutes on disk and in the editor: the configuration
 * and series of each file found as `check` finds them, with the text of open editors taking the
 * place of the saved file. Other meetings read for the series are analysed once per version
 * (editor) or stamp (disk), so that an edit costs one analysis of the edited file.
 */
import { analyse, type Analysis } from '../core/analyse.js';
import { check } from '../core/check.js';
import type { Config } from '../config/types.js';
import type { Meeting } from '../model/types.js';
import { opensFrontMatter, readHead } from '../parse/front-matter.js';
import { resolveSeries, type ResolvedSeries } from '../series/resolve.js';
import { compareMeetings, idPatternOf, neededBefore, placedOf, type Placed } from '../series/series.js';
import type { Files } from './files.js';

interface OpenText {
  text: string;
  /** Counts changes of the text: a client's version numbers may repeat (a file closed and opened again). */
  revision: number;
}

interface Cached<T> {
  key: string;
  value: T;
}

export interface Series extends ResolvedSeries {
  /**
   * The file's own meeting: as it is now, or as it last could be read while the front matter is
   * half-typed (broken YAML is the normal state of a file being written).
   */
  meeting: Meeting;
}

export class Workspace {
  private readonly open = new Map<string, OpenText>();
  private readonly placed = new Map<string, Cached<Placed | undefined>>();
  private readonly contexts = new Map<string, Cached<Analysis | undefined>>();
  /** The last diagnosed analysis of each open file, with the version it was made from. */
  private readonly latest = new Map<string, { revision: number; analysis: Analysis }>();
  private revisions = 0;
  private readonly lastGood = new Map<string, Meeting>();

  constructor(private readonly files: Files) {}

  setOpen(path: string, text: string): void {
    if (this.open.get(path)?.text !== text) this.open.set(path, { text, revision: ++this.revisions });
  }

  close(path: string): void {
    this.open.delete(path);
    this.latest.delete(path);
    this.lastGood.delete(path);
    this.contexts.delete(path);
    this.placed.delete(path);
  }

  /** Drops the last findings of an open file: another meeting of its series changed. */
  forget(path: string): void {
    this.latest.delete(path);
  }

  /** Forgets what was read from disk: a file was saved, created or deleted outside the editor. */
  invalidate(path?: string): void {
    if (path === undefined || /(^|[\\/])\.minutebook\.yaml$/.test(path)) {
      this.files.reloadConfig();
      this.placed.clear();
      this.contexts.clear();
      this.latest.clear();
      return;
    }
    this.placed.delete(path);
    this.contexts.delete(path);
  }

  configOf(path: string): ReturnType<Files['configOf']> {
    return this.files.configOf(path);
  }

  /** The series root a file belongs to, if it has a configuration file. */
  rootOf(path: string): string | undefined {
    return this.configOf(path).config.root;
  }

  /**
   * Whether an open Markdown file is minutes: it opens with front matter, or the configuration's
   * `files` patterns name it. Editors attach the server to every Markdown file; a README is not
   * minutes and gets no findings, as `check` of a folder passes it by.
   */
  isMinutes(path: string): boolean {
    const doc = this.open.get(path);
    if (!doc) return false;
    if (opensFrontMatter(doc.text)) return true;
    const { config } = this.configOf(path);
    return config.files !== undefined && config.root !== undefined && this.files.seriesFiles(config.root).includes(path);
  }

  /** Checks an open file as `minutebook check FILE` would, reading the series it depends on. */
  diagnose(path: string): Analysis {
    const doc = this.open.get(path);
    if (!doc) throw new Error(`${path} is not open`);
    const known = this.latest.get(path);
    if (known && known.revision === doc.revision) return known.analysis;
    const configFor = (p: string) => this.configOf(p).config;
    const [analysis] = check([{ path, contents: doc.text }], { configFor, contextFor: (a) => this.contextFor(a) });
    this.latest.set(path, { revision: doc.revision, analysis: analysis! });
    if (analysis!.meeting) this.lastGood.set(path, analysis!.meeting);
    return analysis!;
  }

  /** The whole series of a file, later meetings included, for hover, definition and completion. */
  seriesOf(path: string): Series | undefined {
    const own = this.diagnose(path).meeting ?? this.lastGood.get(path) ?? this.savedMeeting(path);
    if (!own) return undefined;
    const config = this.configOf(path).config;
    const meetings = [own];
    if (config.root && own.code) {
      for (const p of this.placedUnder(config.root, config)) {
        if (p.path === path || p.code !== own.code) continue;
        const m = this.contextAnalysis(p.path)?.meeting;
        if (m) meetings.push(m);
      }
    }
    return { ...resolveSeries(meetings.sort(compareMeetings), config), meeting: own };
  }

  /** The `contextFor` of `check()`: the earlier meetings each checked one depends on. */
  private contextFor(analyses: Analysis[]): Analysis[] {
    const wanted = new Set<string>();
    for (const a of analyses) {
      const m = a.meeting;
      if (!m?.code || m.date === undefined) continue;
      const config = this.configOf(m.path).config;
      if (!config.root) continue; // without a configuration file there is no series folder to read
      const before = this.placedUnder(config.root, config).filter((p) => p.path !== m.path && p.code === m.code && p.date !== undefined && compareMeetings(p, m) < 0);
      for (const p of neededBefore(m.outstanding.map((r) => r.id), before, idPatternOf(config))) wanted.add(p.path);
    }
    return [...wanted].sort().flatMap((p) => this.contextAnalysis(p) ?? []);
  }

  /** Every minutes file of a series root, open editors included, placed in series order. */
  private placedUnder(root: string, config: Config): Placed[] {
    const paths = new Set(this.files.seriesFiles(root).filter((f) => this.rootOf(f) === root));
    for (const p of this.open.keys()) if (p.endsWith('.md') && this.rootOf(p) === root) paths.add(p);
    return [...paths].flatMap((p) => this.placedOf(p, config) ?? []).sort(compareMeetings);
  }

  private placedOf(path: string, config: Config): Placed | undefined {
    const doc = this.open.get(path);
    return this.cached(this.placed, path, () => {
      if (!doc) return this.files.placedOf(path, config);
      const head = readHead(doc.text);
      return head && placedOf(path, head, config);
    });
  }

  /** Another meeting, read for the series: models only, its own findings are its own business. */
  private contextAnalysis(path: string): Analysis | undefined {
    const doc = this.open.get(path);
    return this.cached(this.contexts, path, () => {
      try {
        return analyse(doc ? { path, contents: doc.text } : this.files.read(path), this.configOf(path).config, { fileRules: false });
      } catch {
        return undefined; // an unreadable meeting is reported when it is opened itself
      }
    });
  }

  /** A value per file, made again when the editor's version or the saved file's stamp changes. */
  private cached<T>(cache: Map<string, Cached<T>>, path: string, make: () => T): T {
    const doc = this.open.get(path);
    const key = doc ? `r${doc.revision}` : this.files.stamp(path);
    const hit = cache.get(path);
    if (hit && hit.key === key) return hit.value;
    const value = make();
    cache.set(path, { key, value });
    return value;
  }

  /** The meeting as saved on disk, for a file opened with a front matter that cannot be read. */
  private savedMeeting(path: string): Meeting | undefined {
    try {
      return analyse(this.files.read(path), this.configOf(path).config, { fileRules: false }).meeting;
    } catch {
      return undefined;
    }
  }
}
