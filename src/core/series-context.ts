/**
 * The series around the files being checked, read through a SeriesPort: the one algorithm that
 * `check FILE`, the language server and `build --watch` share. Every other minutes file under a
 * configuration root is only glanced at (code, meeting and date from the top of its front matter)
 * to place it in its series; only the meetings a checked file depends on are analysed whole
 * (`neededBefore`), and `watch` rebuilds only the later meetings that depend on a changed one
 * (`neededAfter`).
 */
import type { Config } from '../config/types.js';
import { opensFrontMatter, readHead, readReviewIds } from '../parse/front-matter.js';
import { compareMeetings, idPatternOf, neededAfter, neededBefore, placedOf, seriesFolder, type Placed } from '../series/series.js';
import { compareCodeUnits } from '../util/compare-text.js';
import { analyse, type Analysis } from './analyse.js';
import type { SeriesPort } from './series-port.js';

export interface SeriesContextOptions {
  /** Whether outputs are built from the earlier meetings: without, their Markdown skips GFM's link literals. */
  outputs?: boolean;
  /** Analyses an earlier meeting; the language server keeps them per version. Default: read and analyse it. */
  analyseFile?: (path: string, config: Config) => Analysis | undefined;
}

/** A whole file's text as the series glances read it (UTF-8, a byte-order mark kept as it is). */
function textOf(port: SeriesPort, path: string): string | undefined {
  try {
    const { contents } = port.readFile(path);
    return typeof contents === 'string' ? contents : new TextDecoder('utf-8', { ignoreBOM: true }).decode(contents);
  } catch {
    return undefined;
  }
}

/** A file's place in its series from its front matter, reading it whole only when its start does not settle it. */
export function placedOfFile(port: SeriesPort, path: string, config: Config): Placed | undefined {
  const start = port.readStart(path);
  if (start === undefined || !opensFrontMatter(start.text)) return undefined;
  let head = readHead(start.text, { cut: start.cut });
  if (!head && start.cut) {
    const text = textOf(port, path);
    head = text === undefined ? undefined : readHead(text);
  }
  return head && placedOf(path, head, config);
}

/** Every minutes file under a root other than `except`, placed in series order. */
export function placedUnder(port: SeriesPort, root: string, config: Config, except: readonly string[] = []): Placed[] {
  return port
    .listFiles(root, except)
    .flatMap((f) => placedOfFile(port, f, config) ?? [])
    .sort(compareMeetings);
}

/**
 * What the series context reads of a checked file: its path and, for a meeting, its place in the
 * series and the IDs of the actions it reviews. An Analysis is one; so is what `check --cache`
 * keeps of a file (cli/cache/), without its model.
 */
export interface ContextMember {
  file: { path: string };
  meeting?: Placed & { readonly outstanding: ReadonlyArray<{ readonly id: string }> };
}

/** The earlier meetings the checked ones depend on, as paths in code-unit order. */
export function contextFiles(analyses: readonly ContextMember[], port: SeriesPort, configFor: (path: string) => Config): string[] {
  const byRoot = new Map<string, { config: Config; meetings: Array<NonNullable<ContextMember['meeting']>> }>();
  for (const a of analyses) {
    const m = a.meeting;
    if (!m?.code || m.date === undefined) continue;
    const config = configFor(m.path);
    if (!config.root) continue; // without a configuration file there is no series folder to read
    let g = byRoot.get(config.root);
    if (!g) byRoot.set(config.root, (g = { config, meetings: [] }));
    g.meetings.push(m);
  }
  const checked = analyses.map((a) => a.file.path);
  const wanted = new Set<string>();
  for (const [root, { config, meetings }] of byRoot) {
    const heads = placedUnder(port, root, config, checked);
    const pattern = idPatternOf(config);
    for (const m of meetings) {
      const before = heads.filter((h) => h.code === m.code && h.date !== undefined && compareMeetings(h, m) < 0);
      for (const h of neededBefore(m.outstanding.map((r) => r.id), before, pattern)) wanted.add(h.path);
    }
  }
  for (const f of folderContext(analyses, port, configFor)) wanted.add(f);
  // In code-unit order: a fixed order is all that is needed (the series sorts its meetings itself),
  // and localeCompare would start ICU's collator, about 25 ms of a one-file check.
  return [...wanted].sort(compareCodeUnits);
}

/**
 * For checked meetings without a committee code, whose series is their folder's: every other
 * minutes file of that folder's series, earlier and later. Without a configuration nothing
 * glances at a file's place cheaply (its date may be in its text), and the cross-meeting rules
 * (a name spelt two ways, two files of one date) compare the whole series: `check FILE` must
 * find what `check FOLDER` finds for that file, as a pre-commit hook passes files one by one.
 */
function folderContext(analyses: readonly ContextMember[], port: SeriesPort, configFor: (path: string) => Config): string[] {
  if (!port.listFolder) return [];
  const folders = new Map<string, string | undefined>();
  for (const a of analyses) {
    const m = a.meeting;
    if (!m || (m.code !== undefined && m.code !== '') || m.date === undefined) continue;
    folders.set(seriesFolder(m.path), configFor(m.path).root);
  }
  const checked = analyses.map((a) => a.file.path);
  const out: string[] = [];
  for (const [folder, root] of folders) {
    for (const f of port.listFolder(folder, checked)) if (seriesFolder(f) === folder && configFor(f).root === root) out.push(f);
  }
  return out;
}

/** The earlier meetings of their series that the checked files depend on, analysed without their own findings. */
export function seriesContext(analyses: readonly Analysis[], port: SeriesPort, configFor: (path: string) => Config, options: SeriesContextOptions = {}): Analysis[] {
  const read =
    options.analyseFile ??
    ((path: string, config: Config) => {
      try {
        // Only what the series step reads of it is built (series/facts.ts): a build renders the
        // checked meetings alone, and reads the earlier ones through the series register only
        // (their actions, reviews and approvals), never their decisions, mentions or attendance changes.
        return analyse(port.readFile(path), config, { fileRules: false, autolinkLiterals: options.outputs !== false, seriesOnly: true });
      } catch {
        return undefined; // an unreadable earlier meeting is reported when it is checked itself
      }
    });
  return contextFiles(analyses, port, configFor).flatMap((path) => read(path, configFor(path)) ?? []);
}

/**
 * Later meetings of the changed files' series that depend on them (for `build --watch`): up to and
 * including the next ordinary meeting, which must review their open actions, and any later one
 * that reviews an action a changed meeting raised.
 */
export function seriesDependents(changed: readonly string[], port: SeriesPort, configFor: (path: string) => Config): string[] {
  const out = new Set<string>();
  for (const file of changed) {
    const config = configFor(file);
    if (!config.root) continue;
    const text = textOf(port, file);
    const head = text === undefined ? undefined : readHead(text);
    if (!head?.date) continue;
    const me = placedOf(file, head, config);
    // Every later meeting is read whole: which ones depend on this one is in their reviews.
    const after: Array<Placed & { reviewIds: string[] }> = [];
    for (const f of port.listFiles(config.root, [file])) {
      const t = textOf(port, f);
      const h = t === undefined ? undefined : readHead(t);
      if (!h) continue;
      const placed = placedOf(f, h, config);
      if (placed.code === me.code && compareMeetings(placed, me) > 0) after.push({ ...placed, reviewIds: readReviewIds(t!) });
    }
    after.sort(compareMeetings);
    for (const h of neededAfter(me, after, idPatternOf(config))) out.add(h.path);
  }
  for (const f of changed) out.delete(f);
  return [...out].sort();
}
