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
