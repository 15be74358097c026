import { check } from '../../core/check.js';
import { asideReport, formatInspectJson, formatInspectTable, inspectAnalyses, type SeriesView } from '../../inspect/inspect.js';
import { compareCodeUnits } from '../../util/compare-text.js';
import type { Meeting } from '../../model/types.js';
import { diskPort } from '../disk-port.js';
import { UserError } from '../errors.js';
import { loadSources } from '../load-sources.js';

export async function runInspect(files: string[], flags: { format: 'table' | 'json'; config?: string }, out: (s: string) => void, err: (s: string) => void): Promise<number> {
  const loaded = await loadSources(files, flags);
  if (loaded.configFiles.length > 0) throw new UserError('the configuration has errors; run `minutebook check` for details');
  const configFor = (p: string) => loaded.lookup.forFile(p).config;
  // Earlier meetings of the series are read too, so that reviews name the action they review.
  const analyses = check(loaded.inputs, { configFor, port: diskPort(() => loaded.lookup) });
  const bySeries = new Map<Meeting, SeriesView>(analyses.flatMap((a) => (a.meeting && a.series ? [[a.meeting, a.series] as const] : [])));
  const reports = [...inspectAnalyses(analyses, (m) => bySeries.get(m)), ...loaded.leftAside.flatMap((f) => {
    const why = loaded.asideWhy.get(f);
    return why ? [asideReport(f, why)] : [];
  })].sort((a, b) => compareCodeUnits(a.path, b.path));
  out(flags.format === 'json' ? formatInspectJson(reports) : formatInspectTable(reports));
  for (const p of loaded.problems) err(`minutebook: ${p}`);
  return loaded.problems.length > 0 || reports.some((r) => r.unreadable !== undefined) ? 1 : 0;
}
