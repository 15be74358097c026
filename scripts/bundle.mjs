// Bundles the CLI into dist/cli.cjs so that start-up reads one file instead of hundreds of modules.
// `node scripts/bundle.mjs [outdir]`: dist/ by default; the packaging test builds elsewhere to
// compare with the committed dist/ without touching it.
import { build, transformSync } from 'esbuild';
import Handlebars from 'handlebars';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { expressionOf, prebuiltModule } from './prebuilt-patterns.mjs';

// vfile-reporter's `string-width` goes through src/cli/string-width.ts (an ASCII fast path).
const STRING_WIDTH = fileURLToPath(new URL('../src/cli/string-width.ts', import.meta.url));
const fastStringWidth = {
  name: 'fast-string-width',
  setup(b) {
    b.onResolve({ filter: /^string-width$/ }, (args) => (args.importer === STRING_WIDTH ? undefined : { path: STRING_WIDTH }));
  },
};

// fdir (inside tinyglobby) tries, as it loads, to require picomatch from node_modules for a glob
// method tinyglobby never calls. In the bundle that meant six files read and compiled outside the
// code cache on every start, and a result that depended on what else happened to be installed.
const FDIR_PICOMATCH = /__require\.resolve\("picomatch"\);\s*pm = __require\("picomatch"\);/;
const noFdirPicomatch = {
  name: 'no-fdir-picomatch',
  setup(b) {
    b.onLoad({ filter: /[\\/]fdir[\\/]dist[\\/]index\.mjs$/ }, (args) => {
      const text = readFileSync(args.path, 'utf8');
      if (!FDIR_PICOMATCH.test(text)) throw new Error(`${args.path}: fdir no longer loads picomatch as scripts/bundle.mjs expects; look again`);
      return { contents: text.replace(FDIR_PICOMATCH, ''), loader: 'js' };
    });
  },
};

/**
 * A module required on first use rather than as the bundle loads: its importers get a stand-in
 * whose exports are getters that require it then (`exportNames`: every name it exports).
 * - node:child_process (with net, dgram and more of Node's modules behind it) cost about 5 ms on
 *   every start, because commander requires it as it loads, for subcommands run as programs
 *   (minutebook has none), and git-history.ts imports it for the rare approved file.
 * - fflate builds its inflate and deflate tables as it loads, about 10 ms of a DOCX build, and
 *   only reading a reference document (render/docx/reference-doc.ts) needs it.
 * - node:crypto loads about fifteen of Node's internal modules, a tenth of the CLI's loading time;
 *   a check of a file that is not approved hashes nothing (model/seal.ts, cli/cache/), nor does a
 *   build that writes no file yet (cli/write-atomic.ts).
 */
function onFirstUse(name, filter, real, exportNames) {
  const namespace = `on-first-use-${name}`;
  return {
    name: namespace,
    setup(b) {
      b.onResolve({ filter }, (args) => (args.namespace === namespace ? undefined : { path: name, namespace }));
      b.onLoad({ filter: /.*/, namespace }, () => ({
        contents: [
          'let loaded;',
          `const real = () => (loaded ??= require(${JSON.stringify(real)}));`,
          `for (const name of ${JSON.stringify(exportNames)}) Object.defineProperty(exports, name, { enumerable: true, get: () => real()[name] });`,
        ].join('\n'),
        loader: 'js',
        resolveDir: root,
      }));
    },
  };
}
const childProcessOnFirstUse = onFirstUse('child_process', /^(?:node:)?child_process$/, 'node:child_process', Object.keys(await import('node:child_process')).filter((n) => n !== 'default' && !n.startsWith('_')));
const cryptoOnFirstUse = onFirstUse('crypto', /^(?:node:)?crypto$/, 'node:crypto', Object.keys(await import('node:crypto')).filter((n) => n !== 'default'));
const fflateOnFirstUse = onFirstUse('fflate', /^fflate$/, 'fflate', Object.keys(await import('fflate')).filter((n) => n !== 'default'));

// micromark's parse() merges its constructs with the extensions (GFM, front matter) on every call:
// for each review's update a DOCX build parses, and for every section of every file a check
// parses (parse/markdown.ts cuts long files), although the extensions are the same array each
// time (remark-parse hands over the frozen processor's). Merged once per array instead; the
// merged constructs are only read while parsing.
const MICROMARK_COMBINE = /const constructs = \/\*\* @type \{FullNormalizedExtension\} \*\/\s*combineExtensions\(\[defaultConstructs, \.\.\.\(settings\.extensions \|\| \[\]\)\]\);/;
const micromarkCombinedOnce = {
  name: 'micromark-combined-once',
  setup(b) {
    b.onLoad({ filter: /[\\/]micromark[\\/]lib[\\/]parse\.js$/ }, (args) => {
      const text = readFileSync(args.path, 'utf8');
      if (!MICROMARK_COMBINE.test(text)) throw new Error(`${args.path}: micromark no longer merges its extensions as scripts/bundle.mjs expects; look again`);
      const memo = [
        'const combinedByExtensions = new WeakMap();',
        'function combinedFor(extensions) {',
        '  const key = extensions || combinedByExtensions;',
        '  let combined = combinedByExtensions.get(key);',
        '  if (!combined) combinedByExtensions.set(key, (combined = combineExtensions([defaultConstructs, ...(extensions || [])])));',
        '  return combined;',
        '}',
      ].join('\n');
      return { contents: `${text.replace(MICROMARK_COMBINE, 'const constructs = combinedFor(settings.extensions);')}\n${memo}\n`, loader: 'js' };
    });
  },
};

const root = fileURLToPath(new URL('..', import.meta.url));

// The built-in templates, compiled now rather than on every run (src/render/precompiled.ts says
// why), with the options the run-time compiler uses, read from the one module that holds them.
const optionsSource = transformSync(readFileSync(join(root, 'src/render/compile-options.ts'), 'utf8'), { loader: 'ts', format: 'esm' }).code;
const { COMPILE_OPTIONS } = await import(`data:text/javascript,${encodeURIComponent(optionsSource)}`);
const templateFiles = (dir) =>
  readdirSync(dir)
    .sort()
    .flatMap((name) => (statSync(join(dir, name)).isDirectory() ? templateFiles(join(dir, name)) : name.endsWith('.hbs') ? [join(dir, name)] : []));
const precompiledTemplates = {
  name: 'precompiled-templates',
  setup(b) {
    b.onLoad({ filter: /[\\/]src[\\/]render[\\/]precompiled\.ts$/ }, () => {
      const entries = templateFiles(join(root, 'templates')).map((file) => {
        const text = readFileSync(file, 'utf8');
        return `  [${JSON.stringify(text)}, ${Handlebars.precompile(text, COMPILE_OPTIONS)}],`;
      });
      const wordingFile = join(root, 'templates', 'wording.yaml');
      const wordingText = readFileSync(wordingFile, 'utf8');
      const wording = `export const PARSED_WORDING = new Map([[${JSON.stringify(wordingText)}, ${expressionOf(parseWording({ text: wordingText, path: wordingFile }))}]]);\n`;
      return { contents: `export const PRECOMPILED = new Map([\n${entries.join('\n')}\n]);\n${wording}`, loader: 'js' };
    });
  },
};
// What is built from the sources when the CLI is bundled rather than on every start: the built-in
// vocabulary's patterns (src/vocabulary/prebuilt.ts says why) and the built-in wording
// (src/render/precompiled.ts), by the same code the CLI runs, bundled on its own for this
// (CommonJS: the YAML parser inside it requires Node's modules).
const helpersEntry = [
  "export { build } from './src/vocabulary/patterns.ts';",
  "export { DEFAULT_VOCABULARY } from './src/vocabulary/words.ts';",
  "export { parseWording } from './src/render/wording.ts';",
].join('\n');
const helpersDir = mkdtempSync(join(tmpdir(), 'minutebook-bundle-'));
await build({ absWorkingDir: root, stdin: { contents: helpersEntry, resolveDir: root, loader: 'ts' }, outfile: join(helpersDir, 'helpers.cjs'), bundle: true, format: 'cjs', platform: 'node', logLevel: 'warning' });
const { build: buildPatterns, DEFAULT_VOCABULARY: builtInWords, parseWording } = createRequire(import.meta.url)(join(helpersDir, 'helpers.cjs'));
rmSync(helpersDir, { recursive: true, force: true });
const prebuiltPatterns = {
  name: 'prebuilt-patterns',
  setup(b) {
    b.onLoad({ filter: /[\\/]src[\\/]vocabulary[\\/]prebuilt\.ts$/ }, () => ({ contents: prebuiltModule(buildPatterns(builtInWords)), loader: 'js' }));
  },
};
// `minutebook import` loads mammoth and the unified ecosystem (about a megabyte): they go into a
// bundle of their own, dist/import.cjs, that only `import` requires (src/cli/load-importer.ts).
const LOAD_IMPORTER = /[\\/]src[\\/]cli[\\/]load-importer\.ts$/;
const separateImporter = {
  name: 'separate-importer',
  setup(b) {
    b.onResolve({ filter: /^\.\/import\.cjs$/ }, () => ({ path: './import.cjs', external: true }));
    b.onLoad({ filter: LOAD_IMPORTER }, () => ({
      contents: "export function loadImporter() { return Promise.resolve(require('./import.cjs')); }\n",
      loader: 'js',
    }));
  },
};
const outdir = resolve(process.argv[2] ?? resolve(root, 'dist'));
const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
// Clear old builds so that dist/ (which ships) holds only this one.
rmSync(outdir, { recursive: true, force: true });

// One CommonJS file, which bin/load-cli.js compiles through `vm.Script` with a V8 code cache
// (Node 20 has no compile cache for ES modules). Modules imported lazily (commands, renderers)
// stay lazy: esbuild wraps them in functions that run on first use, and V8 compiles a function
// only when it first runs, so `check` pays nothing for the renderers.
// What both bundles share: CommonJS for Node 20.19, no source maps or legal comments.
const cjs = {
  outExtension: { '.js': '.cjs' },
  absWorkingDir: root,
  outdir,
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20.19',
  sourcemap: false,
  legalComments: 'none',
};

const cliBuild = build({
  ...cjs,
  entryPoints: { cli: 'src/cli/main.ts' },
  // The language server's protocol library (400 kB) stays in node_modules, required only when
  // `minutebook lsp` starts the server: every other command reads and hashes less.
  // piscina (the worker pool of a large check or build, cli/worker-pool.ts) stays there too: it starts its workers
  // from its own worker script, which loads dist/worker.cjs (below).
  external: ['vscode-languageserver', 'vscode-languageserver/*', 'vscode-languageserver-textdocument', 'piscina'],
  define: { __MINUTEBOOK_VERSION__: JSON.stringify(pkg.version), 'import.meta.url': '__mbModuleUrl' },
  banner: { js: "var __mbModuleUrl = require('node:url').pathToFileURL(__filename).href;" },
  logLevel: 'warning',
  plugins: [fastStringWidth, noFdirPicomatch, precompiledTemplates, prebuiltPatterns, separateImporter, childProcessOnFirstUse, cryptoOnFirstUse, fflateOnFirstUse, micromarkCombinedOnce],
});
await cliBuild;
finishForLoader(join(outdir, 'cli.cjs'));

// What the worker threads of a large check or build run (cli/analyse-worker.ts): the per-file step
// only, without commander, the reporters or the renderers.
await build({
  ...cjs,
  entryPoints: { worker: 'src/cli/analyse-worker.ts' },
  logLevel: 'warning',
  plugins: [noFdirPicomatch, prebuiltPatterns, micromarkCombinedOnce],
});

await build({
  ...cjs,
  entryPoints: { import: 'src/import/convert.ts' },
  logLevel: 'warning',
});

/** `\\uXXXX` for one UTF-16 code unit. */
function unitEscape(unit) {
  return `\\u${unit.toString(16).toUpperCase().padStart(4, '0')}`;
}

/**
 * The bundle as bin/load-cli.js reads it fastest: ASCII only, so that it is read as Latin-1 (a
 * copy of bytes) rather than decoded as UTF-8 (about 9 ms against 2 ms for 2.6 MB), and ending in
 * a line with the SHA-1 of the rest, so that no run hashes it (the code cache and `check --cache`
 * key on it). esbuild escapes strings but leaves other characters as they are in regular
 * expression literals, comments and `String.raw` templates. An escape means the same character in
 * each of those; in a `String.raw` template, whose raw text is its value, the character goes in
 * as a substitution of an escaped string instead. Any other tagged template with such a character
 * stops the build: its tag sees raw text, which no rewriting keeps.
 */
function finishForLoader(file) {
  const text = readFileSync(file, 'utf8');
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.JS);
  const rawParts = []; // [start, end] of the literal parts of String.raw templates
  const visit = (node) => {
    if (ts.isTaggedTemplateExpression(node) && /[^\x00-\x7f]/.test(node.template.getText(source))) {
      if (node.tag.getText(source) !== 'String.raw') {
        const { line } = source.getLineAndCharacterOfPosition(node.getStart(source));
        throw new Error(`${file}:${line + 1}: a tagged template holds a non-ASCII character; write it as an escape in the source`);
      }
      const t = node.template;
      const parts = ts.isNoSubstitutionTemplateLiteral(t) ? [t] : [t.head, ...t.templateSpans.map((s) => s.literal)];
      for (const p of parts) rawParts.push([p.getStart(source), p.end]);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  const inRaw = (i) => rawParts.some(([a, b]) => i >= a && i < b);
  let out = '';
  let last = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 0x80) continue;
    // A surrogate pair stays a pair of escapes: one character in strings and in /u patterns alike.
    const units = unit >= 0xd800 && unit < 0xdc00 && i + 1 < text.length ? [unit, text.charCodeAt(i + 1)] : [unit];
    const escaped = units.map(unitEscape).join('');
    out += text.slice(last, i) + (inRaw(i) ? `\${"${escaped}"}` : escaped);
    i += units.length - 1;
    last = i + 1;
  }
  out += text.slice(last);
  const check = ts.createSourceFile(file, out, ts.ScriptTarget.Latest, false, ts.ScriptKind.JS);
  if (check.parseDiagnostics.length > 0) throw new Error(`${file}: escaping its non-ASCII characters broke it: ${check.parseDiagnostics[0].messageText}`);
  const body = out.endsWith('\n') ? out : `${out}\n`;
  writeFileSync(file, `${body}// minutebook-bundle-sha1 ${createHash('sha1').update(body).digest('hex')}\n`);
}
