/**
 * What the language server knows about the minutes on disk and in the editor: the configuration
 * and series of each file found as `check` finds them, with the text of open editors taking the
 * place of the saved file. Other meetings read for the series are analysed once per version
 * (editor) or stamp (disk), so that an edit costs one analysis of the edited file.
 */
import { resolve } from 'node:path';
import { analyse, type Analysis } from '../core/analyse.js';
import { check } from '../core/check.js';
import { placedUnder } from '../core/series-context.js';
import type { SeriesPort } from '../core/series-port.js';
import type { Meeting } from '../model/types.js';
import { opensFrontMatter } from '../parse/front-matter.js';
import { resolveSeries, type ResolvedSeries } from '../series/resolve.js';
import { compareMeetings } from '../series/series.js';
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
  private readonly starts = new Map<string, Cached<{ text: string; cut: boolean } | undefined>>();
  private readonly contexts = new Map<string, Cached<Analysis | undefined>>();
  /** The last diagnosed analysis of each open file, with the version it was made from. */
  private readonly latest = new Map<string, { revision: number; analysis: Analysis }>();
  private revisions = 0;
  private readonly lastGood = new Map<string, Meeting>();

  /**
   * The series as the core reads it (core/series-port.ts): the open buffers first, then the disk.
   * An open file is part of its root's series even before it is first saved.
   */
  private readonly port: SeriesPort = {
    listFiles: (root, except) => {
      const paths = new Set(this.files.listFiles(root, except));
      for (const p of this.open.keys()) if (p.endsWith('.md') && !except.includes(p) && this.rootOf(p) === root) paths.add(p);
      return [...paths].sort();
    },
    readStart: (path) => {
      const doc = this.open.get(path);
      return doc ? { text: doc.text, cut: false } : this.cached(this.starts, path, () => this.files.readStart(path));
    },
    readFile: (path) => {
      const doc = this.open.get(path);
      return doc ? { path, contents: doc.text } : this.files.readFile(path);
    },
    // Minutes kept without a committee code: their folder is their series, as for `check FILE`.
    // The disk names files as `check` does (relative to the working folder); the server's are absolute.
    listFolder: (folder, except) => (this.files.listFolder?.(folder, except) ?? []).map((p) => resolve(p)),
  };

  constructor(private readonly files: Files) {}

  setOpen(path: string, text: string): void {
    if (this.open.get(path)?.text !== text) this.open.set(path, { text, revision: ++this.revisions });
  }

  close(path: string): void {
    this.open.delete(path);
    this.latest.delete(path);
    this.lastGood.delete(path);
    this.contexts.delete(path);
    this.starts.delete(path);
  }

  /** Drops the last findings of an open file: another meeting of its series changed. */
  forget(path: string): void {
    this.latest.delete(path);
  }

  /** Forgets what was read from disk: a file was saved, created or deleted outside the editor. */
  invalidate(path?: string): void {
    if (path === undefined || /(^|[\\/])\.minutebook\.yaml$/.test(path)) {
      this.files.reloadConfig();
      this.starts.clear();
      this.contexts.clear();
      this.latest.clear();
      return;
    }
    this.starts.delete(path);
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
   * Whether an open Markdown file is minutes: it opens with front matter, the configuration's
   * `files` patterns name it, or its text reads as minutes kept without front matter (a dated
   * title and an attendance line, as `check` of a folder takes it). Editors attach the server to
   * every Markdown file; a README is not minutes and gets no findings, as a folder check passes
   * it by.
   */
  isMinutes(path: string): boolean {
    const doc = this.open.get(path);
    if (!doc) return false;
    if (opensFrontMatter(doc.text)) return true;
    const { config } = this.configOf(path);
    if (config.files !== undefined && config.root !== undefined && this.files.listFiles(config.root, []).includes(path)) return true;
    const analysis = this.diagnose(path);
    return analysis.meeting !== undefined && analysis.notMinutes === undefined;
  }

  /** Checks an open file as `minutebook check FILE` would, reading the series it depends on. */
  diagnose(path: string): Analysis {
    const doc = this.open.get(path);
    if (!doc) throw new Error(`${path} is not open`);
    const known = this.latest.get(path);
    if (known && known.revision === doc.revision) return known.analysis;
    const configFor = (p: string) => this.configOf(p).config;
    const [analysis] = check([{ path, contents: doc.text }], { configFor, port: this.port, contextOptions: { analyseFile: (p) => this.contextAnalysis(p) } });
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
      for (const p of placedUnder(this.port, config.root, config, [path])) {
        if (p.code !== own.code) continue;
        const m = this.contextAnalysis(p.path)?.meeting;
        if (m) meetings.push(m);
      }
    }
    return { ...resolveSeries(meetings.sort(compareMeetings), config), meeting: own };
  }

  /** Another meeting, read for the series: models only, its own findings are its own business. */
  private contextAnalysis(path: string): Analysis | undefined {
    const doc = this.open.get(path);
    return this.cached(this.contexts, path, () => {
      try {
        return analyse(this.port.readFile(path), this.configOf(path).config, { fileRules: false });
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
      return analyse(this.files.readFile(path), this.configOf(path).config, { fileRules: false }).meeting;
    } catch {
      return undefined;
    }
  }
}
