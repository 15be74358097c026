import type { Config } from '../config/types.js';
import { seriesRules } from '../rules/index.js';
import { DIRECTIVE_RULE_ID, isDisabled } from '../model/directives.js';
import { analyse, type Analysis, type SourceInput } from './analyse.js';
import { addFinding } from './report.js';
import { releaseSyntax } from './release-syntax.js';
import { seriesContext, type SeriesContextOptions } from './series-context.js';
import type { SeriesPort } from './series-port.js';
import { resolveAll, type ResolvedSeries } from '../series/resolve.js';

export interface CheckOptions {
  /** The configuration that applies to each source (the CLI looks it up per folder). */
  configFor: (path: string) => Config;
  /**
   * Meetings of the same series that are not being checked themselves but are read for the
   * cross-meeting rules (findings in them are not reported).
   */
  context?: Analysis[];
  /**
   * Where the rest of each checked file's series is read when `context` is not given: the core
   * reads through it only the earlier meetings the checked ones depend on (series-context.ts).
   */
  port?: SeriesPort;
  /** How the earlier meetings read through `port` are analysed (see SeriesContextOptions). */
  contextOptions?: SeriesContextOptions;
  /** Drop syntax trees after the per-file rules (see release-syntax.ts): for reports, not outputs. */
  release?: boolean;
  /** Tells whether a file exists, for relative links (the CLI passes the file system's answer). */
  exists?: (path: string) => boolean;
  /** Earlier versions of a file, newest first (the CLI reads them from git): approved-changed names the line that changed. */
  history?: (path: string) => Iterable<string>;
  /** Told as files are analysed, for a progress display. */
  onProgress?: (done: number, total: number) => void;
}

/**
 * Per-file rules on every source, then series resolution (series/resolve.ts) and the series rules
 * on each resolved series. Each analysis whose meeting belongs to a series gets that series in
 * `series`, for the view model. Pure.
 */
export function check(inputs: SourceInput[], options: CheckOptions): Analysis[] {
  return seriesStep(analyseAll(inputs, options), options);
}

/** The per-file half of `check` in this thread: every source read, modelled and checked by its own rules. */
export function analyseAll(inputs: readonly SourceInput[], options: CheckOptions): Analysis[] {
  const analyses = inputs.map((i, k) => {
    options.onProgress?.(k, inputs.length);
    return analyseForCheck(i, options.configFor(i.path), options);
  });
  options.onProgress?.(inputs.length, inputs.length);
  return analyses;
}

/**
 * The per-file step of `check` on one source: read, model, the file's own rules, and with
 * `release` the syntax tree and what only those rules read dropped. It depends on nothing but the
 * source and its configuration, so the CLI may run it on worker threads (cli/analyse-files.ts).
 * What the rules asked besides (whether linked files exist, the file's git history) is noted in
 * `reads`, for `check --cache`.
 */
export function analyseForCheck(input: SourceInput, config: Config, options: Pick<CheckOptions, 'exists' | 'history' | 'release'>): Analysis {
  const reads: NonNullable<Analysis['reads']> = { exists: {}, history: false };
  const { exists, history } = options;
  const a = analyse(input, config, {
    ...(exists ? { exists: (p: string) => (reads.exists[p] = exists(p)) } : {}),
    ...(history ? { history: (p: string) => ((reads.history = true), history(p)) } : {}),
    // Trees that are released after the rules feed no output: they can skip GFM's link literals.
    autolinkLiterals: options.release !== true,
  });
  if (options.release) releaseSyntax(a);
  a.reads = reads;
  return a;
}

/**
 * The series step of `check`, on the main thread: the analyses of the checked files (in their
 * order, from analyseForCheck here or on workers) with the earlier meetings they depend on,
 * resolved into series, the series rules run, and disabled findings dropped.
 */
export function seriesStep(analyses: Analysis[], options: CheckOptions): Analysis[] {
  const context = options.context ?? (options.port ? seriesContext(analyses, options.port, options.configFor, options.contextOptions) : []);
  const meetings = [...analyses, ...context].flatMap((a) => (a.meeting ? [a.meeting] : []));
  const resolved = resolveAll(meetings, options.configFor);
  const byPath = new Map(analyses.map((a) => [a.file.path, a]));
  for (const series of resolved) {
    for (const m of series.meetings) {
      const a = byPath.get(m.path);
      if (a) a.series = series;
    }
    runSeriesRules(series, byPath);
  }
  for (const a of analyses) dropDisabled(a);
  return analyses;
}

/** Removes the findings that the file's inline disable comments cover; the series rules have reported too by now. */
export function dropDisabled(a: Analysis): void {
  const directives = a.directives;
  const loc = a.loc;
  const lines = a.directiveLines;
  if (!directives?.length || (!loc && !lines)) return;
  const lineOf = (offset: number) => (loc ? loc.point(offset).line : (lines![offset] ?? 1));
  a.file.messages = a.file.messages.filter((m) => m.ruleId === DIRECTIVE_RULE_ID || m.line == null || !isDisabled(directives, m.ruleId ?? '', m.line, lineOf));
}

/** Runs the series rules on one resolved series; findings go to the files in `byPath` (the checked ones). */
export function runSeriesRules(series: ResolvedSeries, byPath: ReadonlyMap<string, Analysis>): void {
  for (const rule of seriesRules) {
    rule.check({
      ...series,
      report: (place, message, options) => {
        const target = byPath.get(options.path);
        // Findings in context-only files are not the user's question right now.
        if (target) addFinding(target.file, rule, series.config, place, message, options.fix);
      },
    });
  }
}
