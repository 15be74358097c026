/**
 * Faithful output (NATURAL §1, §3): the fictional natural-minutes example built by the real CLI to
 * HTML and DOCX shows each heading's own number or none, keeps list styles and line breaks, places
 * the summaries before the annex and signature block, and carries the meeting's language and name.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, runCli } from './helpers/cli.js';

const work = mkdtempSync(join(tmpdir(), 'minutebook-faithful-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Copies examples/natural, edits its configuration and minutes, builds both formats. */
function build(name: string, edit: { config?: (c: string) => string; minutes?: (m: string) => string } = {}) {
  const dir = join(work, name);
  cpSync(join(ROOT, 'examples', 'natural'), dir, { recursive: true });
  const cfg = join(dir, '.minutebook.yaml');
  const src = join(dir, '2026-04-14-committee.md');
  if (edit.config) writeFileSync(cfg, edit.config(readFileSync(cfg, 'utf8')));
  if (edit.minutes) writeFileSync(src, edit.minutes(readFileSync(src, 'utf8')));
  for (const format of ['html', 'docx']) {
    const r = runCli(['build', '--format', format, src]);
    expect(r.code, r.stdout + r.stderr).toBe(0);
  }
  const html = readFileSync(join(dir, '2026-04-14-committee.html'), 'utf8');
  const parts = unzipSync(readFileSync(join(dir, '2026-04-14-committee.docx')));
  const part = (p: string) => strFromU8(parts[p]!);
  return { html, part };
}

const text = (s: string) => s.replace(/<[^>]+>/g, '').replace(/\s+/g, ' ').trim();
const htmlHeadings = (html: string) => [...html.matchAll(/<h([234])>([\s\S]*?)<\/h\1>/g)].map((m) => text(m[2]!));
const docxHeadings = (doc: string) =>
  [...doc.matchAll(/<w:p><w:pPr><w:pStyle w:val="Heading[123]"\/>([\s\S]*?)<\/w:p>/g)].map((m) =>
    [...m[1]!.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join('').trim(),
  );

const SECTIONS = ['Election of Chair', 'Apologies', '1. Minutes of the last meeting', '2. Water supply', 'a) Leaks', 'b) Charges', '3. Plot inspections', 'Any other business'];

describe('natural minutes, built', () => {
  const out = build('default');

  it('headings show their own number or none; the summaries come before the annex', () => {
    expect(htmlHeadings(out.html)).toEqual([...SECTIONS, 'Summary of Actions Arising', 'Summary of Decisions', 'Annex A: Inspection rota']);
    expect(docxHeadings(out.part('word/document.xml'))).toEqual([...SECTIONS, 'Summary of Actions Arising', 'Summary of Decisions', 'Annex A: Inspection rota']);
  });

  it('the signature block follows the summaries and the next meetings, before the annex', () => {
    const at = (s: string) => out.html.indexOf(s);
    expect(at('Summary of Decisions')).toBeLessThan(at('Annual general meeting: TBC'));
    expect(at('Annual general meeting: TBC')).toBeLessThan(at('Signed: '));
    expect(at('Signed: ')).toBeLessThan(at('Annex A: Inspection rota'));
    const doc = out.part('word/document.xml');
    expect(doc.indexOf('Summary of decisions')).toBeLessThan(doc.indexOf('Signed: '));
    expect(doc.indexOf('Signed: ')).toBeLessThan(doc.indexOf('Annex A: Inspection rota'));
  });

  it('next meetings as written: a month and "TBC"; times with their zone', () => {
    expect(out.html).toContain('Next committee meeting: May 2026');
    expect(out.html).toContain('19:00 BST – 20:40 BST');
    expect(out.part('word/document.xml')).toContain('May 2026');
  });

  it('a `1)` list keeps its parenthesis, a nested `1.` list stays decimal', () => {
    expect(out.html).toContain('1) the north field standpipe is fitted;');
    const numbering = out.part('word/numbering.xml');
    expect(numbering).toContain('<w:lvlText w:val="%1)"/>');
    expect(numbering).toMatch(/<w:lvl w:ilvl="1"><w:start w:val="1"\/><w:numFmt w:val="decimal"\/><w:lvlText w:val="%2\."\/>/);
  });

  it('hard line breaks stay breaks in the text and become spaces in the decisions summary', () => {
    expect(out.html).toContain('Two leaks were found on the east path.<br>');
    expect(out.html).toMatch(/<td[^>]*><p class="cell">The committee AGREED the water charge for 2026: £12 a plot, due by 1 June\.<\/p><\/td>/);
    expect(out.part('word/document.xml')).toContain('The committee AGREED the water charge for 2026: £12 a plot, due by 1 June.');
  });

  it('a relative link is a link in both outputs', () => {
    expect(out.html).toContain('<a href="annex-a-inspection-rota.csv">Annex A</a>');
    expect(out.part('word/_rels/document.xml.rels')).toMatch(/Target="annex-a-inspection-rota\.csv" TargetMode="External"/);
  });

  it('action IDs cannot wrap: the DOCX ID column is as wide as the longest ID needs, HTML cells nowrap', () => {
    const doc = out.part('word/document.xml');
    // A column empty in every row is left out, so the grid has as many columns as the table shows.
    const grid = /<w:tblGrid><w:gridCol w:w="(\d+)"\/>(?:<w:gridCol w:w="\d+"\/>){1,4}<\/w:tblGrid>[\s\S]*?Action ID/.exec(doc);
    // "MAS 2026-04/01": 14 characters of 9 pt bold, about 110 twips each, and the cell margins.
    expect(Number(grid![1])).toBeGreaterThanOrEqual(14 * 110 + 260 - 100);
    expect(out.html).toMatch(/<td[^>]*nowrap><p class="cell action-id"><b>MAS 2026-04\/01<\/b>/);
  });

  it('DOCX properties: the title names the meeting by its date; no proofing state is claimed; Title has no outline level', () => {
    expect(out.part('docProps/core.xml')).toContain('<dc:title>Minutes of the committee meeting, 14 April 2026</dc:title>');
    expect(out.part('word/settings.xml')).not.toContain('proofState');
    const title = /<w:style w:type="paragraph" w:styleId="Title">[\s\S]*?<\/w:style>/.exec(out.part('word/styles.xml'))![0];
    expect(title).not.toContain('outlineLvl');
  });
});

describe('configuration reaches the outputs', () => {
  it('the locale is the DOCX language', () => {
    const out = build('locale', { config: (c) => `${c}locale: en-IE\n` });
    expect(out.part('word/styles.xml')).toMatch(/<w:rPrDefault>\s*<w:rPr>[\s\S]*<w:lang w:val="en-IE"/);
    expect(out.part('word/settings.xml')).toContain('<w:themeFontLang w:val="en-IE"/>');
  });

  it('summaries: off leaves them out', () => {
    const out = build('off', { config: (c) => `${c}summaries: "off"\n` });
    expect(htmlHeadings(out.html)).toEqual([...SECTIONS, 'Annex A: Inspection rota']);
    expect(docxHeadings(out.part('word/document.xml'))).toEqual([...SECTIONS, 'Annex A: Inspection rota']);
  });

  it('a <!-- summaries --> line places them', () => {
    const out = build('marker', { minutes: (m) => m.replace('## Any other business', '<!-- summaries -->\n\n## Any other business') });
    const expected = [...SECTIONS.slice(0, -1), 'Any other business', 'Annex A: Inspection rota'];
    expect(htmlHeadings(out.html)).toEqual([...SECTIONS.slice(0, -1), 'Summary of Actions Arising', 'Summary of Decisions', ...expected.slice(-2)]);
    expect(docxHeadings(out.part('word/document.xml'))).toEqual([...SECTIONS.slice(0, -1), 'Summary of Actions Arising', 'Summary of Decisions', ...expected.slice(-2)]);
  });
});
