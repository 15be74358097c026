/**
 * yaml-fast.ts must build exactly what the `yaml` parser builds, or give up: compared node by node
 * (class, value, source, quoting, ranges) on every front matter of the examples, the fixtures and
 * the reference minutes, and on damaged copies of them (a line dropped, indented, doubled …).
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { isMap, isPair, isScalar, isSeq, parseDocument } from 'yaml';
import { describe, expect, it } from 'vitest';
import { splitFrontMatter } from '../src/parse/front-matter.js';
import { fastYaml } from '../src/parse/yaml-fast.js';
import { ROOT, SHARED } from './helpers/cli.js';
import { requireShared, skipUnless } from './helpers/programs.js';

const OPTIONS = { prettyErrors: false, uniqueKeys: true, strict: true } as const;

const markdownFiles = (dir: string): string[] =>
  existsSync(dir)
    ? readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? markdownFiles(join(dir, d.name)) : d.name.endsWith('.md') ? [join(dir, d.name)] : []))
    : [];

const configFiles = (dir: string): string[] =>
  existsSync(dir)
    ? readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? (d.name === 'node_modules' ? [] : configFiles(join(dir, d.name))) : /^\.minutebook\.ya?ml$/.test(d.name) ? [join(dir, d.name)] : []))
    : [];

/** Every front matter, and every configuration file (read by the same function), under some folders. */
function frontMatters(dirs: string[]): Array<[string, string]> {
  const out: Array<[string, string]> = dirs.flatMap(configFiles).map((f) => [f, readFileSync(f, 'utf8')]);
  for (const f of dirs.flatMap(markdownFiles)) {
    const split = splitFrontMatter(readFileSync(f, 'utf8').replace(/^\uFEFF/, ''));
    if (split.kind === 'ok') out.push([f, split.block.yaml]);
  }
  return out;
}

/** A node as plain data: everything of it that minutebook reads, and the ranges in full. */
function shape(n: unknown): unknown {
  if (isPair(n)) return { key: shape(n.key), value: shape(n.value) };
  if (isMap(n) || isSeq(n)) return { kind: isMap(n) ? 'map' : 'seq', flow: n.flow ?? false, range: n.range, items: n.items.map(shape) };
  if (isScalar(n)) return { kind: 'scalar', value: n.value, source: n.source, type: n.type, range: n.range };
  return n === null ? null : { other: String(n) };
}

/** Whether the fast reader gave up or agreed with the parser. */
function agrees(yaml: string): 'fast' | 'parser' {
  const fast = fastYaml(yaml, OPTIONS);
  if (!fast) return 'parser';
  const full = parseDocument(yaml, OPTIONS);
  expect(full.errors, yaml).toEqual([]);
  expect(shape(fast.contents), yaml).toEqual(shape(full.contents));
  expect(fast.get('date')).toEqual(full.get('date'));
  return 'fast';
}

const own = frontMatters([join(ROOT, 'examples'), join(ROOT, 'test', 'fixtures'), join(ROOT, 'test', 'golden'), join(ROOT, 'bench', 'corpus')]);
const reference = frontMatters([join(SHARED, 'reference')]);

/** Damaged copies of a text, line by line. */
function* damaged(yaml: string): Generator<string> {
  const lines = yaml.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const edit = (line: string | string[]) => [...lines.slice(0, i), ...([] as string[]).concat(line), ...lines.slice(i + 1)].join('\n');
    const l = lines[i]!;
    yield edit([]);
    yield edit(' ' + l);
    yield edit(l.slice(1));
    yield edit([l, l]);
    yield edit([l, '']);
    yield edit(l.replace(': ', ':'));
    yield edit(l + ':');
    yield edit(l + '  ');
    yield edit(l.replace(/, /, ','));
    yield edit(l.replace(/ \}/, '}'));
    yield edit(l.replace(/"/, ''));
  }
}

describe('the fast front matter reader', () => {
  it('reads the examples and fixtures as the yaml parser does', () => {
    expect(own.length).toBeGreaterThan(20);
    const ways = own.map(([, yaml]) => agrees(yaml));
    // The examples are written in the subset: the fast path must actually be taken.
    const examples = own.filter(([f]) => f.startsWith(join(ROOT, 'examples')) && !f.includes('broken'));
    expect(examples.every(([, y]) => agrees(y) === 'fast')).toBe(true);
    expect(ways.filter((w) => w === 'fast').length).toBeGreaterThan(own.length / 2);
  });

  it('reads the reference minutes as the yaml parser does', (ctx) => {
    skipUnless(ctx, requireShared('reference', 'the reference minutes'));
    expect(reference.length).toBeGreaterThan(10);
    for (const [, yaml] of reference) agrees(yaml);
  });

  it('gives up or agrees on damaged front matter', () => {
    const sample = [...own, ...reference].filter((_, i) => i % 7 === 0).slice(0, 16);
    for (const [, yaml] of sample) for (const d of damaged(yaml)) agrees(d);
  });

  it('agrees on the forms it reads', () => {
    const texts = [
      'a: 1\nb:\n  X Y:\n    - Jo  \n    - { name: K, items: ["2"], part: true }\n  Z:\n    - p\nc:\nd: "13:30"\ne:   x y  \nf:\n- id: 1\n  s: open\n- q\n',
      "a: 'it''s'\nb: [x, 'y', \"z\"]\nc: {a: 1, b: [2, 3]}\nd: -5\ne: +7\nf: 007\ng: null\nh: ~\ni: True\nj: FALSE\nk: 2026-01-02\n",
      'a:\n\n  b: 1\n\n  c:\n\n  - x\n\n\nd: y\n',
      'a: b\n',
      'a: b',
      'a:',
      'x: [ a , b ]\ny: { k: v , w: u }\n',
      '1: a\n01: b\n',
      'a: 1\na: 2\n',
      'a: 1.5\nb: 0x1F\nc: .inf\n',
      'a: |\n  x\n\n  y\nb: 1\nc: |-\n    p\n      q\n  \n\nd:\n  - |\n    z\n  -   w\n',
      'a: |\n  x\n     \n  y\n\n\nb: 1\n',
      'a: "x # y"\nb: c#d\n# note\ne: 1 # one\n',
      'a: 1\n\n# c\nb:\n  - x\n  # in\n  - y\n# top\nc:\n  k: v\n  # in2\n  j: w\n\n# end\n',
      'b:\n  - x\n    # deeper\n  - y\nc:\n  k: v\n    # deeper\nd: 1\n  # deeper top\ne: 2\n',
      'a:\n  b:\n    - x\n  # two\n# zero\n  c: 1\nd:\n  # before\n  - y\ne:\n# after null\nf: |\n  z\n# after block\n',
      '# head\na: 1\n  # inner\nb:\n  # before\n  - x\n  # between\n  - y\n# after\n',
      'a: |\n  x\n  # not a comment\nb: |\n    y\n  # a comment\nc: \n  - z\n',
      'a: "x\\ty"\nb: \'it\'\'s\'\n',
    ];
    for (const t of texts) agrees(t);
    expect(agrees(texts[0]!)).toBe('fast');
    expect(agrees(texts.find((t) => t.startsWith('a: 1\n\n# c'))!)).toBe('fast');
  });
});
