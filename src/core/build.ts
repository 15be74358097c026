import type { VFile } from 'vfile';
import type { Config } from '../config/types.js';
import type { Meeting } from '../model/types.js';
import { loadRenderer } from '../render/registry.js';
import type { ChangesInput, Renderer, TemplateSet } from '../render/renderer.js';
import { buildViewModel, viewChanges, type ViewModel } from '../render/view-model.js';
import { wordingOf } from '../render/wording.js';
import type { ResolvedSeries } from '../series/resolve.js';
import type { Analysis, SourceInput } from './analyse.js';
import { check, seriesStep } from './check.js';
import type { SeriesPort } from './series-port.js';

export interface BuildOptions {
  configFor: (path: string) => Config;
  /** Output formats, each known to src/render/registry.ts: `['html']`. */
  formats: string[];
  /** Templates as data, per configuration (a configuration may name its own templates folder). */
  templatesFor: (config: Config) => TemplateSet;
  /** The built-in templates, read by the caller like the others (see RendererOptions.builtInTemplates). */
  builtInTemplates?: TemplateSet;
  /** Binary assets per configuration and format (a reference DOCX…), read by the caller. */
  assetsFor?: (config: Config, format: string) => Readonly<Record<string, Uint8Array>> | undefined;
  /** Where the output of one source goes: the caller's naming rule. */
  outputPath: (sourcePath: string, extension: string) => string;
  /** Render even when the checks found errors. */
  force?: boolean;
  /** Tells whether a file exists, for relative links. */
  exists?: (path: string) => boolean;
  /**
   * The per-file step already done for each input, in order (core/check.ts, analyseForCheck,
   * perhaps on worker threads): build runs only the series step on them.
   */
  analysed?: Analysis[];
  /** Meetings read for the series rules only (not built). */
  context?: Analysis[];
  /** Where the earlier meetings of each series are read (see CheckOptions.port). */
  port?: SeriesPort;
  /** Told after each meeting is rendered, for a progress display. */
  onProgress?: (done: number, total: number) => void;
  /**
   * The earlier version each source is compared with (`--changes-since`, `--changes-from`), read
   * by the caller; the outputs then show what changed as tracked changes.
   */
  changesFor?: (path: string) => EarlierVersion | undefined;
}

/** An earlier version of a minutes file, and whom and when its changes are to be credited to. */
export interface EarlierVersion {
  contents: Uint8Array | string;
  /** What the version is called in the documents' legend: the revision or file as given. */
  since: string;
  author: string;
  /** `xsd:dateTime` in UTC. */
  date: string;
}

/** The earlier version of the minutes cannot be read as minutes: the caller says so and stops. */
export class EarlierVersionError extends Error {}

export interface BuildOutput {
  path: string;
  format: string;
  bytes: Uint8Array;
}

export interface BuildResult {
  meeting?: Meeting;
  /** The resolved series of the meeting (see series/resolve.ts). */
  series?: ResolvedSeries;
  /** The source with the findings of the checks. */
  file: VFile;
  outputs: BuildOutput[];
}

export interface BuildReport {
  results: BuildResult[];
  /** Number of error findings over all files. */
  errors: number;
  /** The sources not rendered because their checks found errors (none with `force`). */
  refused: string[];
}

/**
 * Checks every source, then renders each meeting to every format. Pure: reading sources and
 * templates and writing outputs is the caller's job. Without `force`, a meeting whose checks found
 * errors is not rendered (it is named in `refused`); the others are, so that one broken draft does
 * not hold back the rest of the series.
 */
export async function build(inputs: SourceInput[], options: BuildOptions): Promise<BuildReport> {
  const checkOptions = { configFor: options.configFor, ...(options.exists ? { exists: options.exists } : {}), ...(options.context ? { context: options.context } : {}), ...(options.port ? { port: options.port } : {}) };
  const analyses = options.analysed ? seriesStep(options.analysed, checkOptions) : check(inputs, checkOptions);
  const errors = analyses.reduce((n, a) => n + a.file.messages.filter((m) => m.fatal === true).length, 0);
  const results: BuildResult[] = analyses.map((a) => ({ file: a.file, outputs: [], ...(a.meeting ? { meeting: a.meeting } : {}), ...(a.series ? { series: a.series } : {}) }));
  const hasErrors = (r: BuildResult) => r.file.messages.some((m) => m.fatal === true);
  const refused = options.force ? [] : results.filter(hasErrors).map((r) => r.file.path);

  // One renderer per format and template set: templates compile once for a thousand files.
  const renderers = new Map<string, Renderer>();
  const rendererFor = async (format: string, config: Config): Promise<Renderer> => {
    const templates = options.templatesFor(config);
    const assets = options.assetsFor?.(config, format);
    const key = `${format}\u0000${templateKey(templates)}\u0000${config.path ?? ''}`;
    let r = renderers.get(key);
    if (!r) {
      const mod = await loadRenderer(format);
      r = await mod.createRenderer({ templates, ...(options.builtInTemplates ? { builtInTemplates: options.builtInTemplates } : {}), ...(assets ? { assets } : {}) });
      renderers.set(key, r);
    }
    return r;
  };

  let done = 0;
  for (const result of results) {
    // Rendering is synchronous work; a turn of the event loop between meetings lets a Ctrl-C
    // (delivered as an event) stop a long build now rather than after the last document.
    if (done > 0) await new Promise<void>((resolve) => setImmediate(resolve));
    options.onProgress?.(done++, results.length);
    const meeting = result.meeting;
    if (!meeting || (!options.force && hasErrors(result))) continue;
    const config = options.configFor(meeting.path);
    const words = wordingOf(options.templatesFor(config));
    const earlier = options.changesFor?.(meeting.path);
    let changes: ChangesInput | undefined;
    const view = buildViewModel(meeting, config, words, result.series);
    if (earlier) {
      const old = earlierView(earlier, meeting.path, config, options, analyses);
      // Both versions carry the legend, so that it is the same block in both and not a change.
      const shown = viewChanges(earlier.since, earlier.author, earlier.date, config, words);
      view.changes = shown;
      old.changes = shown;
      changes = { old, author: earlier.author, date: earlier.date };
    }
    for (const format of options.formats) {
      const renderer = await rendererFor(format, config);
      const bytes = await renderer.render({ view, meeting, config, ...(changes ? { changes } : {}) });
      result.outputs.push({ path: options.outputPath(meeting.path, renderer.extension), format, bytes });
    }
  }
  options.onProgress?.(results.length, results.length);
  return { results, errors, refused };
}

/**
 * The view model of the earlier version: read, modelled and placed in its series as the present
 * one is, so that both go through the same pipeline and differ only where the text does.
 */
function earlierView(earlier: EarlierVersion, path: string, config: Config, options: BuildOptions, analyses: Analysis[]): ViewModel {
  const others = analyses.filter((a) => a.file.path !== path);
  const context = options.port ? undefined : [...(options.context ?? []), ...others];
  const [a] = check([{ path, contents: earlier.contents }], {
    configFor: options.configFor,
    ...(options.exists ? { exists: options.exists } : {}),
    ...(context ? { context } : { port: options.port! }),
  });
  if (!a?.meeting) {
    const first = a?.file.messages.find((m) => m.fatal === true) ?? a?.file.messages[0];
    throw new EarlierVersionError(`${path}: the version at ${earlier.since} cannot be read as minutes${first ? ` (${first.line ?? 1}:${first.column ?? 1}: ${first.reason})` : ''}`);
  }
  return buildViewModel(a.meeting, config, wordingOf(options.templatesFor(config)), a.series);
}

/** Identifies a template set by where its files came from, so equal sets share a renderer. */
function templateKey(t: TemplateSet): string {
  return Object.keys(t)
    .sort()
    .map((k) => `${k}=${t[k]!.path}`)
    .join('\n');
}
