/** `minutebook new`: the next meeting from the latest, round-tripped through `check`. */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ROOT, checkJson, runCli } from './helpers/cli.js';
import { GOOD, writeSeries } from './helpers/series.js';

const made: string[] = [];
afterAll(() => made.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** What a secretary does with each placeholder: replaces it with text. */
const fill = (text: string) => text.replace(/TODO[^\n"]*/g, 'Reported at the meeting.');

function copyOfExamples(): string {
  const dir = mkdtempSync(join(tmpdir(), 'minutebook-new-'));
  made.push(dir);
  cpSync(join(ROOT, 'examples', 'dxog'), dir, { recursive: true });
  return dir;
}

describe('minutebook new', () => {
  it('on the examples writes the next meeting, which reports only its placeholders, then round-trips', () => {
    const dir = copyOfExamples();
    const before = new Set(readdirSync(dir));
    const r = runCli(['new', dir]);
    expect(r.code, r.stderr).toBe(0);
    const written = readdirSync(dir).filter((f) => !before.has(f));
    expect(written).toHaveLength(1);
    const path = join(dir, written[0]!);
    expect(r.stdout.trim()).toBe(path);

    // Number, date and venue come from the latest meeting's first next meeting.
    const mds = [...before].filter((f) => f.endsWith('.md')).sort();
    const latestText = readFileSync(join(dir, mds[mds.length - 1]!), 'utf8');
    const latest = parse(latestText.split(/^---$/m)[1]!) as { meeting: number; next_meetings: Array<{ date: string; venue?: string }>; venue?: string };
    const fm = parse(readFileSync(path, 'utf8').split(/^---$/m)[1]!) as { meeting: number; date: string; venue?: string; outstanding: Array<{ id: string; status: string; action?: string; owner?: string; raised?: string; target?: string }> };
    expect(fm.meeting).toBe(latest.meeting + 1);
    expect(fm.date).toBe(latest.next_meetings[0]!.date);
    expect(fm.venue).toBe(latest.next_meetings[0]!.venue ?? latest.venue);
    expect(written[0]).toBe(`${fm.date}-dxog-${fm.meeting}.md`);

    // Every action the register holds open is pre-filled with its metadata.
    const open = JSON.parse(runCli(['actions', dir, '--open', '--format', 'json']).stdout) as Array<{ id: string; action: string; owner: string; target: string }>;
    expect(fm.outstanding.map((o) => o.id)).toEqual(open.map((o) => o.id));
    for (const o of fm.outstanding) {
      const row = open.find((x) => x.id === o.id)!;
      expect([o.status, o.action, o.owner, o.target]).toEqual(['open', row.action, row.owner, row.target]);
    }

    const draft = checkJson([path]);
    const rules = new Set(draft.files.flatMap((f) => f.messages).map((m) => m.ruleId));
    expect([...rules]).toEqual(['placeholder']);
    expect(draft.code).toBe(0);

    writeFileSync(path, fill(readFileSync(path, 'utf8')));
    const filled = checkJson([path]);
    expect(filled.files.flatMap((f) => f.messages)).toEqual([]);
    expect(checkJson([dir]).files.flatMap((f) => f.messages)).toEqual([]);
  });

  it('without a roster, the attendee skeleton is the latest meeting\'s members; refuses to overwrite', () => {
    const dir = writeSeries(GOOD);
    made.push(dir);
    const r = runCli(['new', dir, '--date', '2024-04-24']);
    expect(r.code, r.stderr).toBe(0);
    const path = r.stdout.trim();
    expect(path.endsWith('2024-04-24-hwc-4.md')).toBe(true);
    const fm = parse(readFileSync(path, 'utf8').split(/^---$/m)[1]!) as { attendees: Record<string, Array<string | { name: string }>>; outstanding: Array<{ id: string }> };
    expect(fm.attendees.Members!.map((p) => (typeof p === 'string' ? p : p.name))).toEqual(['Ada Fenwick', 'Bram Oakley', 'Cleo Marsh']);
    expect(fm.outstanding.map((o) => o.id)).toEqual(['HWC 1/01']);
    writeFileSync(path, fill(readFileSync(path, 'utf8')));
    expect(checkJson([dir]).files.flatMap((f) => f.messages)).toEqual([]);
    const again = runCli(['new', dir, '--date', '2024-05-22', '--output', path]);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('exists already');
  });

  it('never carries a placeholder of the latest meeting (a chair still "TODO") into the next one', () => {
    const dir = mkdtempSync(join(tmpdir(), 'minutebook-new-init-'));
    made.push(dir);
    const init = runCli(['init', dir, '--committee', 'Harbour Works Committee', '--code', 'HWC', '--date', '2025-01-15']);
    expect(init.code, init.stderr).toBe(0);
    // The first meeting as init wrote it, its attendee still "TODO: chair's name", plus one real member.
    const first = join(dir, '2025-01-15-hwc-1.md');
    writeFileSync(first, readFileSync(first, 'utf8').replace(`role: chair }\n`, `role: chair }\n    - Bram Oakley\n`));
    const r = runCli(['new', dir, '--date', '2025-02-12']);
    expect(r.code, r.stderr).toBe(0);
    const fm = parse(readFileSync(r.stdout.trim(), 'utf8').split(/^---$/m)[1]!) as { attendees: Record<string, Array<string | { name: string }>> };
    const names = Object.values(fm.attendees).flat().map((p) => (typeof p === 'string' ? p : p.name));
    expect(names).toEqual(['Bram Oakley']);
  });

  it('a --date not after the latest meeting is refused', () => {
    const dir = writeSeries(GOOD);
    made.push(dir);
    const r = runCli(['new', dir, '--date', '2024-03-01']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('2024-03-01');
  });
});
