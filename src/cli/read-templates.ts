import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TemplateSet, TemplateSource } from '../render/renderer.js';
import { displayPath } from './discover.js';
import { UserError } from './errors.js';

/** The package's own templates/ folder, found upwards from this module (bundled into dist/). */
export function builtinTemplatesDir(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const candidate = join(dir, 'templates');
    if (existsSync(join(dir, 'package.json')) && existsSync(candidate)) return candidate;
    const parent = dirname(dir);
    if (parent === dir) throw new UserError('cannot find the built-in templates folder of minutebook (is the package installed completely?)');
    dir = parent;
  }
}

/**
 * Every `*.hbs` under a folder, keyed by its relative path without `.hbs`, `/`-separated, and
 * the data files beside them keyed by their path: the DOCX reference parts (`docx/word/styles.xml`)
 * and the wording (`wording.yaml`).
 */
export function readTemplateFolder(folder: string, options: { lazy?: boolean } = {}): Record<string, TemplateSource> {
  const found: Record<string, TemplateSource> = {};
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.(hbs|xml|yaml)$/.test(name)) {
        const key = relative(folder, path).split(sep).join('/').replace(/\.hbs$/, '');
        found[key] = options.lazy ? lazySource(path) : { text: readFileSync(path, 'utf8'), path: displayPath(path) };
      }
    }
  };
  walk(folder);
  return found;
}

/**
 * A template read when its text is first asked for: a DOCX build uses none of the HTML templates
 * (about forty files in all, read before on every build). Only for the built-in folder, which does
 * not change under a run; a user's folder is read whole, as it is checked for misplaced files.
 */
function lazySource(file: string): TemplateSource {
  let text: string | undefined;
  return {
    get text() {
      return (text ??= readFileSync(file, 'utf8'));
    },
    path: displayPath(file),
  };
}

/**
 * The built-in templates with a user folder laid over them file by file. The user folder has the
 * same layout as the built-in one (`html/minutes.hbs`, `html/partials/banner.hbs`). Files that
 * replace nothing and are not new partials are reported, since they are most likely misplaced.
 */
export class TemplateReader {
  private readonly builtin: Record<string, TemplateSource>;
  private readonly cache = new Map<string, TemplateSet>();

  constructor(private readonly warn: (s: string) => void) {
    this.builtin = readTemplateFolder(builtinTemplatesDir(), { lazy: true });
  }

  read(userDir: string | undefined): TemplateSet {
    const key = userDir ? resolve(userDir) : '';
    let set = this.cache.get(key);
    if (set) return set;
    if (!userDir) set = this.builtin;
    else {
      if (!existsSync(key) || !statSync(key).isDirectory()) throw new UserError(`${displayPath(key)}: the templates folder does not exist`);
      const user = readTemplateFolder(key);
      for (const [name, source] of Object.entries(user)) {
        if (!(name in this.builtin) && !/^[^/]+\/partials\//.test(name)) {
          this.warn(`minutebook: ${source.path}: not a template minutebook uses (expected e.g. html/minutes.hbs, html/partials/<name>.hbs, docx/word/styles.xml or wording.yaml under ${displayPath(key)})`);
        }
      }
      set = { ...this.builtin, ...user };
    }
    this.cache.set(key, set);
    return set;
  }
}
