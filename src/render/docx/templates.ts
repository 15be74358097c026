import Handlebars from 'handlebars';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TemplateSet, TemplateSource } from '../registry.js';
import { TemplateError } from '../template-error.js';

/** The built-in reference document and templates: templates/docx/ in the package. */
export function builtInDocxDir(): string {
  // Source (src/render/docx/) and bundle (dist/, dist/chunks/) stand at different depths.
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    const candidate = join(dir, 'templates', 'docx');
    if (existsSync(join(candidate, 'word', 'styles.xml'))) return candidate;
    dir = dirname(dir);
  }
  throw new Error('the built-in DOCX reference parts (templates/docx/word/styles.xml…) are missing from the installation');
}

/** The parts of the built-in reference document that are not templates. */
export const STATIC_PARTS = ['word/styles.xml', 'word/settings.xml', 'word/fontTable.xml', 'word/theme/theme1.xml'] as const;
export type StaticPart = (typeof STATIC_PARTS)[number];

let statics: Map<StaticPart, string> | undefined;

/** Read once per process. */
export function staticParts(): Map<StaticPart, string> {
  if (!statics) {
    const dir = builtInDocxDir();
    statics = new Map(STATIC_PARTS.map((p) => [p, readFileSync(join(dir, p), 'utf8')]));
  }
  return statics;
}

type Compiled = (context: unknown) => string;

export interface DocxTemplates {
  document: Compiled;
  header: Compiled;
  footer: Compiled;
  numbering: Compiled;
  core: Compiled;
  app: Compiled;
  banner: Compiled;
}

export const PREFIX = 'docx/';
const PARTIALS = 'docx/partials/';

const COMPILE: CompileOptions = { noEscape: false, preventIndent: true };
const RUNTIME: Handlebars.RuntimeOptions = { allowProtoPropertiesByDefault: false, allowProtoMethodsByDefault: false };

/**
 * Compiles the DOCX templates of one template set (built-in, with the user's files laid over them
 * by the CLI) on an isolated Handlebars instance. Keys are paths under templates/ without `.hbs`:
 * `docx/document.xml`, `docx/partials/people-table.xml`.
 */
export function compileDocxTemplates(set: TemplateSet): DocxTemplates {
  const hb = Handlebars.create();
  for (const [key, source] of Object.entries(set).sort(([a], [b]) => a.localeCompare(b))) {
    if (!key.startsWith(PARTIALS)) continue;
    hb.registerPartial(key.slice(PARTIALS.length).replace(/\.xml$/, ''), hb.compile(parse(hb, source), COMPILE));
  }
  const compile = (name: string): Compiled => {
    const source = set[PREFIX + name];
    if (!source) throw new TemplateError(`${PREFIX}${name}.hbs`, undefined, 'this DOCX template is missing');
    const fn = hb.compile(parse(hb, source), COMPILE);
    return (context) => {
      try {
        return fn(context, RUNTIME);
      } catch (e) {
        throw new TemplateError(source.path, undefined, (e as Error).message);
      }
    };
  };
  return {
    document: compile('document.xml'),
    header: compile('word/header1.xml'),
    footer: compile('word/footer1.xml'),
    numbering: compile('word/numbering.xml'),
    core: compile('docProps/core.xml'),
    app: compile('docProps/app.xml'),
    banner: (context) => hb.compile('{{> banner}}')(context, RUNTIME),
  };
}

function parse(hb: typeof Handlebars, source: TemplateSource): hbs.AST.Program {
  try {
    return hb.parse(source.text);
  } catch (e) {
    const line = /line (\d+)/.exec((e as Error).message)?.[1];
    throw new TemplateError(source.path, line ? Number(line) : undefined, (e as Error).message.split('\n')[0] ?? 'does not parse');
  }
}
