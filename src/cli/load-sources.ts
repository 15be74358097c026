/**
 * Resolves the command line's paths to sources and their configuration: what `check`, `build`,
 * `inspect` and the series commands (series-load.ts) all start from.
 */
import { resolve } from 'node:path';
import type { VFile } from 'vfile';
import type { SourceInput } from '../core/analyse.js';
import { ConfigLookup } from './config-lookup.js';
import { discover, displayPath } from './discover.js';
import { UserError } from './errors.js';
import { readSource, readStdin } from './read-sources.js';

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

/** Resolves arguments to sources and their configuration. */
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
