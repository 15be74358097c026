/**
 * The series findings of `check --cache`, one record per series: which findings the series rules
 * gave each checked meeting, keyed by everything they read. The series rules read nothing but the
 * meetings of the series and its configuration (rules/types.ts, SeriesRule), so the key is each
 * meeting's path, bytes and resolved configuration in series order, whether it was checked (only
 * checked meetings are given findings), and the series' configuration; the stamp (minutebook's
 * bundle, Node) is checked for every file of the cache. A series with one meeting changed, added,
 * renamed or removed has another key: it is rebuilt from its facts and checked again.
 *
 * A record is named by the series (its configuration root and code, or folder), so that a changed
 * series replaces its record rather than adding one.
 */
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import type { Config } from '../../config/types.js';
import type { StoredFinding } from '../../core/file-result.js';
import { seriesFolder } from '../../series/series.js';
import type { SourceInput } from '../../core/analyse.js';
import type { Placed } from '../../series/series.js';
import type { CheckCache } from './check-cache.js';

/** What the key reads of a meeting of the series (cached-check.ts's Member is one). */
export interface RecordMember {
  input: SourceInput;
  config: Config;
  /** Present when the meeting is checked in this run (only checked meetings are given findings). */
  analysis?: unknown;
  place: Placed;
}

export interface SeriesRecordKey {
  name: string;
  key: string;
}

const sha = (text: string) => createHash('sha256').update(text).digest('hex');

/** The record's name and key for a group of meetings in series order; undefined when one of them has no digest (standard input). */
export function seriesRecordKey(group: readonly RecordMember[], config: Config, cache: CheckCache): SeriesRecordKey | undefined {
  const parts: string[] = [cache.configDigest(config)];
  for (const m of group) {
    const k = cache.keyOf(m.input, m.config);
    if (k === undefined) return undefined;
    parts.push(`${k}\u0000${m.analysis ? 'checked' : 'read'}`);
  }
  const first = group[0]!.place;
  const root = config.root === undefined ? '' : cache.relativePath(config.root);
  const series = first.code !== undefined && first.code !== '' ? first.code : `\u0000${cache.relativePath(resolve(seriesFolder(first.path)))}`;
  return { name: sha(`${root}\u0000${series}`).slice(0, 32), key: sha(parts.join('\n')) };
}

/** The stored findings per meeting (by path relative to the repository), when the record's key is this one. */
export function readSeriesRecord(cache: CheckCache, k: SeriesRecordKey): Record<string, StoredFinding[]> | undefined {
  const data = cache.readSeries(k.name, k.key);
  if (typeof data !== 'object' || data === null) return undefined;
  const found = data as Record<string, unknown>;
  return Object.values(found).every((f) => Array.isArray(f)) ? (found as Record<string, StoredFinding[]>) : undefined;
}

export function writeSeriesRecord(cache: CheckCache, k: SeriesRecordKey, found: Record<string, StoredFinding[]>): void {
  cache.writeSeries(k.name, k.key, found);
}
