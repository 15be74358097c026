// Rewrites the rule table in docs/rules/README.md from src/rules/index.ts (npm run rules-table).
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { importTs } from './import-ts.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { withRulesTable } = await importTs(join(root, 'scripts', 'rules-table.ts'));
const path = join(root, 'docs', 'rules', 'README.md');
const before = readFileSync(path, 'utf8');
const after = withRulesTable(before);
if (after !== before) writeFileSync(path, after);
console.log(after === before ? 'docs/rules/README.md: rule table up to date' : 'docs/rules/README.md: rule table rewritten');
