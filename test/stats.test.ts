/** `stats` and `decisions` on the examples through the CLI; the chart rendered by Chromium. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ROOT, runCli } from './helpers/cli.js';
import { countColour, readPng } from './helpers/png.js';
import { requirePrograms, skipUnless } from './helpers/programs.js';

const EXAMPLES = join(ROOT, 'examples', 'dxog');
const made: string[] = [];
const temp = () => {
  const d = mkdtempSync(join(tmpdir(), 'minutebook-stats-'));
  made.push(d);
  return d;
};
afterAll(() => made.forEach((d) => rmSync(d, { recursive: true, force: true })));

type Person = string | { name: string; alternate_for?: string };
interface Front { meeting: number | string; date: string; attendees: Record<string, Person[]>; apologies?: Record<string, Person[]> }

function examples(): Array<{ fm: Front; body: string }> {
  return readdirSync(EXAMPLES)
    .filter((f) => f.endsWith('.md'))
    .map((f) => {
      const parts = readFileSync(join(EXAMPLES, f), 'utf8').split(/^---$/m);
      return { fm: parse(parts[1]!) as Front, body: parts.slice(2).join('---') };
    })
    .sort((a, b) => a.fm.date.localeCompare(b.fm.date));
}

describe('minutebook stats', () => {
  it('counts each roster member\'s attendance as the examples record it, honouring since/until', () => {
    const roster = (parse(readFileSync(join(EXAMPLES, '.minutebook.yaml'), 'utf8')) as { roster: Record<string, Array<{ name: string; since?: string; until?: string; aliases?: string[] }>> }).roster;
    const meetings = examples();
    const name = (p: Person) => (typeof p === 'string' ? p : p.name);
    const expected = Object.values(roster).flat().map((m) => {
      const names = [m.name, ...(m.aliases ?? [])];
      const c = { name: m.name, present: 0, alternate: 0, apologies: 0, absent: 0 };
      for (const { fm } of meetings) {
        const attendees = Object.values(fm.attendees).flat();
        const apologies = Object.values(fm.apologies ?? {}).flat();
        const inOffice = (!m.since || m.since <= fm.date) && (!m.until || fm.date <= m.until);
        if (attendees.some((p) => names.includes(name(p)) && !(typeof p === 'object' && p.alternate_for))) c.present++;
        else if (attendees.some((p) => typeof p === 'object' && p.alternate_for !== undefined && names.includes(p.alternate_for))) c.alternate++;
        else if (apologies.some((p) => names.includes(name(p)))) c.apologies++;
        else if (inOffice) c.absent++;
      }
      return c;
    });
    const r = runCli(['stats', EXAMPLES, '--format', 'json']);
    expect(r.code, r.stderr).toBe(0);
    const got = JSON.parse(r.stdout) as { members: Array<{ name: string; present: number; alternate: number; apologies: number; absent: number }>; meetings: Array<{ meeting: string }> };
    expect(got.members.map(({ name, present, alternate, apologies, absent }) => ({ name, present, alternate, apologies, absent }))).toEqual(expected);
    expect(got.meetings.map((m) => m.meeting)).toEqual(meetings.map((m) => String(m.fm.meeting)));
    expect(expected.some((m) => m.alternate > 0) && expected.some((m) => m.apologies > 0)).toBe(true);
  });

  it('prints a table and CSV with one row per member', () => {
    const json = JSON.parse(runCli(['stats', EXAMPLES, '--format', 'json']).stdout) as { members: unknown[] };
    const csv = runCli(['stats', EXAMPLES, '--format', 'csv']).stdout.trim().split('\r\n');
    expect(csv[0]).toMatch(/^category,name,present,alternate,apologies,absent/);
    expect(csv).toHaveLength(json.members.length + 1);
    expect(runCli(['stats', EXAMPLES]).stdout).toMatch(/Member\s+Category\s+Present/);
  });

  it('--svg writes the same bytes every time', () => {
    const dir = temp();
    const a = join(dir, 'a.svg');
    const b = join(dir, 'b.svg');
    expect(runCli(['stats', EXAMPLES, '--svg', a]).code).toBe(0);
    expect(runCli(['stats', EXAMPLES, '--svg', b]).code).toBe(0);
    const svg = readFileSync(a, 'utf8');
    expect(readFileSync(b, 'utf8')).toBe(svg);
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="(\d+)" height="(\d+)"/);
  });

  it('Chromium renders the chart', (ctx) => {
    skipUnless(ctx, requirePrograms('chromium'));
    const dir = temp();
    const a = join(dir, 'a.svg');
    expect(runCli(['stats', EXAMPLES, '--svg', a]).code).toBe(0);
    const svg = readFileSync(a, 'utf8');
    const [, w, h] = /width="(\d+)" height="(\d+)"/.exec(svg)!;
    const png = join(dir, 'chart.png');
    const r = spawnSync('chromium', ['--headless', '--no-sandbox', '--disable-gpu', '--hide-scrollbars', `--window-size=${w},${h}`, `--screenshot=${png}`, `file://${a}`], { encoding: 'utf8', timeout: 90_000 });
    expect(r.status, r.stderr).toBe(0);
    const img = readPng(readFileSync(png));
    expect([img.width, img.height]).toEqual([Number(w), Number(h)]);
    // The bars (present members) and the open-actions line are drawn in their colours.
    expect(countColour(img, '#1f5f8b')).toBeGreaterThan(2000);
    expect(countColour(img, '#c55a11')).toBeGreaterThan(200);
  });
});

describe('minutebook decisions', () => {
  const count = (verb: string, since = '', until = '9999') =>
    examples().filter(({ fm }) => fm.date >= since && fm.date <= until).reduce((n, { body }) => n + (body.match(new RegExp(`\\*\\*${verb}\\*\\*`, 'g')) ?? []).length, 0);

  it('--verb lists every decision of that verb across the meetings', () => {
    const rows = JSON.parse(runCli(['decisions', EXAMPLES, '--verb', 'agreed', '--format', 'json']).stdout) as Array<{ verb: string; meeting: string }>;
    expect(rows.length).toBe(count('AGREED'));
    expect(rows.length).toBeGreaterThan(0);
    expect(new Set(rows.map((r) => r.verb))).toEqual(new Set(['AGREED']));
  });

  it('--since/--until keep the meetings in range; --text filters the wording', () => {
    const dates = examples().map((m) => m.fm.date);
    const rows = JSON.parse(runCli(['decisions', EXAMPLES, '--since', dates[1]!, '--until', dates[1]!, '--format', 'json']).stdout) as Array<{ date: string; text: string }>;
    expect(new Set(rows.map((r) => r.date))).toEqual(new Set([dates[1]]));
    expect(rows.filter((r) => r.text.includes('NOTED')).length).toBe(count('NOTED', dates[1], dates[1]));
    const word = rows[0]!.text.split(' ').find((w) => w.length > 6)!;
    const byText = JSON.parse(runCli(['decisions', EXAMPLES, '--text', word.toLowerCase(), '--format', 'json']).stdout) as Array<{ text: string }>;
    expect(byText.length).toBeGreaterThan(0);
    expect(byText.every((r) => r.text.toLowerCase().includes(word.toLowerCase()))).toBe(true);
  });
});
