import Handlebars from 'handlebars';
import type { Renderer, RendererOptions, TemplateSet, TemplateSource } from '../registry.js';
import { TemplateError } from '../template-error.js';
import { registerHelpers } from './helpers.js';

export const MAIN_TEMPLATE = 'html/minutes';
export const PARTIALS_PREFIX = 'html/partials/';

type Hb = typeof Handlebars;
type Compiled = (context: unknown, options?: Handlebars.RuntimeOptions) => string;

const COMPILE: CompileOptions = {
  // Escaping on: `{{x}}` always escapes; only helpers built on mdast-html.ts return markup.
  noEscape: false,
  strict: false,
  // Indenting a partial's output would change <pre> content.
  preventIndent: true,
};

// eslint-disable-next-line no-control-regex
const FORBIDDEN_IN_HTML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const RUNTIME: Handlebars.RuntimeOptions = {
  allowProtoPropertiesByDefault: false,
  allowProtoMethodsByDefault: false,
};

/** Compiles the HTML templates of one template set on an isolated Handlebars instance. */
export function createRenderer(options: RendererOptions): Renderer {
  const hb = Handlebars.create();
  registerHelpers(hb);
  const main = options.templates[MAIN_TEMPLATE];
  if (!main) throw new TemplateError(`${MAIN_TEMPLATE}.hbs`, undefined, 'the main HTML template is missing');
  for (const [key, source] of Object.entries(options.templates).sort(([a], [b]) => a.localeCompare(b))) {
    if (!key.startsWith(PARTIALS_PREFIX)) continue;
    hb.registerPartial(key.slice(PARTIALS_PREFIX.length), compile(hb, source) as unknown as Handlebars.Template);
  }
  const template = compile(hb, main);
  return {
    extension: 'html',
    render({ view }) {
      // The view model is plain data (JSON-safe), so nothing a template reaches can run code.
      // Control characters pasted into the minutes (reported by forbidden-char) are HTML parse
      // errors and are refused by Word: they are left out here, as in the DOCX.
      const html = template(view, RUNTIME).replace(/\r\n?/g, '\n').replace(FORBIDDEN_IN_HTML, '');
      return new TextEncoder().encode(html);
    },
  };
}

/**
 * Parses eagerly (Handlebars otherwise parses on first use, far from the file) and wraps the
 * compiled function so that a failure while rendering names the innermost template file.
 */
function compile(hb: Hb, source: TemplateSource): Compiled {
  let ast: hbs.AST.Program;
  try {
    ast = hb.parse(source.text);
  } catch (e) {
    throw templateError(source, e);
  }
  const fn = hb.compile(ast, COMPILE) as Compiled;
  return (context, runtime) => {
    try {
      return fn(context, { ...RUNTIME, ...runtime });
    } catch (e) {
      if (e instanceof TemplateError) throw e;
      throw templateError(source, e);
    }
  };
}

function templateError(source: TemplateSource, e: unknown): TemplateError {
  const err = e as { message?: string; lineNumber?: number };
  const message = String(err?.message ?? e);
  let line = typeof err?.lineNumber === 'number' ? err.lineNumber : undefined;
  const m = /^Parse error on line (\d+):/.exec(message) ?? /- (\d+):\d+$/.exec(message);
  if (line === undefined && m) line = Number(m[1]);
  // Handlebars gives no position for a missing partial: find where this template calls it.
  const partial = /The partial (\S+) could not be found/.exec(message);
  if (line === undefined && partial) {
    const at = source.text.search(new RegExp(`\\{\\{~?#?>\\s*${partial[1]!.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}(?![\\w-])`));
    if (at !== -1) line = source.text.slice(0, at).split('\n').length;
  }
  // Handlebars' parse messages carry a source excerpt over several lines: keep the gist on one.
  const reason = message
    .replace(/^Parse error on line \d+:\s*/, '')
    .replace(/\s*- \d+:\d+$/, '')
    .split('\n')
    .filter((l) => l.trim() !== '' && !/^-*\^$/.test(l.trim()))
    .pop();
  return new TemplateError(source.path, line, reason ?? message);
}

export { TemplateError };
export type { TemplateSet };
