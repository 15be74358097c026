/**
 * Minutes as groups already keep them (issue "Minutes as they are already kept"): no front
 * matter, or a website's; no configuration. The body says when the meeting was and who was
 * there; a folder is a series; a first day says what was read. Fictional committees only.
 */
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { keptGroups, pathDate, readKeptHead, type KeptHead } from '../src/model/readers/kept-head.js';
import { splitSiteMatter } from '../src/parse/site-matter.js';
import { unzipSync, strFromU8 } from 'fflate';
import { checkJson, runCli } from './helpers/cli.js';

const made: string[] = [];
const temp = (name: string) => {
  const d = mkdtempSync(join(tmpdir(), `minutebook-kept-${name}-`));
  made.push(d);
  return d;
};
afterAll(() => made.forEach((d) => rmSync(d, { recursive: true, force: true })));

const write = (dir: string, files: Record<string, string>) => {
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
};

const head = (text: string, path = 'minutes.md'): KeptHead => readKeptHead(text, 0, path);
const lists = (h: KeptHead) => keptGroups(h).map((g) => [g.list, g.entries.map((e) => e.text)]);

describe('what the body of kept minutes says (kept-head.ts)', () => {
  it('reads labelled lines, with their positions', () => {
    const text = '# Orchard Lane Allotment Society, 14 May 2025\n\nPresent: Wilma Tansy (chair), Odile Brack, Piers Hollin\nApologies: Grete Marrow\nMinute taker: Odile Brack\n';
    const h = head(text);
    expect(h.kind).toBe('minutes');
    expect(h.date).toMatchObject({ iso: '2025-05-14', source: 'body' });
    expect(text.slice(h.date!.start, h.date!.end)).toBe('14 May 2025');
    expect(lists(h)).toEqual([['attendees', ['Wilma Tansy (chair)', 'Odile Brack', 'Piers Hollin']], ['apologies', ['Grete Marrow']]]);
    const odile = keptGroups(h)[0]!.entries[1]!;
    expect(text.slice(odile.start, odile.end)).toBe('Odile Brack');
    expect(h.noteTaker?.text).toBe('Odile Brack');
  });

  it('reads a heading over a list, handles and organisations as written, and the other lists', () => {
    const h = head('## Attendees\n\n* Nell Ambry (@nambry)\n* Otto Vesk, Kestrel Labs (Voting Member)\n\nRegrets: Pia Lund\n\nObservers: Quin Rasp\n\n## Notes\n\nText.\n', 'notes/2024/CG-03-05.md');
    expect(h.date).toMatchObject({ iso: '2024-03-05', source: 'folder' });
    expect(lists(h)).toEqual([
      ['apologies', ['Pia Lund']],
      ['observers', ['Quin Rasp']],
      ['attendees', ['Nell Ambry (@nambry)', 'Otto Vesk, Kestrel Labs (Voting Member)']],
    ]);
  });

  it('reads "Full Name (nick)" lines joined by hard breaks, "Name - Chairman", "All except" and a count of the public', () => {
    const breaks = head('#### Present\n\nRuth Calder (Ruthie)  \nSol Venn (Sol)  \nTam Oake - Chairman\n\n#### Budget\n', '2006-10-20-exec.md');
    expect(lists(breaks)).toEqual([['attendees', ['Ruth Calder (Ruthie)', 'Sol Venn (Sol)', 'Tam Oake - Chairman']]]);
    const except = head('**Present** All except Ruth who was away, Sol\n', '2007-03-14-exec.md');
    expect(except.groups[0]!.all).toBe(true);
    expect(lists(except)).toEqual([['attendees', []], ['absent', ['Ruth', 'Sol']]]);
    const publicCount = head('1\\. Present: K Marl - Chairman, Mrs. Dove and 4 members of the public.\n', '2005-06-09-pc.md');
    expect(lists(publicCount)).toEqual([['attendees', ['K Marl - Chairman', 'Mrs. Dove', '4 members of the public']]]);
  });

  it('tells an agenda, a page without a date and one without attendance from minutes', () => {
    expect(head('## Agenda\n\n1. Opening\n1. Close\n\n## Meeting Notes\n\nTo be added after the meeting.\n', '2022/CG-04-26.md').kind).toBe('agenda-only');
    expect(head('## Agenda\n\n1. Opening\n\nCancelled: holiday.\n', '2022/CG-07-05.md').kind).toBe('agenda-only');
    expect(head('# Notes\n\nPresent: Ada Fenwick\n', 'notes.md').kind).toBe('no-date');
    expect(head('# 2025-01-10\n\n## Minutes\n\n- We met.\n', '2025-01-10.md').kind).toBe('no-attendance');
  });

  it('reads the chair and the note taker from prose', () => {
    const h = head('# 2025-02-07\n\nAttendance: all\n\n- Lena facilitating, Mo taking notes\n', '2025-02-07.md');
    expect([h.chair?.text, h.noteTaker?.text, h.groups[0]!.all]).toEqual(['Lena', 'Mo', true]);
  });

  it('finds dates in file names and folders', () => {
    expect(pathDate('minutes/exec-minutes-29-09-2006.md')?.iso).toBe('2006-09-29');
    expect(pathDate('2022/CG-06-21.md')).toEqual({ iso: '2022-06-21', source: 'folder' });
    expect(pathDate('notes.md')).toBeUndefined();
  });

  it('reads a parish website\'s pages: the date in a "held following … on" line or only in the title, numbered labels', () => {
    const following = head('Record of the Annual Meeting\n\nheld following the Parish Meeting on Tuesday, 13th May 2025\n\n1\\. Present:\n\nT. Oake - Chairman, Mrs Venn\n', 'site/2025/06/annual/index.md');
    expect([following.kind, following.date?.iso]).toEqual(['minutes', '2025-05-13']);
    const bare = head('Minutes of the July meeting\n\nmeeting held on Thursday 10th July 2025\n\n1 Present: T. Oake - Chairman, Mrs. Venn\n\n2\\. Apologies: Mrs. Calder.\n', 'site/2025/08/july/index.md');
    expect([bare.kind, bare.date?.iso, lists(bare)]).toEqual(['minutes', '2025-07-10', [['attendees', ['T. Oake - Chairman', 'Mrs. Venn']], ['apologies', ['Mrs. Calder']]]]);
    const page = '---\ntitle: "Minutes of the meeting held on Thursday 12th June 2025"\ndate: "2025-07-01"\n---\n\nParish Council Minutes\n\nPresent: T. Oake, Mrs. Venn\n';
    const start = page.indexOf('Minutes of the meeting');
    const titled = readKeptHead(page, page.indexOf('Parish'), 'site/2025/07/minutes/index.md', { siteDate: '2025-07-01', siteTitle: { start, end: page.indexOf('"', start) } });
    expect([titled.kind, titled.date?.iso, titled.date?.source]).toEqual(['minutes', '2025-06-12', 'title']);
    expect(page.slice(titled.date!.start, titled.date!.end)).toBe('Thursday 12th June 2025');
  });

  it('check reads a site page dated only by its title, at the title\'s date, and says once that the site dates it otherwise', () => {
    const dir = write(temp('titled'), {
      'news/2025/07/minutes/index.md': '---\ntitle: "Minutes of the Hollin Parish Council meeting held on Thursday 12th June 2025"\ndate: "2025-07-01"\ncategories:\n  - "parish-council"\n---\n\nParish Council Minutes\n\nPresent: T. Oake - Chairman, Mrs. Venn, P. Calder\n\nApologies: None\n\nThe meeting closed at 9 p.m.\n',
      'news/2025/07/fete/index.md': '---\ntitle: "Summer fete"\ndate: "2025-07-02"\n---\n\nThe fete raised £400.\n',
    });
    const r = checkJson([join(dir, 'news')]);
    expect(r.files.map((f) => f.path.split('/').slice(-2).join('/'))).toEqual(['minutes/index.md']);
    expect(r.files[0]!.messages.map((m) => [m.ruleId, m.line, m.message])).toEqual([
      ['frontmatter-body-mismatch', 2, expect.stringContaining("The site's front matter dates the page 2025-07-01 (line 3), but its title states 2025-06-12 (line 2)")],
    ]);
    // A site's page about something else is left aside for what it lacks, not for having front matter.
    expect(r.stderr).toContain('read 1 file as minutes, left aside 1 (1 no date)');
  });

  it('reads TOML, Pelican and Nikola metadata for their title and date', () => {
    const toml = splitSiteMatter('+++\ntitle = "Exec Minutes"\ndate = 2006-09-29\n\n[taxonomies]\ncategories = ["Minutes"]\n+++\n\nBody\n');
    expect([toml?.kind, toml?.title?.value, toml?.date?.value]).toEqual(['toml', 'Exec Minutes', '2006-09-29']);
    const pelican = splitSiteMatter('Title: Committee minutes\nDate: 2019-04-02 10:20\nCategory: minutes\n\nBody\n');
    expect([pelican?.kind, pelican?.date?.value]).toEqual(['pelican', '2019-04-02 10:20']);
    const nikola = splitSiteMatter('<!--\n.. title: Minutes\n.. date: 2019-04-02\n-->\n\nBody\n');
    expect([nikola?.kind, nikola?.date?.value]).toEqual(['nikola', '2019-04-02']);
    expect(splitSiteMatter('Present: Ada\n\nBody\n')).toBeUndefined();
  });
});

const MEETING = (date: string, extra = '') => `# Orchard Lane Allotment Society, ${date}

Present: Wilma Tansy, Odile Brack, Piers Hollin
Apologies: Grete Marrow

## 1. Water butts

Odile Brack to order two more water butts.
${extra}`;

describe('check, inspect, actions and init on a folder kept without front matter or configuration', () => {
  const folder = () =>
    write(temp('folder'), {
      'minutes/2025-03-12.md': MEETING('12 March 2025'),
      'minutes/2025-04-09.md': MEETING('9 April 2025', '\nSee the [March minutes](2025-03-12.html) and the [index](../index.html).\n'),
      'minutes/2025/2025-05-14.md': `+++\ntitle = "May minutes"\ndate = 2025-05-20\n\n[extra]\nauthor = "site"\n+++\n\n${MEETING('14 May 2025')}`,
      'minutes/2025-06-11.md': 'Title: June minutes\nDate: 2025-06-11\nCategory: minutes\n\n' + MEETING('11 June 2025'),
      'minutes/2025-07-09-agenda.md': '# Agenda for 9 July 2025\n\n## Agenda\n\n1. Water butts\n1. Any other business\n\n## Notes\n\nTo be added after the meeting.\n',
      'minutes/plot-rules.md': '# Plot rules\n\nKeep paths clear.\n',
      'index.md': '# Orchard Lane\n',
    });

  it('reads them as minutes and says on one line what was read and what was left aside', () => {
    const dir = folder();
    const r = checkJson([join(dir, 'minutes')]);
    expect(r.files.map((f) => f.path.split('/').pop()).sort()).toEqual(['2025-03-12.md', '2025-04-09.md', '2025-05-14.md', '2025-06-11.md']);
    expect(r.stderr).toContain('read 4 files as minutes, left aside 2 (1 agenda only, 1 no date); see what was understood with `minutebook inspect');
    // The site's date is when the page was posted: the text's date wins, and the difference is said once.
    const may = r.files.find((f) => f.path.endsWith('2025-05-14.md'))!;
    expect(may.messages.map((m) => [m.ruleId, m.line])).toEqual([['frontmatter-body-mismatch', 9]]);
    expect(may.messages[0]!.message).toContain('2025-05-20 (line 3)');
    // Links to the pages a site makes from the Markdown are not broken.
    expect(r.files.flatMap((f) => f.messages).filter((m) => m.ruleId === 'link-broken')).toEqual([]);
  });

  it("says nothing of a site page's relative links it cannot confirm, and still checks a plain file's", () => {
    const dir = write(temp('site-links'), {
      'minutes/2025-03-12.md': 'Title: March minutes\nDate: 2025-03-12\nCategory: minutes\n\n' + MEETING('12 March 2025', '\nBack to the [Main Page](index.html); the [plan](files/plan.pdf).\n'),
      'minutes/2025-04-09.md': MEETING('9 April 2025', '\nThe [plan](files/plan.pdf) was circulated.\n'),
    });
    const r = checkJson([join(dir, 'minutes')]);
    const links = r.files.flatMap((f) => f.messages.filter((m) => m.ruleId === 'link-broken').map((m) => [f.path.split('/').pop(), m.line]));
    // The site publishes its pages elsewhere (a theme's index.html, files copied beside posts): not knowing, silent.
    expect(links).toEqual([['2025-04-09.md', 10]]);
  });

  it('a quoted glob that matches only files left aside exits 1', () => {
    const dir = folder();
    const r = runCli(['check', join(dir, 'minutes', '*-agenda.md')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('no minutes files found');
  });

  it('inspect shows the people, chair and date read from the text, with their places, and the agenda as an agenda', () => {
    const dir = folder();
    const r = runCli(['inspect', '--format', 'json', join(dir, 'minutes')]);
    expect(r.code, r.stderr).toBe(0);
    const reports = JSON.parse(r.stdout) as Array<{ path: string; notMinutes?: string; meeting?: { date: string; readFrom: string }; facets: { people?: Array<{ name: string; list: string; at: string }> } }>;
    const march = reports.find((x) => x.path.endsWith('2025-03-12.md'))!;
    expect(march.meeting).toMatchObject({ date: '2025-03-12', readFrom: 'text' });
    expect(march.facets.people!.map((p) => [p.name, p.list, p.at])).toEqual([
      ['Wilma Tansy', 'attendees', '3:10'],
      ['Odile Brack', 'attendees', '3:23'],
      ['Piers Hollin', 'attendees', '3:36'],
      ['Grete Marrow', 'apologies', '4:12'],
    ]);
    expect(reports.find((x) => x.path.endsWith('2025-05-14.md'))!.meeting!.date).toBe('2025-05-14');
    expect(reports.find((x) => x.path.endsWith('-agenda.md'))!.notMinutes).toBe('agenda only');
  });

  it('the folder is one series: the register fills, and two files of one date are reported', () => {
    const dir = folder();
    const actions = runCli(['actions', '--format', 'json', join(dir, 'minutes')]);
    expect(actions.code, actions.stderr).toBe(0);
    const rows = JSON.parse(actions.stdout) as Array<{ owner?: string; owners?: string[]; text?: string }>;
    expect(rows.length).toBeGreaterThanOrEqual(4);
    write(dir, { 'minutes/2025-03-12-copy.md': MEETING('12 March 2025') });
    const twice = checkJson([join(dir, 'minutes')]);
    const order = twice.files.flatMap((f) => f.messages.filter((m) => m.ruleId === 'series-order'));
    expect(order.map((m) => m.message)).toEqual([expect.stringContaining('Two files of this series are dated 2025-03-12')]);
  });

  it('actions on files it cannot place in a series says why and exits 1', () => {
    const dir = write(temp('nodate'), { 'notes.md': '# Notes\n\nPresent: Ada Fenwick, Bram Oakley\n' });
    const r = runCli(['actions', join(dir, 'notes.md')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('no action register');
  });

  it('init in a folder that has minutes writes a configuration that fits them and changes no minutes file', () => {
    const dir = folder();
    const before = readFileSync(join(dir, 'minutes', '2025-03-12.md'), 'utf8');
    const r = runCli(['init', join(dir, 'minutes')]);
    expect(r.code, r.stderr).toBe(0);
    const config = readFileSync(join(dir, 'minutes', '.minutebook.yaml'), 'utf8');
    expect(config).toContain('committee: Orchard Lane Allotment Society');
    expect(config).toContain('code: OLAS');
    expect(readFileSync(join(dir, 'minutes', '2025-03-12.md'), 'utf8')).toBe(before);
    expect(readdirSync(join(dir, 'minutes')).filter((f) => f.endsWith('.md')).sort()).toEqual(['2025-03-12.md', '2025-04-09.md', '2025-06-11.md', '2025-07-09-agenda.md', 'plot-rules.md']);
  });
});

describe('build of minutes without front matter', () => {
  it('gives the same document as with it: title, date and attendance from the text, and no draft label', () => {
    const dir = temp('build');
    const kept = MEETING('12 March 2025');
    const withMatter = `---\ndate: 2025-03-12\nattendees:\n  - Wilma Tansy\n  - Odile Brack\n  - Piers Hollin\napologies:\n  - Grete Marrow\n---\n\n${kept}`;
    // The committee's name comes from the configuration for both: front matter would need it.
    write(dir, { '.minutebook.yaml': 'committee: Orchard Lane Allotment Society\n', 'kept/2025-03-12.md': kept, 'matter/2025-03-12.md': withMatter });
    for (const sub of ['kept', 'matter']) {
      const r = runCli(['build', join(dir, sub, '2025-03-12.md'), '--out', join(dir, `out-${sub}`)]);
      expect(r.code, r.stderr).toBe(0);
    }
    const html = (sub: string) => readFileSync(join(dir, `out-${sub}`, '2025-03-12.html'), 'utf8');
    const kept1 = html('kept');
    expect(kept1).toContain('Orchard Lane Allotment Society, 12 March 2025');
    expect(kept1).toContain('Odile Brack');
    expect(kept1).not.toMatch(/Draft/);
    // Everything but positions in comments is the same document.
    expect(kept1.replace(/<!--[\s\S]*?-->/g, '')).toBe(html('matter').replace(/<!--[\s\S]*?-->/g, ''));
  });
});

describe('build of a website\'s page of minutes', () => {
  it('gives the same HTML and DOCX text as the same minutes with minutebook front matter: the site\'s metadata is not printed', () => {
    const dir = temp('build-site');
    const kept = 'Present: Wilma Tansy, Odile Brack, Piers Hollin\nApologies: Grete Marrow\n\n## 1. Water butts\n\nThe committee agreed to buy two more water butts.\n';
    write(dir, {
      '.minutebook.yaml': 'committee: Orchard Lane Allotment Society\n',
      'toml/m.md': `+++\ntitle = "Committee minutes, 12 March 2025"\ndate = "2025-03-20"\n\n[taxonomies]\ncategories = ["Minutes"]\n+++\n\n${kept}`,
      'pelican/m.md': `Title: Committee minutes, 12 March 2025\nDate: 2025-03-20\nCategory: minutes\n\n${kept}`,
      'matter/m.md': `---\ntitle: "Committee minutes, 12 March 2025"\ndate: 2025-03-12\nattendees:\n  - Wilma Tansy\n  - Odile Brack\n  - Piers Hollin\napologies:\n  - Grete Marrow\n---\n\n${kept}`,
    });
    const built = (sub: string) => {
      const r = runCli(['build', join(dir, sub, 'm.md'), '--out', join(dir, `out-${sub}`), '--format', 'html,docx']);
      expect(r.code, r.stderr).toBe(0);
      const html = readFileSync(join(dir, `out-${sub}`, 'm.html'), 'utf8').replace(/<!--[\s\S]*?-->/g, '');
      const docx = strFromU8(unzipSync(readFileSync(join(dir, `out-${sub}`, 'm.docx')))['word/document.xml']!).replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
      return { html, docx };
    };
    const matter = built('matter');
    expect(matter.html).toContain('Odile Brack');
    for (const sub of ['toml', 'pelican']) {
      const site = built(sub);
      expect(site.html, sub).not.toMatch(/taxonomies|Category: minutes|\+\+\+/);
      expect(site.html, sub).toBe(matter.html);
      expect(site.docx, sub).toBe(matter.docx);
    }
  });
});

describe('front matter and text that list people differently', () => {
  const FRONT = '---\ncommittee: Orchard Lane Allotment Society\ndate: 2025-03-12\nattendees:\n  - Wilma Tansy\n  - Odile Brack\n  - Piers Hollin\napologies:\n  - Grete Marrow\n---\n\n# Orchard Lane Allotment Society, 12 March 2025\n\n';
  const check = (text: string) => {
    const dir = write(temp('people'), { '2025-03-12.md': FRONT + text });
    return checkJson([join(dir, '2025-03-12.md')]).files[0]!.messages.filter((m) => m.ruleId === 'frontmatter-body-mismatch');
  };

  it('reports a person the text lists on another side, or not at all, at the name in the text, naming the front matter line', () => {
    const found = check('Present: Wilma Tansy, Odile Brack, Grete Marrow\nApologies: Piers Hollin, Ivo Dunmore\n\n## 1. Water butts\n\nAgreed.\n');
    expect(found.map((m) => [m.line, m.column, m.message])).toEqual([
      [14, 36, expect.stringContaining('"Grete Marrow" is listed as present in the text, but as sending apologies in the front matter (line 9)')],
      [15, 12, expect.stringContaining('"Piers Hollin" is listed as sending apologies in the text, but as present in the front matter (line 7)')],
      [15, 26, expect.stringContaining('"Ivo Dunmore" is listed as sending apologies in the text, but the front matter\'s lists (line 5) do not name them')],
    ]);
  });

  it('is silent where the lists agree, where the text spells a name differently, lists only some, or names officers in attendance', () => {
    expect(check('Present: Wilma Tansy, Odile Brack\nApologies: Grete Marow\nIn attendance: Ivo Dunmore (clerk)\n\n## 1. Water butts\n\nAgreed.\n')).toEqual([]);
    expect(check('Present: all except Grete Marrow\n\n## 1. Water butts\n\nAgreed.\n')).toEqual([]);
  });
});
