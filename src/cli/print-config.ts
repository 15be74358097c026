import { resolve } from 'node:path';
import { ConfigLookup } from './config-lookup.js';
import { displayPath } from './discover.js';

/** Positions in the configuration file are for findings, not for a person reading the settings. */
const HIDDEN = new Set(['span', 'fields', 'keySpan']);

/**
 * `check --print-config FILE`: the configuration that applies to a file (which file it comes
 * from, the series root, and every setting with its default filled in), as JSON.
 */
export function printConfig(file: string, explicit: string | undefined): string {
  const lookup = new ConfigLookup(explicit);
  const { config, file: source } = lookup.forFile(resolve(file));
  const shown = {
    file: displayPath(resolve(file)),
    configFile: config.path ? displayPath(config.path) : null,
    seriesRoot: config.root ? (resolve(config.root) === process.cwd() ? '.' : displayPath(config.root)) : null,
    ignored: lookup.isIgnored(resolve(file)),
    problems: source?.messages.map((m) => `${m.line}:${m.column} ${m.reason}`) ?? [],
    config: { ...config, path: undefined, root: undefined, base: undefined },
  };
  return JSON.stringify(shown, (k, v: unknown) => (HIDDEN.has(k) ? undefined : v), 2) + '\n';
}
