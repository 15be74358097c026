// Golden outputs: what the built CLI finds and builds on the examples, the test fixtures and a
// generated 200-meeting repository, kept as readable text under test/golden/, so that a change
// shows as a diff of the very lines that moved:
//
//   findings.txt           every finding of `check` on the examples and fixtures, one a line, by file
//   check-stylish.txt      the stylish report of the same check, as a person sees it
//   html/…                 the HTML built from examples/dxog, as written
//   docx/…/<part>          every XML part of the DOCX built from examples/dxog and test/fixtures/docx,
//                          pretty-printed one element a line (a DOCX is a zip: its bytes depend on the
//                          compressor, its parts do not)
//   generated.txt          the 200 generated meetings: their findings one a line; their HTML and
//                          DOCX, too large to keep as text, as one hash per format
//
//   node scripts/golden.mjs           print the files that differ from test/golden/ (exit 1 if any)
//   node scripts/golden.mjs --write   record the current outputs (after a change made on purpose),
//                                     then read `git diff test/golden` to see what moved
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { strFromU8, unzipSync } from 'fflate';
import { generateRepository } from '../bench/generate.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const STORE = join(ROOT, 'test', 'golden');
const CLI = join(ROOT, 'bin', 'minutebook.js');

const hash = (data) => createHash('sha256').update(data).digest('hex').slice(0, 16);

function walk(dir, keep = () => true) {
  const out = [];
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...walk(p, keep));
    else if (keep(name)) out.push(p);
  }
  return out;
}
const mdFiles = (dir) => walk(dir, (n) => n.endsWith('.md'));

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

/** `check --format json` as text: a `## path` line per file, then its findings one a line. */
function findingLines(files, root = ROOT) {
  const r = run(['check', '--format', 'json', ...files.map((f) => relative(ROOT, f))]);
  const lines = [];
  for (const f of JSON.parse(r.stdout)) {
    lines.push(`## ${relative(root, join(ROOT, f.path)).split('\\').join('/')}`);
    for (const m of f.messages) lines.push(`${m.line}:${m.column}-${m.endLine}:${m.endColumn}  ${m.severity}  ${m.message}  ${m.ruleId}${m.fixable ? '  (fixable)' : ''}`);
  }
  return lines.join('\n') + '\n';
}

/** XML one element a line, indented by depth: the same document, laid out for a diff. */
export function prettyXml(xml) {
  let depth = 0;
  const out = [];
  // The declaration stands on a line of its own already; every other break is added here.
  for (const piece of xml.split(/(?<=>)(?=<)|(?<=\?>)\r?\n(?=<)/)) {
    const closing = /^<\//.test(piece);
    const opening = /^<[^?!/]/.test(piece) && !/\/>$/.test(piece) && !/<\/[^>]+>$/.test(piece);
    if (closing) depth = Math.max(0, depth - 1);
    out.push(`${'  '.repeat(depth)}${piece}`);
    if (opening) depth++;
  }
  return out.join('\n') + '\n';
}

/** The outputs of a build, as golden files: HTML as written, DOCX parts pretty-printed. */
function built(paths, format, prefix) {
  const out = mkdtempSync(join(tmpdir(), 'minutebook-golden-'));
  try {
    run(['build', '--force', '--format', format, '--out', out, ...paths.map((p) => relative(ROOT, p))]);
    const result = {};
    for (const file of walk(out)) {
      const key = `${prefix}/${relative(out, file)}`;
      const bytes = readFileSync(file);
      if (file.endsWith('.docx')) {
        const parts = unzipSync(bytes);
        for (const name of Object.keys(parts).sort()) result[`${key}/${name}`] = /\.(xml|rels)$/.test(name) ? prettyXml(strFromU8(parts[name])) : `binary part, sha256 ${hash(parts[name])}\n`;
      } else result[key] = bytes.toString('utf8');
    }
    return result;
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

/** One hash for all the outputs of a large build, with their count. */
function folded(paths, format) {
  const files = built(paths, format, format);
  const keys = Object.keys(files).sort();
  return `${format}: ${keys.length} files, sha256 ${hash(keys.map((k) => `${k}=${hash(files[k])}`).join('\n'))}`;
}

/** Every golden file, by its path under test/golden/, with its text. */
export function currentOutputs() {
  const series = join(ROOT, 'bench', '.work', 'repo-200');
  generateRepository(series, 200);
  const small = [...mdFiles(join(ROOT, 'examples')), ...mdFiles(join(ROOT, 'test', 'fixtures'))];
  const stylish = run(['check', ...small.map((f) => relative(ROOT, f))]);
  return {
    'findings.txt': findingLines(small),
    'check-stylish.txt': stylish.stdout + stylish.stderr,
    'generated.txt': `${findingLines(mdFiles(series), series)}\n${folded([series], 'html')}\n${folded([series], 'docx')}\n`,
    ...built([join(ROOT, 'examples', 'dxog')], 'html', 'html/examples-dxog'),
    ...built([join(ROOT, 'examples', 'dxog')], 'docx', 'docx/examples-dxog'),
    ...built([join(ROOT, 'test', 'fixtures', 'docx')], 'docx', 'docx/fixtures-docx'),
  };
}

/** The golden files as recorded under test/golden/. */
export function recordedOutputs() {
  if (!existsSync(STORE)) return {};
  return Object.fromEntries(walk(STORE).map((f) => [relative(STORE, f).split('\\').join('/'), readFileSync(f, 'utf8')]));
}

/** The names of the golden files that differ, appeared or disappeared. */
export function differences(want, have) {
  return [...new Set([...Object.keys(want), ...Object.keys(have)])].sort().filter((k) => want[k] !== have[k]).map((k) => (k in want ? (k in have ? `changed: ${k}` : `gone: ${k}`) : `new: ${k}`));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const have = currentOutputs();
  if (process.argv.includes('--write')) {
    rmSync(STORE, { recursive: true, force: true });
    for (const [name, text] of Object.entries(have)) {
      mkdirSync(dirname(join(STORE, name)), { recursive: true });
      writeFileSync(join(STORE, name), text);
    }
    console.log(`recorded ${Object.keys(have).length} files under ${relative(ROOT, STORE)}/: read \`git diff ${relative(ROOT, STORE)}\``);
  } else {
    const diff = differences(recordedOutputs(), have);
    for (const l of diff) console.log(l);
    console.log(diff.length ? `${diff.length} difference(s): \`node scripts/golden.mjs --write\`, then \`git diff test/golden\` shows them` : 'no differences');
    process.exitCode = diff.length ? 1 : 0;
  }
}
