import { existsSync, mkdirSync } from 'node:fs';
import type { VFile } from 'vfile';
import { basename, dirname, extname, join, relative, resolve } from 'node:path';
import { commonFolder } from '../common-folder.js';
import type { Config } from '../../config/types.js';
import { build, EarlierVersionError } from '../../core/build.js';
import { earlierVersions, type ChangesFlags } from '../earlier-version.js';
import { formats as knownFormats, hasFormat } from '../../render/registry.js';
import { TemplateError } from '../../render/template-error.js';
import { displayPath } from '../discover.js';
import { UserError } from '../errors.js';
import { TemplateReader } from '../read-templates.js';
import { counts, formatReport } from '../reporters.js';
import { writeAllAtomic } from '../write-atomic.js';
import { leftAsideNote, loadSources } from '../load-sources.js';
import { diskPort } from '../disk-port.js';
import { progress } from '../progress.js';
import { analyseFiles } from '../analyse-files.js';
import { referenceDocAssets } from './reference-doc-assets.js';

export interface BuildFlags extends ChangesFlags {
  format: string;
  out?: string;
  templates?: string;
  /** `--reference-doc`: overrides config `reference_docx`. */
  referenceDoc?: string;
  force: boolean;
  config?: string;
  color: boolean;
  /** `--threads`: threads that analyse the files (analyse-files.ts picks when not given). */
  threads?: number;
  /** Folder that --out mirrors (default: the sources' common folder); `--watch` keeps the first build's. */
  outBase?: string;
}

/**
 * `build`: check, then render. Findings go to stderr (stdout lists the files written). A meeting
 * with errors is not built and is named on stderr (unless --force); the others are, and the exit
 * code is 1 whenever there were errors.
 */
export async function runBuild(paths: string[], flags: BuildFlags, out: (s: string) => void, err: (s: string) => void): Promise<number> {
  const formats = [...new Set(flags.format.split(',').map((f) => f.trim().toLowerCase()).filter(Boolean))];
  const unknown = formats.filter((f) => !hasFormat(f));
  if (formats.length === 0 || unknown.length > 0) {
    throw new UserError(`unknown output format "${unknown[0] ?? flags.format}" (known: ${knownFormats().join(', ')})`);
  }
  if (paths.includes('-')) throw new UserError('build cannot read standard input: name the minutes files');

  const loaded = await loadSources(paths, flags);
  const configFor = (p: string) => loaded.lookup.forFile(p).config;
  if (loaded.configFiles.length > 0) {
    err(formatReport(loaded.configFiles, { format: 'stylish', color: flags.color, quiet: false }));
    err('minutebook: the configuration has errors; fix them first');
    return 2;
  }
  for (const p of loaded.problems) err(`minutebook: ${p}`);
  const aside = leftAsideNote(loaded);
  if (aside) err(aside);
  if (loaded.inputs.length === 0) return 1;

  const templates = new TemplateReader(err);
  const templatesFor = (config: Config) => {
    if (flags.templates) return templates.read(flags.templates);
    if (config.templates) return templates.read(resolve(config.base ?? config.root ?? '.', config.templates));
    return templates.read(undefined);
  };
  const sources = loaded.inputs.map((i) => resolve(i.path));
  const changesFor = earlierVersions(flags, sources);
  const outputPath = outputNaming(flags.outBase ? [join(flags.outBase, 'x'), ...sources] : sources, flags.out);

  let report;
  try {
    const assetsFor = (config: Config, format: string) => (format === 'docx' ? referenceDocAssets(flags.referenceDoc, config) : undefined);
    const shown = progress('minutebook: building');
    // Each file alone (on worker threads for a large run); the series and the outputs on this thread.
    const analysed = await analyseFiles(loaded.inputs, { configFor, release: false, history: false, ...(flags.threads ? { threads: flags.threads } : {}) });
    report = await build(loaded.inputs, { analysed, configFor, formats, templatesFor, builtInTemplates: templates.read(undefined), assetsFor, outputPath, force: flags.force, exists: existsSync, port: diskPort(() => loaded.lookup), onProgress: shown.update, ...(changesFor ? { changesFor } : {}) });
    shown.done();
  } catch (e) {
    if (e instanceof TemplateError) throw new UserError(`template error: ${e.message}`);
    if (e instanceof EarlierVersionError) throw new UserError(e.message, 1);
    throw e;
  }

  const files = report.results.map((r) => r.file);
  const text = formatReport(files, { format: 'stylish', color: flags.color, quiet: false });
  if (text) err(text.replace(/\n$/, ''));
  const refusal = refusedNote(report.refused, files);

  // Every output is known before the first write: a clash stops the build with nothing written.
  const sourceSet = new Set(sources);
  const seen = new Map<string, string>();
  const outputs = report.results.flatMap((r) => r.outputs.map((o) => ({ ...o, abs: resolve(o.path), source: r.file.path })));
  for (const o of outputs) {
    if (sourceSet.has(o.abs)) throw new UserError(`${displayPath(o.abs)}: refusing to overwrite a source file with the ${o.format} output`, 1);
    const other = seen.get(o.abs);
    if (other !== undefined) throw new UserError(`${displayPath(o.abs)}: both ${other} and ${o.source} would be written there`, 1);
    seen.set(o.abs, o.source);
  }
  for (const o of outputs) mkdirSync(dirname(o.abs), { recursive: true });
  // All or nothing: a failed write (a folder in the way, a full disk) replaces no previous output.
  writeAllAtomic(outputs.map((o) => ({ path: o.abs, data: o.bytes })));
  for (const o of outputs) out(displayPath(o.abs));
  if (refusal) err(refusal);
  const unbuilt = report.results.filter((r) => !r.meeting).length;
  return loaded.problems.length > 0 || unbuilt > 0 || report.errors > 0 ? 1 : 0;
}

/** One line naming each file left unbuilt for its errors, with how many each has. */
function refusedNote(refused: string[], files: VFile[]): string | undefined {
  if (refused.length === 0) return undefined;
  const named = refused.map((path) => {
    const { errors } = counts(files.filter((f) => f.path === path));
    return `${displayPath(path)} (${errors} ${errors === 1 ? 'error' : 'errors'})`;
  });
  return `minutebook: not built: ${named.join(', ')}: fix ${refused.length === 1 ? 'it' : 'them'}, or build anyway with --force`;
}

/**
 * Default: the output stands next to its source, where a secretariat looks for it. With --out,
 * sources keep their folders relative to the deepest folder that holds them all, so that a
 * repository of many committees never puts two outputs in one place.
 */
export function outputNaming(sources: string[], outDir: string | undefined): (source: string, extension: string) => string {
  const name = (p: string, ext: string) => `${basename(p, extname(p))}.${ext}`;
  if (outDir === undefined) return (source, ext) => join(dirname(resolve(source)), name(source, ext));
  const base = commonFolder(sources.map((s) => dirname(s))) ?? process.cwd();
  const target = resolve(outDir);
  return (source, ext) => join(target, relative(base, dirname(resolve(source))), name(source, ext));
}
