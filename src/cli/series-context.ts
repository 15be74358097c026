/**
 * Loads, for files checked on their own (as pre-commit passes them), the earlier meetings of their
 * series that the cross-meeting rules need, and no more: every other minutes file under the
 * configuration root is only glanced at (code, meeting and date read from the top of its front
 * matter) to place it in the series; only the meetings a checked file depends on are analysed.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { analyse, type Analysis } from '../core/analyse.js';
import type { Config } from '../config/types.js';
import type { Meeting } from '../model/types.js';
import { opensFrontMatter, readHead } from '../parse/front-matter.js';
import { compareMeetings, idPatternOf, neededBefore, placedOf, type Placed } from '../series/series.js';
import type { ConfigLookup } from './config-lookup.js';
import { globMinutes, readStart, realPath, walk } from './discover.js';
import { readSource } from './read-sources.js';
import { compareCodeUnits } from '../util/compare-text.js';

/**
 * The Markdown files under a configuration root that may be minutes, as `discover` lists a folder
 * (the configuration's `files` patterns, else every .md but README/CHANGELOG); whether each has
 * front matter is left to `readHead`, so that each file is opened once.
 */
export function seriesFiles(root: string, lookup: ConfigLookup): string[] {
  const patterns = lookup.forFile(resolve(root, 'x.md')).config.files;
  return patterns ? globMinutes(patterns, root) : walk(root).map((f) => resolve(f)).sort();
}

/** A file's place in its series from its front matter, reading it whole only when its start does not settle it. */
export function placedOfFile(path: string, config: Config): Placed | undefined {
  const start = readStart(path);
  if (start === undefined || !opensFrontMatter(start.text)) return undefined;
  let head = readHead(start.text, { cut: start.cut });
  if (!head && start.cut) {
    try {
      head = readHead(readFileSync(path, 'utf8'));
    } catch {
      return undefined;
    }
  }
  return head && placedOf(path, head, config);
}

/**
 * The `contextFor` callback of `check()` for the CLI. `outputs: false` when nothing is built from
 * the earlier meetings (`check`): their Markdown is then parsed without GFM link literals.
 */
export function seriesContext(lookup: ConfigLookup, options: { outputs?: boolean } = {}): (analyses: Analysis[]) => Analysis[] {
  return (analyses) => {
    // By real path: a checked file named through a link is still the file the series lists.
    const checked = new Set(analyses.map((a) => realPath(a.file.path)));
    const byRoot = new Map<string, { config: Config; meetings: Meeting[] }>();
    for (const a of analyses) {
      const m = a.meeting;
      if (!m?.code || m.date === undefined) continue;
      const { config } = lookup.forFile(resolve(m.path));
      if (!config.root) continue; // without a configuration file there is no series folder to read
      let g = byRoot.get(config.root);
      if (!g) byRoot.set(config.root, (g = { config, meetings: [] }));
      g.meetings.push(m);
    }
    const wanted = new Map<string, Config>();
    for (const [root, { config, meetings }] of byRoot) {
      const others = seriesFiles(root, lookup).filter((f) => !checked.has(realPath(f)) && lookup.forFile(f).config.root === root && !lookup.isIgnored(f));
      if (others.length === 0) continue;
      const heads = others.flatMap((f) => placedOfFile(f, config) ?? []).sort(compareMeetings);
      const pattern = idPatternOf(config);
      for (const m of meetings) {
        const before = heads.filter((h) => h.code === m.code && h.date !== undefined && compareMeetings(h, m) < 0);
        for (const h of neededBefore(m.outstanding.map((r) => r.id), before, pattern)) wanted.set(h.path, config);
      }
    }
    const context: Analysis[] = [];
    // In code-unit order: a fixed order is all that is needed (the series sorts its meetings itself),
    // and localeCompare would start ICU's collator, about 25 ms of a one-file check.
    for (const [path, config] of [...wanted].sort(([a], [b]) => compareCodeUnits(a, b))) {
      try {
        context.push(analyse(readSource(path), lookup.forFile(path).config ?? config, { fileRules: false, autolinkLiterals: options.outputs !== false }));
      } catch {
        // an unreadable earlier meeting is reported when it is checked itself
      }
    }
    return context;
  };
}
