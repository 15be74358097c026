import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { VFile } from 'vfile';
import { parseConfig } from '../core/parse-config.js';
import { defaultConfig, type Config } from '../config/types.js';
import { UserError } from './errors.js';

export const CONFIG_NAME = '.minutebook.yaml';

export interface LoadedConfig {
  config: Config;
  /** The configuration file's findings (empty when there is no file). */
  file?: VFile;
}

/**
 * Finds the nearest `.minutebook.yaml` from a folder upwards, caching per folder so that a
 * thousand files in one tree read the configuration once.
 */
export class ConfigLookup {
  private readonly byFolder = new Map<string, string | null>();
  private readonly loaded = new Map<string, LoadedConfig>();
  private readonly fallback: LoadedConfig = { config: defaultConfig() };

  constructor(private readonly explicit?: string) {}

  forFile(path: string): LoadedConfig {
    if (this.explicit) return this.load(resolve(this.explicit));
    const found = this.find(dirname(resolve(path)));
    return found ? this.load(found) : this.fallback;
  }

  private find(folder: string): string | null {
    const cached = this.byFolder.get(folder);
    if (cached !== undefined) return cached;
    const candidate = join(folder, CONFIG_NAME);
    let found: string | null = null;
    if (existsSync(candidate)) found = candidate;
    else {
      const parent = dirname(folder);
      if (parent !== folder) found = this.find(parent);
    }
    this.byFolder.set(folder, found);
    return found;
  }

  private load(path: string): LoadedConfig {
    let hit = this.loaded.get(path);
    if (!hit) {
      let bytes: Uint8Array;
      try {
        bytes = readFileSync(path);
      } catch (e) {
        throw new UserError(`${path}: cannot read the configuration file (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
      }
      hit = parseConfig(bytes, path, dirname(path));
      this.loaded.set(path, hit);
    }
    return hit;
  }
}
