/**
 * One file's analysis as plain data: its per-file findings, the facts the series step reads
 * (series/facts.ts), its inline disable comments and why it is not minutes. `check --cache` keeps
 * it per file, and a worker thread hands it back instead of a model: `analysisOf` turns it into an
 * Analysis that `seriesStep` (check.ts) treats like a fresh one, so that a check from these results
 * reports exactly what a check that parsed every file reports.
 */
import type { VFile } from 'vfile';
import type { Directive } from '../model/directives.js';
import type { NotMinutes } from '../model/readers/kept-head.js';
import type { Point, Span } from '../model/types.js';
import { factsOf, meetingOfFacts, type SeriesFacts } from '../series/facts.js';
import type { Fix } from '../rules/types.js';
import type { Analysis } from './analyse.js';
import { newFile, type Finding } from './report.js';

/** A finding as addFinding made it (report.ts). */
export interface StoredFinding {
  reason: string;
  place?: Span | Point;
  ruleId?: string;
  fatal?: boolean;
  url?: string;
  fix?: Fix;
}

export interface FileResult {
  /** Per-file findings, before the inline disable comments are applied (that is done after the series rules). */
  findings: StoredFinding[];
  /** Absent when the file was not read as a meeting. */
  facts?: SeriesFacts;
  /** The inline disable comments, with the line of each offset they name, so that no source is needed to apply them. */
  directives?: { list: Directive[]; lines: Record<number, number> };
  notMinutes?: NotMinutes;
  /** What the analysis asked besides the file and its configuration (Analysis.reads). */
  reads?: { exists: Record<string, boolean>; history: boolean };
}

/** The plain-data result of an analysis whose per-file rules have run (before the series step). */
export function fileResultOf(a: Analysis): FileResult {
  const r: FileResult = { findings: a.file.messages.map(storedFinding) };
  if (a.meeting) r.facts = factsOf(a.meeting);
  if (a.directives?.length && (a.loc || a.directiveLines)) {
    // An analysis rebuilt from a result (analysisOf) has the lines already and no locator.
    const lines: Record<number, number> = a.loc ? {} : { ...a.directiveLines };
    if (a.loc) for (const d of a.directives) for (const o of [d.start, d.end]) lines[o] = a.loc.point(o).line;
    r.directives = { list: a.directives, lines };
  }
  if (a.notMinutes !== undefined) r.notMinutes = a.notMinutes;
  if (a.reads) r.reads = a.reads;
  return r;
}

/** An Analysis rebuilt from a result, for the series step and the report; it has no source, tree or full model. */
export function analysisOf(path: string, r: FileResult): Analysis {
  const file = newFile(path);
  addStoredFindings(file, r.findings);
  const a: Analysis = { file };
  if (r.facts) a.meeting = meetingOfFacts(path, r.facts);
  if (r.directives) {
    a.directives = r.directives.list;
    a.directiveLines = r.directives.lines;
  }
  if (r.notMinutes !== undefined) a.notMinutes = r.notMinutes;
  // What the analysis asked stays known, so that a result rebuilt here can be stored again (check --cache).
  if (r.reads) a.reads = r.reads;
  return a;
}

/** Adds stored findings to a file as the rules made them (report.ts, addFinding). */
export function addStoredFindings(file: VFile, findings: readonly StoredFinding[]): void {
  for (const f of findings) {
    const message = file.message(f.reason, { ...(f.place ? { place: f.place } : {}), ...(f.ruleId ? { ruleId: f.ruleId } : {}), source: 'minutebook' }) as Finding;
    message.fatal = f.fatal;
    if (f.url !== undefined) message.url = f.url;
    if (f.fix) message.fix = f.fix;
  }
}

/** A finding as plain data (what addStoredFindings makes again). */
export function storedFinding(m: Finding): StoredFinding {
  const f: StoredFinding = { reason: m.reason };
  if (m.place) f.place = m.place as Span | Point;
  if (m.ruleId) f.ruleId = m.ruleId;
  if (m.fatal !== undefined && m.fatal !== null) f.fatal = m.fatal;
  if (m.url !== undefined) f.url = m.url;
  if (m.fix) f.fix = m.fix;
  return f;
}
