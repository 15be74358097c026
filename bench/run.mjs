// npm run bench [-- [suite…] [--runs N] [--readme]]
// Loads every bench/suites/*.mjs (or the named ones), runs them in name order, prints one table
// and writes bench/.work/results.json; --readme also puts the table into docs/performance.md between
// <!-- bench:start --> and <!-- bench:end -->. Exit 1 when a command fails; a MISS is reported.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createContext, formatTable } from './lib.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const argv = process.argv.slice(2);
let runs = 5;
let readme = false;
const wanted = [];
for (let i = 0; i < argv.length; i++) {
  if (argv[i] === '--readme') readme = true;
  else if (argv[i] === '--runs') runs = Number(argv[++i]);
  else if (argv[i].startsWith('--runs=')) runs = Number(argv[i].slice(7));
  else wanted.push(argv[i]);
}
if (!Number.isInteger(runs) || runs < 1) {
  console.error('bench: --runs needs a whole number of at least 1');
  process.exit(2);
}

const suitesDir = join(root, 'bench', 'suites');
const files = readdirSync(suitesDir).filter((f) => f.endsWith('.mjs')).sort();
const suites = [];
for (const f of files) {
  const mod = await import(pathToFileURL(join(suitesDir, f)).href);
  const suite = mod.default;
  if (!suite || typeof suite.run !== 'function') {
    console.error(`bench: ${f} must export default { name, run(ctx) }`);
    process.exit(2);
  }
  suites.push({ name: suite.name ?? basename(f, '.mjs'), suite });
}
const chosen = wanted.length ? suites.filter((s) => wanted.includes(s.name)) : suites;
const unknown = wanted.filter((w) => !suites.some((s) => s.name === w));
if (unknown.length) {
  console.error(`bench: no suite named ${unknown.join(', ')} (suites: ${suites.map((s) => s.name).join(', ')})`);
  process.exit(2);
}

const ctx = createContext({ root, runs });
const load = loadavg()[0].toFixed(2);
console.log(`minutebook benchmarks: median of ${runs} runs after one warm-up, Node ${process.version}, ${cpus().length} CPUs, load ${load}`);
let failed = false;
for (const { name, suite } of chosen) {
  process.stdout.write(`- ${name}${suite.description ? `: ${suite.description}` : ''}\n`);
  try {
    await suite.run(ctx);
  } catch (e) {
    failed = true;
    console.error(`bench: suite ${name} failed: ${e instanceof Error ? e.message : e}`);
  }
}
const table = formatTable(ctx.rows);
console.log('');
console.log(table);
writeFileSync(
  join(ctx.work, 'results.json'),
  JSON.stringify({ node: process.version, cpus: cpus().length, load: Number(load), runs, rows: ctx.rows }, null, 2) + '\n',
);
if (readme) {
  const path = join(root, 'docs', 'performance.md');
  const text = readFileSync(path, 'utf8');
  // A suite run alone (`npm run bench -- wait --readme`) fills its own block when the page has
  // one (<!-- bench:wait:start -->), so that the full table of an earlier run stays as it was.
  const own = wanted.length === 1 && text.includes(`<!-- bench:${wanted[0]}:start -->`) ? `bench:${wanted[0]}:` : 'bench:';
  const [start, end] = [`<!-- ${own}start -->`, `<!-- ${own}end -->`];
  const [a, b] = [text.indexOf(start), text.indexOf(end)];
  if (a === -1 || b < a) {
    console.error(`bench: docs/performance.md has no ${start} … ${end} block`);
    process.exit(2);
  }
  const when = new Date().toISOString().slice(0, 10);
  const note = `Measured ${when} with \`npm run bench -- ${[...wanted, '--runs', runs].join(' ')}\`: Node ${process.version}, ${cpus().length} CPUs (${cpus()[0]?.model.trim() ?? 'unknown'}), load average ${load} at the start.`;
  writeFileSync(path, `${text.slice(0, a)}${start}\n${note}\n\n${table}\n${text.slice(b)}`);
  console.log('docs/performance.md: figures updated');
}
process.exit(failed ? 1 : 0);
