import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { VFile } from 'vfile';
import type { Analysis, SourceInput } from '../../core/analyse.js';
import type { Config } from '../../config/types.js';
import { applyFixes } from '../../core/apply-fixes.js';
import { encodeSource } from '../../parse/decode.js';
import { check } from '../../core/check.js';
import type { Finding } from '../../core/report.js';
import { ConfigLookup } from '../config-lookup.js';
import { seriesContext } from '../series-context.js';
import { progress } from '../progress.js';
import { discover, displayPath } from '../discover.js';
import { UserError } from '../errors.js';
import { readSource, readStdin } from '../read-sources.js';
import { counts, formatReport, type ReportFormat } from '../reporters.js';
import { writeAtomic } from '../write-atomic.js';
import { fixTarget } from '../fix-target.js';

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
}

export interface Loaded {
  inputs: SourceInput[];
  lookup: ConfigLookup;
  /** Configuration files that had findings: a configuration error stops the run with exit 2. */
  configFiles: VFile[];
  /** Lines for paths that did not resolve to minutes. */
  problems: string[];
  /** Markdown files found that do not look like minutes, or that `ignores` lists: not checked. */
  leftAside: string[];
}

/** One line saying how many Markdown files were not taken as minutes, so that none goes missing unseen. */
export function leftAsideNote(loaded: Loaded): string | undefined {
  const n = loaded.leftAside.length;
  if (n === 0) return undefined;
  const shown = loaded.leftAside.slice(0, 3).map((f) => displayPath(f)).join(', ');
  return `minutebook: left aside ${n} Markdown ${n === 1 ? 'file' : 'files'} that ${n === 1 ? 'does' : 'do'} not look like minutes or ${n === 1 ? 'is' : 'are'} in \`ignores\` (${shown}${n > 3 ? ', …' : ''}); minutes have front matter with a date and attendees`;
}

/** Resolves arguments to sources and their configuration. Shared by check and build. */
export async function loadSources(paths: string[], flags: { config?: string; stdinFilename?: string; onlyMinutes?: boolean }): Promise<Loaded> {
  const lookup = new ConfigLookup(flags.config);
  const inputs: SourceInput[] = [];
  const problems: string[] = [];
  const args = paths.length ? paths : ['.'];
  const fileArgs = args.filter((a) => a !== '-');
  if (args.includes('-')) {
    const name = flags.stdinFilename ?? '<stdin>';
    inputs.push({ path: name, contents: await readStdin() });
  }
  const found = discover(fileArgs, (folder) => {
    const c = lookup.forFile(resolve(folder, 'x.md')).config;
    return c.root === folder ? c.files : undefined;
  }, flags.onlyMinutes === true);
  const leftAside = [...found.leftAside];
  for (const m of found.missing) problems.push(`${m}: no such file or folder`);
  for (const e of found.empty) problems.push(`${e}: no minutes files found (Markdown files whose front matter has a date and attendees)`);
  for (const f of found.files) {
    if (lookup.isIgnored(f)) {
      leftAside.push(f);
      continue;
    }
    try {
      inputs.push(readSource(f));
    } catch (e) {
      if (e instanceof UserError) problems.push(e.message);
      else throw e;
    }
  }
  const configFiles = new Map<string, VFile>();
  for (const i of inputs) {
    const c = lookup.forFile(i.path === (flags.stdinFilename ?? '<stdin>') ? resolve(i.path) : i.path);
    if (c.file && c.file.messages.length > 0) configFiles.set(c.file.path, c.file);
  }
  return { inputs, lookup, configFiles: [...configFiles.values()], problems, leftAside };
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
  let analyses = check(loaded.inputs, { configFor, contextFor: seriesContext(loaded.lookup, { outputs: false }), onProgress: shown.update, release: true, exists: existsSync });
  shown.done();
  if (flags.fix) analyses = fixAll(analyses, loaded.inputs, configFor, err, seriesContext(loaded.lookup, { outputs: false }));
  const files = analyses.map((a) => a.file);
  const report = formatReport(files, { format: flags.format, color: flags.color, quiet: flags.quiet });
  if (flags.outputFile !== undefined) writeAtomic(flags.outputFile, report);
  else if (report) out(report);
  for (const p of loaded.problems) err(`minutebook: ${p}`);
  const aside = leftAsideNote(loaded);
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
function fixAll(analyses: Analysis[], inputs: SourceInput[], configFor: (p: string) => Config, err: (s: string) => void, contextFor?: (a: Analysis[]) => Analysis[]): Analysis[] {
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
  return changed ? check(next, { configFor, release: true, exists: existsSync, ...(contextFor ? { contextFor } : {}) }) : analyses;
}
