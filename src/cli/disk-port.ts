/**
 * The disk as the core's SeriesPort sees it (core/series-port.ts): the minutes files under a
 * configuration root as `check` of that folder would find them, the start of a file, a whole file.
 */
import { resolve } from 'node:path';
import type { SeriesPort } from '../core/series-port.js';
import type { ConfigLookup } from './config-lookup.js';
import { discover, displayPath, globMinutes, readStart, realPath, walk } from './discover.js';
import { readSource } from './read-sources.js';

/**
 * The Markdown files under a configuration root that may be minutes, as `discover` lists a folder
 * (the configuration's `files` patterns, else every .md but README/CHANGELOG); whether each has
 * front matter is left to the reader of its start, so that each file is opened once.
 */
function filesUnder(root: string, lookup: ConfigLookup): string[] {
  const patterns = lookup.forFile(resolve(root, 'x.md')).config.files;
  return patterns ? globMinutes(patterns, root) : walk(root).map((f) => resolve(f)).sort();
}

/** `lookup` is asked again on each call: the language server replaces it when a configuration changes. */
export function diskPort(lookup: () => ConfigLookup): SeriesPort {
  return {
    listFiles(root, except) {
      const l = lookup();
      // By real path: a checked file named through a link is still the file the series lists. A file
      // named as it is listed needs no look at the links (a folder check names every file so).
      const named = new Set(except.map((p) => resolve(p)));
      let real: Set<string> | undefined;
      const checked = (f: string) => named.has(f) || (real ??= new Set(except.map((p) => realPath(p)))).has(realPath(f));
      return filesUnder(root, l).filter((f) => !checked(f) && l.forFile(f).config.root === root && !l.isIgnored(f));
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
