/**
 * `check --cache`: each file's analysis comes from the cache when nothing it depends on changed;
 * the others are analysed (`analyseMisses`: in this thread, or by the worker pool) and stored; the
 * earlier meetings the series step reads come from the cache's facts the same way; then the series
 * step runs on all of them, as `check` does (core/check.ts).
 */
import type { Config } from '../../config/types.js';
import { analyse, type Analysis, type SourceInput } from '../../core/analyse.js';
import { analyseAll, seriesStep, type CheckOptions } from '../../core/check.js';
import { analysisOf, fileResultOf } from '../../core/file-result.js';
import type { SeriesContextOptions } from '../../core/series-context.js';
import type { SeriesPort } from '../../core/series-port.js';
import { factsOf } from '../../series/facts.js';
import type { CheckCache } from './check-cache.js';

/** Analyses the files the cache does not answer for, in their order (what they asked noted in `reads`). */
export type AnalyseMisses = (inputs: SourceInput[]) => Analysis[] | Promise<Analysis[]>;

export async function cachedCheck(inputs: readonly SourceInput[], options: CheckOptions, cache: CheckCache, analyseMisses: AnalyseMisses = (misses) => analyseAll(misses, options)): Promise<Analysis[]> {
  const analyses: Array<Analysis | undefined> = inputs.map((input) => {
    const hit = cache.lookup(input, options.configFor(input.path));
    return hit && analysisOf(input.path, hit);
  });
  const misses = inputs.filter((_, k) => analyses[k] === undefined);
  const fresh = await analyseMisses(misses);
  misses.forEach((input, k) => cache.store(input, options.configFor(input.path), fileResultOf(fresh[k]!)));
  let next = 0;
  const all = analyses.map((a) => a ?? fresh[next++]!);
  const port = options.port;
  if (!port) return seriesStep(all, options);
  const contextOptions: SeriesContextOptions = { ...options.contextOptions, analyseFile: (path, config) => earlierMeeting(path, config, port, cache, options.contextOptions) };
  return seriesStep(all, { ...options, contextOptions });
}

/** An earlier meeting a checked one depends on: its facts from the cache, else analysed without its own findings and stored. */
function earlierMeeting(path: string, config: Config, port: SeriesPort, cache: CheckCache, o: SeriesContextOptions | undefined): Analysis | undefined {
  try {
    const input = port.readFile(path);
    const facts = cache.facts(input, config);
    if (facts !== undefined) return analysisOf(input.path, { findings: [], ...(facts ? { facts } : {}) });
    const a = analyse(input, config, { fileRules: false, autolinkLiterals: o?.outputs !== false, seriesOnly: o?.outputs === false });
    cache.storeFacts(input, config, a.meeting ? factsOf(a.meeting) : undefined);
    return a;
  } catch {
    return undefined; // an unreadable earlier meeting is reported when it is checked itself
  }
}
