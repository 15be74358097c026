/**
 * `minutebook import`: Word documents made here (fictional) through the converter and through the
 * real CLI. Each trap of reading Word named in issue 22 has its test: tracked changes, comments,
 * list numbers, merged cells, the empty header row, paragraphs in cells, headers, broken fields,
 * Title and Subtitle, localised headings, files that are not Word documents.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { convertDocx, NotWordError } from '../src/import/convert.js';
import { spawnSync } from 'node:child_process';
import { unzipSync } from 'fflate';
import { runCli } from './helpers/cli.js';
import { requireValidateDocx, skipUnless, validateDocxPath } from './helpers/programs.js';
import { bold, cell, item, NUMBERING, p, row, table, wordPackage } from './helpers/word-package.js';

const made: string[] = [];
afterAll(() => made.forEach((d) => rmSync(d, { recursive: true, force: true })));
const tempDir = () => {
  const d = mkdtempSync(join(tmpdir(), 'minutebook-import-'));
  made.push(d);
  return d;
};

const COVER =
  p('Fernbrook Allotment Society Committee', 'Title') +
  p('Minutes of Meeting 12', 'Subtitle') +
  p('Date: 14th March 2026') +
  p('Time: 19.00 – 20.30') +
  p('Venue: The Pavilion, Fernbrook') +
  p('Present: Ada Pike (Chair), Tom Reeve, Ines Carver (Secretary)') +
  p('Apologies: Kit Morrow and Olu Bankole');

const convert = (body: string, extra: Partial<Parameters<typeof wordPackage>[0]> = {}, o: Partial<Parameters<typeof convertDocx>[1]> = {}) =>
  convertDocx(wordPackage({ body, ...extra }), { source: 'test.docx', changes: 'accept', split: false, ...o });

describe('import: front matter from what the document says', () => {
  it('reads committee, number, date, times, venue, present and apologies from the title and the first lines', async () => {
    const { files } = await convert(COVER + p('Heading text', 'Heading1') + p('The plots were allocated.'));
    expect(files).toHaveLength(1);
    const f = files[0]!;
    expect(f.base).toBe('2026-03-14-fernbrook-allotment-society-committee');
    expect(f.markdown).toContain('committee: Fernbrook Allotment Society Committee\n');
    expect(f.markdown).toContain('meeting: 12\n');
    expect(f.markdown).toContain('date: 2026-03-14\n');
    expect(f.markdown).toContain('start: "19:00"\nend: "20:30"\n');
    expect(f.markdown).toContain('venue: The Pavilion, Fernbrook\n');
    expect(f.markdown).toMatch(/attendees:\n {2}- Ada Pike \(Chair\)\n {2}- Tom Reeve\n {2}- Ines Carver \(Secretary\)\n/);
    expect(f.markdown).toMatch(/apologies:\n {2}- Kit Morrow\n {2}- Olu Bankole\n/);
    // The Title is the one `#` heading; Heading 1 is a section under it.
    expect(f.markdown).toContain('\n# Fernbrook Allotment Society Committee\n');
    expect(f.markdown).toContain('\n## Heading text\n');
    expect(f.markdown).toContain('Minutes of Meeting 12');
    expect(f.notFound).toEqual([]);
  });

  it('writes TODO for a required value not found, and says what was not found; it never guesses', async () => {
    const { files } = await convert(p('Some notes of a chat.') + p('We talked about compost.'));
    const f = files[0]!;
    expect(f.base).toBe('undated-test');
    expect(f.markdown).toContain('committee: TODO\n');
    expect(f.markdown).toContain('date: TODO\n');
    expect(f.markdown).toContain('attendees:\n  - TODO\n');
    expect(f.notFound).toEqual(expect.arrayContaining(['committee', 'date', 'attendees', 'venue', 'meeting number']));
  });

  it('reads an attendee table with initials and organisation, and a cover table of labels', async () => {
    const cover = table(row(cell('Meeting date'), cell('2026-02-03'), cell('Venue'), cell('Online')), row(cell('Meeting time'), cell('10:00 – 11:30'), cell('Status'), cell('Draft')));
    const people = table(row(cell('Name'), cell('Abbreviation'), cell('Organisation')), row(cell('Ada Pike'), cell('AP'), cell('Hollins Trust')), row(cell('Tom Reeve'), cell('TR'), cell('NorthLab')));
    const { files } = await convert(p('Third meeting of the Compost Working Group', 'Title') + cover + people);
    const md = files[0]!.markdown;
    expect(md).toContain('committee: Compost Working Group\n');
    expect(md).toContain('meeting: 3\n');
    expect(md).toContain('date: 2026-02-03\n');
    expect(md).toContain('start: "10:00"\nend: "11:30"\n');
    expect(md).toContain('venue: Online\n');
    expect(md).toContain('  - Ada Pike (AP), Hollins Trust\n');
  });

  it('reads "Present from <site>:" groups as categories, and ": name" continuation lines', async () => {
    const site = p('Minutes of the Orchard Board', 'Title') + p('Date: 2 May 2026') + p('Present from North Site: Ada Pike, Tom Reeve') + p('Present from South Site: Ines Carver');
    const md = (await convert(site)).files[0]!.markdown;
    expect(md).toMatch(/attendees:\n {2}North Site:\n {4}- Ada Pike\n {4}- Tom Reeve\n {2}South Site:\n {4}- Ines Carver\n/);
    const lines = `<w:p><w:r><w:t xml:space="preserve">Present\t: Ada Pike (Chair)</w:t></w:r><w:r><w:br/><w:t>: Tom Reeve</w:t></w:r><w:r><w:br/><w:t>: Ines Carver</w:t></w:r></w:p>`;
    const md2 = (await convert(p('Minutes of the Orchard Board', 'Title') + p('Date\t: 21-October-2025') + lines)).files[0]!.markdown;
    expect(md2).toContain('date: 2025-10-21\n');
    expect(md2).toMatch(/attendees:\n {2}- Ada Pike \(Chair\)\n {2}- Tom Reeve\n {2}- Ines Carver\n/);
  });
});

describe('import: the front matter from the model\'s readers of the body', () => {
  it('reads sentences of those present, as check reads them in Markdown', async () => {
    const body = p('Minutes of the Orchard Board', 'Title') + p('Date: 2 May 2026') + p('Directors Ada Pike and Tom Reeve were present. Ines Carver was also present.') + p('Apologies: Kit Morrow');
    const md = (await convert(body)).files[0]!.markdown;
    expect(md).toMatch(/attendees:\n {2}- Ada Pike\n {2}- Tom Reeve\napologies:\n {2}- Kit Morrow\nparticipants:\n {2}- Ines Carver\n/);
  });

  it('a count of people is not a list: attendees stay TODO, said on screen', async () => {
    const f = (await convert(p('Minutes of the Orchard Board Meeting 2 May 2026') + p('Approximately forty members of the community were in attendance.'))).files[0]!;
    expect(f.markdown).toContain('attendees:\n  - TODO\n');
    expect(f.notFound).toContain('attendees');
  });
});

describe('import: the body as written', () => {
  it('keeps list numbers: a list continued after a paragraph, and one that starts at 5', async () => {
    const body = item('First', 1) + item('Second', 1) + p('A paragraph between.') + item('Third', 1) + item('Fifth', 2) + item('Sixth', 2);
    const md = (await convert(body, { numbering: NUMBERING })).files[0]!.markdown;
    expect(md).toMatch(/1\. First\n2\. Second\n\nA paragraph between\.\n\n3\. Third\n/);
    // Markdown needs another delimiter for a list right after a list.
    expect(md).toMatch(/\n5\) Fifth\n6\) Sixth\n/);
  });

  it('a rectangular table of plain cells is a GFM table, its first row the header, no empty header made up', async () => {
    const md = (await convert(table(row(cell('Action'), cell('Owner')), row(cell('Order seed potatoes'), cell('Ada Pike'))))).files[0]!.markdown;
    expect(md).toContain('\n| Action              | Owner    |\n| ------------------- | -------- |\n| Order seed potatoes | Ada Pike |\n');
    expect(md).not.toMatch(/\|\s+\|\s+\|\n\| -/);
  });

  it('paragraphs and lists in a cell are lines of a GFM cell; a row across the table is a caption above it', async () => {
    const caption = row(cell('List of Participants', '<w:gridSpan w:val="2"/>'));
    const blocks = row(cell('Item'), cell(p('One paragraph') + p('and another') + item('a point', 1)));
    const { files, report } = await convert(table(caption, row(cell('Topic'), cell('Notes')), blocks), { numbering: NUMBERING });
    const md = files[0]!.markdown;
    expect(md).toContain('\nList of Participants\n\n| Topic | Notes');
    expect(md).toContain('| Item  | One paragraph<br>and another<br>1. a point |');
    expect(report.htmlTables).toBe(0);
  });

  it('cells merged down a column keep an HTML table, counted in the report', async () => {
    const merged = table(row(cell('Paths', '<w:vMerge w:val="restart"/>'), cell('gravel')), row(cell('', '<w:vMerge/>'), cell('edging')));
    const { files, report } = await convert(merged);
    expect(files[0]!.markdown).toContain('<td rowspan="2"><p>Paths</p></td>');
    expect(report.htmlTables).toBe(1);
    expect(report.lost.get('merged cells kept as HTML')).toBe(1);
  });

  it('a table holding the discussion becomes headings and paragraphs', async () => {
    const long = 'The committee discussed the state of the paths at length and agreed that they need new gravel before the spring open day. '.repeat(3);
    const rows = [row(cell('Item'), cell('Discussion'), cell('Actions'))];
    for (const [n, title] of [['01', 'Welcome'], ['02', 'Paths'], ['03', 'Open day']]) {
      rows.push(row(cell(bold(n!)), cell(bold(title!)), cell('')));
      rows.push(row(cell(''), cell(p(long) + p(long) + p('No objections were raised.')), cell('Tom Reeve to order gravel.')));
    }
    const { files, report } = await convert(p('Orchard Board', 'Title') + table(...rows));
    const md = files[0]!.markdown;
    expect(report.unrolledTables).toBe(1);
    expect(md).toContain('\n## 01 Welcome\n');
    expect(md).toContain('\n## 03 Open day\n');
    expect(md).toContain('\nTom Reeve to order gravel.\n');
    expect(md).not.toContain('<table');
    expect(md).not.toMatch(/^\|/m);
  });

  it('Title, Subtitle and headings in localised style names come through', async () => {
    const md = (await convert(p('Orchard Board', 'Title') + p('Annual meeting', 'Subtitle') + p('Finances', 'Titre2'))).files[0]!.markdown;
    expect(md).toContain('# Orchard Board\n');
    expect(md).toContain('\nAnnual meeting\n');
    expect(md).toContain('\n### Finances\n');
  });

  it('bold pseudo-headings become headings where the document has no heading styles', async () => {
    const md = (await convert(bold('Treasurer report') + p('Funds are healthy.') + bold('Any other business') + p('None.'))).files[0]!.markdown;
    expect(md).toContain('## Treasurer report\n');
    expect(md).toContain('## Any other business\n');
  });
});

describe('import: nothing lost in silence', () => {
  const changed = p('Harvest') + `<w:p><w:r><w:t xml:space="preserve">The show is on </w:t></w:r><w:del w:id="1" w:author="Ada Pike"><w:r><w:delText>Saturday</w:delText></w:r></w:del><w:ins w:id="2" w:author="Ada Pike"><w:r><w:t>Sunday</w:t></w:r></w:ins><w:r><w:t>.</w:t></w:r></w:p>`;

  it('tracked changes are accepted by default and counted', async () => {
    const { files, report } = await convert(changed);
    expect(files[0]!.markdown).toContain('The show is on Sunday.');
    expect(files[0]!.markdown).not.toContain('Saturday');
    expect(report.changes).toBe(2);
    expect(report.changesMode).toBe('accept');
  });

  it('--changes reject takes the document as it was before', async () => {
    const { files, report } = await convert(changed, {}, { changes: 'reject' });
    expect(files[0]!.markdown).toContain('The show is on Saturday.');
    expect(files[0]!.markdown).not.toContain('Sunday');
    expect(report.changes).toBe(2);
  });

  it('a comment becomes an HTML comment at its place, with its author', async () => {
    const body = `<w:p><w:commentRangeStart w:id="0"/><w:r><w:t>The budget is agreed.</w:t></w:r><w:commentRangeEnd w:id="0"/><w:r><w:commentReference w:id="0"/></w:r><w:r><w:t xml:space="preserve"> Next item.</w:t></w:r></w:p>`;
    const comments = `<w:comment w:id="0" w:author="Tom Reeve"><w:p><w:r><w:t>Is this -- really agreed?</w:t></w:r></w:p></w:comment>`;
    const { files, report } = await convert(body, { comments });
    expect(files[0]!.markdown).toContain('The budget is agreed.<!-- comment by Tom Reeve: Is this – really agreed? --> Next item.');
    expect(report.comments).toBe(1);
  });

  it('header text is counted as not carried over, and a broken field is dropped with a note', async () => {
    const { files, report } = await convert(p('See the plan on page Error! Bookmark not defined. for details.'), { header: p('Fernbrook Allotment Society letterhead') });
    expect(files[0]!.markdown).toContain('See the plan on page  for details.'.replace('  ', ' ').replace('page for', 'page') === '' ? '' : 'See the plan on page');
    expect(files[0]!.markdown).not.toContain('Error!');
    expect(report.dropped.get('broken fields')).toBe(1);
    expect(report.lost.get('header and footer text')).toBe(1);
  });

  it('what is not a Word document is said in one line', async () => {
    const bad = async (bytes: Uint8Array) => {
      try {
        await convertDocx(bytes, { source: 'x.docx', changes: 'accept', split: false });
        return 'converted';
      } catch (e) {
        expect(e).toBeInstanceOf(NotWordError);
        return (e as Error).message;
      }
    };
    expect(await bad(new TextEncoder().encode('just text'))).toMatch(/^not a Word document/);
    expect(await bad(new Uint8Array(0))).toBe('the file is empty');
    const ole = new Uint8Array(600);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    expect(await bad(ole)).toMatch(/\.doc file/);
    ole.set(new Uint8Array(Buffer.from('EncryptionInfo', 'utf16le')), 200);
    expect(await bad(ole)).toMatch(/encrypted/);
    const zip = wordPackage({ body: p('x') });
    expect(await bad(zip.slice(0, zip.length / 2))).toMatch(/damaged/);
  });
});

describe('import: one document, many meetings', () => {
  it('--split cuts at each meeting title, each file with its own date', async () => {
    // "The January 9, 2024 meeting minutes were approved" names the last meeting: no cut there.
    const meeting = (d: string) => p(`Minutes of the Orchard Board Meeting ${d}`) + p('Present: Ada Pike, Tom Reeve') + p(`Minutes: The ${d} meeting minutes were approved as presented.`);
    const body = meeting('January 9, 2024') + meeting('February 13, 2024') + meeting('March 12, 2024');
    const { files } = await convert(body, {}, { split: true });
    expect(files.map((f) => f.base)).toEqual(['2024-01-09-orchard-board', '2024-02-13-orchard-board', '2024-03-12-orchard-board']);
    const whole = await convert(body);
    expect(whole.files).toHaveLength(1);
    // "Meeting: <date>" alone opens a meeting too (a scanned letterhead above it unreadable).
    const labelled = await convert(meeting('January 9, 2024') + p('Meeting: February 13, 2024') + p('Present: Ada Pike'), {}, { split: true });
    expect(labelled.files.map((f) => f.base.slice(0, 10))).toEqual(['2024-01-09', '2024-02-13']);
    // "approved Minutes" over the date on the next line, as later minutes head themselves.
    const marked = await convert(meeting('January 9, 2024') + p('approved Minutes') + p('Feb 20, 2024 6:30-8:30 P.M.') + p('Present: Ada Pike'), {}, { split: true });
    expect(marked.files.map((f) => f.base.slice(0, 10))).toEqual(['2024-01-09', '2024-02-20']);
  });

  it('a letterhead above a title opens that meeting; a sentence of the business names no committee', async () => {
    const meeting = (d: string) => p('ORCHARD LANE ALLOTMENT SOCIETY') + p(`Minutes of Board Meeting: ${d}`) + p('Present: Ada Pike, Tom Reeve') + p('Board Member Ada Pike called the meeting to order.');
    const { files } = await convert(meeting('January 9, 2024') + meeting('February 13, 2024'), {}, { split: true });
    expect(files.map((f) => /^committee: (.*)$/m.exec(f.markdown)?.[1])).toEqual(['ORCHARD LANE ALLOTMENT SOCIETY', 'ORCHARD LANE ALLOTMENT SOCIETY']);
    expect(files[0]!.markdown.trimEnd()).toMatch(/called the meeting to order\.$/);
    const bare = await convert(p('Minutes of Board Meeting: January 9, 2024') + p('Present: Ada Pike') + p('Board Member Ada Pike called the meeting to order.'));
    expect(bare.files[0]!.markdown).toContain('committee: TODO\n');
  });

  it('takes a meeting number from the title only, never from "our first meeting in …" or "the April 23rd meeting"', async () => {
    const body = p('Minutes of the Orchard Board Meeting March 12, 2024') + p('Present: Ada Pike, Tom Reeve') + p('This was our first meeting in the new hall; the April 23rd meeting will be in the old one.');
    const { files } = await convert(body, {}, { split: true });
    expect(files[0]!.markdown).not.toMatch(/^meeting:/m);
    expect(files[0]!.notFound).toContain('meeting number');
  });
});

describe('an HTML table left by the import, in build', () => {
  it('is drawn as a table with its merged cells in HTML and DOCX, not shown as markup; the DOCX is valid', (ctx) => {
    const dir = tempDir();
    const merged = table(row(cell('Paths', '<w:vMerge w:val="restart"/>'), cell('gravel')), row(cell('', '<w:vMerge/>'), cell('edging')), row(cell('Sheds'), cell('two')));
    writeFileSync(join(dir, 'paths.docx'), wordPackage({ body: COVER + p('Paths', 'Heading1') + merged + p('Agreed.') }));
    expect(runCli(['import', join(dir, 'paths.docx'), '--out', join(dir, 'md')]).code).toBe(0);
    const md = readdirSync(join(dir, 'md')).find((f) => f.endsWith('.md'))!;
    expect(readFileSync(join(dir, 'md', md), 'utf8')).toContain('<td rowspan="2">');
    for (const format of ['html', 'docx']) expect(runCli(['build', '--format', format, '--force', '-o', join(dir, 'out'), join(dir, 'md', md)]).code).toBe(0);
    const html = readFileSync(join(dir, 'out', md.replace(/\.md$/, '.html')), 'utf8');
    expect(html).toMatch(/<td class="md-cell" valign="top" rowspan="2"><p class="cell">Paths<\/p><\/td>/);
    expect(html).not.toContain('&lt;table');
    const docx = join(dir, 'out', md.replace(/\.md$/, '.docx'));
    const xml = unzipSync(readFileSync(docx))['word/document.xml']!;
    const text = new TextDecoder().decode(xml);
    expect(text).toContain('<w:vMerge w:val="restart"/>');
    expect(text).not.toContain('&lt;table');
    skipUnless(ctx, requireValidateDocx());
    const v = spawnSync(validateDocxPath(), [docx], { encoding: 'utf8' });
    expect(v.stdout + v.stderr).toBe('');
  }, 60_000);
});

describe('minutebook import (the CLI)', () => {
  const docx = (dir: string, name: string, body: string) => {
    writeFileSync(join(dir, name), wordPackage({ body }));
    return join(dir, name);
  };

  it('writes one file per meeting, never over an existing one without --force; --dry-run writes nothing', () => {
    const dir = tempDir();
    const input = docx(dir, 'march.docx', COVER + p('Plots', 'Heading1') + p('All plots let.'));
    const out = join(dir, 'minutes');
    const dry = runCli(['import', input, '--out', out, '--dry-run']);
    expect(dry.code, dry.stderr).toBe(0);
    expect(dry.stdout).toContain(`would write ${join(out, '2026-03-14-fernbrook-allotment-society-committee.md')}`);
    expect(existsSync(out)).toBe(false);
    const first = runCli(['import', input, '--out', out]);
    expect(first.code, first.stderr).toBe(0);
    expect(readdirSync(out)).toEqual(['2026-03-14-fernbrook-allotment-society-committee.md']);
    expect(first.stderr).toMatch(/imported 1 of 1 file: 1 meeting, 0 pictures, into .* in [\d.]+ s\n$/);
    const again = runCli(['import', input, '--out', out]);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('already exists (use --force to overwrite)');
    expect(runCli(['import', input, '--out', out, '--force']).code).toBe(0);
    // What it wrote checks: the front matter is complete, nothing left to fill in.
    const check = runCli(['check', out]);
    expect(check.stdout + check.stderr).not.toMatch(/placeholder|internal error|\n\s+at /);
  });

  it('a folder with a file that is not Word: one line for it, the others imported, exit 1', () => {
    const dir = tempDir();
    const folder = join(dir, 'archive');
    mkdirSync(folder);
    docx(folder, 'a.docx', COVER);
    writeFileSync(join(folder, 'b.docx'), 'not a zip');
    const r = runCli(['import', folder, '--out', join(dir, 'out')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${join(folder, 'b.docx')}: not a Word document`);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(r.stderr).toMatch(/imported 1 of 2 files: .*; 1 failed\n$/);
    expect(readdirSync(join(dir, 'out'))).toHaveLength(1);
  });

  it('--strict makes anything not carried over an error', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'h.docx'), wordPackage({ body: COVER, header: p('Letterhead text') }));
    const r = runCli(['import', join(dir, 'h.docx'), '--out', join(dir, 'out'), '--strict']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('--strict and not everything was carried over: not carried over: header and footer text 1');
    expect(existsSync(join(dir, 'out'))).toBe(false);
  });

  it('the importer is a bundle of its own that check never loads', () => {
    const cli = readFileSync(join(__dirname, '..', 'dist', 'cli.cjs'), 'utf8');
    expect(cli).not.toContain('mammoth');
    expect(cli).toContain('require("./import.cjs")');
  });
});
