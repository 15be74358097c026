// Writes schemas/*.schema.json from the specs (npm run schemas).
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { importTs } from './import-ts.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { SCHEMA_FILES, serialise } = await importTs(join(root, 'scripts', 'gen-schemas.ts'));
for (const [path, make] of Object.entries(SCHEMA_FILES)) {
  const target = join(root, path);
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, serialise(make()));
  console.log(`wrote ${path}`);
}
