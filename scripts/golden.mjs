// Golden outputs: what the built CLI finds and builds on the examples, the test fixtures and a
// generated 200-meeting repository, kept as short hashes in test/golden/outputs.json. Speed work
// must leave every one of them unchanged; a change of behaviour on purpose refreshes them.
//
//   node scripts/golden.mjs           print the differences from test/golden/outputs.json (exit 1 if any)
//   node scripts/golden.mjs --write   record the current outputs (after a change made on purpose)
//
// DOCX files are compared part by part, unzipped: the bytes of the deflated stream depend on the
// compressor, the document does not.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { unzipSync } from 'fflate';
import { generateRepository } from '../bench/generate.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const STORE = join(ROOT, 'test', 'golden', 'outputs.json');
const CLI = join(ROOT, 'bin', 'minutebook.js');

const hash = (data) => createHash('sha256').update(data).digest('hex').slice(0, 16);

function mdFiles(dir) {
  const out = [];
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...mdFiles(p));
    else if (name.endsWith('.md')) out.push(p);
  }
  return out;
}

function run(args) {
  const r = spawnSync(process.execPath, [CLI, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
    maxBuffer: 512 * 1024 * 1024,
  });
  if (r.status !== 0 && r.status !== 1) throw new Error(`minutebook ${args.join(' ')}: exit ${r.status}\n${r.stderr}`);
  return r;
}

/** One hash per checked file, of its findings as `check --format json` reports them. */
function findings(files) {
  const r = run(['check', '--format', 'json', ...files.map((f) => relative(ROOT, f))]);
  const out = {};
  for (const f of JSON.parse(r.stdout)) out[f.path] = `${f.messages.length} ${hash(JSON.stringify(f.messages))}`;
  return out;
}

/** One hash per output file of a build (per part for DOCX), keyed by its path under the output folder. */
function built(paths, format) {
  const out = mkdtempSync(join(tmpdir(), 'minutebook-golden-'));
  try {
    run(['build', '--force', '--format', format, '--out', out, ...paths.map((p) => relative(ROOT, p))]);
    const result = {};
    for (const file of walk(out)) {
      const key = relative(out, file);
      const bytes = readFileSync(file);
      if (file.endsWith('.docx')) {
        const parts = unzipSync(bytes);
        for (const name of Object.keys(parts).sort()) result[`${key}:${name}`] = hash(parts[name]);
      } else {
        result[key] = hash(bytes);
      }
    }
    return result;
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

function walk(dir) {
  const out = [];
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...walk(p));
    else out.push(p);
  }
  return out;
}

/** Large groups are kept as one hash plus a count, so that the stored file stays small. */
function fold(map) {
  const keys = Object.keys(map).sort();
  return { files: keys.length, hash: hash(keys.map((k) => `${k}=${map[k]}`).join('\n')) };
}

export function currentOutputs() {
  const series = generateRepository(join(ROOT, 'bench', '.work', 'repo-200'), 200);
  const small = [...mdFiles(join(ROOT, 'examples')), ...mdFiles(join(ROOT, 'test', 'fixtures'))];
  const stylish = run(['check', ...small.map((f) => relative(ROOT, f))]);
  return {
    'check examples+fixtures (json)': findings(small),
    'check examples+fixtures (stylish, no colour)': hash(stylish.stdout + stylish.stderr),
    'check 200 generated (json)': fold(findings(mdFiles(series))),
    'build html examples/dxog': built([join(ROOT, 'examples', 'dxog')], 'html'),
    'build docx examples/dxog': built([join(ROOT, 'examples', 'dxog')], 'docx'),
    'build docx test/fixtures/docx': built([join(ROOT, 'test', 'fixtures', 'docx')], 'docx'),
    'build html 200 generated': fold(built([series], 'html')),
    'build docx 200 generated': fold(built([series], 'docx')),
  };
}

/** Lines naming every entry that differs between two recordings. */
export function differences(want, have) {
  const lines = [];
  for (const group of new Set([...Object.keys(want), ...Object.keys(have)])) {
    const a = want[group];
    const b = have[group];
    if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null || 'hash' in a) {
      if (JSON.stringify(a) !== JSON.stringify(b)) lines.push(`${group}: ${JSON.stringify(a)} -> ${JSON.stringify(b)}`);
      continue;
    }
    for (const k of new Set([...Object.keys(a), ...Object.keys(b)])) {
      if (a[k] !== b[k]) lines.push(`${group}: ${k}: ${a[k] ?? '(none)'} -> ${b[k] ?? '(none)'}`);
    }
  }
  return lines;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const have = currentOutputs();
  if (process.argv.includes('--write')) {
    writeFileSync(STORE, JSON.stringify(have, null, 1) + '\n');
    console.log(`recorded ${STORE}`);
  } else {
    const diff = differences(JSON.parse(readFileSync(STORE, 'utf8')), have);
    for (const l of diff) console.log(l);
    console.log(diff.length ? `${diff.length} difference(s)` : 'no differences');
    process.exitCode = diff.length ? 1 : 0;
  }
}
