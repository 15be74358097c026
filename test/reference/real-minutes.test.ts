/**
 * The real minutes of ../shared/reference/real/ (NATURAL §1, issue acceptance "real minutes"):
 * every file checks without a false finding from the structure rules, its sections are read with
 * their numbers as written, and it builds to HTML and DOCX that pass validate-docx and show no
 * number the original did not have.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/config/types.js';
import { check } from '../../src/core/check.js';
import type { AgendaItem } from '../../src/model/types.js';
import { ROOT, SHARED, runCli } from '../helpers/cli.js';
import { requireShared, requireValidateDocx, skipUnless, validateDocxPath } from '../helpers/programs.js';
import { REAL, STRUCTURE_RULES } from './real-expectations.js';

const REAL_DIR = join(SHARED, 'reference', 'real');
const real = requireShared(join('reference', 'real'), 'the real minutes');
const present = real.ok;
const skipped = present ? '' : ` (skipped: ${real.reason})`;

const files = present
  ? readdirSync(REAL_DIR, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .flatMap((d) => readdirSync(join(REAL_DIR, d.name)).filter((f) => f.endsWith('.md')).map((f) => `${d.name}/${f}`))
      .sort()
  : [];

const sectionLines = (items: AgendaItem[], indent = ''): string[] =>
  items.flatMap((i) => [`${indent}${i.written ? `${i.written.text} ` : ''}${i.title}`, ...sectionLines(i.children, `${indent}  `)]);

describe.skipIf(!present)(`real minutes: what is read${skipped}`, () => {
  it('every real file has hand-made expectations, and every expectation a file', () => {
    expect(files).toEqual(Object.keys(REAL).sort());
  });

  for (const file of files) {
    it(`${file}: only true findings, sections as written`, () => {
      const path = join(REAL_DIR, file);
      const [a] = check([{ path, contents: readFileSync(path) }], { configFor: () => defaultConfig(), exists: existsSync });
      const expected = REAL[file]!;
      const found = a!.file.messages.filter((m) => (STRUCTURE_RULES as readonly string[]).includes(m.ruleId ?? '')).map((m) => `${m.ruleId} ${m.line}:${m.column}`);
      expect(found).toEqual(expected.findings);
      const meeting = a!.meeting!;
      expect(sectionLines(meeting.agenda)).toEqual(expected.sections);
      // The date from the front matter places every meeting: none has a number.
      expect(meeting.meeting).toBeUndefined();
      expect(meeting.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      const closing = meeting.closing.blocks[0];
      expect(closing ? readFileSync(path, 'utf8').slice(closing.position!.start.offset!, closing.position!.end.offset!) : undefined).toBe(expected.closing);
    });
  }
});

describe.skipIf(!present)(`real minutes: what is built${skipped}`, () => {
  const out = mkdtempSync(join(tmpdir(), 'minutebook-real-'));
  afterAll(() => rmSync(out, { recursive: true, force: true }));
  // Attendee lists written as flat lists are read by the people work; until then --force builds.
  const built = present ? ['html', 'docx'].map((format) => runCli(['build', '--format', format, '--force', '-o', out, REAL_DIR])) : [];

  it('builds every file to HTML and DOCX', () => {
    for (const r of built) expect(r.code, r.stderr).not.toBe(-1);
    for (const file of files) {
      for (const ext of ['html', 'docx']) expect(existsSync(join(out, file.replace(/\.md$/, `.${ext}`))), `${file} → ${ext}`).toBe(true);
    }
  });

  it('every DOCX passes validate-docx', (ctx) => {
    skipUnless(ctx, requireValidateDocx());
    const docx = files.map((f) => join(out, f.replace(/\.md$/, '.docx')));
    const r = spawnSync(validateDocxPath(), docx, { encoding: 'utf8' });
    expect(r.stdout + r.stderr).toBe('');
    expect(r.status).toBe(0);
  }, 300_000);

  for (const file of files) {
    it(`${file}: headings show their own number or none, and every section is there`, () => {
      const expected = REAL[file]!.sections.map((s) => s.trim());
      const html = readFileSync(join(out, file.replace(/\.md$/, '.html')), 'utf8');
      const text = (s: string) => s.replace(/<[^>]+>/g, '').replace(/&amp;/g, '&').replace(/&#x27;|&#39;/g, "'").replace(/&quot;/g, '"').replace(/\s+/g, ' ').trim();
      const headings = [...html.matchAll(/<h([234])>([\s\S]*?)<\/h\1>/g)].map((m) => text(m[2]!)).filter((h) => !/^Summary of /.test(h));
      expect(headings).toEqual(expected);
      const doc = strFromU8(unzipSync(readFileSync(join(out, file.replace(/\.md$/, '.docx'))))['word/document.xml']!);
      const paragraphs = [...doc.matchAll(/<w:p>(?:(?!<\/w:p>)[\s\S])*?<w:pStyle w:val="Heading[123]"\/>([\s\S]*?)<\/w:p>/g)].map((m) =>
        [...m[1]!.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join('').replace(/&amp;/g, '&').replace(/&apos;/g, "'").replace(/\s+/g, ' ').trim(),
      );
      expect(paragraphs.filter((h) => !/^Summary of /i.test(h))).toEqual(expected);
    });
  }
});
