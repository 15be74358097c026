import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildExamples } from './helpers/html-build.js';
import { ROOT, runCli } from './helpers/cli.js';
import { STATUS_TEXT, longDate, minutesFacts, shortDate } from './helpers/minutes-facts.js';
import { GOOD, fileName, writeSeries } from './helpers/series.js';

const FIXTURE = join(ROOT, 'test', 'fixtures', 'html', 'series');
const tmp = (p: string) => mkdtempSync(join(tmpdir(), `mb-${p}-`));
const SOURCE = readFileSync(join(FIXTURE, '2024-03-14-hob-12.md'), 'utf8');
/** A temporary folder with the fixture's configuration (and so its committee) in it. */
const series = (p: string) => {
  const dir = tmp(p);
  writeFileSync(join(dir, '.minutebook.yaml'), readFileSync(join(FIXTURE, '.minutebook.yaml')));
  return dir;
};

describe('build --format html on the examples', () => {
  let built: ReturnType<typeof buildExamples>;
  beforeAll(() => {
    built = buildExamples();
  });

  it('writes one HTML file per example meeting and nothing else', () => {
    expect(built.code, built.stderr).toBe(0);
    expect(built.meetings.length).toBeGreaterThan(0);
    for (const m of built.meetings) expect(existsSync(m.html), m.html).toBe(true);
    const written = (readdirSync(built.out, { recursive: true }) as string[]).filter((f) => f.endsWith('.html')).map((f) => join(built.out, f));
    expect(written.sort()).toEqual(built.meetings.map((m) => m.html).sort());
  });

  it('follows the Word HTML conventions', () => {
    for (const m of built.meetings) {
      const html = readFileSync(m.html, 'utf8');
      expect(html).toContain('xmlns:w="urn:schemas-microsoft-com:office:word"');
      expect(html).toContain('<w:WordDocument>');
      expect(html).toContain('<w:View>Print</w:View>');
      expect(html).toMatch(/@page Section1 \{[^}]*size: 595\.3pt 841\.9pt/);
      expect(html).toContain('mso-field-code: PAGE');
      // Self-contained: no external fetches, no scripts, no layout Word ignores.
      expect(html).not.toMatch(/<(script|link|img|iframe)\b/i);
      expect(html).not.toMatch(/display:\s*(flex|grid)/);
      expect(html).not.toMatch(/url\(/);
    }
  });

  it('shows the title block, people, action IDs and agenda titles from each source', () => {
    for (const m of built.meetings) {
      const html = readFileSync(m.html, 'utf8');
      const text = html.replace(/<[^>]+>/g, '').replace(/&amp;/g, '&').replace(/&#x27;/g, "'").replace(/&#x3D;/g, '=').replace(/&#x60;/g, '`').replace(/&quot;/g, '"');
      const f = minutesFacts(m.source);
      expect(text).toContain(longDate(f.date));
      expect(text).toContain(STATUS_TEXT[f.status]!);
      for (const p of f.people) expect(text, p).toContain(p);
      for (const id of f.actionIds) expect(text, id).toContain(id);
      for (const d of f.reviewDates) expect(text).toContain(shortDate(d));
      let at = 0;
      for (const t of f.agendaTitles) {
        const i = text.indexOf(t, at);
        expect(i, `agenda title "${t}" after offset ${at}`).toBeGreaterThan(-1);
        at = i + t.length;
      }
    }
  });

  it('is deterministic: two builds give the same bytes', () => {
    const again = buildExamples();
    for (const [i, m] of built.meetings.entries()) {
      expect(readFileSync(again.meetings[i]!.html).equals(readFileSync(m.html)), m.html).toBe(true);
    }
  });
});

describe('build: refusals, output places, locale, formats', () => {
  it('builds every meeting without errors, refuses by name those with errors, and exits 1', () => {
    // Meetings 1 and 3 are sound; meeting 2 has an impossible date on its next meeting.
    const dir = writeSeries(GOOD);
    const second = join(dir, fileName(GOOD[1]!));
    writeFileSync(second, readFileSync(second, 'utf8').replace('- { date: 2024-03-13 }', '- { date: 2024-03-32 }'));
    const out = join(dir, 'out');
    const r = runCli(['build', dir, '--format', 'html', '--out', out]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('2024-03-32');
    expect(r.stderr).toContain(`minutebook: not built: ${second} (1 error): fix it, or build anyway with --force`);
    expect(readdirSync(out).sort()).toEqual([fileName(GOOD[0]!), fileName(GOOD[2]!)].map((f) => f.replace(/\.md$/, '.html')));
    expect(r.stdout.trim().split('\n').map((l) => basename(l))).toEqual([fileName(GOOD[0]!), fileName(GOOD[2]!)].map((f) => f.replace(/\.md$/, '.html')));
    rmSync(dir, { recursive: true, force: true });
  });

  it('builds anyway with --force, and still exits 1', () => {
    const dir = series('force');
    const src = SOURCE;
    writeFileSync(join(dir, 'bad.md'), src.replace('date: 2024-03-14', 'date: 2024-02-30'));
    const r = runCli(['build', join(dir, 'bad.md'), '--force']);
    expect(r.code).toBe(1);
    expect(existsSync(join(dir, 'bad.html'))).toBe(true);
    expect(readFileSync(join(dir, 'bad.html'), 'utf8')).toContain('Harbour Operations Board Meeting');
  });

  it('writes next to the source by default', () => {
    const dir = series('next');
    writeFileSync(join(dir, 'm.md'), SOURCE);
    const r = runCli(['build', join(dir, 'm.md')]);
    expect(r.code, r.stderr).toBe(0);
    expect(existsSync(join(dir, 'm.html'))).toBe(true);
  });

  it('never overwrites a source file', () => {
    const dir = series('src');
    const src = SOURCE;
    writeFileSync(join(dir, 'minutes.html'), src);
    const r = runCli(['build', join(dir, 'minutes.html')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/refusing to overwrite a source file/);
    expect(readFileSync(join(dir, 'minutes.html'), 'utf8')).toBe(src);
  });

  it('formats dates for the configured locale', () => {
    const dir = series('locale');
    writeFileSync(join(dir, '.minutebook.yaml'), readFileSync(join(FIXTURE, '.minutebook.yaml'), 'utf8') + 'locale: de-DE\n');
    writeFileSync(join(dir, 'm.md'), SOURCE);
    const r = runCli(['build', join(dir, 'm.md')]);
    expect(r.code, r.stderr).toBe(0);
    const html = readFileSync(join(dir, 'm.html'), 'utf8');
    const de = (o: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat('de-DE', { ...o, timeZone: 'UTC' }).format(new Date('2024-03-14T00:00:00Z'));
    expect(html).toContain(de({ day: 'numeric', month: 'long', year: 'numeric' }));
    expect(html).toContain(new Intl.DateTimeFormat('de-DE', { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' }).format(new Date('2024-02-08T00:00:00Z')));
    expect(html).toContain('<html lang="de-DE"');
  });

  it('rejects an unknown format', () => {
    const r = runCli(['build', FIXTURE, '--format', 'pdf', '--out', tmp('fmt')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/unknown output format "pdf"/);
  });
});

describe('templates from a user folder', () => {
  const build = (args: string[]) => {
    const out = tmp('tpl-out');
    const r = runCli(['build', FIXTURE, '--out', out, ...args]);
    const file = join(out, '2024-03-14-hob-12.html');
    return { r, html: existsSync(file) ? readFileSync(file, 'utf8') : '' };
  };

  it('overriding the banner partial changes the banner and nothing else', () => {
    const dir = tmp('tpl');
    mkdirSync(join(dir, 'html', 'partials'), { recursive: true });
    writeFileSync(join(dir, 'html', 'partials', 'banner.hbs'), '<p class="my-banner">CUSTOM {{banner.label}} for {{titleBlock.title}}</p>\n');
    const base = build([]);
    const custom = build(['--templates', dir]);
    expect(custom.r.code, custom.r.stderr).toBe(0);
    const a = base.html;
    const b = custom.html;
    let pre = 0;
    while (pre < a.length && a[pre] === b[pre]) pre++;
    let suf = 0;
    while (suf < a.length - pre && suf < b.length - pre && a[a.length - 1 - suf] === b[b.length - 1 - suf]) suf++;
    const removed = a.slice(pre, a.length - suf);
    const added = b.slice(pre, b.length - suf);
    // The whole difference lies inside the default banner's table.
    const bannerStart = a.indexOf('<table class="banner"');
    const bannerEnd = a.indexOf('</table>', bannerStart) + '</table>'.length;
    expect(bannerStart).toBeGreaterThan(-1);
    expect(pre).toBeGreaterThanOrEqual(bannerStart);
    expect(a.length - suf).toBeLessThanOrEqual(bannerEnd);
    expect(removed).toContain('This document is classified as');
    expect(added).toContain('CUSTOM TLP:AMBER for Harbour Operations Board Meeting');
  });

  it('a configuration names a templates folder relative to itself', () => {
    const dir = tmp('cfg');
    mkdirSync(join(dir, 'tpl', 'html', 'partials'), { recursive: true });
    writeFileSync(join(dir, 'tpl', 'html', 'partials', 'next-meetings.hbs'), '<p class="next">NEXT {{#each nextMeetings}}[{{date.short}}]{{/each}}</p>\n');
    writeFileSync(join(dir, '.minutebook.yaml'), readFileSync(join(FIXTURE, '.minutebook.yaml'), 'utf8') + 'templates: tpl\n');
    writeFileSync(join(dir, 'm.md'), readFileSync(join(FIXTURE, '2024-03-14-hob-12.md')));
    const r = runCli(['build', join(dir, 'm.md')], { cwd: tmpdir() });
    expect(r.code, r.stderr).toBe(0);
    expect(readFileSync(join(dir, 'm.html'), 'utf8')).toContain('NEXT [11/04/2024][09/05/2024]');
  });

  it('a template that does not parse is named with its line', () => {
    const dir = tmp('bad-tpl');
    mkdirSync(join(dir, 'html', 'partials'), { recursive: true });
    writeFileSync(join(dir, 'html', 'partials', 'decisions.hbs'), '<p>\n{{#each decisions}}\n<b>{{verb}}</b>\n');
    const r = build(['--templates', dir]);
    expect(r.r.code).toBe(2);
    expect(r.r.stderr).toMatch(/html\/partials\/decisions\.hbs:\d+: /);
    expect(r.r.stderr).not.toMatch(/\n\s+at /);
  });

  it('a template that fails while rendering is named with its line', () => {
    const dir = tmp('bad-tpl2');
    mkdirSync(join(dir, 'html', 'partials'), { recursive: true });
    writeFileSync(join(dir, 'html', 'partials', 'apologies.hbs'), '<p>one</p>\n<p>two</p>\n{{> no-such-partial}}\n');
    const r = build(['--templates', dir]);
    expect(r.r.code).toBe(2);
    expect(r.r.stderr).toMatch(/html\/partials\/apologies\.hbs:3: .*no-such-partial/);
  });
});
