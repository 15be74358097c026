/**
 * The layers of src/ import only downwards. The order is written once, in docs/architecture.md
 * (the `layers` block); this reads it and every import under src/.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SRC = join(ROOT, 'src');

interface Layer {
  name: string;
  /** Lower layers it may not import all the same. */
  not: string[];
}

/** The `layers` block of docs/architecture.md, highest layer first. */
function readLayers(markdown: string): Layer[] {
  const block = /^```layers\n([\s\S]*?)^```/m.exec(markdown)?.[1];
  if (!block) throw new Error('docs/architecture.md has no ```layers block');
  return block
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => ({ name: l.trim().split(/\s+/)[0]!, not: (/\(not: ([^;)]+)/.exec(l)?.[1] ?? '').split(/,\s*/).filter(Boolean) }));
}

/** An import from one file to another, as paths relative to src/. */
interface Edge {
  from: string;
  to: string;
}

const layerOf = (path: string) => (path.includes('/') ? path.split('/')[0]! : '(src)');

/** The imports that go against the order: to a higher layer, or to a lower one the layer's note forbids. */
function violations(edges: Edge[], layers: Layer[]): string[] {
  const rank = new Map(layers.map((l, i) => [l.name, layers.length - i]));
  const out: string[] = [];
  for (const { from, to } of edges) {
    const a = layerOf(from);
    const b = layerOf(to);
    if (a === b) continue;
    const ra = rank.get(a);
    const rb = rank.get(b);
    if (ra === undefined || rb === undefined) out.push(`${from} → ${to}: layer ${ra === undefined ? a : b} is not in docs/architecture.md`);
    else if (rb > ra) out.push(`${from} → ${to}: ${a} imports the higher layer ${b}`);
    else if (layers.find((l) => l.name === a)!.not.includes(b)) out.push(`${from} → ${to}: ${a} may not import ${b}`);
  }
  return out;
}

const IMPORT = /(?:\bfrom\s*|\bimport\s*\(?\s*)['"](\.{1,2}\/[^'"]+)['"]/g;
/** An import of Node's file system, in any of its spellings: only the CLI touches files. */
const FS_IMPORT = /(?:\bfrom\s*|\bimport\s*\(?\s*|\brequire\s*\(\s*)['"](?:node:)?fs(?:\/promises)?['"]/;

/** The modules outside the CLI that import the file system. */
function fsImports(src: string): string[] {
  return sourceFiles(src)
    .map((file) => relative(src, file))
    .filter((path) => layerOf(path) !== 'cli' && FS_IMPORT.test(readFileSync(join(src, path), 'utf8')));
}

/**
 * The import circles among modules (type-only imports included: a circle of types is still two
 * modules that cannot be understood one without the other), each as its modules in a ring,
 * starting from the first in sort order. Strongly connected components (Tarjan).
 */
function circles(edges: Edge[]): string[][] {
  const strip = (p: string) => p.replace(/\.(js|ts)$/, '');
  const next = new Map<string, string[]>();
  for (const { from, to } of edges) {
    const a = strip(from);
    if (!next.has(a)) next.set(a, []);
    next.get(a)!.push(strip(to));
  }
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const on = new Set<string>();
  const out: string[][] = [];
  let counter = 0;
  const visit = (v: string) => {
    index.set(v, counter);
    low.set(v, counter++);
    stack.push(v);
    on.add(v);
    for (const w of next.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (on.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        on.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1 || (next.get(v) ?? []).includes(v)) out.push(component.sort());
    }
  };
  for (const v of [...next.keys()].sort()) if (!index.has(v)) visit(v);
  return out.sort((a, b) => a[0]!.localeCompare(b[0]!));
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const p = join(dir, d.name);
    return d.isDirectory() ? sourceFiles(p) : d.name.endsWith('.ts') ? [p] : [];
  });
}

function importsUnder(src: string): Edge[] {
  const edges: Edge[] = [];
  for (const file of sourceFiles(src)) {
    for (const m of readFileSync(file, 'utf8').matchAll(IMPORT)) {
      edges.push({ from: relative(src, file), to: relative(src, resolve(dirname(file), m[1]!)) });
    }
  }
  return edges;
}

describe('layers', () => {
  const layers = readLayers(readFileSync(join(ROOT, 'docs', 'architecture.md'), 'utf8'));

  it('docs/architecture.md names every folder of src/ once', () => {
    const folders = readdirSync(SRC, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);
    const names = layers.map((l) => l.name);
    expect(new Set(names).size).toBe(names.length);
    expect([...names].sort()).toEqual([...folders].sort());
  });

  it('every module imports only its own layer and the layers below it', () => {
    const edges = importsUnder(SRC);
    expect(edges.length).toBeGreaterThan(100);
    expect(violations(edges, layers)).toEqual([]);
  });

  it('only the CLI imports the file system (node:fs, fs, fs/promises): everything below it gets files as data', () => {
    expect(fsImports(SRC)).toEqual([]);
  });

  it('the file-system check reads every spelling of the import', () => {
    const hits = ["import { readFileSync } from 'node:fs';", "import * as fs from 'fs';", "import { readFile } from 'node:fs/promises';", "const fs = require('fs');", "await import('fs/promises')"];
    const misses = ["import { x } from './fs.js';", "import { y } from 'node:fsevents';", "// reads no fs here"];
    expect(hits.map((t) => FS_IMPORT.test(t))).toEqual(hits.map(() => true));
    expect(misses.map((t) => FS_IMPORT.test(t))).toEqual(misses.map(() => false));
  });

  it('no module of src/ imports itself through others: no import circles', () => {
    expect(circles(importsUnder(SRC))).toEqual([]);
  });

  it('the circle check finds a ring of three, a pair and a module importing itself', () => {
    const edges: Edge[] = [
      { from: 'a/x.ts', to: 'a/y.js' },
      { from: 'a/y.ts', to: 'b/z.js' },
      { from: 'b/z.ts', to: 'a/x.js' },
      { from: 'c/p.ts', to: 'c/q.js' },
      { from: 'c/q.ts', to: 'c/p.js' },
      { from: 'd/s.ts', to: 'd/s.js' },
      { from: 'e/free.ts', to: 'a/x.js' },
    ];
    expect(circles(edges)).toEqual([['a/x', 'a/y', 'b/z'], ['c/p', 'c/q'], ['d/s']]);
  });

  it('the check finds an import of a higher layer, of a forbidden lower one and of an unlisted one', () => {
    const edges: Edge[] = [
      { from: 'rules/a.ts', to: 'render/docx/b.js' },
      { from: 'render/view.ts', to: 'parse/markdown.js' },
      { from: 'model/x.ts', to: 'extra/y.js' },
      { from: 'core/check.ts', to: 'rules/index.js' },
      { from: 'index.ts', to: 'core/check.js' },
    ];
    expect(violations(edges, layers)).toEqual([
      'rules/a.ts → render/docx/b.js: rules imports the higher layer render',
      'render/view.ts → parse/markdown.js: render may not import parse',
      'model/x.ts → extra/y.js: layer extra is not in docs/architecture.md',
      'index.ts → core/check.js: layer (src) is not in docs/architecture.md',
    ]);
  });

  it('reads static, type-only, re-export and dynamic imports', () => {
    const text = "import type { A } from '../model/a.js';\nexport { b } from './b.js';\nconst c = await import('../render/c.js');\nimport '../util/d.js';";
    expect([...text.matchAll(IMPORT)].map((m) => m[1])).toEqual(['../model/a.js', './b.js', '../render/c.js', '../util/d.js']);
  });
});
