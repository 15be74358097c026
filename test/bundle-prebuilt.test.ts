/**
 * The bundle carries the built-in vocabulary's patterns built (src/vocabulary/prebuilt.ts) and the
 * built-in wording read (src/render/precompiled.ts). Each must be what the sources make at run
 * time, every set, list, pattern, text and key order alike, or the CLI would read minutes or
 * write documents otherwise than the sources do.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseWording } from '../src/render/wording.js';
import { build, patternsOf } from '../src/vocabulary/patterns.js';
import { DEFAULT_VOCABULARY } from '../src/vocabulary/words.js';
// @ts-expect-error: a plain JavaScript build script, without type declarations
import { expressionOf, prebuiltModule } from '../scripts/prebuilt-patterns.mjs';

/** Key order too: toEqual does not look at it, and the section families are tried in their order. */
function keyPaths(value: unknown, at = ''): string[] {
  if (value instanceof RegExp || value instanceof Set || value === null || typeof value !== 'object') return [at];
  return Object.entries(value).flatMap(([k, v]) => keyPaths(v, `${at}.${k}`));
}

describe('prebuilt vocabulary patterns', () => {
  it('equal the patterns built from the words, key order included', async () => {
    const built = build(DEFAULT_VOCABULARY);
    const code = (prebuiltModule as (p: unknown) => string)(built);
    const { PREBUILT_DEFAULT } = (await import(`data:text/javascript,${encodeURIComponent(code)}`)) as { PREBUILT_DEFAULT: object };
    const revived: Record<string, unknown> = { vocabulary: DEFAULT_VOCABULARY, ...PREBUILT_DEFAULT };
    expect(revived).toEqual(built);
    expect(keyPaths(revived)).toEqual(keyPaths(built));
    for (const [k, v] of Object.entries(built)) {
      if (v instanceof RegExp) expect((revived[k] as RegExp).flags).toBe(v.flags);
    }
  });

  it('are what patternsOf gives for the built-in vocabulary', () => {
    expect(patternsOf(DEFAULT_VOCABULARY)).toEqual(build(DEFAULT_VOCABULARY));
  });
});

describe('prebuilt wording', () => {
  it('written out as the bundle writes it, equals the built-in wording.yaml parsed, key order included', async () => {
    const path = join(__dirname, '..', 'templates', 'wording.yaml');
    const parsed = parseWording({ text: readFileSync(path, 'utf8'), path });
    const code = `export const W = ${(expressionOf as (v: unknown) => string)(parsed)};`;
    const { W } = (await import(`data:text/javascript,${encodeURIComponent(code)}`)) as { W: object };
    expect(W).toEqual(parsed);
    expect(keyPaths(W)).toEqual(keyPaths(parsed));
  });
});
