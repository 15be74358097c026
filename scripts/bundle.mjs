// Bundles the CLI into dist/cli.cjs so that start-up reads one file instead of hundreds of modules.
// `node scripts/bundle.mjs [outdir]`: dist/ by default; the packaging test builds elsewhere to
// compare with the committed dist/ without touching it.
import { build, transformSync } from 'esbuild';
import Handlebars from 'handlebars';
import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

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
      return { contents: `export const PRECOMPILED = new Map([\n${entries.join('\n')}\n]);\n`, loader: 'js' };
    });
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

await build({
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
  plugins: [fastStringWidth, noFdirPicomatch, precompiledTemplates, separateImporter],
});

// What the worker threads of a large check or build run (cli/analyse-worker.ts): the per-file step
// only, without commander, the reporters or the renderers.
await build({
  ...cjs,
  entryPoints: { worker: 'src/cli/analyse-worker.ts' },
  logLevel: 'warning',
  plugins: [noFdirPicomatch],
});

await build({
  ...cjs,
  entryPoints: { import: 'src/import/convert.ts' },
  logLevel: 'warning',
});
