import { existsSync } from 'node:fs';
import type { Analysis, SourceInput } from '../../core/analyse.js';
import type { Config } from '../../config/types.js';
import { applyFixes } from '../../core/apply-fixes.js';
import { gitHistory } from '../git-history.js';
import { encodeSource } from '../../parse/decode.js';
import { check, seriesStep, type CheckOptions } from '../../core/check.js';
import { analyseFiles } from '../analyse-files.js';
import type { Finding } from '../../core/report.js';
import { diskPort } from '../disk-port.js';
import { firstDayNote, leftAsideNote, loadSources } from '../load-sources.js';
import { progress } from '../progress.js';
import { UserError } from '../errors.js';
import { counts, formatReport, type ReportFormat } from '../reporters.js';
import { writeAtomic } from '../write-atomic.js';
import { fixTarget } from '../fix-target.js';
import { CheckCache } from '../cache/check-cache.js';
import { cachedCheck } from '../cache/cached-check.js';
import { cacheFolder, repositoryBase } from '../cache/location.js';

export interface CheckFlags {
  format: ReportFormat;
  maxWarnings?: number;
  quiet: boolean;
  color: boolean;
  fix: boolean;
  config?: string;
  stdinFilename?: string;
  /** `--only-minutes`: named files that do not look like minutes are left aside too (the pre-commit hook). */
  onlyMinutes?: boolean;
  /** `--output-file`: the report goes there, written atomically, instead of to standard output. */
  outputFile?: string;
  /** `--threads`: threads that analyse the files (analyse-files.ts picks when not given). */
  threads?: number;
  /** `--cache`: keep each file's findings and series facts between runs (cache/check-cache.ts). */
  cache?: boolean;
  /** `--cache-location`: the cache folder (default `.minutebook-cache`). */
  cacheLocation?: string;
}

export async function runCheck(paths: string[], flags: CheckFlags, out: (s: string) => void, err: (s: string) => void): Promise<number> {
  const loaded = await loadSources(paths, flags);
  const configFor = (p: string) => loaded.lookup.forFile(p).config;
  if (loaded.configFiles.length > 0) {
    out(formatReport(loaded.configFiles, { format: flags.format, color: flags.color, quiet: false }));
    err('minutebook: the configuration has errors; fix them first');
    return 2;
  }
  const shown = progress('minutebook: checking');
  // The series is read through the disk port, once, by the core: nothing from the earlier meetings is built.
  const series = { port: diskPort(() => loaded.lookup), contextOptions: { outputs: false } };
  // Each file alone (on worker threads for a large run), then the series on this thread.
  const analyseMisses = (inputs: SourceInput[]) => analyseFiles(inputs, { configFor, release: true, history: true, slim: !flags.fix, onProgress: shown.update, ...(flags.threads ? { threads: flags.threads } : {}) });
  // With --cache, only the files the cache cannot answer for are analysed; what `--fix` rewrites is never cached.
  const cache = flags.cache && !flags.fix ? new CheckCache(cacheFolder(flags.cacheLocation), { base: repositoryBase(), exists: existsSync }) : undefined;
  let analyses = cache ? await cachedCheck(loaded.inputs, { configFor, ...series }, cache, analyseMisses) : seriesStep(await analyseMisses(loaded.inputs), { configFor, ...series });
  cache?.prune();
  shown.done();
  if (flags.fix) analyses = fixAll(analyses, loaded.inputs, configFor, err, series);
  const files = analyses.map((a) => a.file);
  const report = formatReport(files, { format: flags.format, color: flags.color, quiet: flags.quiet });
  if (flags.outputFile !== undefined) writeAtomic(flags.outputFile, report);
  else if (report) out(report);
  for (const p of loaded.problems) err(`minutebook: ${p}`);
  const aside = loaded.unconfigured ? firstDayNote(loaded, analyses, paths) : leftAsideNote(loaded);
  if (aside) err(aside);
  const { errors, warnings } = counts(files);
  if (loaded.problems.length > 0 || errors > 0) return 1;
  if (flags.maxWarnings !== undefined && warnings > flags.maxWarnings) {
    err(`minutebook: ${warnings} ${warnings === 1 ? 'warning' : 'warnings'}, more than --max-warnings ${flags.maxWarnings}`);
    return 1;
  }
  return 0;
}

/** Applies every fix, writes the files that changed atomically, and checks everything again. */
function fixAll(analyses: Analysis[], inputs: SourceInput[], configFor: (p: string) => Config, err: (s: string) => void, series: Pick<CheckOptions, 'port' | 'contextOptions'>): Analysis[] {
  let changed = false;
  const next = analyses.map((a, i): SourceInput => {
    const fixes = a.file.messages.flatMap((m) => ((m as Finding).fix ? [(m as Finding).fix!] : []));
    if (fixes.length === 0 || a.source === undefined) return inputs[i]!;
    const { text, applied } = applyFixes(a.source, fixes);
    const contents = encodeSource(text, a.encoding ?? 'utf-8', a.bom === true);
    const where = fixTarget(a.file.path);
    if (!where.ok) {
      err(`minutebook: ${a.file.path} ${where.why}: left as it is, ${fixes.length} fixable ${fixes.length === 1 ? 'problem' : 'problems'} not fixed`);
      return inputs[i]!;
    }
    try {
      writeAtomic(where.target, contents, { mode: where.mode });
    } catch (e) {
      // A folder that cannot take the temporary file (read-only, full): this file stays as it was.
      if (!(e instanceof UserError)) throw e;
      err(`minutebook: ${e.message}; ${a.file.path} not fixed`);
      return inputs[i]!;
    }
    err(`minutebook: fixed ${applied.length} ${applied.length === 1 ? 'problem' : 'problems'} in ${a.file.path}`);
    changed = true;
    return { path: a.file.path, contents };
  });
  return changed ? check(next, { configFor, release: true, exists: existsSync, ...series }) : analyses;
}
