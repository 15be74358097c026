/**
 * What the language server reads from disk. The CLI, the layer that touches files, supplies it
 * (cli/commands/lsp-command.ts) with the same lookups `check` uses, so that the server finds each
 * file's configuration and series exactly as `check` does. The series itself is read through the
 * core's port (core/series-port.ts), with the editor's open buffers put before the disk
 * (workspace.ts).
 */
import type { VFile } from 'vfile';
import type { Config } from '../config/types.js';
import type { SeriesPort } from '../core/series-port.js';

export interface Files extends SeriesPort {
  /** The configuration that applies to a file, and the configuration file's own findings. */
  configOf(path: string): { config: Config; file?: VFile };
  /** Forgets the configurations read so far: a `.minutebook.yaml` changed. */
  reloadConfig(): void;
  /** A value that changes whenever the saved file does (modification time and size). */
  stamp(path: string): string;
}
