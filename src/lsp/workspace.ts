/**
 * What the language server knows about the minutes on disk and in the editor: the configuration
 * and series of each file found as `check` finds them, with the text of open editors taking the
 * place of the saved file. Earlier meetings read as context are analysed once per version (editor)
 * or modification time (disk), so that an edit costs one analysis of the edited file.
 */
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { analyse, type Analysis } from '../core/analyse.js';
import { check, compareMeetings } from '../core/check.js';
import type { Config } from '../config/types.js';
import type { Meeting } from '../model/types.js';
import { buildRegister, type Register } from '../series/register.js';
import { ConfigLookup, type LoadedConfig } from '../cli/config-lookup.js';
import { readSource } from '../cli/read-sources.js';
import { compareHeads, headOfFile, neededBefore, readHead, seriesFiles, type Head } from '../cli/series-context.js';

interface OpenText {
  text: string;
  version: number;
}

interface Cached<T> {
  key: string;
  value: T;
}

export interface Series {
  config: Config;
  /**
   * The file's own meeting: as it is now, or as it last could be read while the front matter is
   * half-typed (broken YAML is the normal state of a file being written).
   */
  meeting: Meeting;
  /** Every meeting of the file's series, in series order, the file's own included. */
  meetings: Meeting[];
  register: Register;
}

export class Workspace {
  private lookup: ConfigLookup;
  private readonly open = new Map<string, OpenText>();
  private readonly heads = new Map<string, Cached<Head | undefined>>();
  private readonly contexts = new Map<string, Cached<Analysis | undefined>>();
  /** The last diagnosed analysis of each open file, with the version it was made from. */
  private readonly latest = new Map<string, { version: number; analysis: Analysis }>();
  private readonly lastGood = new Map<string, Meeting>();

  constructor(private readonly explicitConfig?: string) {
    this.lookup = new ConfigLookup(explicitConfig);
  }

  setOpen(path: string, text: string, version: number): void {
    this.open.set(path, { text, version });
  }

  close(path: string): void {
    this.open.delete(path);
    this.latest.delete(path);
    this.lastGood.delete(path);
    this.contexts.delete(path);
    this.heads.delete(path);
  }

  /** Drops the last findings of an open file: another meeting of its series changed. */
  forget(path: string): void {
    this.latest.delete(path);
  }

  /** Forgets what was read from disk: a file was saved, created or deleted outside the editor. */
  invalidate(path?: string): void {
    if (path === undefined || /(^|[\\/])\.minutebook\.yaml$/.test(path)) {
      this.lookup = new ConfigLookup(this.explicitConfig);
      this.heads.clear();
      this.contexts.clear();
      return;
    }
    this.heads.delete(path);
    this.contexts.delete(path);
  }

  configOf(path: string): LoadedConfig {
    return this.lookup.forFile(path);
  }

  /** The series root a file belongs to, if it has a configuration file. */
  rootOf(path: string): string | undefined {
    return this.configOf(path).config.root;
  }

  /** Checks an open file as `minutebook check FILE` would, reading the series it depends on. */
  diagnose(path: string): Analysis {
    const doc = this.open.get(path);
    if (!doc) throw new Error(`${path} is not open`);
    const known = this.latest.get(path);
    if (known && known.version === doc.version) return known.analysis;
    const configFor = (p: string) => this.lookup.forFile(p).config;
    const [analysis] = check([{ path, contents: doc.text }], { configFor, contextFor: (a) => this.contextFor(a) });
    this.latest.set(path, { version: doc.version, analysis: analysis! });
    if (analysis!.meeting) this.lastGood.set(path, analysis!.meeting);
    return analysis!;
  }

  /** The whole series of a file, later meetings included, for hover, definition and completion. */
  seriesOf(path: string): Series | undefined {
    const own = this.diagnose(path).meeting ?? this.lastGood.get(path) ?? this.savedMeeting(path);
    const config = this.configOf(path).config;
    if (!own) return undefined;
    const meetings = [own];
    if (config.root && own.code) {
      for (const h of this.headsUnder(config.root, config)) {
        if (h.path === path || h.code !== own.code) continue;
        const m = this.contextAnalysis(h.path)?.meeting;
        if (m) meetings.push(m);
      }
    }
    meetings.sort(compareMeetings);
    return { config, meeting: own, meetings, register: buildRegister(meetings) };
  }

  /** The meeting as saved on disk, for a file opened with a front matter that cannot be read. */
  private savedMeeting(path: string): Meeting | undefined {
    try {
      return analyse(readSource(path), this.configOf(path).config, { fileRules: false }).meeting;
    } catch {
      return undefined;
    }
  }

  /** The `contextFor` of `check()`: the earlier meetings each checked one depends on. */
  private contextFor(analyses: Analysis[]): Analysis[] {
    const wanted = new Set<string>();
    for (const a of analyses) {
      const m = a.meeting;
      if (!m?.code || m.date === undefined) continue;
      const config = this.configOf(m.path).config;
      if (!config.root) continue;
      const me: Head = { path: m.path, code: m.code, date: m.date, ...(m.meeting ? { meeting: m.meeting } : {}), ...(m.meetingNumber !== undefined ? { number: m.meetingNumber } : {}), ...(m.meetingSuffix ? { suffix: m.meetingSuffix } : {}) };
      const before = this.headsUnder(config.root, config).filter((h) => h.path !== m.path && h.code === m.code && h.date !== undefined && compareHeads(h, me) < 0);
      for (const h of neededBefore(m, before, config)) wanted.add(h.path);
    }
    const context: Analysis[] = [];
    for (const p of [...wanted].sort()) {
      const a = this.contextAnalysis(p);
      if (a) context.push(a);
    }
    return context;
  }

  /** Heads of every minutes file of a series root, open editors included, in series order. */
  private headsUnder(root: string, config: Config): Head[] {
    const paths = new Set(seriesFiles(root, this.lookup).filter((f) => this.lookup.forFile(f).config.root === root));
    for (const p of this.open.keys()) if (p.endsWith('.md') && this.rootOf(p) === root) paths.add(p);
    const heads: Head[] = [];
    for (const p of paths) {
      const h = this.head(p);
      if (h) heads.push({ ...h, code: h.code ?? config.code });
    }
    return heads.sort(compareHeads);
  }

  private head(path: string): Head | undefined {
    const doc = this.open.get(path);
    const key = doc ? `v${doc.version}` : diskKey(path);
    const hit = this.heads.get(path);
    if (hit && hit.key === key) return hit.value;
    const value = doc ? readHead(path, doc.text) : headOfFile(path);
    this.heads.set(path, { key, value });
    return value;
  }

  /** Another meeting, read for the series: models only, its own findings are its own business. */
  private contextAnalysis(path: string): Analysis | undefined {
    const doc = this.open.get(path);
    const key = doc ? `v${doc.version}` : diskKey(path);
    const hit = this.contexts.get(path);
    if (hit && hit.key === key) return hit.value;
    let value: Analysis | undefined;
    try {
      value = analyse(doc ? { path, contents: doc.text } : readSource(path), this.configOf(path).config, { fileRules: false });
    } catch {
      value = undefined; // an unreadable meeting is reported when it is opened itself
    }
    this.contexts.set(path, { key, value });
    return value;
  }
}

function diskKey(path: string): string {
  try {
    const s = statSync(resolve(path));
    return `d${s.mtimeMs}:${s.size}`;
  } catch {
    return 'gone';
  }
}
