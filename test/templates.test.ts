/**
 * Templates as users override them, for HTML and DOCX alike: real builds of an example with a
 * templates folder, read back from the written files. Both formats get the same view model and
 * the same helpers, an error names the user's own file and line, a user's styles part is used or
 * refused, and the two formats show the same headings and table columns.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, runCli } from './helpers/cli.js';
import { requireValidateDocx, skipUnless, validateDocxPath } from './helpers/programs.js';

const EXAMPLE = 'examples/dxog/2026-01-19-dxog-17.md';
const NAME = '2026-01-19-dxog-17';
const work = mkdtempSync(join(tmpdir(), 'minutebook-templates-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

let folders = 0;
/** A templates folder holding the given files (paths relative to it). */
function templates(files: Record<string, string>): string {
  const dir = join(work, `tpl-${++folders}`);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

function build(args: string[]) {
  const out = join(work, `out-${++folders}`);
  const r = runCli(['build', '--format', 'html,docx', '-o', out, EXAMPLE, ...args]);
  const html = join(out, `${NAME}.html`);
  const docx = join(out, `${NAME}.docx`);
  return {
    ...r,
    docxPath: docx,
    html: existsSync(html) ? readFileSync(html, 'utf8') : undefined,
    docx: existsSync(docx) ? parts(docx) : undefined,
  };
}

function parts(docx: string): Record<string, string> {
  const files = unzipSync(readFileSync(docx));
  return Object.fromEntries(Object.entries(files).filter(([p]) => /\.(xml|rels)$/.test(p)).map(([p, d]) => [p, strFromU8(d)]));
}

const decode = (s: string) =>
  s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#x27;|&apos;/g, "'").replace(/&#x3D;/g, '=').replace(/&amp;/g, '&');
const squash = (s: string) => decode(s).replace(/\s+/g, ' ').trim();
/** The text of a piece of WordprocessingML: its w:t contents, in order. */
const wmlText = (xml: string) => squash([...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''));
const htmlText = (html: string) => squash(html.replace(/<[^>]+>/g, ''));

/** The same expressions, written once for each format: view-model fields and helpers. */
const PROBE = '{{titleBlock.title}} | {{date titleBlock.date "short"}} | {{plural counts.newActions "action"}} | {{#with (lookup attendees 0)}}{{join people ", " key="name"}}{{/with}} | {{#if (and banner (gt counts.decisions 1))}}{{banner.label}}{{/if}}';

describe('the same view model and helpers for HTML and DOCX', () => {
  it('a user title-block partial renders the title block and helpers alike in both formats', () => {
    const dir = templates({
      'html/partials/title-block.hbs': `<h1 class="probe">${PROBE}</h1>\n`,
      'docx/partials/title-block.xml.hbs': `<w:p><w:pPr><w:pStyle w:val="{{@styles.Title}}"/></w:pPr><w:r><w:t xml:space="preserve">${PROBE}</w:t></w:r></w:p>\n`,
    });
    const r = build(['--templates', dir]);
    expect({ code: r.code, stderr: r.stderr }).toEqual({ code: 0, stderr: '' });
    const expected = 'Data Exchange Operations Group Meeting | 19/01/2026 | 7 actions | Harriet Quill | TLP:GREEN';
    const fromHtml = htmlText(/<h1 class="probe">([\s\S]*?)<\/h1>/.exec(r.html!)![1]!);
    const fromDocx = wmlText(/<w:p><w:pPr><w:pStyle w:val="Title"\/>[\s\S]*?<\/w:p>/.exec(r.docx!['word/document.xml']!)![0]);
    expect(fromHtml).toBe(expected);
    expect(fromDocx).toBe(expected);
  });

  it('markdown and inline write each format\u2019s markup from the same mdast', () => {
    const dir = templates({
      'html/partials/agenda-item.hbs': '<h2 class="probe">{{number}} {{inline titleContent}}</h2>{{#each blocks}}{{#if (eq kind "markdown")}}{{markdown nodes}}{{/if}}{{/each}}\n',
      'docx/partials/agenda-item.xml.hbs':
        '<w:p><w:pPr><w:pStyle w:val="{{@styles.Heading1}}"/></w:pPr><w:r><w:t xml:space="preserve">{{number}} </w:t></w:r>{{inline titleContent}}</w:p>{{#each blocks}}{{#if (eq kind "markdown")}}{{markdown nodes}}{{/if}}{{/each}}\n',
    });
    const r = build(['--templates', dir]);
    expect({ code: r.code, stderr: r.stderr }).toEqual({ code: 0, stderr: '' });
    const source = readFileSync(join(ROOT, EXAMPLE), 'utf8');
    const firstParagraph = /^## .*\n\n(.+)$/m.exec(source)![1]!;
    expect(htmlText(r.html!)).toContain(squash(firstParagraph));
    expect(wmlText(r.docx!['word/document.xml']!)).toContain(squash(firstParagraph));
  });
});

describe('template errors name the user\u2019s file and line', () => {
  const cases: Array<{ what: string; file: string; text: string; line: number; reason: RegExp }> = [
    { what: 'a DOCX partial that does not parse', file: 'docx/partials/new-actions.xml.hbs', text: '<w:p/>\n{{#each newActions}}\n<w:p/>\n', line: 4, reason: /Expecting/ },
    { what: 'a DOCX partial calling an unknown helper', file: 'docx/partials/decisions.xml.hbs', text: '<w:p/>\n<w:p/>\n{{shout titleBlock.title}}\n', line: 3, reason: /Missing helper: "shout"/ },
    { what: 'a DOCX partial calling a missing partial', file: 'docx/partials/next-meetings.xml.hbs', text: '<w:p/>\n{{> no-such-partial}}\n', line: 2, reason: /no-such-partial/ },
    { what: 'an HTML partial calling an unknown helper', file: 'html/partials/decisions.hbs', text: '<p>one</p>\n\n<p>{{shout titleBlock.title}}</p>\n', line: 3, reason: /Missing helper: "shout"/ },
  ];
  for (const c of cases) {
    it(c.what, () => {
      const dir = templates({ [c.file]: c.text });
      const r = build(['--templates', dir]);
      expect(r.code).toBe(2);
      const lines = r.stderr.trim().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toContain(`template error: ${join(dir, c.file)}:${c.line}: `);
      expect(lines[0]).toMatch(c.reason);
      expect(r.stderr).not.toContain('templates/docx/document.xml.hbs');
      expect(r.html).toBeUndefined();
      expect(r.docx).toBeUndefined();
    });
  }

  it('a wording file with a word missing is named with the line of its group', () => {
    const wording = readFileSync(join(ROOT, 'templates', 'wording.yaml'), 'utf8').replace('  closed: Closed\n', '');
    const dir = templates({ 'wording.yaml': wording });
    const r = build(['--templates', dir]);
    expect(r.code).toBe(2);
    const line = wording.split('\n').findIndex((l) => l.startsWith('actionStatus:')) + 1;
    expect(r.stderr.trim()).toBe(`minutebook: template error: ${join(dir, 'wording.yaml')}:${line}: actionStatus.closed is missing`);
  });
});

describe('the wording file', () => {
  it('changes the words of both formats', () => {
    const wording = readFileSync(join(ROOT, 'templates', 'wording.yaml'), 'utf8')
      .replace('final: Minutes', 'final: Minutes of the Meeting')
      .replace('chair: Chair', 'chair: Presiding')
      .replace('noRevisedDate: N/A', 'noRevisedDate: "—"');
    const r = build(['--templates', templates({ 'wording.yaml': wording })]);
    expect({ code: r.code, stderr: r.stderr }).toEqual({ code: 0, stderr: '' });
    for (const text of [htmlText(r.html!), wmlText(r.docx!['word/document.xml']!)]) {
      expect(text).toContain('Minutes of the Meeting');
      expect(text).toContain('Harriet Quill (Presiding)');
      expect(text).not.toContain('N/A');
      expect(text).toContain('—');
    }
  });
});

describe('a user styles part (docx/word/styles.xml)', () => {
  const ours = readFileSync(join(ROOT, 'templates', 'docx', 'word', 'styles.xml'), 'utf8');

  // A styles part as another program writes it: its own ids, one of our styles restyled.
  const theirs = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Georgia" w:hAnsi="Georgia" w:cs="Georgia"/><w:sz w:val="22"/></w:rPr></w:rPrDefault><w:pPrDefault/></w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="Standard"><w:name w:val="Normal"/><w:qFormat/></w:style>
<w:style w:type="paragraph" w:styleId="HouseTitle"><w:name w:val="Title"/><w:basedOn w:val="Standard"/><w:qFormat/><w:rPr><w:rFonts w:ascii="Georgia" w:hAnsi="Georgia" w:cs="Georgia"/><w:color w:val="7B2D26"/><w:sz w:val="44"/></w:rPr></w:style>
</w:styles>
`;

  it('is used: its styles are matched by name, and ours fill its gaps', () => {
    const r = build(['--templates', templates({ 'docx/word/styles.xml': theirs })]);
    expect({ code: r.code, stderr: r.stderr }).toEqual({ code: 0, stderr: '' });
    const styles = r.docx!['word/styles.xml']!;
    expect(styles).toContain('<w:style w:type="paragraph" w:styleId="HouseTitle"><w:name w:val="Title"/>');
    expect(styles).toContain('<w:color w:val="7B2D26"/>');
    // Our styles the part lacks are added, so that every style the document names exists.
    const defined = new Set([...styles.matchAll(/w:styleId="([^"]+)"/g)].map((m) => m[1]));
    const used = new Set([...r.docx!['word/document.xml']!.matchAll(/<w:(?:pStyle|rStyle|tblStyle) w:val="([^"]+)"/g)].map((m) => m[1]));
    for (const id of used) expect({ id, defined: defined.has(id) }).toEqual({ id, defined: true });
    expect(r.docx!['word/document.xml']).toContain('<w:pStyle w:val="HouseTitle"/>');
    expect(r.docx!['word/document.xml']).not.toContain('<w:pStyle w:val="Title"/>');
    expect(styles).not.toBe(ours);
  });

  it('the document built with it passes validate-docx', (ctx) => {
    skipUnless(ctx, requireValidateDocx());
    const r = build(['--templates', templates({ 'docx/word/styles.xml': theirs })]);
    expect(r.code, r.stderr).toBe(0);
    const v = spawnSync(validateDocxPath(), [r.docxPath], { encoding: 'utf8' });
    expect({ code: v.status, problems: v.stdout + v.stderr }).toEqual({ code: 0, problems: '' });
  });

  it('is refused with one clear line when it is not a styles part, and nothing is written', () => {
    const dir = templates({ 'docx/word/styles.xml': '<?xml version="1.0"?>\n<styles><style name="Title"/></styles>\n' });
    const r = build(['--templates', dir]);
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toBe(
      `minutebook: template error: ${join(dir, 'docx', 'word', 'styles.xml')}: not a WordprocessingML styles part (its root must be <w:styles> in the http://schemas.openxmlformats.org/wordprocessingml/2006/main namespace)`,
    );
    expect(r.docx).toBeUndefined();
    expect(r.html).toBeUndefined();
  });

  it('is refused when a reference document gives the styles too', () => {
    const ref = join(work, 'reference.docx');
    const first = build([]);
    writeFileSync(ref, readFileSync(first.docxPath));
    const restyled = ours.replace('<w:name w:val="Title"/>', '<w:name w:val="Title"/><w:uiPriority w:val="10"/>');
    const dir = templates({ 'docx/word/styles.xml': restyled });
    const r = build(['--templates', dir, '--reference-doc', ref]);
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toBe(
      `minutebook: template error: ${join(dir, 'docx', 'word', 'styles.xml')}: the reference document gives the styles too: keep the styles in one of the two`,
    );
  });
});

describe('HTML and DOCX agree', () => {
  let built: ReturnType<typeof build> | undefined;
  const output = () => (built ??= build([]));

  /** Heading texts: h2/h3 of the HTML, Heading 1/2 paragraphs of the DOCX. */
  const htmlHeadings = (html: string) => [...html.matchAll(/<h([23])>([\s\S]*?)<\/h\1>/g)].map((m) => `${m[1] === '2' ? 1 : 2} ${htmlText(m[2]!)}`);
  const docxHeadings = (xml: string) =>
    [...xml.matchAll(/<w:p><w:pPr><w:pStyle w:val="Heading([12])"\/>[\s\S]*?<\/w:p>/g)].map((m) => `${m[1]} ${wmlText(m[0])}`);
  /** Each table's header row, as its cells' texts. */
  const htmlColumns = (html: string) =>
    [...html.matchAll(/<table[^>]*>\s*<tr>([\s\S]*?)<\/tr>/g)]
      .filter((m) => m[1]!.includes('<th'))
      .map((m) => [...m[1]!.matchAll(/<th[^>]*>([\s\S]*?)<\/th>/g)].map((c) => htmlText(c[1]!)));
  const docxColumns = (xml: string) =>
    [...xml.matchAll(/<w:tbl>[\s\S]*?<w:tr><w:trPr><w:cantSplit\/><w:tblHeader\/><\/w:trPr>([\s\S]*?)<\/w:tr>/g)].map((m) =>
      [...m[1]!.matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)].map((c) => wmlText(c[1]!)),
    );
  /** Labels over the people tables and the next meetings. */
  const htmlLabels = (html: string) => [...html.matchAll(/<p class="section-label">([\s\S]*?)<\/p>/g)].map((m) => htmlText(m[1]!));
  const docxLabels = (xml: string) => [...xml.matchAll(/<w:p><w:pPr><w:pStyle w:val="SectionLabel"\/>[\s\S]*?<\/w:p>/g)].map((m) => wmlText(m[0]));

  it('on the headings, in order', () => {
    const r = output();
    expect(r.code).toBe(0);
    const h = htmlHeadings(r.html!);
    expect(h).toContain('1 Summary of Actions Arising');
    expect(h.length).toBeGreaterThan(5);
    expect(docxHeadings(r.docx!['word/document.xml']!)).toEqual(h);
    expect(docxLabels(r.docx!['word/document.xml']!)).toEqual(htmlLabels(r.html!));
  });

  it('on the columns of every table, in order', () => {
    const r = output();
    const c = htmlColumns(r.html!);
    expect(c).toContainEqual(['Action ID', 'Action', 'Date Raised', 'Last Target Date', 'Revised Target Date', 'Owner', 'Status']);
    expect(c).toContainEqual(['Item', 'Decision', 'Minute']);
    expect(c.length).toBeGreaterThanOrEqual(6);
    expect(docxColumns(r.docx!['word/document.xml']!)).toEqual(c);
  });
});

describe('a malicious DOCX template', () => {
  it('reaches no prototype or constructor through the view model or the data variables', () => {
    const marker = join(work, 'pwned');
    const payload = `process.mainModule.require('fs').writeFileSync('${marker}', 'x')`;
    const probes = ['{{lookup @styles "__proto__"}}', '{{@styles.constructor.name}}', '{{@page.constructor.name}}', '{{#with (lookup @page "constructor") as |c|}}{{c.name}}{{/with}}', '{{titleBlock.constructor.name}}'];
    const partial = probes.map((p, i) => `<w:p><w:r><w:t xml:space="preserve">probe${i}[${p}]</w:t></w:r></w:p>`).join('\n');
    const r = build(['--templates', templates({ 'docx/partials/title-block.xml.hbs': partial })]);
    expect({ code: r.code, stderr: r.stderr }).toEqual({ code: 0, stderr: '' });
    const text = wmlText(r.docx!['word/document.xml']!);
    probes.forEach((_, i) => expect(text).toContain(`probe${i}[]`));
    const call = build(['--templates', templates({ 'docx/partials/title-block.xml.hbs': `<w:p><w:r><w:t>{{@styles.constructor.constructor "${payload}"}}</w:t></w:r></w:p>` })]);
    expect(call.code).toBe(2);
    expect(call.stderr).toMatch(/^minutebook: template error: .*title-block\.xml\.hbs:1: /);
    expect(existsSync(marker)).toBe(false);
  });
});
