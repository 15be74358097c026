import type { Config } from '../config/types.js';
import { seriesRules } from '../rules/index.js';
import type { Meeting } from '../model/types.js';
import { analyse, type Analysis, type SourceInput } from './analyse.js';
import { addFinding } from './report.js';
import { releaseSyntax } from './release-syntax.js';
import { registerOf } from '../series/register.js';

export interface CheckOptions {
  /** The configuration that applies to each source (the CLI looks it up per folder). */
  configFor: (path: string) => Config;
  /**
   * Meetings of the same series that are not being checked themselves but are read for the
   * cross-meeting rules (findings in them are not reported).
   */
  context?: Analysis[];
  /**
   * Called with the checked files' analyses to supply the context lazily (the CLI reads only the
   * earlier meetings the checked ones depend on). Used when `context` is not given.
   */
  contextFor?: (analyses: Analysis[]) => Analysis[];
  /** Drop syntax trees after the per-file rules (see release-syntax.ts): for reports, not outputs. */
  release?: boolean;
  /** Told as files are analysed, for a progress display. */
  onProgress?: (done: number, total: number) => void;
}

/** Per-file rules on every source, then the series rules on each committee's meetings. Pure. */
export function check(inputs: SourceInput[], options: CheckOptions): Analysis[] {
  const analyses = inputs.map((i, k) => {
    options.onProgress?.(k, inputs.length);
    const a = analyse(i, options.configFor(i.path));
    if (options.release) releaseSyntax(a);
    return a;
  });
  options.onProgress?.(inputs.length, inputs.length);
  runSeries(analyses, options.context ?? options.contextFor?.(analyses) ?? [], options.configFor);
  return analyses;
}

/** Groups meetings by committee code and configuration root, each group ordered (FORMAT §6). */
export function seriesOf(analyses: Analysis[], configFor: (path: string) => Config): Array<{ config: Config; meetings: Meeting[] }> {
  const groups = new Map<string, { config: Config; meetings: Meeting[] }>();
  for (const a of analyses) {
    const m = a.meeting;
    if (!m?.code) continue;
    const config = configFor(m.path);
    const key = `${config.root ?? ''}\u0000${m.code}`;
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { config, meetings: [] }));
    g.meetings.push(m);
  }
  for (const g of groups.values()) g.meetings.sort(compareMeetings);
  return [...groups.values()];
}

export function compareMeetings(a: Meeting, b: Meeting): number {
  const d = (a.date ?? '').localeCompare(b.date ?? '');
  if (d !== 0) return d;
  const n = (a.meetingNumber ?? 0) - (b.meetingNumber ?? 0);
  if (n !== 0) return n;
  return (a.meetingSuffix ?? '').localeCompare(b.meetingSuffix ?? '');
}

function runSeries(analyses: Analysis[], context: Analysis[], configFor: (path: string) => Config): void {
  const byPath = new Map(analyses.map((a) => [a.file.path, a]));
  for (const { config, meetings } of seriesOf([...analyses, ...context], configFor)) {
    // Fills reviews' inherited metadata, which outputs read even when every series rule is off.
    registerOf(meetings);
    for (const rule of seriesRules) {
      rule.check({
        meetings,
        config,
        report: (place, message, options) => {
          const target = byPath.get(options.path);
          // Findings in context-only files are not the user's question right now.
          if (target) addFinding(target.file, rule, config, place, message, options.fix);
        },
      });
    }
  }
}
