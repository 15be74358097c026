import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { globSync } from 'tinyglobby';
import type { VFile } from 'vfile';
import { parseConfig } from '../core/parse-config.js';
import { defaultConfig, type Config } from '../config/types.js';
import { UserError } from './errors.js';

/** The names a configuration file may have; YAML is the documented one, JSON is read as YAML's subset. */
export const CONFIG_NAMES = ['.minutebook.yaml', '.minutebook.yml', '.minutebook.json'] as const;
/** The name `init` writes and the messages use. */
export const CONFIG_NAME = CONFIG_NAMES[0];

export const isConfigName = (name: string) => (CONFIG_NAMES as readonly string[]).includes(name);

export interface LoadedConfig {
  config: Config;
  /** The configuration file's findings (empty when there is no file). */
  file?: VFile;
}

/**
 * Finds the nearest configuration file from a folder upwards, caching per folder so that a
 * thousand files in one tree read the configuration once.
 */
export class ConfigLookup {
  private readonly byFolder = new Map<string, string | null>();
  private readonly loaded = new Map<string, LoadedConfig>();
  private readonly ignored = new Map<Config, Set<string>>();
  private readonly fallback: LoadedConfig = { config: defaultConfig() };

  /**
   * `explicit` (`-c FILE`) applies to every file; it does not make its own folder the series: the
   * series is read from `seriesRoot` (the current folder), where the minutes are.
   */
  constructor(
    private readonly explicit?: string,
    private readonly seriesRoot: string = process.cwd(),
  ) {}

  forFile(path: string): LoadedConfig {
    if (this.explicit) return this.load(resolve(this.explicit), resolve(this.seriesRoot));
    const found = this.find(dirname(resolve(path)));
    return found ? this.load(found) : this.fallback;
  }

  /**
   * The root of the configuration that applies to a file (the folder its file stands in; with
   * `-c`, the series root), found without reading that configuration: listing a series asks this
   * of every folder under its root, and a nested configuration it does not govern need not be
   * parsed for that (in the bench's series, one parse was a tenth of a pre-commit check).
   */
  rootOf(path: string): string | undefined {
    if (this.explicit) return resolve(this.seriesRoot);
    const found = this.find(dirname(resolve(path)));
    return found ? dirname(found) : undefined;
  }

  /** Whether the configuration that applies to a file lists it in `ignores`. */
  isIgnored(path: string): boolean {
    const { config } = this.forFile(path);
    if (!config.ignores?.length || !config.root) return false;
    let set = this.ignored.get(config);
    if (!set) {
      set = new Set(globSync(config.ignores, { cwd: config.root, absolute: true, dot: true, ignore: ['**/node_modules/**', '**/.git/**'] }).map((p) => resolve(p)));
      this.ignored.set(config, set);
    }
    return set.has(resolve(path));
  }

  private find(folder: string): string | null {
    const cached = this.byFolder.get(folder);
    if (cached !== undefined) return cached;
    const here = CONFIG_NAMES.map((n) => join(folder, n)).filter((p) => existsSync(p));
    if (here.length > 1) {
      throw new UserError(`${folder}: ${here.map((p) => basename(p)).join(' and ')} are both there; keep one configuration file per folder`);
    }
    let found: string | null = here[0] ?? null;
    if (!found) {
      const parent = dirname(folder);
      if (parent !== folder) found = this.find(parent);
    }
    this.byFolder.set(folder, found);
    return found;
  }

  private load(path: string, seriesRoot?: string): LoadedConfig {
    let hit = this.loaded.get(path);
    if (!hit) {
      let bytes: Uint8Array;
      try {
        bytes = readFileSync(path);
      } catch (e) {
        throw new UserError(`${path}: cannot read the configuration file (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
      }
      hit = parseConfig(bytes, path, dirname(path));
      if (seriesRoot !== undefined) hit.config.root = seriesRoot;
      this.loaded.set(path, hit);
    }
    return hit;
  }
}
