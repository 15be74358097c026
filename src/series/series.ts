/**
 * What a series is (FORMAT §6), in one place: which meetings belong together (identity), in what
 * order they come, and which meetings depend on which (a meeting reviews the open actions of the
 * ones before it). Pure: it reads meetings, or the heads of files that stand for them, and never
 * the file system. `check`, `build`, `build --watch`, `new`, `actions` and `stats` all use it.
 */
import type { Config } from '../config/types.js';
import type { IdPattern } from '../model/action-id.js';
import { normaliseId } from '../model/meeting-key.js';
import type { FrontMatterHead } from '../parse/front-matter.js';
import { compareMeetingNumbers, parseMeetingNumber } from '../parse/meeting-number.js';
import { compareText } from '../util/compare-text.js';

export { idPatternOf } from '../model/action-id.js';

/**
 * A meeting as its series places it. A modelled Meeting has these fields; so has a file glanced
 * at through its front matter head (see `placedOf`), which is all an earlier meeting needs to be
 * put in order.
 */
export interface Placed {
  path: string;
  code?: string;
  /** The meeting number as written: `41`, `38x`. */
  meeting?: string;
  meetingNumber?: number;
  meetingSuffix?: string;
  date?: string;
}

/** A file's place in its series from its front matter head; the configuration supplies a missing code. */
export function placedOf(path: string, head: FrontMatterHead, config: Pick<Config, 'code'>): Placed {
  const placed: Placed = { path };
  const code = head.code ?? config.code;
  if (code !== undefined) placed.code = code;
  if (head.date !== undefined) placed.date = head.date;
  if (head.meeting !== undefined) {
    placed.meeting = head.meeting;
    const n = parseMeetingNumber(head.meeting);
    if (n) {
      placed.meetingNumber = n.number;
      if (n.suffix) placed.meetingSuffix = n.suffix;
    }
  }
  return placed;
}

/** The series order: date, then meeting number, then suffix (`38` before `38x`). */
export function compareMeetings(a: Placed, b: Placed): number {
  return (
    compareText(a.date ?? '', b.date ?? '') ||
    compareMeetingNumbers({ number: a.meetingNumber ?? 0, ...(a.meetingSuffix ? { suffix: a.meetingSuffix } : {}) }, { number: b.meetingNumber ?? 0, ...(b.meetingSuffix ? { suffix: b.meetingSuffix } : {}) })
  );
}

/** Extraordinary meetings (`38x`) need not review every open action; what they leave carries to the next one. */
export const isExtraordinary = (m: Placed) => m.meetingSuffix !== undefined;

/**
 * Which series a meeting belongs to: its committee code within one configuration root (two
 * repositories may both have an `OPSG`). Undefined without a code: such a meeting has no series.
 */
export function seriesKey(m: Placed, config: Pick<Config, 'root'>): string | undefined {
  if (m.code !== undefined && m.code !== '') return `${config.root ?? ''}\u0000${m.code}`;
  // Without a code, the minutes of one folder and its sub-folders are one series (a group's first day).
  return m.date === undefined ? undefined : `${config.root ?? ''}\u0000\u0000${seriesFolder(m.path)}`;
}

/** Folders a website or an archive files minutes in by year and month (`2022/`, `2004/06/`). */
const DATE_FOLDER = /^(?:(?:19|20)\d{2}|0?[1-9]|1[0-2])$/;

/**
 * The folder that holds a series without a code: the file's folder, above the folders that file it
 * by year and month and above a page's own folder (`2022/CG-06-21.md`, `2004/06/agm/index.md`).
 */
export function seriesFolder(path: string): string {
  const parts = path.split(/[\\/]/);
  const name = parts.pop() ?? '';
  if (/^_?index\.md$/i.test(name) && parts.length > 1) parts.pop();
  while (parts.length > 1 && DATE_FOLDER.test(parts.at(-1)!)) parts.pop();
  return parts.join('/');
}

/** What a series is called in the register: its code, else its folder's name. */
export function seriesName(m: Placed): string {
  if (m.code !== undefined && m.code !== '') return m.code;
  return seriesFolder(m.path).split('/').at(-1) || 'minutes';
}

export interface SeriesGroup<T extends Placed> {
  config: Config;
  /** In series order. */
  meetings: T[];
}

/** Groups meetings into series, each in series order; groups come in the order first seen. */
export function groupSeries<T extends Placed>(items: readonly T[], configFor: (path: string) => Config): Array<SeriesGroup<T>> {
  const groups = new Map<string, SeriesGroup<T>>();
  for (const m of items) {
    const config = configFor(m.path);
    const key = seriesKey(m, config);
    if (key === undefined) continue;
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { config, meetings: [] }));
    g.meetings.push(m);
  }
  for (const g of groups.values()) g.meetings.sort(compareMeetings);
  return [...groups.values()];
}

export { normaliseId };

/** The meeting number an action ID names, where the pattern has `{meeting}`. */
export function meetingOfId(id: string, pattern: IdPattern): string | undefined {
  return pattern.parse(normaliseId(id))?.meeting;
}

/**
 * The earlier meetings a meeting depends on, from the meetings before it in series order: back to
 * the previous ordinary meeting (whose open actions it must review), and back to the meeting that
 * raised each action it reviews (to compare metadata and closures). `reviewIds`: the IDs it reviews.
 */
export function neededBefore<T extends Placed>(reviewIds: readonly string[], before: readonly T[], pattern: IdPattern): T[] {
  if (before.length === 0) return [];
  let from = before.length - 1;
  while (from > 0 && isExtraordinary(before[from]!)) from--;
  for (const id of reviewIds) {
    const named = meetingOfId(id, pattern);
    // An ID pattern without {meeting}: any earlier meeting may have raised it.
    if (named === undefined) return [...before];
    const i = before.findIndex((h) => h.meeting === named);
    if (i >= 0 && i < from) from = i;
  }
  return before.slice(from);
}

/**
 * The later meetings that depend on a meeting, from the meetings after it in series order: up to
 * and including the next ordinary meeting (which must review its open actions), and any later one
 * that reviews an action it raised.
 */
export function neededAfter<T extends Placed & { reviewIds: readonly string[] }>(changed: Placed, after: readonly T[], pattern: IdPattern): T[] {
  const out = new Set<T>();
  for (const h of after) {
    out.add(h);
    if (!isExtraordinary(h)) break;
  }
  for (const h of after) if (h.reviewIds.some((id) => meetingOfId(id, pattern) === changed.meeting)) out.add(h);
  return after.filter((h) => out.has(h));
}
