import Handlebars from 'handlebars';
import { COMPILE_OPTIONS } from './compile-options.js';
import { registerHelpers, type Markup } from './helpers.js';
import { PRECOMPILED } from './precompiled.js';
import type { TemplateSet, TemplateSource } from './renderer.js';
import { TemplateError, templateLineAt } from './template-error.js';
import { compareCodeUnits } from '../util/compare-text.js';

type Hb = typeof Handlebars;
export type Compiled = (context: unknown, options?: Handlebars.RuntimeOptions) => string;

const RUNTIME: Handlebars.RuntimeOptions = {
  allowProtoPropertiesByDefault: false,
  allowProtoMethodsByDefault: false,
};

export interface TemplateEngine {
  /** The template of this key (`html/minutes`, `docx/document.xml`), compiled; a TemplateError when it is missing. */
  template(key: string): Compiled;
}

/**
 * One isolated Handlebars instance per template set and format, with the helpers every format
 * shares and the format's partials (`<format>/partials/<name>[.xml]`, called as `{{> name}}`).
 * Every template and partial is parsed eagerly and wrapped, so that an error names the file it is
 * in (the user's own, when the user replaced it) and, where it can be found, the line.
 */
export function createTemplateEngine(
  set: TemplateSet,
  format: string,
  markup: Markup,
  formatHelpers: Record<string, Handlebars.HelperDelegate> = {},
): TemplateEngine {
  const hb = Handlebars.create();
  registerHelpers(hb, markup);
  for (const [name, fn] of Object.entries(formatHelpers)) hb.registerHelper(name, fn);
  const partials = `${format}/partials/`;
  // Code-unit order: any fixed order will do, and localeCompare would start ICU's collator (~25 ms).
  for (const [key, source] of Object.entries(set).sort(([a], [b]) => compareCodeUnits(a, b))) {
    if (!key.startsWith(partials)) continue;
    hb.registerPartial(key.slice(partials.length).replace(/\.xml$/, ''), compile(hb, source) as unknown as Handlebars.Template);
  }
  return {
    template(key) {
      const source = set[key];
      if (!source) throw new TemplateError(`${key}.hbs`, undefined, 'this template is missing');
      return compile(hb, source);
    },
  };
}

/**
 * Parses eagerly (Handlebars otherwise parses on first use, far from the file) and wraps the
 * compiled function so that a failure while rendering names the innermost template file.
 */
function compile(hb: Hb, source: TemplateSource): Compiled {
  const fn = (precompiled(hb, source) ?? compileNow(hb, source)) as Compiled;
  return (context, runtime) => {
    try {
      // A partial's call reads its caller's settings, never these (Handlebars' runtime, `_setup`):
      // copying them into each of the thousands of partial calls of a document was a sixth of
      // the time spent rendering a DOCX.
      return fn(context, (runtime as { partial?: boolean } | undefined)?.partial ? runtime : { ...RUNTIME, ...runtime });
    } catch (e) {
      if (e instanceof TemplateError) throw e;
      throw templateError(source, e);
    }
  };
}

function precompiled(hb: Hb, source: TemplateSource): Handlebars.TemplateDelegate | undefined {
  const spec = PRECOMPILED.get(source.text);
  return spec ? hb.template(spec) : undefined;
}

function compileNow(hb: Hb, source: TemplateSource): Handlebars.TemplateDelegate {
  let ast: hbs.AST.Program;
  try {
    ast = hb.parse(source.text);
  } catch (e) {
    throw templateError(source, e);
  }
  return hb.compile(ast, COMPILE_OPTIONS);
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** The line of the first place in a template that matches, for errors Handlebars gives no position for. */
function lineOf(text: string, re: RegExp): number | undefined {
  const at = text.search(re);
  return at === -1 ? undefined : templateLineAt(text, at);
}

function templateError(source: TemplateSource, e: unknown): TemplateError {
  const err = e as { message?: string; lineNumber?: number };
  const message = String(err?.message ?? e);
  let line = typeof err?.lineNumber === 'number' ? err.lineNumber : undefined;
  const m = /^Parse error on line (\d+):/.exec(message) ?? /- (\d+):\d+$/.exec(message);
  if (line === undefined && m) line = Number(m[1]);
  // Runtime errors carry no position: find where this template calls what failed.
  const partial = /The partial (\S+) could not be found/.exec(message)?.[1];
  const helper = /^Missing helper: "([^"]+)"/.exec(message)?.[1];
  const block = /^#?(\w+) requires/.exec(message)?.[1];
  if (line === undefined && partial) line = lineOf(source.text, new RegExp(`\\{\\{~?#?>\\s*${escapeRe(partial)}(?![\\w.-])`));
  if (line === undefined && helper) line = lineOf(source.text, new RegExp(`(?:\\{\\{~?[#^]?\\s*|\\(\\s*)${escapeRe(helper)}(?![\\w.-])`));
  if (line === undefined && block) line = lineOf(source.text, new RegExp(`\\{\\{~?#\\s*${escapeRe(block)}(?![\\w.-])`));
  // Handlebars' parse messages carry a source excerpt over several lines: keep the gist on one.
  const reason = message
    .replace(/^Parse error on line \d+:\s*/, '')
    .replace(/\s*- \d+:\d+$/, '')
    .split('\n')
    .filter((l) => l.trim() !== '' && !/^-*\^$/.test(l.trim()))
    .pop();
  return new TemplateError(source.path, line, reason ?? message);
}
