/**
 * `build --changes-since REV` / `--changes-from OLD.md`: the DOCX marks every change as a Word
 * revision and the HTML as <ins>/<del>. Checked on the fictional DXOG series in a real Git
 * repository with two commits: accepting every revision gives the present version's text,
 * rejecting every one the earlier version's (each built on its own for comparison); Word's rules
 * for revisions hold one by one; validate-docx passes; LibreOffice reads the revisions back.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runCli } from './helpers/cli.js';
import { requirePrograms, requireValidateDocx, skipUnless, validateDocxPath } from './helpers/programs.js';
import { countRevisions, docxParts, documentTree, htmlText, paragraphs, resolveRevisions, revisionProblems } from './helpers/revisions.js';

const TIMEOUT = 240_000;
const work = mkdtempSync(join(tmpdir(), 'minutebook-changes-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const repo = join(work, 'repo');
const FILE = '2026-02-16-dxog-18.md';
const AUTHOR = 'Vera Lindgren';
const COMMIT_DATE = '2026-02-20T09:15:00+01:00';

function run(cmd: string, args: string[], cwd = repo, env: Record<string, string> = {}) {
  const r = spawnSync(cmd, args, { cwd, encoding: 'utf8', timeout: 180_000, env: { ...process.env, ...env } });
  if (r.error) throw r.error;
  return { code: r.status ?? -1, stdout: r.stdout ?? '', stderr: r.stderr ?? '' };
}

function git(...args: string[]) {
  const r = run('git', ['-c', 'user.name=Minutes Clerk', '-c', 'user.email=clerk@example.invalid', '-c', 'commit.gpgsign=false', ...args], repo, {
    GIT_AUTHOR_NAME: AUTHOR,
    GIT_AUTHOR_EMAIL: 'vera@example.invalid',
    GIT_COMMITTER_DATE: COMMIT_DATE,
    GIT_AUTHOR_DATE: COMMIT_DATE,
  });
  if (r.code !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr}`);
  return r.stdout;
}

/** The edits a secretariat makes after circulation: a word, a paragraph in, one out, one moved, a list item, a table row. */
function amend(text: string): string {
  const replace = (from: string, to: string) => {
    if (!text.includes(from)) throw new Error(`the fixture no longer holds ${JSON.stringify(from)}`);
    text = text.replace(from, to);
  };
  replace('Six actions were closed', 'Seven actions were closed');
  replace('    - Declan Marsh\n', '');
  replace(
    'The HubCo described the operational impact of each.',
    'The HubCo described the operational impact of each in detail.',
  );
  replace('CXS presented a summary of the Code Panel reports to the DXOG.\n\n', 'CXS presented a summary of the Code Panel reports to the DXOG.\n\nMembers asked that the summary be circulated a week before each meeting.\n\n');
  replace('The DXOG considered the Certificate Request Variance Report for January 2026. The number of Users without a forecast fell from 24 to 19.\n\n', '');
  // A paragraph moved: out of item 5, into item 6.
  const moved = 'A Large Retailers member asked how much of the improvement is owed to the lower installation volumes over the holiday period. The HubCo will analyse the figures.\n\n';
  replace(moved, '');
  replace('## 7. Any Other Business\n\n', `${moved}## 7. Any Other Business\n\n`);
  replace('- **AGREED** that the same review format be used for the NSP East refresh later in the year.', '- **AGREED** that the same review format be used for the NSP East refresh in the autumn.');
  return text;
}

let ready = false;
let before = '';
let after = '';

beforeAll(() => {
  if (!requirePrograms('git').ok) return;
  mkdirSync(repo);
  cpSync(join(ROOT, 'examples', 'dxog'), repo, { recursive: true });
  git('init', '-q', '-b', 'main');
  git('add', '.');
  git('commit', '-q', '-m', 'Minutes of meeting 18 as circulated');
  before = readFileSync(join(repo, FILE), 'utf8');
  after = amend(before);
  writeFileSync(join(repo, FILE), after);
  git('commit', '-q', '-am', 'Meeting 18: amendments agreed at meeting 19');
  ready = true;
}, TIMEOUT);

/** Builds into `out` (relative to the work folder) and returns the output paths by extension. */
function build(out: string, args: string[], cwd = repo): { docx: string; html: string } {
  const r = runCli(['build', FILE, '--format', 'docx,html', '--out', join(work, out), ...args], { cwd });
  expect(r.stderr.includes('    at '), r.stderr).toBe(false);
  expect(r.code, r.stderr).toBe(0);
  const name = basename(FILE, '.md');
  return { docx: join(work, out, `${name}.docx`), html: join(work, out, `${name}.html`) };
}

let marked: { docx: string; html: string };
let present: { docx: string; html: string };
let earlier: { docx: string; html: string };

describe('build --changes-since in a real Git repository', () => {
  beforeAll(() => {
    if (!ready) return;
    marked = build('marked', ['--changes-since', 'HEAD~1']);
    present = build('present', []);
    // The earlier version built on its own, from the first commit's tree.
    const old = join(work, 'old-tree');
    git('worktree', 'add', '-q', old, 'HEAD~1');
    earlier = build('earlier', [], old);
  }, TIMEOUT);

  it('credits the revisions to the author and the commit date of the commit that made them, in UTC', (ctx) => {
    skipUnless(ctx, requirePrograms('git'));
    const xml = docxParts(marked.docx)['word/document.xml']!;
    const authors = new Set([...xml.matchAll(/w:author="([^"]*)"/g)].map((m) => m[1]));
    const dates = new Set([...xml.matchAll(/w:date="([^"]*)"/g)].map((m) => m[1]));
    expect([...authors]).toEqual([AUTHOR]);
    expect([...dates]).toEqual(['2026-02-20T08:15:00Z']);
    const html = readFileSync(marked.html, 'utf8');
    expect(html).toMatch(/<p class="changes-legend">Changes since [0-9a-f]{7,} \(Vera Lindgren, 20 February 2026\) are marked: <ins>inserted text<\/ins>, <del>deleted text<\/del>\.<\/p>/);
  });

  it('accepting every revision gives the present text, rejecting every one the earlier text', (ctx) => {
    skipUnless(ctx, requirePrograms('git'));
    const tree = documentTree(marked.docx);
    expect(paragraphs(resolveRevisions(tree, true))).toEqual(paragraphs(documentTree(present.docx)));
    expect(paragraphs(resolveRevisions(tree, false))).toEqual(paragraphs(documentTree(earlier.docx)));
    // And the two versions do differ: the test would pass vacuously otherwise.
    expect(paragraphs(documentTree(present.docx))).not.toEqual(paragraphs(documentTree(earlier.docx)));
  });

  it('marks each kind of change: words, whole paragraphs in and out, a moved paragraph, a table row', (ctx) => {
    skipUnless(ctx, requirePrograms('git'));
    const c = countRevisions(documentTree(marked.docx));
    // Inserted: "in detail", "Members asked…", the moved paragraph where it went, "in the autumn", "Seven".
    expect(c.insertedParagraphs).toBe(2);
    // Deleted: the Certificate paragraph, the moved paragraph where it was.
    expect(c.deletedParagraphs).toBe(2);
    // Declan Marsh's row in the attendees table.
    expect(c.deletedRows).toBe(1);
    const xml = docxParts(marked.docx)['word/document.xml']!;
    expect(xml).toMatch(/<w:del [^>]*><w:r><w:delText xml:space="preserve">Six<\/w:delText><\/w:r><\/w:del><w:ins [^>]*><w:r><w:t xml:space="preserve">Seven<\/w:t><\/w:r><\/w:ins>/);
    expect(xml).toMatch(/<w:ins [^>]*><w:r><w:t xml:space="preserve"> in detail<\/w:t><\/w:r><\/w:ins>/);
    expect(xml).toContain('<w:delText xml:space="preserve">Declan Marsh</w:delText>');
  });

  it("holds Word's rules for revisions", (ctx) => {
    skipUnless(ctx, requirePrograms('git'));
    const problems = revisionProblems(docxParts(marked.docx));
    expect(problems).toEqual({
      uniqueIds: [],
      delTextOnlyInDel: [],
      noTextInDel: [],
      revisionsInParagraphs: [],
      paragraphMarks: [],
      deletedRows: [],
      noMoves: [],
      authorAndDate: [],
    });
    // The ids really do share one space: bookmarks (the headings') and revisions both use it.
    const xml = docxParts(marked.docx)['word/document.xml']!;
    expect(xml).toContain('<w:bookmarkStart');
    expect(xml).toContain('<w:ins ');
  });

  it('passes validate-docx', (ctx) => {
    skipUnless(ctx, requirePrograms('git'), requireValidateDocx());
    const r = run(validateDocxPath(), [marked.docx]);
    expect({ code: r.code, problems: r.stdout + r.stderr }).toEqual({ code: 0, problems: '' });
  });

  it('HTML: <ins> and <del> that resolve to the present and the earlier text, with a legend', (ctx) => {
    skipUnless(ctx, requirePrograms('git'));
    const html = readFileSync(marked.html, 'utf8');
    expect(htmlText(html, 'accept')).toBe(htmlText(readFileSync(present.html, 'utf8')));
    expect(htmlText(html, 'reject')).toBe(htmlText(readFileSync(earlier.html, 'utf8')));
    expect(html).toContain('<del>Six</del><ins>Seven</ins>');
    expect(html).toMatch(/<td[^>]*><p class="cell"><del>Declan Marsh<\/del><\/p><\/td>/);
    // The category's cell spans the deleted row too (5 present members + 1 deleted), so that the
    // deleted name stays in the members' column.
    expect(html).toMatch(/rowspan="6">\s*<p class="cell-group">Large Retailers<\/p>/);
    expect(readFileSync(present.html, 'utf8')).toMatch(/rowspan="5"><p class="cell-group">Large Retailers<\/p>/);
  });

  it('LibreOffice opens the DOCX and lists the changes (read back from its ODT)', (ctx) => {
    skipUnless(ctx, requirePrograms('git'), requirePrograms('soffice'));
    const outDir = join(work, 'lo');
    const profile = join(work, 'lo-profile');
    run('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'odt', '--outdir', outDir, marked.docx], work);
    const odt = join(outDir, `${basename(FILE, '.md')}.odt`);
    expect(existsSync(odt)).toBe(true);
    const content = strFromU8(unzipSync(readFileSync(odt))['content.xml']!);
    const regions = [...content.matchAll(/<text:changed-region\b[\s\S]*?<\/text:changed-region>/g)].map((m) => m[0]);
    const deletions = regions.filter((r) => r.includes('<text:deletion>'));
    const insertions = regions.filter((r) => r.includes('<text:insertion>'));
    expect(insertions.length).toBeGreaterThanOrEqual(5);
    expect(deletions.length).toBeGreaterThanOrEqual(4);
    const deletedText = deletions.join(' ').replace(/<[^>]+>/g, '');
    for (const words of ['Six', 'Declan Marsh', 'Certificate Request Variance Report', 'later', 'year']) expect(deletedText).toContain(words);
    expect(regions.every((r) => r.includes(`<dc:creator>${AUTHOR}</dc:creator>`))).toBe(true);
  }, TIMEOUT);

  it('--author and --date give byte-identical outputs', (ctx) => {
    skipUnless(ctx, requirePrograms('git'));
    const options = ['--changes-since', 'HEAD~1', '--author', 'A. Secretary', '--date', '2026-03-16'];
    const one = build('same-1', options);
    const two = build('same-2', options);
    expect(readFileSync(one.docx).equals(readFileSync(two.docx))).toBe(true);
    expect(readFileSync(one.html).equals(readFileSync(two.html))).toBe(true);
    expect(docxParts(one.docx)['word/document.xml']).toContain('w:author="A. Secretary" w:date="2026-03-16T00:00:00Z"');
  });

  it('--changes-from compares with a file instead of a revision', (ctx) => {
    skipUnless(ctx, requirePrograms('git'));
    const old = join(work, 'circulated.md');
    writeFileSync(old, before);
    const viaFile = build('from-file', ['--changes-from', old, '--author', 'A. Secretary', '--date', '2026-03-16']);
    const viaGit = build('from-git', ['--changes-since', 'HEAD~1', '--author', 'A. Secretary', '--date', '2026-03-16']);
    expect(readFileSync(viaFile.docx).equals(readFileSync(viaGit.docx))).toBe(true);
    expect(readFileSync(viaFile.html, 'utf8')).toContain('Changes since circulated.md (A. Secretary, 16 March 2026)');
  });

  it('an unchanged file has no revision at all', (ctx) => {
    skipUnless(ctx, requirePrograms('git'));
    const same = build('unchanged', ['--changes-since', 'HEAD', '--author', 'A', '--date', '2026-03-16']);
    expect(docxParts(same.docx)['word/document.xml']).not.toMatch(/<w:(ins|del) /);
    expect(paragraphs(documentTree(same.docx))).toEqual(paragraphs(documentTree(present.docx)));
    const html = readFileSync(same.html, 'utf8').replace(/<p class="changes-legend">.*<\/p>/, '');
    expect(html).not.toMatch(/<(ins|del)>/);
  });
});

describe('build --changes-since: mistakes are one clear line', () => {
  const fails = (ctx: { skip: (note?: string) => void }, args: string[], code: number, message: RegExp) => {
    skipUnless(ctx, requirePrograms('git'));
    const r = runCli(['build', FILE, '--format', 'docx', '--out', join(work, 'fail'), ...args], { cwd: repo });
    expect(r.code, r.stderr).toBe(code);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toContain('    at ');
  };

  it('a revision that does not exist', (ctx) => fails(ctx, ['--changes-since', 'no-such-tag'], 1, /--changes-since no-such-tag: no such commit/));
  it('a revision that is an option', (ctx) => fails(ctx, ['--changes-since', '--help'], 2, /not a Git revision/));
  it('a file that did not exist at that revision', (ctx) => {
    skipUnless(ctx, requirePrograms('git'));
    writeFileSync(join(repo, '2026-04-20-dxog-20.md'), before.replace('meeting: 18', 'meeting: 20').replace('date: 2026-02-16', 'date: 2026-04-20').replace('DXOG_18_1602', 'DXOG_20_2004'));
    const r = runCli(['build', '2026-04-20-dxog-20.md', '--force', '--format', 'html', '--out', join(work, 'fail'), '--changes-since', 'HEAD'], { cwd: repo });
    rmSync(join(repo, '2026-04-20-dxog-20.md'));
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/2026-04-20-dxog-20\.md: not in HEAD .*it cannot be compared with that version/);
  });
  it('a date that is not one', (ctx) => fails(ctx, ['--changes-since', 'HEAD~1', '--date', '2026-02-30'], 2, /--date "2026-02-30": not a date/));
  it('both ways at once', (ctx) => fails(ctx, ['--changes-since', 'HEAD~1', '--changes-from', 'x.md'], 2, /not both/));
  it('--author without a comparison', (ctx) => fails(ctx, ['--author', 'X'], 2, /--author and --date go with --changes-since or --changes-from/));
  it('an earlier file that is missing', (ctx) => fails(ctx, ['--changes-from', 'missing.md'], 1, /--changes-from missing\.md: no such file/));
  it('an earlier version that is not minutes', (ctx) => {
    skipUnless(ctx, requirePrograms('git'));
    writeFileSync(join(work, 'not-minutes.md'), 'Just a note.\n');
    fails(ctx, ['--changes-from', join(work, 'not-minutes.md')], 1, /the version at not-minutes\.md cannot be read as minutes/);
  });
});

describe('a 10,000-word paragraph', () => {
  it('is compared word by word, and accepting and rejecting still give each version', (ctx) => {
    skipUnless(ctx, requirePrograms('git'));
    const words = Array.from({ length: 10_000 }, (_, i) => ['members', 'noted', 'the', 'report', 'and', 'agreed', 'figures', 'quarter'][(i * 7 + (i >> 3)) % 8]!);
    const long = words.join(' ');
    const edited = words.map((w, i) => (i % 500 === 250 ? `${w} also` : i % 700 === 0 ? 'REVISED' : w)).join(' ');
    const dir = join(work, 'long');
    mkdirSync(dir, { recursive: true });
    const head = '---\ncommittee: Data Exchange Operations Group\ndate: 2026-02-16\nattendees:\n  - Harriet Quill\n---\n\n## 1. Discussion\n\n';
    writeFileSync(join(dir, 'old.md'), `${head}${long}\n`);
    writeFileSync(join(dir, FILE), `${head}${edited}\n`);
    const started = Date.now();
    const r = runCli(['build', FILE, '--format', 'docx,html', '--out', join(dir, 'out'), '--changes-from', 'old.md', '--author', 'A', '--date', '2026-03-16'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    const seconds = (Date.now() - started) / 1000;
    expect(seconds).toBeLessThan(60);
    const tree = documentTree(join(dir, 'out', '2026-02-16-dxog-18.docx'));
    const accepted = paragraphs(resolveRevisions(tree, true));
    const rejected = paragraphs(resolveRevisions(tree, false));
    expect(accepted).toContain(edited);
    expect(rejected).toContain(long);
    const c = countRevisions(tree);
    // 20 insertions of "also", 15 replacements: word by word, not the paragraph twice.
    expect(c.ins).toBe(35);
    expect(c.del).toBe(15);
  }, TIMEOUT);
});
