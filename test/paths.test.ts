/**
 * Paths as users and hooks write them: names with glob characters taken literally when they
 * exist, and files reached twice through symbolic links (a link to a file, a loop of folder
 * links, the same file named twice) checked once, in the folder walk and through `files` globs.
 */
import { cpSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkJson } from './helpers/cli.js';
import { CONFIG, GOOD, fileName, goodSeriesMaker, ruleIdsOf, writeSeries } from './helpers/series.js';

const { made, series } = goodSeriesMaker();
afterAll(() => made.forEach((d) => rmSync(d, { recursive: true, force: true })));
const rulesOf = ruleIdsOf;

describe('paths', () => {
  it('a file or folder whose name holds glob characters is taken as it is', () => {
    const dir = series();
    const odd = join(dir, 'Minutes (final) [v2]');
    mkdirSync(odd);
    cpSync(join(dir, '.minutebook.yaml'), join(odd, '.minutebook.yaml'));
    const file = join(odd, 'Minutes (final) {1}.md');
    cpSync(join(dir, fileName(GOOD[0]!)), file);
    for (const arg of [file, odd]) {
      const r = checkJson([arg]);
      expect(r.stderr, arg).toBe('');
      expect(r.code).toBe(0);
      expect(r.files.map((f) => f.path)).toEqual([file]);
    }
    // What does not exist is still a glob.
    const glob = checkJson([join(dir, '*-hwc-1.md')]);
    expect(glob.files.map((f) => f.path)).toEqual([join(dir, fileName(GOOD[0]!))]);
  });

  it('a loop of folder links and a linked file: every file checked once, no false "appears twice"', () => {
    const dir = series();
    mkdirSync(join(dir, 'archive'));
    symlinkSync('..', join(dir, 'archive', 'up'));
    symlinkSync(join(dir, fileName(GOOD[1]!)), join(dir, 'archive', 'second.md'));
    for (const config of [CONFIG, `${CONFIG}files: ["**/*.md"]\n`]) {
      writeFileSync(join(dir, '.minutebook.yaml'), config);
      const r = checkJson([dir]);
      expect(r.files.length, config).toBe(3);
      expect(rulesOf(r)).toEqual([]);
    }
  });

  it('the same file named twice, directly and through a link, is checked once', () => {
    const dir = series();
    symlinkSync(join(dir, fileName(GOOD[2]!)), join(dir, 'latest.md'));
    const r = checkJson([join(dir, fileName(GOOD[2]!)), join(dir, 'latest.md'), dir]);
    expect(r.files.length).toBe(3);
    expect(rulesOf(r)).toEqual([]);
  });

  it('one file named through a link, as a hook may: its earlier meetings are read once each', () => {
    const dir = series();
    writeFileSync(join(dir, '.minutebook.yaml'), `${CONFIG}files: ["**/*.md"]\n`);
    symlinkSync(join(dir, fileName(GOOD[2]!)), join(dir, 'latest.md'));
    const r = checkJson([join(dir, 'latest.md')]);
    expect(r.files.length).toBe(1);
    expect(rulesOf(r)).toEqual([]);
  });
});
