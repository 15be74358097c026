/**
 * `build --watch`: builds once, then watches the sources' folders and rebuilds what changed, and
 * the later meetings whose reviews depend on a changed meeting (they inherit its action texts
 * and are checked against it). Changes are debounced; each rebuild is reported; findings print as
 * they come; it runs until interrupted.
 */
import { existsSync, statSync } from 'node:fs';
import { basename, dirname, resolve, sep } from 'node:path';
import { commonFolder } from '../common-folder.js';
import { ConfigLookup, isConfigName } from '../config-lookup.js';
import { watchTree } from '../watch-tree.js';
import { seriesDependents } from '../../core/series-context.js';
import { diskPort } from '../disk-port.js';
import { discover, displayPath } from '../discover.js';
import type { BuildFlags } from './build.js';

export interface WatchOptions {
  /** Milliseconds of quiet before a rebuild. */
  debounce?: number;
}

type Build = (paths: string[], outBase?: string) => Promise<number>;

/** Later meetings of the changed files' series that depend on them (core/series-context.ts), read from disk. */
export function dependents(changed: string[], lookup: ConfigLookup): string[] {
  return seriesDependents(changed, diskPort(() => lookup), (p) => lookup.forFile(p).config);
}

export async function runWatch(paths: string[], flags: BuildFlags, build: Build, out: (s: string) => void, err: (s: string) => void, o: WatchOptions = {}): Promise<never> {
  const args = paths.length ? paths : ['.'];
  await build(args);
  const lookup = () => new ConfigLookup(flags.config);
  // What the user asked to build: rebuilds stay inside it.
  const inScope = () => new Set(discover(args.filter((a) => existsSync(a) || /[*?[{]/.test(a))).files);
  // Rebuilding a few files must put their outputs where the first build put them.
  const outBase = commonFolder([...inScope()].map((f) => dirname(f)));
  const folders = new Set<string>();
  for (const a of args) {
    const abs = resolve(a);
    if (existsSync(abs) && statSync(abs).isDirectory()) folders.add(abs);
    else folders.add(dirname(abs));
  }
  const outDir = flags.out ? resolve(flags.out) : undefined;
  let pending = new Set<string>();
  let configChanged = false;
  let timer: NodeJS.Timeout | undefined;
  let running = Promise.resolve();

  const flush = () => {
    const changed = [...pending];
    const all = configChanged;
    pending = new Set();
    configChanged = false;
    running = running.then(async () => {
      const scope = inScope();
      const present = changed.filter((f) => existsSync(f));
      const targets = all ? [...scope] : [...new Set([...present, ...dependents(present, lookup())])].filter((f) => scope.has(f));
      if (targets.length === 0) return;
      const stamp = new Date().toTimeString().slice(0, 8);
      err(`minutebook: ${stamp} ${all ? 'configuration changed' : changed.map((f) => displayPath(f)).join(', ') + ' changed'}: building ${targets.length} ${targets.length === 1 ? 'file' : 'files'}`);
      const code = await build(targets.sort(), outBase);
      err(`minutebook: ${code === 0 ? 'built' : 'not built (see the findings above)'}; watching for changes (Ctrl-C stops)`);
    });
  };

  const onChange = (path: string) => {
    const base = basename(path);
    if (base.startsWith('.') && !isConfigName(base)) return; // temporary files of editors and of our own atomic writes
    if (isConfigName(base)) configChanged = true;
    else if (path.toLowerCase().endsWith('.md')) pending.add(path);
    else return;
    clearTimeout(timer);
    timer = setTimeout(flush, o.debounce ?? 200);
  };
  const inOut = (path: string) => outDir !== undefined && (path === outDir || path.startsWith(outDir + sep));
  for (const folder of folders) watchTree(folder, (p) => inOut(p) || onChange(p), inOut);
  err(`minutebook: watching ${[...folders].map((f) => displayPath(f) || '.').join(', ')} for changes (Ctrl-C stops)`);
  // Runs until interrupted: Ctrl-C ends the process with 130 (see bin/minutebook.js), after any write in progress.
  return new Promise<never>(() => {});
}
