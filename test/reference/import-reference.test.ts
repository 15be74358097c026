/**
 * `minutebook import` on the real Word minutes of ../shared/reference/docx/ (issue 22, acceptance
 * 7): every document imports, `check` runs on the result without a stack trace and reports only
 * the findings judged in import-expectations.ts, the Markdown builds to a DOCX that passes
 * validate-docx, it holds at least 97% of the original's words (pandoc's plain text as a bag of
 * words), and its date and people present are those read by hand.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parsePerson } from '../../src/model/person-parse.js';
import { SHARED, runCli, checkJson, type CliResult } from '../helpers/cli.js';
import { requirePrograms, requireValidateDocx, skipUnless, validateDocxPath } from '../helpers/programs.js';
import { ARCHIVE, IMPORT } from './import-expectations.js';

const DOCX = join(SHARED, 'reference', 'docx');
const present = existsSync(DOCX);
if (!present && process.env.CI === 'true') throw new Error(`CI=true and the real Word minutes are missing at ${DOCX}`);
if (!present) console.warn(`skipping: the real Word minutes are not at ${DOCX}`);

const documents = present
  ? readdirSync(DOCX, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .flatMap((d) => readdirSync(join(DOCX, d.name)).filter((f) => f.endsWith('.docx')).map((f) => `${d.name}/${f}`))
      .sort()
  : [];

const STACK = /\n\s+at |internal error/;

/** Words as a bag: lower-case runs of letters and digits, counted. */
function bag(text: string): Map<string, number> {
  const m = new Map<string, number>();
  for (const w of text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []) m.set(w, (m.get(w) ?? 0) + 1);
  return m;
}

/** Markdown's escapes and character references, undone, so that words compare as words. */
const markdownText = (s: string) =>
  s
    .replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&amp;/g, '&')
    .replace(/\\(.)/g, '$1');

/** pandoc writes a superscript as ^(th) and a subscript as ~(2): the word is the same. */
const pandocText = (s: string) => s.replace(/\^\(([^)]*)\)/g, '$1').replace(/~\(([^)]*)\)/g, '$1');

function wordsKept(docx: string, markdown: string[]): number {
  const r = spawnSync('pandoc', ['-f', 'docx', '-t', 'plain', '--wrap=none', docx], { encoding: 'utf8', maxBuffer: 1 << 28 });
  expect(r.status, r.stderr).toBe(0);
  const original = bag(pandocText(r.stdout));
  const kept = bag(markdown.map(markdownText).join('\n'));
  let total = 0;
  let found = 0;
  for (const [w, n] of original) {
    total += n;
    found += Math.min(n, kept.get(w) ?? 0);
  }
  return found / total;
}

const frontMatter = (md: string) => parse(md.slice(4, md.indexOf('\n---\n', 4))) as Record<string, unknown>;

function presentNames(fm: Record<string, unknown>): string[] {
  const a = fm.attendees;
  const all = Array.isArray(a) ? a : a && typeof a === 'object' ? Object.values(a).flat() : [];
  return all.filter((p): p is string => typeof p === 'string' && p !== 'TODO').map((p) => parsePerson(p).name);
}

describe.skipIf(!present)('import of the real Word minutes', () => {
  const out = mkdtempSync(join(tmpdir(), 'minutebook-import-real-'));
  const archive = mkdtempSync(join(tmpdir(), 'minutebook-import-archive-'));
  afterAll(() => [out, archive].forEach((d) => rmSync(d, { recursive: true, force: true })));
  let single: CliResult[];
  let split: CliResult;
  const singles = documents.filter((d) => d !== ARCHIVE.file);
  // Each committee's documents go to a folder of their own, as a secretariat imports them: the
  // minutes of one folder are one series, and four committees in one folder would be read as one.
  const committees = [...new Set(singles.map((d) => dirname(d)))];
  const markdownOf = (doc: string) => join(out, dirname(doc), `${IMPORT[doc]!.base}.md`);

  beforeAll(() => {
    single = committees.map((c) => runCli(['import', ...singles.filter((d) => dirname(d) === c).map((d) => join(DOCX, d)), '--out', join(out, c)]));
    split = runCli(['import', join(DOCX, ARCHIVE.file), '--split', '--out', archive]);
  }, 600_000);

  it('every document has hand-made expectations', () => {
    expect(singles).toEqual(Object.keys(IMPORT).sort());
    expect(documents).toContain(ARCHIVE.file);
  });

  it('imports every document without a stack trace, one file per meeting', () => {
    for (const r of single) {
      expect(r.code, r.stderr).toBe(0);
      expect(r.stderr).not.toMatch(STACK);
    }
    for (const c of committees) {
      const expected = Object.entries(IMPORT).filter(([doc]) => dirname(doc) === c).map(([, e]) => `${e.base}.md`);
      expect(readdirSync(join(out, c)).filter((f) => f.endsWith('.md')).sort(), c).toEqual(expected.sort());
    }
    expect(split.code, split.stderr).toBe(0);
    expect(split.stderr).not.toMatch(STACK);
  });

  it('check runs on the result with only the findings judged by hand', () => {
    const r = checkJson([out]);
    expect(r.stderr).not.toMatch(STACK);
    for (const [doc, e] of Object.entries(IMPORT)) {
      const file = r.files.find((f) => f.path === markdownOf(doc));
      const at = (f: string) => Number(/ (\d+):/.exec(f)![1]);
      const found = (file?.messages.map((m) => `${m.ruleId} ${m.line}:${m.column}`) ?? []).sort((a, b) => at(a) - at(b));
      expect(found, doc).toEqual(e.findings);
    }
  });

  it('the date and the people present are those the documents state', () => {
    for (const [doc, e] of Object.entries(IMPORT)) {
      const fm = frontMatter(readFileSync(markdownOf(doc), 'utf8'));
      expect(String(fm.date instanceof Date ? fm.date.toISOString().slice(0, 10) : fm.date), doc).toBe(e.date);
      expect(presentNames(fm).sort(), doc).toEqual([...e.present].sort());
    }
  });

  it('builds to DOCX that passes validate-docx', (ctx) => {
    skipUnless(ctx, requireValidateDocx());
    const built = join(out, 'built');
    const b = runCli(['build', '--format', 'docx', '--force', '-o', built, ...Object.keys(IMPORT).map(markdownOf)]);
    expect(b.stderr).not.toMatch(STACK);
    // build keeps the folders below the common one: built/<committee>/<base>.docx.
    const files = Object.entries(IMPORT).map(([doc, e]) => join(built, dirname(doc), `${e.base}.docx`));
    for (const f of files) expect(existsSync(f), f).toBe(true);
    const r = spawnSync(validateDocxPath(), files, { encoding: 'utf8' });
    expect(r.stdout + r.stderr).toBe('');
    expect(r.status).toBe(0);
  }, 300_000);

  it('keeps at least 97% of each document\'s words', (ctx) => {
    skipUnless(ctx, requirePrograms('pandoc'));
    for (const doc of Object.keys(IMPORT)) {
      const kept = wordsKept(join(DOCX, doc), [readFileSync(markdownOf(doc), 'utf8')]);
      expect(kept, doc).toBeGreaterThanOrEqual(0.97);
    }
  }, 300_000);

  describe('the archive of many meetings (--split)', () => {
    const files = () => readdirSync(archive).filter((f) => f.endsWith('.md')).sort();

    it('is split into its meetings, each with its own date', () => {
      expect(files().length).toBeGreaterThanOrEqual(ARCHIVE.meetings.min);
      expect(files().length).toBeLessThanOrEqual(ARCHIVE.meetings.max);
      const dates = new Set(files().map((f) => f.slice(0, 10)));
      for (const d of ARCHIVE.dates) expect(dates.has(d), d).toBe(true);
      // Pictures are linked beside the meeting they belong to.
      const withMedia = readdirSync(archive).filter((f) => f.endsWith('-media'));
      expect(withMedia.length).toBeGreaterThan(0);
      for (const m of withMedia) expect(readFileSync(join(archive, `${m.slice(0, -'-media'.length)}.md`), 'utf8')).toContain(`](${m}/image-1.`);
    });

    it('check runs on it with the findings judged by rule', () => {
      const r = checkJson([archive]);
      expect(r.stderr).not.toMatch(STACK);
      const byRule: Record<string, number> = {};
      for (const f of r.files) for (const m of f.messages) byRule[m.ruleId ?? ''] = (byRule[m.ruleId ?? ''] ?? 0) + 1;
      expect(byRule).toEqual(ARCHIVE.findings);
    }, 300_000);

    it('keeps at least 97% of its words over all its meetings', (ctx) => {
      skipUnless(ctx, requirePrograms('pandoc'));
      expect(wordsKept(join(DOCX, ARCHIVE.file), files().map((f) => readFileSync(join(archive, f), 'utf8')))).toBeGreaterThanOrEqual(0.97);
    }, 300_000);

    it('a sample of its meetings builds to DOCX that passes validate-docx', (ctx) => {
      skipUnless(ctx, requireValidateDocx());
      const all = files();
      const sample = [all[0]!, all[Math.floor(all.length / 2)]!, all[all.length - 1]!];
      const built = join(archive, 'built');
      runCli(['build', '--format', 'docx', '--force', '-o', built, ...sample.map((f) => join(archive, f))]);
      const docx = sample.map((f) => join(built, f.replace(/\.md$/, '.docx')));
      const r = spawnSync(validateDocxPath(), docx, { encoding: 'utf8' });
      expect(r.stdout + r.stderr).toBe('');
      expect(r.status).toBe(0);
    }, 300_000);
  });
});
