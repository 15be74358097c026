/**
 * DOCX output, checked with real readers: the ECMA-376 schema validator, LibreOffice (to PDF and
 * to text), pdftotext, mammoth and pandoc. Expected texts come from the minutes themselves (the
 * model read from each source), never from the renderer.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../src/core/parse-config.js';
import { analyse } from '../src/core/analyse.js';
import type { AgendaItem, Meeting } from '../src/model/types.js';
import { banner } from '../src/render/view-model.js';
import { ROOT, runCli } from './helpers/cli.js';
import { requirePrograms, requireValidateDocx, skipUnless, validateDocxPath } from './helpers/programs.js';

const VALIDATE = validateDocxPath();
const SERIES = join(ROOT, 'examples', 'dxog');
const FIXTURES = join(ROOT, 'test', 'fixtures', 'docx');
const TIMEOUT = 240_000;

const work = mkdtempSync(join(tmpdir(), 'minutebook-docx-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function run(cmd: string, args: string[], options: { cwd?: string } = {}) {
  const r = spawnSync(cmd, args, { encoding: 'utf8', timeout: 180_000, maxBuffer: 64 * 1024 * 1024, ...options });
  return { code: r.status ?? -1, stdout: r.stdout ?? '', stderr: r.stderr ?? '' };
}

let profiles = 0;
/**
 * LibreOffice conversion with a profile of its own, so that runs never share (or lock) one.
 * Several files convert in one start of LibreOffice, which is most of the cost.
 */
function sofficeAll(files: string[], to: string, outDir: string): string[] {
  const profile = join(work, `lo-profile-${process.pid}-${++profiles}`);
  const r = run('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', to, '--outdir', outDir, ...files]);
  const ext = to.split(':')[0]!;
  return files.map((file) => {
    const out = join(outDir, `${basename(file).replace(/\.[^.]+$/, '')}.${ext}`);
    if (!existsSync(out)) throw new Error(`soffice did not convert ${file} to ${to}: ${r.stdout}${r.stderr}`);
    return out;
  });
}

function soffice(file: string, to: string, outDir: string): string {
  return sofficeAll([file], to, outDir)[0]!;
}

let examplePdfs: string[] | undefined;

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

function pdfPages(pdf: string): string[] {
  const info = run('pdfinfo', [pdf]).stdout;
  const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1] ?? 0);
  return Array.from({ length: pages }, (_, i) => run('pdftotext', ['-f', String(i + 1), '-l', String(i + 1), pdf, '-']).stdout);
}

function build(args: string[]): { code: number; stdout: string; stderr: string } {
  return runCli(['build', '--format', 'docx', ...args]);
}

function parts(docx: string): Record<string, string> {
  const files = unzipSync(readFileSync(docx));
  return Object.fromEntries(Object.entries(files).filter(([p]) => /\.(xml|rels)$/.test(p)).map(([p, d]) => [p, strFromU8(d)]));
}

function meetingsOf(folder: string): Meeting[] {
  const configPath = join(folder, '.minutebook.yaml');
  const { config } = parseConfig(readFileSync(configPath), configPath, folder);
  return readdirSync(folder)
    .filter((n) => /^\d{4}-\d{2}-\d{2}-.*\.md$/.test(n))
    .sort()
    .map((n) => analyse({ path: join(folder, n), contents: readFileSync(join(folder, n)) }, config).meeting!)
    .map((m) => ({ ...m, classification: m.classification ?? config.classification }));
}

function titles(items: AgendaItem[]): string[] {
  return items.flatMap((i) => [i.title, ...titles(i.children)]);
}

const exampleOut = join(work, 'examples');
const fixtureOut = join(work, 'fixtures');
const examples = meetingsOf(SERIES);
const docxFor = (outDir: string, m: Meeting) => join(outDir, `${basename(m.path, '.md')}.docx`);

beforeAll(() => {
  const a = build(['-o', exampleOut, 'examples/dxog/']);
  if (a.code !== 0) throw new Error(`build of the examples failed:\n${a.stderr}`);
  const b = build(['-o', fixtureOut, 'test/fixtures/docx/']);
  if (b.code !== 0) throw new Error(`build of the fixtures failed:\n${b.stderr}`);
}, TIMEOUT);

describe('DOCX: schema validity', () => {
  it('every example and fixture output passes validate-docx', (ctx) => {
    skipUnless(ctx, requireValidateDocx());
    const files = [...readdirSync(exampleOut).map((f) => join(exampleOut, f)), ...readdirSync(fixtureOut).map((f) => join(fixtureOut, f))].filter((f) =>
      f.endsWith('.docx'),
    );
    expect(files.length).toBe(examples.length + 1);
    const r = run(VALIDATE, files);
    expect({ code: r.code, problems: r.stdout + r.stderr }).toEqual({ code: 0, problems: '' });
  });
});

describe('DOCX: structure', () => {
  const p = () => parts(join(fixtureOut, '2026-03-10-hwc-12.docx'));

  it('every numbered list has its own w:num restarting at its first number; bullets are not numbers', () => {
    const { 'word/document.xml': doc, 'word/numbering.xml': numbering } = p();
    const numIds = [...doc!.matchAll(/<w:numId w:val="(\d+)"\/>/g)].map((m) => m[1]!);
    const distinct = [...new Set(numIds)];
    // first level bullets, nested bullets, nested numbers, three top-level numbered lists, one list in the update, the decision list.
    expect(distinct.length).toBeGreaterThanOrEqual(7);
    const starts = [...numbering!.matchAll(/<w:num w:numId="\d+">.*?<\/w:num>/g)].map((m) => /startOverride w:val="(\d+)"/.exec(m[0])?.[1]);
    expect(starts.filter((s) => s === '5')).toHaveLength(1);
    expect(starts.filter((s) => s === '1').length).toBeGreaterThanOrEqual(4);
  });

  it('links: only http(s) and mailto become hyperlinks, external, through relationships', () => {
    const { 'word/document.xml': doc, 'word/_rels/document.xml.rels': rels } = p();
    const ids = [...doc!.matchAll(/<w:hyperlink r:id="([^"]+)"/g)].map((m) => m[1]!);
    expect(ids).toHaveLength(2);
    for (const id of ids) expect(rels).toMatch(new RegExp(`Id="${id}"[^>]*TargetMode="External"`));
    expect(rels).toContain('Target="https://example.org/a?b=1&amp;c=2"');
    expect(rels).toContain('Target="mailto:clerk@example.org"');
    expect(rels).not.toContain('javascript');
    expect(doc).toContain('script link');
  });

  it('tables repeat their header row, have explicit widths, and every cell ends with a paragraph', () => {
    const { 'word/document.xml': doc } = p();
    const tables = doc!.match(/<w:tbl>[\s\S]*?<\/w:tbl>/g)!;
    expect(tables.length).toBeGreaterThanOrEqual(5);
    for (const t of tables) {
      expect(t).toContain('<w:tblHeader/>');
      expect(t).toMatch(/<w:tblW w:w="\d+" w:type="dxa"\/>/);
      for (const cell of t.match(/<w:tc>[\s\S]*?<\/w:tc>/g)!) expect(cell).toMatch(/<\/w:p>\s*<\/w:tc>$/);
    }
  });

  it('bookmark ids and relationship ids are unique', () => {
    const { 'word/document.xml': doc, 'word/_rels/document.xml.rels': rels } = p();
    const bookmarks = [...doc!.matchAll(/<w:bookmarkStart w:id="(\d+)" w:name="([^"]+)"/g)];
    expect(bookmarks.length).toBeGreaterThan(2);
    expect(new Set(bookmarks.map((b) => b[1])).size).toBe(bookmarks.length);
    expect(new Set(bookmarks.map((b) => b[2])).size).toBe(bookmarks.length);
    const relIds = [...rels!.matchAll(/Id="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(relIds).size).toBe(relIds.length);
  });

  it('agenda numbers appear once, as written, with no Word numbering on headings', () => {
    const { 'word/document.xml': doc } = p();
    const headings = doc!.match(/<w:p><w:pPr><w:pStyle w:val="Heading[12]"\/>[\s\S]*?<\/w:p>/g)!;
    expect(headings.some((h) => h.includes('>2.1. </w:t>'))).toBe(true);
    // `## 3 Title` keeps its number without a dot: nothing is added to what was written.
    expect(headings.every((h) => !/>\d+(\.\d+)*\.\. </.test(h))).toBe(true);
    for (const h of headings) expect(h).not.toContain('<w:numPr>');
  });

  it('document properties: title naming the meeting, committee as subject, secretariat as author, the meeting date as created', () => {
    const { 'docProps/core.xml': core } = p();
    expect(core).toContain('<dc:title>Harbour Works Committee Meeting, HWC 12</dc:title>');
    expect(core).toContain('<dc:subject>Harbour Works Committee</dc:subject>');
    expect(core).toContain('<dc:creator>Quayside Secretariat</dc:creator>');
    expect(core).toContain('>2026-03-10T00:00:00Z</dcterms:created>');
  });
});

describe('DOCX: user templates and configuration', () => {
  it('a template in the user folder replaces the built-in one file by file', () => {
    const dir = join(work, 'user-templates');
    spawnSync('mkdir', ['-p', join(dir, 'docx', 'partials')]);
    writeFileSync(
      join(dir, 'docx', 'partials', 'banner.xml.hbs'),
      '<w:p><w:pPr><w:pStyle w:val="{{@styles.Banner}}"/></w:pPr><w:r><w:t>OFFICIAL {{banner.label}}</w:t></w:r></w:p>',
    );
    const out = join(work, 'user-templates-out');
    const r = build(['--templates', dir, '-o', out, 'test/fixtures/docx/']);
    expect({ code: r.code, stderr: r.stderr }).toEqual({ code: 0, stderr: '' });
    const p = parts(join(out, '2026-03-10-hwc-12.docx'));
    expect(p['word/header1.xml']).toContain('<w:t>OFFICIAL TLP:AMBER</w:t>');
    // The rest is still the built-in layout.
    expect(p['word/document.xml']).toContain('Summary of Actions Arising');
  });

  it('config reference_docx is read relative to the configuration file; a missing one is one clear line', () => {
    const dir = join(work, 'config-ref');
    spawnSync('mkdir', ['-p', dir]);
    writeFileSync(join(dir, '.minutebook.yaml'), readFileSync(join(FIXTURES, '.minutebook.yaml'), 'utf8') + 'reference_docx: letterhead.docx\n');
    writeFileSync(join(dir, 'hwc-12.md'), readFileSync(join(FIXTURES, '2026-03-10-hwc-12.md')));
    const missing = build(['-o', join(dir, 'out'), join(dir, 'hwc-12.md')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/letterhead\.docx: cannot read the reference document \(reference_docx in .*\.minutebook\.yaml\)/);
    // Any earlier output serves as a reference document: its styles are ours, so nothing is added.
    writeFileSync(join(dir, 'letterhead.docx'), readFileSync(join(fixtureOut, '2026-03-10-hwc-12.docx')));
    const ok = build(['-o', join(dir, 'out'), join(dir, 'hwc-12.md')]);
    expect({ code: ok.code, stderr: ok.stderr }).toEqual({ code: 0, stderr: '' });
    const a = parts(join(dir, 'out', 'hwc-12.docx'));
    const b = parts(join(fixtureOut, '2026-03-10-hwc-12.docx'));
    expect(a['word/styles.xml']).toBe(b['word/styles.xml']);
    expect(a['word/header1.xml']!.match(/TLP:AMBER/g)).toHaveLength(1);
  });
});

describe('DOCX: deterministic', () => {
  it('two builds give byte-identical files', () => {
    const again = join(work, 'again');
    expect(build(['-o', again, 'examples/dxog/']).code).toBe(0);
    expect(build(['-o', again, 'test/fixtures/docx/']).code).toBe(0);
    for (const m of examples) expect(Buffer.compare(readFileSync(docxFor(again, m)), readFileSync(docxFor(exampleOut, m)))).toBe(0);
    const f = '2026-03-10-hwc-12.docx';
    expect(Buffer.compare(readFileSync(join(again, f)), readFileSync(join(fixtureOut, f)))).toBe(0);
  });
});

describe('DOCX: read back by LibreOffice, mammoth and pandoc', () => {
  for (const m of examples) {
    const name = basename(m.path);
    it(`${name}: LibreOffice shows every person, action ID and agenda title in order, and the banner on every page`, (ctx) => {
      skipUnless(ctx, requirePrograms('soffice', 'pdftotext', 'pdfinfo'));
      examplePdfs ??= sofficeAll(examples.map((e) => docxFor(exampleOut, e)), 'pdf', join(work, 'pdf'));
      const pdf = examplePdfs[examples.indexOf(m)]!;
      const pages = pdfPages(pdf);
      expect(pages.length).toBeGreaterThan(1);
      const label = banner(m.classification!).label;
      pages.forEach((page, i) => expect({ page: i + 1, banner: page.includes(label) }).toEqual({ page: i + 1, banner: true }));
      pages.forEach((page, i) => expect(squash(page)).toContain(`Page ${i + 1} of ${pages.length}`));
      const text = squash(pages.join('\n'));
      for (const p of m.people) expect(text).toContain(squash(p.name));
      for (const id of [...m.actions.map((a) => a.id), ...m.outstanding.map((r) => r.id)]) expect(text).toContain(id);
      let at = 0;
      for (const t of titles(m.agenda)) {
        const found = text.indexOf(squash(t), at);
        expect({ title: t, found: found >= 0 }).toEqual({ title: t, found: true });
        at = found + 1;
      }
    }, TIMEOUT);

    it(`${name}: mammoth reads it back with its headings and tables`, async () => {
      const file = docxFor(exampleOut, m);
      const mammoth = await import('mammoth');
      const html = await mammoth.convertToHtml({ buffer: readFileSync(file) });
      expect(html.messages.filter((x) => x.type === 'error')).toEqual([]);
      const h = [...html.value.matchAll(/<h[12]>(.*?)<\/h[12]>/g)].map((x) => x[1]!.replace(/<[^>]+>/g, ''));
      const decode = (s: string) => s.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"');
      for (const t of titles(m.agenda)) expect(h.map(decode).some((x) => x.includes(t))).toBe(true);
      expect((html.value.match(/<table>/g) ?? []).length).toBeGreaterThanOrEqual(3);
    }, TIMEOUT);

    it(`${name}: pandoc reads it back with its headings, tables and action IDs`, (ctx) => {
      skipUnless(ctx, requirePrograms('pandoc'));
      const file = docxFor(exampleOut, m);
      const r = run('pandoc', ['-f', 'docx', '-t', 'json', file]);
      expect({ code: r.code, stderr: r.stderr }).toEqual({ code: 0, stderr: '' });
      const blocks = (JSON.parse(r.stdout) as { blocks: Array<{ t: string; c: unknown }> }).blocks;
      const headers = blocks.filter((b) => b.t === 'Header');
      expect(headers.length).toBeGreaterThanOrEqual(titles(m.agenda).length);
      expect(blocks.filter((b) => b.t === 'Table').length).toBeGreaterThanOrEqual(3);
      const md = run('pandoc', ['-f', 'docx', '-t', 'markdown', file]);
      expect(md.code).toBe(0);
      for (const a of m.actions) expect(squash(md.stdout)).toContain(a.id);
    }, TIMEOUT);
  }
});

describe('DOCX: text round-trips through LibreOffice', () => {
  it('control characters are dropped with a positioned warning; emoji, RTL script and &<>"\' survive', (ctx) => {
    skipUnless(ctx, requirePrograms('soffice'));
    const dir = join(work, 'roundtrip');
    const source = readFileSync(join(FIXTURES, '2026-03-10-hwc-12.md'), 'utf8').replace(
      'The secretariat presented the actions outstanding.',
      'The secretariat\u0007 presented the actions\u001b outstanding: 5 < 6 & 7 > 3, "yes" \'no\' 🚢 مرفأ נמל.',
    );
    rmSync(dir, { recursive: true, force: true });
    const src = join(work, 'roundtrip-src');
    rmSync(src, { recursive: true, force: true });
    spawnSync('mkdir', ['-p', src]);
    writeFileSync(join(src, '.minutebook.yaml'), readFileSync(join(FIXTURES, '.minutebook.yaml')));
    writeFileSync(join(src, 'hwc-12.md'), source);
    const r = build(['-o', dir, join(src, 'hwc-12.md')]);
    expect(r.code).toBe(0);
    const line = source.split('\n').findIndex((l) => l.includes('\u0007')) + 1;
    const column = source.split('\n')[line - 1]!.indexOf('\u0007') + 1;
    expect(r.stderr).toMatch(new RegExp(`${line}:${column}\\S*\\s+warning\\s+Control character U\\+0007`));
    expect(r.stderr).toContain('U+001B');
    const txt = soffice(join(dir, 'hwc-12.docx'), 'txt:Text (encoded):UTF8', dir);
    const text = readFileSync(txt, 'utf8');
    expect(text).toContain('The secretariat presented the actions outstanding: 5 < 6 & 7 > 3, "yes" \'no\' 🚢 مرفأ נמל.');
    expect(text).toContain('Fish & Chips <Harbour> "quoted" \'single\'');
    expect(text).toContain('Arabic مرفأ السفن');
    expect(text).toContain('Hebrew נמל הדייגים');
    expect(text).not.toMatch(/[\u0007\u001b]/);
  }, TIMEOUT);
});

describe('DOCX: reference document saved by LibreOffice', () => {
  // The letterhead saved as DOCX by LibreOffice, and the example built with it (once for both tests).
  let made: { dir: string; ref: string; file: string } | undefined;
  const withLetterhead = () => {
    if (made) return made;
    const dir = join(work, 'reference');
    spawnSync('mkdir', ['-p', dir]);
    const fodt = join(dir, 'letterhead.fodt');
    writeFileSync(fodt, LETTERHEAD_FODT);
    const ref = soffice(fodt, 'docx', dir);
    const r = build(['--reference-doc', ref, '-o', join(dir, 'out'), 'examples/dxog/2026-01-19-dxog-17.md']);
    expect({ code: r.code, stderr: r.stderr }).toEqual({ code: 0, stderr: '' });
    return (made = { dir, ref, file: join(dir, 'out', '2026-01-19-dxog-17.docx') });
  };

  it('the result passes validate-docx', (ctx) => {
    skipUnless(ctx, requirePrograms('soffice'), requireValidateDocx());
    const v = run(VALIDATE, [withLetterhead().file]);
    expect({ code: v.code, problems: v.stdout + v.stderr }).toEqual({ code: 0, problems: '' });
  }, TIMEOUT);

  it('the result uses that document\u2019s fonts, page size and header, with the banner on every page', (ctx) => {
    skipUnless(ctx, requirePrograms('soffice', 'pdftotext', 'pdffonts'));
    const { dir, ref, file } = withLetterhead();

    const p = parts(file);
    expect(p['word/styles.xml']).toContain('DejaVu Serif');
    expect(p['word/fontTable.xml']).toContain('DejaVu Serif');
    expect(p['word/document.xml']).toMatch(/<w:pgSz w:w="12240"/);
    const pdf = soffice(file, 'pdf', dir);
    const fonts = run('pdffonts', [pdf]).stdout;
    expect(fonts).toContain('DejaVuSerif');
    const pages = pdfPages(pdf);
    expect(pages.length).toBeGreaterThan(1);
    for (const page of pages) {
      expect(page).toContain('Harbour Works Letterhead');
      expect(page).toContain('TLP:GREEN');
    }
    // Two builds with the same reference document are identical too.
    const again = build(['--reference-doc', ref, '-o', join(dir, 'again'), 'examples/dxog/2026-01-19-dxog-17.md']);
    expect(again.code).toBe(0);
    expect(Buffer.compare(readFileSync(join(dir, 'again', '2026-01-19-dxog-17.docx')), readFileSync(file))).toBe(0);
  }, TIMEOUT);

  it('a reference document that is not a Word file is one clear line, exit 2', () => {
    const bad = join(work, 'not-a.docx');
    writeFileSync(bad, 'plain text');
    const r = build(['--reference-doc', bad, '-o', join(work, 'bad'), 'examples/dxog/2026-01-19-dxog-17.md']);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('not a Word document');
    const missing = build(['--reference-doc', join(work, 'missing.docx'), '-o', join(work, 'bad'), 'examples/dxog/2026-01-19-dxog-17.md']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('cannot read the reference document');
  });
});

/** A letterhead made the way a user would: other fonts, Letter paper, a header with text. */
const LETTERHEAD_FODT = `<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
 <office:font-face-decls>
  <style:font-face style:name="DejaVu Serif" svg:font-family="'DejaVu Serif'" style:font-family-generic="roman"/>
 </office:font-face-decls>
 <office:styles>
  <style:default-style style:family="paragraph">
   <style:text-properties style:font-name="DejaVu Serif" fo:font-size="11pt"/>
  </style:default-style>
  <style:style style:name="Standard" style:family="paragraph">
   <style:text-properties style:font-name="DejaVu Serif"/>
  </style:style>
  <style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" style:parent-style-name="Standard">
   <style:text-properties style:font-name="DejaVu Serif" fo:font-size="16pt" fo:color="#7b2d26" fo:font-weight="bold"/>
  </style:style>
 </office:styles>
 <office:automatic-styles>
  <style:page-layout style:name="pm1">
   <style:page-layout-properties fo:page-width="21.59cm" fo:page-height="27.94cm" fo:margin-top="1.5cm" fo:margin-bottom="1.5cm" fo:margin-left="2.5cm" fo:margin-right="2.5cm"/>
   <style:header-style><style:header-footer-properties fo:min-height="1cm"/></style:header-style>
  </style:page-layout>
 </office:automatic-styles>
 <office:master-styles>
  <style:master-page style:name="Standard" style:page-layout-name="pm1">
   <style:header><text:p text:style-name="Standard">Harbour Works Letterhead</text:p></style:header>
  </style:master-page>
 </office:master-styles>
 <office:body>
  <office:text>
   <text:h text:style-name="Heading_20_1" text:outline-level="1">Sample</text:h>
   <text:p text:style-name="Standard">Body text.</text:p>
  </office:text>
 </office:body>
</office:document>
`;
