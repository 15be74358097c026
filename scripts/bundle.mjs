// Bundles the CLI into dist/ so that start-up reads a few files instead of hundreds of modules.
// Renderers are imported dynamically and split into their own chunks, loaded only by `build`.
import { build } from 'esbuild';
import { readFileSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

// vfile-reporter's `string-width` goes through src/cli/string-width.ts (an ASCII fast path).
const STRING_WIDTH = fileURLToPath(new URL('../src/cli/string-width.ts', import.meta.url));
const fastStringWidth = {
  name: 'fast-string-width',
  setup(b) {
    b.onResolve({ filter: /^string-width$/ }, (args) => (args.importer === STRING_WIDTH ? undefined : { path: STRING_WIDTH }));
  },
};

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
// Chunk names carry content hashes: clear old ones so that dist/ (which ships) holds only this build.
rmSync(new URL('../dist', import.meta.url), { recursive: true, force: true });
await build({
  entryPoints: { cli: 'src/cli/entry.ts' },
  outdir: 'dist',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20.19',
  sourcemap: false,
  legalComments: 'none',
  chunkNames: 'chunks/[name]-[hash]',
  define: { __MINUTEBOOK_VERSION__: JSON.stringify(pkg.version) },
  banner: { js: "import { createRequire as __mbCreateRequire } from 'node:module'; const require = __mbCreateRequire(import.meta.url);" },
  logLevel: 'warning',
  plugins: [fastStringWidth],
});

// The same CLI as one CommonJS file, which bin/minutebook.js compiles through `vm.Script` with a
// V8 code cache (Node 20 has no compile cache for ES modules). Command modules imported lazily
// stay lazy: esbuild wraps them in functions that run on first use.
await build({
  entryPoints: { cli: 'src/cli/main.ts' },
  outExtension: { '.js': '.cjs' },
  outdir: 'dist',
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20.19',
  sourcemap: false,
  legalComments: 'none',
  define: { __MINUTEBOOK_VERSION__: JSON.stringify(pkg.version), 'import.meta.url': '__mbModuleUrl' },
  banner: { js: "var __mbModuleUrl = require('node:url').pathToFileURL(__filename).href;" },
  logLevel: 'warning',
  plugins: [fastStringWidth],
});
