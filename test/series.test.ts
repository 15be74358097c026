/**
 * The series through the real CLI, on small generated series (test/helpers/series.ts) and on the
 * examples: checking a file alone or its folder, reviews inheriting metadata, the action register.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ROOT, checkJson, runCli } from './helpers/cli.js';
import { GOOD, fileName, writeSeries, type MeetingSpec } from './helpers/series.js';

const made: string[] = [];
const series = (meetings: MeetingSpec[]) => {
  const dir = writeSeries(meetings);
  made.push(dir);
  return dir;
};
afterAll(() => made.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('a series in good order', () => {
  it('checks clean as a folder and file by file', () => {
    const dir = series(GOOD);
    expect(checkJson([dir]).files.flatMap((f) => f.messages)).toEqual([]);
    for (const m of GOOD) {
      const r = checkJson([join(dir, fileName(m))]);
      expect(r.files.flatMap((f) => f.messages), fileName(m)).toEqual([]);
      expect(r.code).toBe(0);
    }
  });
});

// The series rules' cases are in test/rules/series-*.test.ts (in-process). Here the CLI shows that a
// file checked alone, as pre-commit passes it, reads the earlier meetings it depends on.
describe('one file checked alone finds what checking its folder finds', () => {
  const cases: Array<[string, (s: MeetingSpec[]) => void, number]> = [
    ['a forgotten review', (s) => (s[2]!.reviews = [{ id: 'HWC 1/01', status: 'closed' }]), 1],
    ['a value that differs from the raising meeting', (s) => (s[2]!.reviews![0]!.extra = { owner: 'Dredging Contractor' }), 0],
    ['a repeated meeting number', (s) => (s[2]!.n = 2), 1],
  ];
  it.each(cases)('%s', (_name, change, code) => {
    const changed = structuredClone(GOOD);
    change(changed);
    const dir = series(changed);
    const file = fileName(changed[2]!);
    const [folder, alone] = [checkJson([dir]), checkJson([join(dir, file)])];
    const of = (r: typeof folder) => r.files.filter((f) => f.path.endsWith(file)).flatMap((f) => f.messages);
    expect(of(folder).length).toBeGreaterThan(0);
    expect(of(alone)).toEqual(of(folder));
    expect(folder.files.filter((f) => !f.path.endsWith(file)).flatMap((f) => f.messages)).toEqual([]);
    expect([folder.code, alone.code]).toEqual([code, code]);
  });
});

describe('reviews inherit the raising meeting\'s metadata', () => {
  it('build of one example file alone shows the action text a review left out', () => {
    const dir = join(ROOT, 'examples', 'dxog');
    const files = readdirSync(dir).filter((f) => f.endsWith('.md')).sort();
    const [first, second] = files;
    const raised = readFileSync(join(dir, first!), 'utf8');
    const reviewing = parse(readFileSync(join(dir, second!), 'utf8').split(/^---$/m)[1]!) as { outstanding: Array<{ id: string; action?: string }> };
    const bare = reviewing.outstanding.find((r) => r.action === undefined && raised.includes(`ACTION ${r.id}:`))!;
    expect(bare, 'the examples review an action without repeating its text').toBeDefined();
    const text = new RegExp(`^ACTION ${bare.id.replace('/', '\\/')}: (.+?)(?: \\{.*\\})?$`, 'm').exec(raised)![1]!;
    const out = mkdtempSync(join(tmpdir(), 'minutebook-inherit-'));
    made.push(out);
    const r = runCli(['build', join(dir, second!), '--out', out]);
    expect(r.code, r.stderr).toBe(0);
    const html = readFileSync(join(out, second!.replace(/\.md$/, '.html')), 'utf8');
    const words = text.split(/\s+/).slice(0, 6).join(' ');
    expect(html.replace(/\s+/g, ' ')).toContain(words.replace(/&/g, '&amp;'));
  });
});

// ---- The register ----

interface Row { id: string; status: string; overdue: boolean; target?: string }

/** Open actions of the examples computed from the files themselves: raised or reviewed, minus those whose last review closed them. */
function openInExamples(): string[] {
  const dir = join(ROOT, 'examples', 'dxog');
  const status = new Map<string, string>();
  const files = readdirSync(dir).filter((f) => f.endsWith('.md'));
  const meetings = files.map((f) => {
    const text = readFileSync(join(dir, f), 'utf8');
    const fm = parse(text.split(/^---$/m)[1]!) as { date: string; outstanding?: Array<{ id: string; status: string }> };
    return { fm, body: text.split(/^---$/m).slice(2).join('---') };
  });
  meetings.sort((a, b) => a.fm.date.localeCompare(b.fm.date));
  for (const m of meetings) {
    for (const r of m.fm.outstanding ?? []) status.set(r.id, r.status);
    for (const a of m.body.matchAll(/^ACTION (.+?):/gm)) status.set(a[1]!, 'open');
  }
  return [...status].filter(([, s]) => s === 'open').map(([id]) => id).sort();
}

describe('minutebook actions', () => {
  it('--open --format json on the examples lists exactly the open actions', () => {
    const r = runCli(['actions', 'examples/dxog', '--open', '--format', 'json', '--as-of', '2026-03-20']);
    expect(r.code, r.stderr).toBe(0);
    const rows = JSON.parse(r.stdout) as Row[];
    const expected = openInExamples();
    expect(expected.length).toBeGreaterThan(0);
    expect(rows.map((x) => x.id).sort()).toEqual(expected);
    expect(rows.every((x) => x.status === 'open')).toBe(true);
  });

  it('--overdue --as-of: an open action is overdue the day after its target, not on it', () => {
    const dir = series(GOOD); // HWC 1/01: open, target revised to 2024-04-10
    const on = JSON.parse(runCli(['actions', dir, '--overdue', '--as-of', '2024-04-10', '--format', 'json']).stdout) as Row[];
    const after = JSON.parse(runCli(['actions', dir, '--overdue', '--as-of', '2024-04-11', '--format', 'json']).stdout) as Row[];
    expect(on.map((x) => x.id)).toEqual([]);
    expect(after.map((x) => [x.id, x.target, x.overdue])).toEqual([['HWC 1/01', '2024-04-10', true]]);
  });

  it('--overdue on the examples, either side of an open action\'s target', () => {
    const all = JSON.parse(runCli(['actions', 'examples/dxog', '--open', '--format', 'json', '--as-of', '2026-01-01']).stdout) as Row[];
    const target = all.map((x) => x.target!).sort()[0]!;
    const day = (d: string, n: number) => new Date(Date.parse(`${d}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
    const before = JSON.parse(runCli(['actions', 'examples/dxog', '--overdue', '--as-of', day(target, -1), '--format', 'json']).stdout) as Row[];
    const afterRows = JSON.parse(runCli(['actions', 'examples/dxog', '--overdue', '--as-of', day(target, 1), '--format', 'json']).stdout) as Row[];
    expect(before).toEqual([]);
    expect(afterRows.map((x) => x.id).sort()).toEqual(all.filter((x) => x.target === target).map((x) => x.id).sort());
  });

  it('shows the target history, the closing meeting and the age', () => {
    const dir = series(GOOD);
    const rows = JSON.parse(runCli(['actions', dir, '--format', 'json', '--as-of', '2024-05-01']).stdout) as Array<Row & { targetHistory: Array<{ date: string; kind: string; meeting: string }>; closedMeeting?: string; ageDays?: number; raisedMeeting?: string }>;
    const a = rows.find((x) => x.id === 'HWC 1/01')!;
    expect(a.targetHistory).toEqual([
      { date: '2024-02-14', kind: 'raised', meeting: '1' },
      { date: '2024-04-10', kind: 'revised', meeting: '2' },
    ]);
    expect(a.ageDays).toBe(112);
    const b = rows.find((x) => x.id === 'HWC 1/02')!;
    expect([b.status, b.closedMeeting, b.ageDays]).toEqual(['closed', '2', 35]);
  });

  it('--owner filters; csv, markdown and html hold one row per action', () => {
    const dir = series(GOOD);
    const owned = JSON.parse(runCli(['actions', dir, '--owner', 'dredging contractor', '--format', 'json']).stdout) as Row[];
    expect(owned.map((x) => x.id)).toEqual(['HWC 1/02']);
    const csv = runCli(['actions', dir, '--format', 'csv']).stdout.trim().split('\r\n');
    expect(csv[0]).toMatch(/^series,id,action,owner/);
    expect(csv).toHaveLength(4);
    const md = runCli(['actions', dir, '--format', 'markdown']).stdout.trim().split('\n');
    expect(md.filter((l) => l.startsWith('| HWC '))).toHaveLength(3);
    const html = runCli(['actions', dir, '--format', 'html']).stdout;
    expect(html.match(/<tr class="/g)).toHaveLength(3);
  });

  it('a bad --as-of is a usage error naming the value', () => {
    const r = runCli(['actions', 'examples/dxog', '--as-of', '2024-02-30']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('2024-02-30');
  });
});

