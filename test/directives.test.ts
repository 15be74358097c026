/**
 * Inline disable comments, in-process through the core: what each form covers, that a comment in
 * a code block does nothing, and that an unknown rule name is itself a finding.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../src/config/types.js';
import { check } from '../src/core/check.js';
import { ROOT } from './helpers/cli.js';

const VALID = readFileSync(join(ROOT, 'test', 'fixtures', 'rules', 'empty-link', 'valid.md'), 'utf8');

function findings(text: string): string[] {
  const [a] = check([{ path: 'm.md', contents: text }], { configFor: () => defaultConfig() });
  return a!.file.messages.map((m) => `${m.line}:${m.ruleId}`);
}

const withBody = (extra: string) => `${VALID.trimEnd()}\n\n${extra}\n`;
const lineOf = (text: string, needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;

describe('inline disable comments', () => {
  it('the base file is clean and an empty link in it is found, so that silence below means something', () => {
    expect(findings(VALID)).toEqual([]);
    const text = withBody('See [one](#).');
    expect(findings(text)).toEqual([`${lineOf(text, '[one]')}:empty-link`]);
  });

  it('disable … enable covers the lines between, for the named rule or for all', () => {
    const named = withBody('<!-- minutebook-disable empty-link -->\nSee [one](#).\n\n<!-- minutebook-enable empty-link -->\n\nSee [two](#).');
    expect(findings(named)).toEqual([`${lineOf(named, '[two]')}:empty-link`]);
    const all = withBody('<!-- minutebook-disable -->\nSee [one](#).\n\n<!-- minutebook-enable -->\n\nSee [two](#).');
    expect(findings(all)).toEqual([`${lineOf(all, '[two]')}:empty-link`]);
    const other = withBody('<!-- minutebook-disable placeholder -->\nSee [one](#).');
    expect(findings(other)).toEqual([`${lineOf(other, '[one]')}:empty-link`]);
  });

  it('disable-next-line covers the next line only', () => {
    const text = withBody('<!-- minutebook-disable-next-line empty-link -->\nSee [one](#).\nSee [two](#).');
    expect(findings(text)).toEqual([`${lineOf(text, '[two]')}:empty-link`]);
  });

  it('in the front matter, a YAML comment does the same', () => {
    const bare = VALID.replace('venue: Harbour House, Room 2', 'colour: blue');
    expect(findings(bare)).toEqual([`${lineOf(bare, 'colour')}:unknown-key`]);
    const quiet = VALID.replace('venue: Harbour House, Room 2', '# minutebook-disable-next-line unknown-key\ncolour: blue');
    expect(findings(quiet)).toEqual([]);
  });

  it('a comment in a code block is not an instruction', () => {
    const text = withBody('```\n<!-- minutebook-disable -->\n```\n\nSee [one](#).');
    expect(findings(text)).toEqual([`${lineOf(text, '[one]')}:empty-link`]);
  });

  it('an unknown rule name is reported, and turning every rule off does not hide that', () => {
    const text = withBody('<!-- minutebook-disable emptylink -->\n<!-- minutebook-disable -->\nSee [one](#).');
    expect(findings(text)).toEqual([`${lineOf(text, 'emptylink')}:disable-comment`]);
  });
});
