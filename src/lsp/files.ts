/**
 * What the language server reads from disk. The CLI, the layer that touches files, supplies it
 * (cli/commands/lsp-command.ts) with the same lookups `check` uses, so that the server finds each
 * file's configuration and series exactly as `check` does.
 */
import type { VFile } from 'vfile';
import type { SourceInput } from '../core/analyse.js';
import type { Config } from '../config/types.js';
import type { Placed } from '../series/series.js';

export interface Files {
  /** The configuration that applies to a file, and the configuration file's own findings. */
  configOf(path: string): { config: Config; file?: VFile };
  /** Forgets the configurations read so far: a `.minutebook.yaml` changed. */
  reloadConfig(): void;
  /** The files under a series root that may be minutes. */
  seriesFiles(root: string): string[];
  /** A saved file's place in its series, from the top of its front matter. */
  placedOf(path: string, config: Config): Placed | undefined;
  /** A saved file, read as `check` reads it (throws when it cannot be read). */
  read(path: string): SourceInput;
  /** A value that changes whenever the saved file does (modification time and size). */
  stamp(path: string): string;
}
