/**
 * Loads, for files checked on their own (as pre-commit passes them), the earlier meetings of their
 * series that the cross-meeting rules need, and no more: every other minutes file under the
 * configuration root is only glanced at (code, meeting and date read from the top of its front
 * matter) to place it in the series; only the meetings a checked file depends on are analysed.
 */
import { closeSync, openSync, readFileSync, readSync } from 'node:fs';
import { globSync } from 'tinyglobby';
import { resolve } from 'node:path';
import { parse as parseYamlValue } from 'yaml';
import { analyse, type Analysis } from '../core/analyse.js';
import type { Config } from '../config/types.js';
import type { Meeting } from '../model/types.js';
import { idPatternOf, meetingOfId } from '../series/register.js';
import type { ConfigLookup } from './config-lookup.js';
import { walk } from './discover.js';
import { readSource } from './read-sources.js';

/** What the top of a minutes file says about its place in the series. */
export interface Head {
  path: string;
  code?: string;
  meeting?: string;
  number?: number;
  suffix?: string;
  date?: string;
}

const FRONT = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;
const key = (name: string) => new RegExp(`^${name}:[ \\t]*(.*?)[ \\t]*(?:[ \\t]#.*)?$`, 'm');
const KEYS = { code: key('code'), meeting: key('meeting'), date: key('date') };
const unquote = (s: string) => s.replace(/^(['"])(.*)\1$/, '$2');

/** Reads code, meeting and date from the front matter text, with a YAML parse only when a plain look fails. */
export function readHead(path: string, text: string): Head | undefined {
  const fm = FRONT.exec(text);
  if (!fm) return undefined;
  const yaml = fm[1]!;
  const found: Record<string, string | undefined> = {};
  for (const [k, re] of Object.entries(KEYS)) {
    const v = re.exec(yaml)?.[1];
    found[k] = v ? unquote(v) : undefined;
  }
  if (found.meeting === undefined || found.date === undefined || /^[[{&*!|>]/.test(found.code ?? '')) {
    try {
      const data = parseYamlValue(yaml) as Record<string, unknown> | null;
      for (const k of Object.keys(KEYS)) {
        const v = data?.[k];
        found[k] = typeof v === 'string' || typeof v === 'number' ? String(v) : undefined;
      }
    } catch {
      return undefined;
    }
  }
  const head: Head = { path };
  if (found.code) head.code = found.code;
  if (found.date) head.date = found.date;
  if (found.meeting) {
    head.meeting = found.meeting;
    const m = /^(\d+)([a-z]?)$/.exec(found.meeting);
    if (m) {
      head.number = Number(m[1]);
      if (m[2]) head.suffix = m[2];
    }
  }
  return head;
}

const headOf = (m: Meeting): Head => ({
  path: m.path,
  ...(m.code !== undefined ? { code: m.code } : {}),
  ...(m.meeting !== undefined ? { meeting: m.meeting } : {}),
  ...(m.meetingNumber !== undefined ? { number: m.meetingNumber } : {}),
  ...(m.meetingSuffix !== undefined ? { suffix: m.meetingSuffix } : {}),
  ...(m.date !== undefined ? { date: m.date } : {}),
});

/** The series order of FORMAT §6: date, then number, then suffix. */
export function compareHeads(a: Head, b: Head): number {
  return (a.date ?? '').localeCompare(b.date ?? '') || (a.number ?? 0) - (b.number ?? 0) || (a.suffix ?? '').localeCompare(b.suffix ?? '');
}

/**
 * The Markdown files under a configuration root that may be minutes, as `discover` lists a folder
 * (the configuration's `files` patterns, else every .md but README/CHANGELOG); whether each has
 * front matter is left to `readHead`, so that each file is opened once.
 */
export function seriesFiles(root: string, lookup: ConfigLookup): string[] {
  const patterns = lookup.forFile(resolve(root, 'x.md')).config.files;
  const found = patterns ? globSync(patterns, { cwd: root, absolute: true, ignore: ['**/node_modules/**'] }) : walk(root);
  return found.map((f) => resolve(f)).sort();
}

const HEAD_BYTES = 8192;
/** One buffer for every head read: two hundred files should not mean two hundred allocations. */
const headBuffer = Buffer.allocUnsafe(HEAD_BYTES);

/** The head of a file: its first few kilobytes, or all of it when the front matter runs longer. */
export function readStart(path: string): string | undefined {
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
    const n = readSync(fd, headBuffer, 0, HEAD_BYTES, 0);
    const text = headBuffer.toString('utf8', 0, n);
    if (n < HEAD_BYTES) return text;
    // Cut at the last line break, so that a key is never read half-way.
    return text.slice(0, text.lastIndexOf('\n') + 1);
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** readHead on the start of a file, reading it whole only when the start does not settle it. */
export function headOfFile(path: string): Head | undefined {
  const start = readStart(path);
  if (start === undefined || !/^\uFEFF?---[ \t]*\r?\n/.test(start)) return undefined;
  const quick = readHeadPartial(path, start);
  if (quick) return quick;
  try {
    return readHead(path, readFileSync(path, 'utf8'));
  } catch {
    return undefined;
  }
}

/** Reads the three keys from a front matter that may be cut short; undefined when they are not all there. */
function readHeadPartial(path: string, start: string): Head | undefined {
  const open = /^\uFEFF?---[ \t]*\r?\n/.exec(start)!;
  const close = /\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/.exec(start.slice(open[0].length - 1));
  const yaml = close ? start.slice(open[0].length, open[0].length - 1 + close.index) : start.slice(open[0].length);
  const meeting = KEYS.meeting.exec(yaml)?.[1];
  const date = KEYS.date.exec(yaml)?.[1];
  const code = KEYS.code.exec(yaml)?.[1];
  if (!meeting || !date || /^[[{&*!|>]/.test(code ?? '') || /^[[{&*!|>]/.test(meeting) || /^[[{&*!|>]/.test(date)) return undefined;
  if (!close && code === undefined) return undefined; // the code may come further down
  const found = { meeting: unquote(meeting), date: unquote(date), ...(code ? { code: unquote(code) } : {}) };
  const head: Head = { path, meeting: found.meeting, date: found.date };
  if (found.code) head.code = found.code;
  const m = /^(\d+)([a-z]?)$/.exec(found.meeting);
  if (m) {
    head.number = Number(m[1]);
    if (m[2]) head.suffix = m[2];
  }
  return head;
}

/**
 * The earlier meetings a checked meeting depends on, from a list of heads in series order that
 * all come before it: back to the previous ordinary meeting (whose open actions it must review),
 * and back to the meeting that raised each action it reviews (to compare metadata and closures).
 */
export function neededBefore(meeting: Meeting, before: Head[], config: Config): Head[] {
  if (before.length === 0) return [];
  let from = before.length - 1;
  while (from > 0 && before[from]!.suffix !== undefined) from--;
  const pattern = idPatternOf(config);
  for (const r of meeting.outstanding) {
    if (!r.id) continue;
    const named = meetingOfId(r.id, pattern);
    if (named === undefined) return before; // an ID pattern without {meeting}: any earlier meeting may have raised it
    const i = before.findIndex((h) => h.meeting === named);
    if (i >= 0 && i < from) from = i;
  }
  return before.slice(from);
}

/** The `contextFor` callback of `check()` for the CLI. */
export function seriesContext(lookup: ConfigLookup): (analyses: Analysis[]) => Analysis[] {
  return (analyses) => {
    const checked = new Set(analyses.map((a) => resolve(a.file.path)));
    const byRoot = new Map<string, { config: Config; meetings: Meeting[] }>();
    for (const a of analyses) {
      const m = a.meeting;
      if (!m?.code || m.date === undefined) continue;
      const { config } = lookup.forFile(resolve(m.path));
      if (!config.root) continue; // without a configuration file there is no series folder to read
      let g = byRoot.get(config.root);
      if (!g) byRoot.set(config.root, (g = { config, meetings: [] }));
      g.meetings.push(m);
    }
    const wanted = new Map<string, Config>();
    for (const [root, { config, meetings }] of byRoot) {
      const others = seriesFiles(root, lookup).filter((f) => !checked.has(f) && lookup.forFile(f).config.root === root);
      if (others.length === 0) continue;
      const heads: Head[] = [];
      for (const f of others) {
        const h = headOfFile(f);
        if (h) heads.push({ ...h, code: h.code ?? config.code });
      }
      heads.sort(compareHeads);
      for (const m of meetings) {
        const me = headOf(m);
        const before = heads.filter((h) => h.code === m.code && h.date !== undefined && compareHeads(h, me) < 0);
        for (const h of neededBefore(m, before, config)) wanted.set(h.path, config);
      }
    }
    const context: Analysis[] = [];
    for (const [path, config] of [...wanted].sort(([a], [b]) => a.localeCompare(b))) {
      try {
        context.push(analyse(readSource(path), lookup.forFile(path).config ?? config, { fileRules: false }));
      } catch {
        // an unreadable earlier meeting is reported when it is checked itself
      }
    }
    return context;
  };
}
