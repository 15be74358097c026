// Which modules of src/ a CLI run passes through, and how often it goes back into a layer it has
// left (docs/architecture.md, "Measuring the flow"). Not part of the suite: a measuring tool.
//
//   node scripts/trace-layers.mjs check examples/dxog/2026-03-16-dxog-19.md
//
// How: the CLI is bundled again, unminified, into a temporary folder, with every function of
// src/ made to call a tracer on entry. The tracer reads the call stack (each frame's line in the
// bundle names its module, from esbuild's `// src/...` markers) and keeps each distinct chain of
// modules from the outermost call inwards. A chain is read by layer (the first folder under src/):
// a "return" is a layer met again after the chain left it (cli → core → cli → core returns twice);
// crossings of the CLI/core boundary count each step between `cli` and a layer below it.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const root = fileURLToPath(new URL('..', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'mb-trace-'));

/** Puts `__mbTrace()` first in every function body of a module of src/. */
function instrument(source, fileName) {
  const call = () => ts.factory.createExpressionStatement(ts.factory.createCallExpression(ts.factory.createIdentifier('__mbTrace'), undefined, []));
  const transformer = (context) => (file) => {
    const visit = (node) => {
      node = ts.visitEachChild(node, visit, context);
      if (!ts.isFunctionLike(node) || !node.body) return node;
      const f = ts.factory;
      if (ts.isArrowFunction(node) && !ts.isBlock(node.body)) {
        const body = f.createBlock([call(), f.createReturnStatement(node.body)], true);
        return f.updateArrowFunction(node, node.modifiers, node.typeParameters, node.parameters, node.type, node.equalsGreaterThanToken, body);
      }
      if (!ts.isBlock(node.body)) return node;
      // A constructor's `super()` must come first: trace after the first statement there.
      const stmts = [...node.body.statements];
      const at = ts.isConstructorDeclaration(node) && stmts[0] && /^super\(/.test(stmts[0].getText?.() ?? '') ? 1 : 0;
      stmts.splice(at, 0, call());
      const body = f.updateBlock(node.body, stmts);
      if (ts.isFunctionDeclaration(node)) return f.updateFunctionDeclaration(node, node.modifiers, node.asteriskToken, node.name, node.typeParameters, node.parameters, node.type, body);
      if (ts.isFunctionExpression(node)) return f.updateFunctionExpression(node, node.modifiers, node.asteriskToken, node.name, node.typeParameters, node.parameters, node.type, body);
      if (ts.isArrowFunction(node)) return f.updateArrowFunction(node, node.modifiers, node.typeParameters, node.parameters, node.type, node.equalsGreaterThanToken, body);
      if (ts.isMethodDeclaration(node)) return f.updateMethodDeclaration(node, node.modifiers, node.asteriskToken, node.name, node.questionToken, node.typeParameters, node.parameters, node.type, body);
      if (ts.isConstructorDeclaration(node)) return f.updateConstructorDeclaration(node, node.modifiers, node.parameters, body);
      if (ts.isGetAccessorDeclaration(node)) return f.updateGetAccessorDeclaration(node, node.modifiers, node.name, node.parameters, node.type, body);
      if (ts.isSetAccessorDeclaration(node)) return f.updateSetAccessorDeclaration(node, node.modifiers, node.name, node.parameters, body);
      return node;
    };
    return ts.visitNode(file, visit);
  };
  return ts.transpileModule(source, { fileName, compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext }, transformers: { before: [transformer] } }).outputText;
}

const tracePlugin = {
  name: 'trace',
  setup(b) {
    b.onLoad({ filter: /[\\/]src[\\/].*\.ts$/ }, (args) => ({ contents: instrument(readFileSync(args.path, 'utf8'), args.path), loader: 'js' }));
  },
};

await build({
  entryPoints: { cli: join(root, 'src/cli/main.ts') },
  outExtension: { '.js': '.cjs' },
  outdir: dir,
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20.19',
  external: ['vscode-languageserver', 'vscode-languageserver/*', 'vscode-languageserver-textdocument'],
  define: { __MINUTEBOOK_VERSION__: '"trace"', 'import.meta.url': '__mbModuleUrl' },
  banner: { js: `var __mbModuleUrl = require('node:url').pathToFileURL(${JSON.stringify(join(root, 'dist', 'cli.cjs'))}).href; var __mbTrace = globalThis.__mbTrace;` },
  logLevel: 'error',
  plugins: [tracePlugin],
});

// The runner: installs the tracer, runs the command, writes the distinct chains.
const bundle = join(dir, 'cli.cjs');
const out = join(dir, 'chains.json');
writeFileSync(
  join(dir, 'run.cjs'),
  `
const { readFileSync, writeFileSync } = require('node:fs');
const lines = readFileSync(${JSON.stringify(bundle)}, 'utf8').split('\\n');
// Line (1-based) → module: esbuild writes "// src/x/y.ts" before each module's code.
const starts = [];
lines.forEach((l, i) => { const m = /^\\/\\/ (src\\/\\S+\\.ts)$/.exec(l); if (m) starts.push([i + 1, m[1]]); });
const moduleAt = (line) => { let lo = 0, hi = starts.length - 1, hit; while (lo <= hi) { const mid = (lo + hi) >> 1; if (starts[mid][0] <= line) { hit = starts[mid][1]; lo = mid + 1; } else hi = mid - 1; } return hit; };
const chains = new Map();
const FRAME = /cli\\.cjs:(\\d+):\\d+\\)?$/;
Error.stackTraceLimit = Infinity;
let busy = false;
globalThis.__mbTrace = () => {
  if (busy) return;
  busy = true;
  const frames = new Error().stack.split('\\n').slice(2);
  const mods = [];
  for (let i = frames.length - 1; i >= 0; i--) {
    const m = FRAME.exec(frames[i]);
    const mod = m && moduleAt(Number(m[1]));
    if (mod && mods[mods.length - 1] !== mod) mods.push(mod);
  }
  const key = mods.join(' > ');
  chains.set(key, (chains.get(key) ?? 0) + 1);
  busy = false;
};
const cli = require(${JSON.stringify(bundle)});
cli.main(process.argv).then((code) => {
  writeFileSync(${JSON.stringify(out)}, JSON.stringify([...chains]));
  process.exitCode = code;
});
`,
);
const r = spawnSync(process.execPath, ['--stack-size=8000', join(dir, 'run.cjs'), ...process.argv.slice(2)], { cwd: process.cwd(), encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
if (r.status !== 0 && r.status !== 1) {
  console.error(r.stderr);
  process.exit(2);
}
const chains = JSON.parse(readFileSync(out, 'utf8'));
if (!process.env.TRACE_KEEP) rmSync(dir, { recursive: true, force: true });

const layerOf = (mod) => mod.split('/')[1];
/** A chain's layers with repeats collapsed: cli > core > cli > core. */
const layersOf = (mods) => mods.map(layerOf).filter((l, i, a) => i === 0 || a[i - 1] !== l);
const returnsOf = (layers) => layers.filter((l, i) => layers.slice(0, i).includes(l)).length;
const crossingsOf = (layers) => layers.filter((l, i) => i > 0 && (l === 'cli') !== (layers[i - 1] === 'cli')).length;

const modules = new Set();
const layers = new Set();
let worst = { returns: -1 };
let worstCross = { crossings: -1 };
let callsReturning = 0;
/** Calls made below the CLI after the chain had come back up to the CLI from below: the CLI calling the core again. */
let callsReentered = 0;
const reentersCore = (layers) => {
  const down = layers.findIndex((l) => l !== 'cli');
  const up = layers.indexOf('cli', down + 1);
  return down >= 0 && up > down && layers.slice(up + 1).some((l) => l !== 'cli');
};
let calls = 0;
const layerPaths = new Map();
for (const [key, n] of chains) {
  const mods = key ? key.split(' > ') : [];
  mods.forEach((m) => modules.add(m));
  const ls = layersOf(mods);
  ls.forEach((l) => layers.add(l));
  const returns = returnsOf(ls);
  const crossings = crossingsOf(ls);
  calls += n;
  if (returns > 0) callsReturning += n;
  if (reentersCore(ls)) callsReentered += n;
  layerPaths.set(ls.join(' > '), (layerPaths.get(ls.join(' > ')) ?? 0) + n);
  if (returns > worst.returns) worst = { returns, chain: ls.join(' > '), modules: mods.join(' > ') };
  if (crossings > worstCross.crossings) worstCross = { crossings, chain: ls.join(' > ') };
}
console.log(`command: minutebook ${process.argv.slice(2).join(' ')} (exit ${r.status})`);
console.log(`modules of src/ entered: ${modules.size} (in ${layers.size} layers: ${[...layers].sort().join(', ')})`);
console.log(`function calls traced: ${calls}; of them made inside a layer the chain had left and come back to: ${callsReturning}`);
console.log(`calls made below the CLI after a call from below had come back up into the CLI (the CLI re-entering the core): ${callsReentered}`);
console.log(`most returns in one chain: ${worst.returns} (${worst.chain})`);
console.log(`  modules: ${worst.modules}`);
console.log(`most CLI/core boundary crossings in one chain: ${worstCross.crossings} (${worstCross.chain})`);
// Where each return happens: the module left from and the module of the layer come back to.
const backs = new Map();
for (const [key, n] of chains) {
  const mods = key ? key.split(' > ') : [];
  const seen = new Set();
  for (let i = 0; i < mods.length; i++) {
    const l = layerOf(mods[i]);
    if (i > 0 && l !== layerOf(mods[i - 1]) && seen.has(l)) {
      const k = `${mods[i - 1]} → ${mods[i]}`;
      backs.set(k, (backs.get(k) ?? 0) + n);
    }
    seen.add(l);
  }
}
console.log('returns, by the call that goes back into a layer already left (calls under it):');
for (const [k, n] of [...backs].sort((a, b) => b[1] - a[1])) console.log(`  ${String(n).padStart(7)}  ${k}`);
console.log('distinct layer chains (calls):');
for (const [k, n] of [...layerPaths].sort((a, b) => b[1] - a[1])) console.log(`  ${String(n).padStart(7)}  ${k}`);
if (process.env.TRACE_MODULES) for (const m of [...modules].sort()) console.log(`  ${relative('.', m)}`);
