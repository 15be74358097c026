/**
 * Tracked changes on the real minutes of ../shared/reference/real/: each file is committed to a
 * real Git repository, amended as a secretariat would (a word, a list item out, a paragraph in,
 * a paragraph moved, a table cell edited and a table row out), committed again, and built with
 * `--changes-since HEAD~1`. Accepting every revision must give the amended text, rejecting every
 * one the original (each built on its own); Word's rules for revisions must hold; validate-docx
 * must pass; LibreOffice must read the revisions back.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SHARED, runCli } from '../helpers/cli.js';
import { requirePrograms, requireValidateDocx, skipUnless, validateDocxPath } from '../helpers/programs.js';
import { countRevisions, docxParts, documentTree, htmlText, paragraphs, resolveRevisions, revisionProblems } from '../helpers/revisions.js';

const REAL_DIR = join(SHARED, 'reference', 'real');
const present = existsSync(REAL_DIR);
if (!present && process.env.CI === 'true') throw new Error(`CI=true and the real minutes are missing at ${REAL_DIR}`);
const TIMEOUT = 600_000;

const files = present
  ? readdirSync(REAL_DIR, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .flatMap((d) => readdirSync(join(REAL_DIR, d.name)).filter((f) => f.endsWith('.md')).map((f) => ({ committee: d.name, file: f })))
      .sort((a, b) => (a.file < b.file ? -1 : 1))
  : [];

const work = mkdtempSync(join(tmpdir(), 'minutebook-real-changes-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function run(cmd: string, args: string[], cwd: string) {
  const r = spawnSync(cmd, args, { cwd, encoding: 'utf8', timeout: 300_000 });
  return { code: r.status ?? -1, stdout: r.stdout ?? '', stderr: r.stderr ?? '' };
}

const git = (cwd: string, ...args: string[]) => {
  const r = run('git', ['-c', 'user.name=Test Clerk', '-c', 'user.email=clerk@example.invalid', '-c', 'commit.gpgsign=false', ...args], cwd);
  if (r.code !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr}`);
};

const isProse = (l: string) => l.length > 40 && /^[A-Za-z]/.test(l) && !/^(ACTION|Action|Motion)\b/.test(l);

/** The amendments, made on the body only (the front matter stays as it was). */
export function amend(text: string): { text: string; edits: string[] } {
  const end = text.indexOf('\n---', 4) + 4;
  const head = text.slice(0, end);
  const lines = text.slice(end).split('\n');
  const edits: string[] = [];
  // A word replaced in the first line of prose.
  const p = lines.findIndex(isProse);
  if (p >= 0) {
    const words = lines[p]!.split(' ');
    words[2] = 'amended';
    lines[p] = words.join(' ');
    edits.push('word');
  }
  // A list item taken out (one with a sibling after it, so that the list stays).
  const item = /^(?:[-*]|\d+[.)])\s+\S/;
  const li = lines.findIndex((l, i) => item.test(l) && item.test(lines[i + 1] ?? ''));
  if (li >= 0) {
    lines.splice(li, 1);
    edits.push('list item');
  }
  // A table: a cell edited in its first row of data, its last row taken out.
  const sep = lines.findIndex((l) => /^\|\s*:?-{3,}/.test(l));
  if (sep >= 0) {
    let last = sep + 1;
    while (/^\|/.test(lines[last + 1] ?? '')) last++;
    if (last > sep + 1) {
      lines.splice(last, 1);
      edits.push('table row');
    }
    if (/^\|/.test(lines[sep + 1] ?? '')) {
      lines[sep + 1] = lines[sep + 1]!.replace(/\|\s*$/, ' (amended) |');
      edits.push('table cell');
    }
  }
  // Paragraphs of prose: runs of lines between blank lines, each line starting with a letter.
  const paragraphs: Array<[number, number]> = [];
  for (let i = 0; i < lines.length; i++) {
    if (lines[i - 1] !== undefined && lines[i - 1] !== '') continue;
    let j = i;
    while (j < lines.length && lines[j] !== '' && /^[A-Za-z]/.test(lines[j]!) && !/^(ACTION|Action|Motion)\b/.test(lines[j]!)) j++;
    if (j > i && (lines[j] === '' || j === lines.length) && lines.slice(i, j).join(' ').length > 40) paragraphs.push([i, j]);
  }
  // Words changed inside a block of text: the first paragraph of prose, or else the first list
  // item (some files have neither a table nor a second paragraph, and are written in bullets).
  const prose = paragraphs[0]?.[0] ?? lines.findIndex((l) => /^(?:[-*]|\d+[.)])\s+[A-Za-z]/.test(l) && /[A-Za-z]{5,}/.test(l));
  if (prose >= 0) {
    const edited = lines[prose]!.replace(/\b([A-Za-z]{5,})\b/, '$1 (corrected)');
    if (edited !== lines[prose]) {
      lines[prose] = edited;
      edits.push('words');
    }
  }
  // A paragraph moved: the last paragraph of prose goes before the first one.
  if (paragraphs.length >= 2) {
    const [from, to] = paragraphs[paragraphs.length - 1]!;
    const moved = lines.splice(from, to - from + 1);
    lines.splice(paragraphs[0]![0], 0, ...moved);
    edits.push('moved paragraph');
  }
  // A paragraph added after the first heading (or before the first paragraph of prose).
  const h = lines.findIndex((l) => /^#{1,6} /.test(l));
  const at = h >= 0 ? h + 1 : paragraphs[0] ? paragraphs[0][0] - 1 : -1;
  if (at >= 0) {
    lines.splice(at, 0, '', 'A paragraph added after the minutes were circulated.');
    edits.push('paragraph');
  }
  return { text: head + lines.join('\n'), edits };
}

interface Built {
  file: string;
  marked: { docx: string; html: string };
  present: { docx: string; html: string };
  earlier: { docx: string; html: string };
  edits: string[];
}

const built: Built[] = [];

describe.skipIf(!present)('tracked changes on the real minutes', () => {
  beforeAll(() => {
    if (!requirePrograms('git').ok) return;
    for (const { committee, file } of files) {
      const repo = join(work, basename(file, '.md'));
      mkdirSync(repo);
      cpSync(join(REAL_DIR, committee), repo, { recursive: true });
      git(repo, 'init', '-q', '-b', 'main');
      git(repo, 'add', '.');
      git(repo, 'commit', '-q', '-m', 'as circulated');
      const { text, edits } = amend(readFileSync(join(repo, file), 'utf8'));
      writeFileSync(join(repo, file), text);
      git(repo, 'commit', '-q', '-am', 'amended');
      const old = `${repo}-old`;
      git(repo, 'worktree', 'add', '-q', old, 'HEAD~1');
      const build = (out: string, cwd: string, args: string[]) => {
        const r = runCli(['build', file, '--force', '--format', 'docx,html', '--out', join(repo, '..', 'out', basename(file, '.md'), out), ...args], { cwd });
        expect(r.stderr).not.toContain('    at ');
        const stem = join(repo, '..', 'out', basename(file, '.md'), out, basename(file, '.md'));
        expect(existsSync(`${stem}.docx`), r.stderr).toBe(true);
        return { docx: `${stem}.docx`, html: `${stem}.html` };
      };
      built.push({
        file,
        edits,
        marked: build('marked', repo, ['--changes-since', 'HEAD~1', '--author', 'Test Clerk', '--date', '2026-03-16']),
        present: build('present', repo, []),
        earlier: build('earlier', old, []),
      });
    }
  }, TIMEOUT);

  it('every file was amended in at least three ways, and builds with its changes marked', (ctx) => {
    skipUnless(ctx, requirePrograms('git'));
    expect(built.length).toBe(files.length);
    for (const b of built) expect(b.edits.length, `${b.file}: ${b.edits.join(', ')}`).toBeGreaterThanOrEqual(3);
    // The tables of the real minutes are amended too.
    expect(built.some((b) => b.edits.includes('table row'))).toBe(true);
  });

  it('accepting every revision gives the amended text, rejecting every one the original (DOCX and HTML)', () => {
    for (const b of built) {
      const tree = documentTree(b.marked.docx);
      expect(paragraphs(resolveRevisions(tree, true)), b.file).toEqual(paragraphs(documentTree(b.present.docx)));
      expect(paragraphs(resolveRevisions(tree, false)), b.file).toEqual(paragraphs(documentTree(b.earlier.docx)));
      const c = countRevisions(tree);
      expect(c.ins, b.file).toBeGreaterThan(0);
      expect(c.del, b.file).toBeGreaterThan(0);
      if (b.edits.includes('table row')) expect(c.deletedRows, b.file).toBeGreaterThanOrEqual(1);
      const html = readFileSync(b.marked.html, 'utf8');
      expect(htmlText(html, 'accept'), b.file).toBe(htmlText(readFileSync(b.present.html, 'utf8')));
      expect(htmlText(html, 'reject'), b.file).toBe(htmlText(readFileSync(b.earlier.html, 'utf8')));
    }
  });

  it("Word's rules for revisions hold in every document", () => {
    for (const b of built) {
      const problems = revisionProblems(docxParts(b.marked.docx));
      expect(Object.values(problems).flat(), b.file).toEqual([]);
    }
  });

  it('every document passes validate-docx', (ctx) => {
    skipUnless(ctx, requirePrograms('git'), requireValidateDocx());
    const r = run(validateDocxPath(), built.map((b) => b.marked.docx), work);
    expect({ code: r.code, problems: r.stdout + r.stderr }).toEqual({ code: 0, problems: '' });
  }, TIMEOUT);

  it('LibreOffice opens every document and lists its insertions and deletions', (ctx) => {
    skipUnless(ctx, requirePrograms('git'), requirePrograms('soffice'));
    const outDir = join(work, 'odt');
    run('soffice', [`-env:UserInstallation=file://${join(work, 'lo-profile')}`, '--headless', '--convert-to', 'odt', '--outdir', outDir, ...built.map((b) => b.marked.docx)], work);
    for (const b of built) {
      const odt = join(outDir, `${basename(b.file, '.md')}.odt`);
      expect(existsSync(odt), b.file).toBe(true);
      const content = strFromU8(unzipSync(readFileSync(odt))['content.xml']!);
      const regions = [...content.matchAll(/<text:changed-region\b[\s\S]*?<\/text:changed-region>/g)].map((m) => m[0]);
      expect(regions.filter((r) => r.includes('<text:insertion>')).length, b.file).toBeGreaterThan(0);
      expect(regions.filter((r) => r.includes('<text:deletion>')).length, b.file).toBeGreaterThan(0);
      // The word the amendment replaced is there, as a deletion LibreOffice shows.
      const deleted = regions.filter((r) => r.includes('<text:deletion>')).join(' ').replace(/<[^>]+>/g, ' ');
      expect(deleted.trim().length, b.file).toBeGreaterThan(0);
    }
  }, TIMEOUT);
});
