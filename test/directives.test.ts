/**
 * Inline disable comments, in-process through the core: what each form covers, that a comment in
 * a code block does nothing, and that an unknown rule name is itself a finding.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../src/config/types.js';
import { check } from '../src/core/check.js';
import { directivesOf, isDisabled } from '../src/model/directives.js';
import { parseMarkdown } from '../src/parse/markdown.js';
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

describe('directivesOf and isDisabled, directly', () => {
  const front = '---\ntitle: Minutes\n# minutebook-disable quorum placeholder\n---\n';
  const body = '\nText.\n\n<!-- minutebook-disable-next-line empty-link, placeholder -->\nMore.\n\n```\n<!-- minutebook-disable -->\n```\n';
  const source = front + body;
  const range = { start: 0, end: front.length };
  const shown = (ds: ReturnType<typeof directivesOf>) => ds.map((d) => [d.kind, source.slice(d.start, d.end), d.rules.map((r) => `${r.id}@${source.slice(r.start, r.end)}`)]);

  it('finds the front matter comment and the HTML comment with their places, and none in a code block', () => {
    expect(shown(directivesOf(source, parseMarkdown(source), range))).toEqual([
      ['disable', '# minutebook-disable quorum placeholder', ['quorum@quorum', 'placeholder@placeholder']],
      ['disable-next-line', '<!-- minutebook-disable-next-line empty-link, placeholder -->', ['empty-link@empty-link', 'placeholder@placeholder']],
    ]);
  });

  it('reads the front matter only in its range, the body only with a tree, and nothing without the word', () => {
    expect(shown(directivesOf(source, parseMarkdown(source)))).toHaveLength(1);
    expect(shown(directivesOf(source, undefined, range))).toEqual([['disable', '# minutebook-disable quorum placeholder', ['quorum@quorum', 'placeholder@placeholder']]]);
    expect(directivesOf('---\ntitle: x\n---\n\n<!-- disable quorum -->\n', parseMarkdown('---\ntitle: x\n---\n\n<!-- disable quorum -->\n'), { start: 0, end: 18 })).toEqual([]);
  });

  it('returns them in source order whatever order they were read in', () => {
    // A YAML-style comment read from a range after the HTML comment comes after it.
    const text = '<!-- minutebook-enable -->\n\n# minutebook-disable\n';
    const at = text.indexOf('#');
    const ds = directivesOf(text, parseMarkdown(text), { start: at, end: text.length });
    expect(ds.map((d) => [d.kind, d.start])).toEqual([
      ['enable', 0],
      ['disable', at],
    ]);
  });

  it('a range directive counts from its own line, a next-line one covers only the line after it', () => {
    const lineOf = (offset: number) => 1 + Math.floor(offset / 10);
    const disable = { kind: 'disable' as const, start: 20, end: 29, rules: [] };
    expect(isDisabled([disable], 'quorum', 3, lineOf)).toBe(true);
    expect(isDisabled([disable], 'quorum', 2, lineOf)).toBe(false);
    const next = { kind: 'disable-next-line' as const, start: 20, end: 29, rules: [{ id: 'quorum', start: 0, end: 0 }] };
    expect([3, 4, 5].map((line) => isDisabled([next], 'quorum', line, lineOf))).toEqual([false, true, false]);
    expect(isDisabled([next], 'placeholder', 4, lineOf)).toBe(false);
  });
});
