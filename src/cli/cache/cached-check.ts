/**
 * `check --cache`: each file's analysis comes from the cache when nothing it depends on changed;
 * the others are analysed (`analyseMisses`: in this thread, or by the worker pool) and stored; the
 * earlier meetings the series step reads come from the cache the same way. Then the series step,
 * as `check` runs it (core/check.ts, seriesStep), one series at a time: a series whose meetings
 * and configuration are all as they were takes its findings from its record (series-record.ts);
 * only the others are rebuilt from their facts and checked again.
 */
import type { Config } from '../../config/types.js';
import { analyse, type Analysis, type SourceInput } from '../../core/analyse.js';
import { analyseAll, dropDisabled, runSeriesRules, type CheckOptions } from '../../core/check.js';
import { addStoredFindings, analysisOf, fileResultOf, storedFinding, type StoredFinding } from '../../core/file-result.js';
import type { Finding } from '../../core/report.js';
import { contextFiles, type ContextMember } from '../../core/series-context.js';
import type { Meeting } from '../../model/types.js';
import { factsOf, meetingOfFacts } from '../../series/facts.js';
import { resolveSeries } from '../../series/resolve.js';
import { groupSeries } from '../../series/series.js';
import type { CheckCache, Stored } from './check-cache.js';
import { readSeriesRecord, seriesRecordKey, writeSeriesRecord } from './series-record.js';

/** Analyses the files the cache does not answer for, in their order (what they asked noted in `reads`). */
export type AnalyseMisses = (inputs: SourceInput[]) => Analysis[] | Promise<Analysis[]>;

/** A meeting of the series step: checked (with its analysis) or read as an earlier meeting. */
export interface Member {
  input: SourceInput;
  config: Config;
  analysis?: Analysis;
  place: NonNullable<ContextMember['meeting']>;
  /** The meeting as the series step reads it, built from its facts when first asked for. */
  meeting: () => Meeting | undefined;
}

export async function cachedCheck(inputs: readonly SourceInput[], options: CheckOptions, cache: CheckCache, analyseMisses: AnalyseMisses = (misses) => analyseAll(misses, options)): Promise<Analysis[]> {
  const { configFor } = options;
  const stored = inputs.map((input) => cache.lookup(input, configFor(input.path)));
  const misses = inputs.filter((_, k) => stored[k] === undefined);
  const fresh = await analyseMisses(misses);
  misses.forEach((input, k) => cache.store(input, configFor(input.path), fileResultOf(fresh[k]!)));
  let next = 0;
  const analyses: Analysis[] = [];
  const checked: Member[] = [];
  inputs.forEach((input, k) => {
    const s = stored[k];
    const a = s ? analysisOf(input.path, s.result) : fresh[next++]!;
    analyses.push(a);
    const m = s ? storedMember(input, configFor(input.path), s, cache) : freshMember(input, configFor(input.path), a.meeting);
    if (!m) return;
    checked.push({ ...m, analysis: a });
    // A stored meeting's model is built from its facts only if something reads it (the first-day note asks whether there is one).
    if (s) Object.defineProperty(a, 'meeting', { get: m.meeting, enumerable: true, configurable: true });
  });
  const earlier = options.port ? contextMembers(checked, options, cache) : [];
  seriesByRecord([...checked, ...earlier], analyses, options, cache);
  for (const a of analyses) dropDisabled(a);
  return analyses;
}

/** The series step on the checked files and the earlier meetings, one series at a time, each from its record when it has one. */
function seriesByRecord(members: readonly Member[], analyses: readonly Analysis[], options: CheckOptions, cache: CheckCache): void {
  const byPlace = new Map(members.map((m) => [m.place, m]));
  const byPath = new Map(analyses.map((a) => [a.file.path, a]));
  for (const g of groupSeries(members.map((m) => m.place), options.configFor)) {
    const group = g.meetings.map((p) => byPlace.get(p)!);
    const key = seriesRecordKey(group, g.config, cache);
    const record = key && readSeriesRecord(cache, key);
    if (record) {
      for (const m of group) if (m.analysis) addStoredFindings(m.analysis.file, record[cache.relativePath(m.input.path)] ?? []);
      continue;
    }
    const meetings = group.flatMap((m) => m.meeting() ?? []);
    const series = resolveSeries(meetings, g.config);
    const before = new Map(group.map((m) => [m, m.analysis?.file.messages.length ?? 0]));
    for (const m of group) if (m.analysis) m.analysis.series = series;
    runSeriesRules(series, byPath);
    if (!key || meetings.length < group.length) continue;
    const found: Record<string, StoredFinding[]> = {};
    for (const m of group) if (m.analysis) found[cache.relativePath(m.input.path)] = m.analysis.file.messages.slice(before.get(m)).map((f) => storedFinding(f as Finding));
    writeSeriesRecord(cache, key, found);
  }
}

/** The earlier meetings the checked ones depend on: from the cache, else analysed for the series only and stored. */
function contextMembers(checked: readonly Member[], options: CheckOptions, cache: CheckCache): Member[] {
  const port = options.port!;
  const outputs = options.contextOptions?.outputs;
  const paths = contextFiles(checked.map((m) => ({ file: { path: m.input.path }, meeting: m.place })), port, options.configFor);
  return paths.flatMap((path) => {
    try {
      const input = port.readFile(path);
      const config = options.configFor(path);
      const s = cache.earlier(input, config);
      if (s) return storedMember(input, config, s, cache) ?? [];
      const a = analyse(input, config, { fileRules: false, autolinkLiterals: outputs !== false, seriesOnly: outputs === false });
      cache.storeFacts(input, config, a.meeting ? factsOf(a.meeting) : undefined);
      return freshMember(input, config, a.meeting) ?? [];
    } catch {
      return []; // an unreadable earlier meeting is reported when it is checked itself
    }
  });
}

function freshMember(input: SourceInput, config: Config, meeting: Meeting | undefined): Member | undefined {
  return meeting && { input, config, place: meeting, meeting: () => meeting };
}

/**
 * A stored meeting: its place from the entry, its facts read when its series must be checked
 * again (and, when their file is missing or out of date, the file analysed for the series only).
 */
function storedMember(input: SourceInput, config: Config, s: Stored, cache: CheckCache): Member | undefined {
  if (!s.place) return undefined;
  const { reviews, ...placed } = s.place;
  let built: Meeting | undefined;
  const meeting = () => {
    if (built) return built;
    let facts = s.facts();
    if (!facts) {
      const m = analyse(input, config, { fileRules: false, autolinkLiterals: false, seriesOnly: true }).meeting;
      facts = m && factsOf(m);
      if (facts) cache.restoreFacts(input, config, facts);
    }
    return (built = facts && meetingOfFacts(input.path, facts));
  };
  return { input, config, place: { path: input.path, ...placed, outstanding: reviews.map((id) => ({ id })) }, meeting };
}
