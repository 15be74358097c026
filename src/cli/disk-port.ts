/**
 * The disk as the core's SeriesPort sees it (core/series-port.ts): the minutes files under a
 * configuration root as `check` of that folder would find them, the start of a file, a whole file.
 */
import { dirname, resolve } from 'node:path';
import type { SeriesPort } from '../core/series-port.js';
import type { ConfigLookup } from './config-lookup.js';
import { discover, displayPath, globMinutes, readStart, realPath, walk } from './discover.js';
import { readSource } from './read-sources.js';

/**
 * The Markdown files under a configuration root that may be minutes, as `discover` lists a folder
 * (the configuration's `files` patterns, else every .md but README/CHANGELOG); whether each has
 * front matter is left to the reader of its start, so that each file is opened once.
 */
function filesUnder(root: string, lookup: ConfigLookup): { files: string[]; real: boolean } {
  const patterns = lookup.forFile(resolve(root, 'x.md')).config.files;
  if (patterns) return { files: globMinutes(patterns, root), real: false };
  // The walk takes no links (a linked file or folder is not a plain one), so under a root whose own
  // path holds none each path it lists is the file's real path.
  return { files: walk(root).map((f) => resolve(f)).sort(), real: realPath(root) === resolve(root) };
}

/**
 * The checked files as named and, when first asked, by real path: a folder check names every
 * listed file as the walk lists it, so it resolves no links at all, and the sets are made once for
 * the series roots that share one list (a thousand real paths per root were a tenth of a warm
 * `check --cache` of twenty committees).
 */
const exceptSetsOf = new WeakMap<readonly string[], { named: Set<string>; real: () => Set<string> }>();
function exceptSets(except: readonly string[]): { named: Set<string>; real: () => Set<string> } {
  let sets = exceptSetsOf.get(except);
  if (!sets) {
    let real: Set<string> | undefined;
    sets = { named: new Set(except.map((p) => resolve(p))), real: () => (real ??= new Set(except.map((p) => realPath(p)))) };
    exceptSetsOf.set(except, sets);
  }
  return sets;
}

/** `lookup` is asked again on each call: the language server replaces it when a configuration changes. */
export function diskPort(lookup: () => ConfigLookup): SeriesPort {
  return {
    listFiles(root, except) {
      const l = lookup();
      // By real path: a checked file named through a link is still the file the series lists. A file
      // named as it is listed needs no look at the links (a folder check names every file so), nor
      // does a file the walk listed by its real path.
      const { named, real } = exceptSets(except);
      const { files, real: listedReal } = filesUnder(root, l);
      const checked = (f: string) => named.has(f) || real().has(listedReal ? f : realPath(f));
      // Whether the root's own configuration governs a file, asked once per folder: a series of a
      // thousand meetings in one folder is one lookup, not a thousand (a tenth of `check FILE` there).
      const byFolder = new Map<string, { governed: boolean; ignores: boolean }>();
      const governed = (f: string) => {
        const folder = dirname(f);
        let g = byFolder.get(folder);
        if (!g) {
          // The root's own configuration is the only one read: a nested one is only found.
          const governs = l.rootOf(f) === root;
          byFolder.set(folder, (g = { governed: governs, ignores: governs && (l.forFile(f).config.ignores?.length ?? 0) > 0 }));
        }
        return g.governed && !(g.ignores && l.isIgnored(f));
      };
      return files.filter((f) => !checked(f) && governed(f));
    },
    listFolder(folder, except) {
      const l = lookup();
      const skip = new Set(except.map((p) => realPath(p)));
      // As `check FOLDER` finds them (site pages and agendas left aside the same way), so that a
      // file checked alone meets the same series as in its folder.
      // Named as `check` names its files (relative to the working folder), as the series compares them.
      const found = discover([folder === '' ? '.' : folder], (f) => {
        const c = l.forFile(resolve(f, 'x.md')).config;
        return c.root === f ? c.files : undefined;
      });
      return found.files.filter((f) => !skip.has(realPath(f)) && !l.isIgnored(f)).map((f) => displayPath(f));
    },
    readStart: (path) => readStart(path),
    readFile: readSource,
  };
}
