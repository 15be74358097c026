/**
 * Review updates that are plain prose are turned into paragraphs without the Markdown parser
 * (parse/plain-paragraphs.ts): the trees must be the parser's, node for node and position for
 * position. Every update of the examples, the fixtures, the reference minutes and 200 generated
 * meetings, and each of them changed in ways that make Markdown read something else.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error a plain ES module script without type declarations
import { generateRepository } from '../bench/generate.mjs';
import { ConfigLookup } from '../src/cli/config-lookup.js';
import { analyse } from '../src/core/analyse.js';
import { reviewUpdateBlocks } from '../src/model/review-update.js';
import { parseMarkdown } from '../src/parse/markdown.js';
import { plainParagraphs } from '../src/parse/plain-paragraphs.js';
import { ROOT, SHARED } from './helpers/cli.js';
import { mkdtempSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';

const parsed = (text: string) => parseMarkdown('\n' + text).children.filter((n) => n.type !== 'yaml');

function markdownUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((d) => d.isFile() && d.name.endsWith('.md'))
    .map((d) => join(d.parentPath, d.name));
}

function updatesUnder(dirs: string[]): string[] {
  const lookup = new ConfigLookup();
  const out = new Set<string>();
  for (const path of dirs.flatMap(markdownUnder)) {
    const m = analyse({ path, contents: readFileSync(path) }, lookup.forFile(path).config, { fileRules: false }).meeting;
    for (const r of m?.outstanding ?? []) if (r.update !== undefined) out.add(r.update);
  }
  return [...out];
}

/** Changes that Markdown reads as something other than a plain paragraph, or that the fast path must leave to the parser. */
const VARIANTS: Array<(t: string) => string> = [
  (t) => t,
  (t) => `${t}\n\nA second paragraph.\n`,
  (t) => t.replace(/ (\w+)/, ' *$1*'),
  (t) => t.replace(/ (\w+)/, ' `$1`'),
  (t) => `1. ${t}`,
  (t) => `- ${t}`,
  (t) => `    ${t}`,
  (t) => `# ${t}`,
  (t) => `${t}\n===\n`,
  (t) => t.replace('\n', '  \n'),
  (t) => t.replace('\n', '\\\n'),
  (t) => `${t} see www.example.org`,
  (t) => `${t} https://example.org/x`,
  (t) => `${t} ops@example.org`,
  (t) => `${t} AT&amp;T`,
  (t) => `${t}\n| a | b |\n| - | - |\n`,
  (t) => `${t.trimEnd()} \n`,
  (t) => t.replace(/\n/g, '\r\n'),
  (t) => `\n\n${t}\n\n\n`,
  (t) => `Ünïcödé ${t}`,
  (t) => `${t} 😀 done`,
  () => '',
  () => '\n\n',
];

describe('plain paragraphs', () => {
  it('are the trees the Markdown parser gives, for every review update and variants of them', () => {
    const tmp = mkdtempSync(join(tmpdir(), 'minutebook-plain-'));
    try {
      const generated = generateRepository(join(tmp, 'generated'), 200);
      const dirs = [join(ROOT, 'examples'), join(ROOT, 'test', 'fixtures'), join(SHARED, 'reference'), generated];
      const updates = updatesUnder(dirs);
      expect(updates.length).toBeGreaterThan(20);
      let fast = 0;
      for (const u of updates) {
        for (const variant of VARIANTS) {
          const text = variant(u);
          const quick = plainParagraphs(text, 1);
          if (quick) fast++;
          expect(reviewUpdateBlocks(text), JSON.stringify(text)).toEqual(parsed(text));
        }
      }
      // Most updates are prose: the fast path must actually be taken.
      expect(fast).toBeGreaterThan(updates.length / 2);
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  }, 300_000);
});
