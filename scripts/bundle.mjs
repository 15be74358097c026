// Bundles the CLI into dist/ so that start-up reads a few files instead of hundreds of modules.
// Renderers are imported dynamically and split into their own chunks, loaded only by `build`.
// `node scripts/bundle.mjs [outdir]`: dist/ by default; the packaging test builds elsewhere to
// compare with the committed dist/ without touching it.
import { build } from 'esbuild';
import { readFileSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const outdir = resolve(process.argv[2] ?? resolve(root, 'dist'));
const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
// Chunk names carry content hashes: clear old ones so that dist/ (which ships) holds only this build.
rmSync(outdir, { recursive: true, force: true });
await build({
  absWorkingDir: root,
  entryPoints: { cli: 'src/cli/entry.ts' },
  outdir,
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
});
