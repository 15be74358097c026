// Writes schemas/*.schema.json from the specs (npm run schemas). The converter is TypeScript and
// imports src/, so it is bundled in memory with esbuild and run from a temporary module.
import { build } from 'esbuild';
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = await build({
  entryPoints: [join(root, 'scripts', 'gen-schemas.ts')],
  bundle: true,
  write: false,
  format: 'esm',
  platform: 'node',
  target: 'node20.19',
  banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
  logLevel: 'warning',
});
const dir = mkdtempSync(join(tmpdir(), 'minutebook-schemas-'));
try {
  const module = join(dir, 'gen-schemas.mjs');
  writeFileSync(module, out.outputFiles[0].text);
  const { SCHEMA_FILES, serialise } = await import(pathToFileURL(module).href);
  for (const [path, make] of Object.entries(SCHEMA_FILES)) {
    const target = join(root, path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, serialise(make()));
    console.log(`wrote ${path}`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
