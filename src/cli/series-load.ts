/**
 * Reads a folder of minutes as series for the commands that look across meetings (actions, new,
 * stats, decisions): every file is checked, so that the register sees what `check` sees.
 */
import type { Analysis } from '../core/analyse.js';
import { check } from '../core/check.js';
import type { ResolvedSeries } from '../series/resolve.js';
import { seriesName } from '../series/series.js';
import { loadSources } from './load-sources.js';
import { UserError } from './errors.js';
import { formatReport } from './reporters.js';

export interface LoadedSeries extends ResolvedSeries {
  code: string;
}

export interface SeriesLoad {
  series: LoadedSeries[];
  analyses: Analysis[];
  /** Files with errors: commands still answer, but say that the answer may be incomplete. */
  withErrors: string[];
}

export async function loadSeries(dir: string | undefined, flags: { config?: string }, err: (s: string) => void): Promise<SeriesLoad> {
  const loaded = await loadSources([dir ?? '.'], flags);
  if (loaded.configFiles.length > 0) {
    err(formatReport(loaded.configFiles, { format: 'stylish', color: false, quiet: false }).replace(/\n$/, ''));
    throw new UserError('the configuration has errors; fix them first');
  }
  if (loaded.problems.length > 0) throw new UserError(loaded.problems.join('; '), 1);
  const configFor = (p: string) => loaded.lookup.forFile(p).config;
  const analyses = check(loaded.inputs, { configFor });
  // The series as check resolved them, in the order their first file was read.
  const resolved = [...new Set(analyses.flatMap((a) => (a.series ? [a.series] : [])))];
  const series = resolved.map((s) => ({ ...s, code: seriesName(s.meetings[0]!) }));
  const withErrors = analyses.filter((a) => a.file.messages.some((m) => m.fatal === true)).map((a) => a.file.path);
  if (withErrors.length > 0) {
    err(`minutebook: ${withErrors.length} ${withErrors.length === 1 ? 'file has' : 'files have'} errors (${withErrors.slice(0, 3).join(', ')}${withErrors.length > 3 ? ', …' : ''}); run \`minutebook check\` for details`);
  }
  return { series, analyses, withErrors };
}

/** Today's date as YYYY-MM-DD in UTC, or the date a flag gives after checking it. */
export function isoDate(value: string | undefined, flag: string): string {
  if (value === undefined) return new Date().toISOString().slice(0, 10);
  const d = new Date(`${value}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== value) {
    throw new UserError(`${flag} expects a date written YYYY-MM-DD, not "${value}"`);
  }
  return value;
}
