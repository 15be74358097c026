/**
 * What the core needs of the place where minutes are kept to read a series around the files it is
 * given: three questions, answered by the disk for the CLI (cli/disk-port.ts) and by the editor's
 * open buffers, then the disk, for the language server (lsp/workspace.ts). The core asks; it never
 * calls back into the layer that asked it for a check.
 */
import type { SourceInput } from './analyse.js';

export interface SeriesPort {
  /**
   * The files under a configuration root that may be minutes, sorted: those the root's own
   * configuration governs (not a nested root's), less those its `ignores` lists and those in
   * `except` (the files being checked, however they were named: through a link, relative).
   */
  listFiles(root: string, except: readonly string[]): string[];
  /**
   * The start of a file, cut at a line break, with `cut` when the file goes on; the whole text
   * when that is at hand. Undefined when it cannot be read.
   */
  readStart(path: string): { text: string; cut: boolean } | undefined;
  /**
   * The files in a folder and its sub-folders that `check FOLDER` would take as minutes, named as
   * the files being checked are named (the CLI: relative to the working folder), sorted,
   * less `except`: the series of minutes kept without a committee code is their folder's
   * (series/series.ts, `seriesFolder`). Optional: a port without it reads no such series around
   * a file (the language server's, for now).
   */
  listFolder?(folder: string, except: readonly string[]): string[];
  /** A whole file, as `check` reads it; throws when it cannot be read. */
  readFile(path: string): SourceInput;
}
