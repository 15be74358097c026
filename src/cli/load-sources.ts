/**
 * Resolves the command line's paths to sources and their configuration: what `check`, `build`,
 * `inspect` and the series commands (series-load.ts) all start from.
 */
import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { VFile } from 'vfile';
import type { Analysis, SourceInput } from '../core/analyse.js';
import type { AsideReason } from './minutes-like.js';
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
  /** Why each file the folder walk left aside is not minutes (files in `ignores` have none). */
  asideWhy: Map<string, AsideReason>;
  /** No configuration file applies to any of the paths: the first day with minutes kept as they are. */
  unconfigured: boolean;
}

/** One line saying how many Markdown files were not taken as minutes, so that none goes missing unseen. */
export function leftAsideNote(loaded: Loaded): string | undefined {
  const n = loaded.leftAside.length;
  if (n === 0) return undefined;
  const shown = loaded.leftAside.slice(0, 3).map((f) => displayPath(f)).join(', ');
  return `minutebook: left aside ${n} Markdown ${n === 1 ? 'file' : 'files'} that ${n === 1 ? 'does' : 'do'} not look like minutes or ${n === 1 ? 'is' : 'are'} in \`ignores\` (${shown}${n > 3 ? ', …' : ''}); minutes have front matter with a date and attendees`;
}

const REASONS: ReadonlyArray<[AsideReason, string]> = [
  ['agenda-only', 'agenda only'],
  ['no-date', 'no date'],
  ['no-attendance', 'no attendance'],
  ['ignored', 'listed in `ignores`'],
];

/**
 * Without a configuration (a group's first day with minutes it already keeps): how many files were
 * read as minutes, how many left aside and why, and where to see what was understood.
 */
export function firstDayNote(loaded: Loaded, analyses: readonly Analysis[], paths: readonly string[]): string | undefined {
  const read = analyses.filter((a) => a.meeting !== undefined).length;
  const why = new Map<AsideReason, number>();
  for (const f of loaded.leftAside) {
    const r = loaded.asideWhy.get(f) ?? 'ignored';
    why.set(r, (why.get(r) ?? 0) + 1);
  }
  for (const a of analyses) if (a.notMinutes !== undefined) why.set(a.notMinutes, (why.get(a.notMinutes) ?? 0) + 1);
  const aside = [...why.values()].reduce((x, y) => x + y, 0);
  if (read === 0 && aside === 0) return undefined;
  const reasons = REASONS.filter(([r]) => why.has(r)).map(([r, text]) => `${why.get(r)} ${text}`).join(', ');
  const where = paths.length ? paths.map((p) => (/\s|[*?[]/.test(p) ? `'${p}'` : p)).join(' ') : '.';
  return `minutebook: read ${read} ${read === 1 ? 'file' : 'files'} as minutes${aside ? `, left aside ${aside} (${reasons})` : ''}; see what was understood with \`minutebook inspect ${where}\``;
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
  for (const e of found.empty) problems.push(`${e}: no minutes files found (Markdown files with a date and an attendance list, in front matter or in the text)`);
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
  // The first-day line is for folders and patterns, where files were chosen for the user.
  const chosen = fileArgs.length === 0 || fileArgs.some((a) => !existsSync(a) || statSync(a).isDirectory());
  const unconfigured = chosen && fileArgs.every((a) => lookup.forFile(resolve(a, 'x.md')).config.path === undefined) && inputs.every((i) => lookup.forFile(resolve(i.path)).config.path === undefined);
  return { inputs, lookup, configFiles: [...configFiles.values()], problems, leftAside, asideWhy: found.asideWhy, unconfigured };
}
