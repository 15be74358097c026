/**
 * The examples are the project's showcase and its acceptance input: `minutebook check examples/`
 * must stay silent, the DXOG series must show everything the format can say, and the broken set
 * must make every registered rule fire where examples/broken/README.md says it does.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyse } from '../src/core/analyse.js';
import { parseConfig } from '../src/core/parse-config.js';
import type { Meeting } from '../src/model/types.js';
import { rules } from '../src/rules/index.js';
import { ROOT, checkJson, runCli } from './helpers/cli.js';
import { folderSources } from './helpers/rule-fixtures.js';
import { checkSources } from './helpers/rule-tester.js';

const EXAMPLES = join(ROOT, 'examples');
const SERIES = join(EXAMPLES, 'dxog');
const BROKEN = join(EXAMPLES, 'broken');

describe('minutebook check examples/', () => {
  it('exits 0 and prints nothing', () => {
    const r = runCli(['check', 'examples/']);
    expect({ code: r.code, stdout: r.stdout, stderr: r.stderr }).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it('checks the series files and the natural minutes, and not the broken ones', () => {
    const r = checkJson(['examples/']);
    const paths = r.files.map((f) => f.path.replace(/\\/g, '/'));
    expect(paths.length).toBeGreaterThanOrEqual(4);
    expect(paths.every((p) => p.startsWith('examples/dxog/') || p.startsWith('examples/natural/'))).toBe(true);
    expect(paths).toContain('examples/natural/2026-04-14-committee.md');
    expect(r.files.flatMap((f) => f.messages)).toEqual([]);
  });

  it('the series folder alone is clean too, file by file as a pre-commit hook passes them', () => {
    for (const f of readdirSync(SERIES).filter((n) => n.endsWith('.md'))) {
      const r = runCli(['check', join('examples', 'dxog', f)]);
      expect({ file: f, code: r.code, out: r.stdout + r.stderr }).toEqual({ file: f, code: 0, out: '' });
    }
  });
});

describe('the DXOG series shows what the format can express', () => {
  const { config } = parseConfig(readFileSync(join(SERIES, '.minutebook.yaml')), join(SERIES, '.minutebook.yaml'), SERIES);
  const meetings: Meeting[] = readdirSync(SERIES)
    .filter((n) => /^\d{4}-\d{2}-\d{2}-.*\.md$/.test(n))
    .sort()
    .map((n) => analyse({ path: join(SERIES, n), contents: readFileSync(join(SERIES, n)) }, config).meeting!)
    .filter(Boolean);
  const people = meetings.flatMap((m) => m.people);

  it('at least three consecutive meetings', () => {
    expect(meetings.length).toBeGreaterThanOrEqual(3);
    const numbers = meetings.map((m) => m.meetingNumber!);
    numbers.slice(1).forEach((n, i) => expect(n).toBe(numbers[i]! + 1));
  });

  it('attendee categories, participants with part attendance, an alternate, apologies with a proxy, a chair and a secretary', () => {
    for (const m of meetings) expect(m.attendees.length).toBeGreaterThanOrEqual(4);
    expect(people.some((p) => p.list === 'participants' && p.part && p.items?.length)).toBe(true);
    expect(people.some((p) => p.alternateFor)).toBe(true);
    expect(people.some((p) => p.list === 'apologies')).toBe(true);
    expect(people.some((p) => p.proxyTo)).toBe(true);
    expect(people.some((p) => p.role === 'chair')).toBe(true);
    expect(people.some((p) => p.role === 'secretary')).toBe(true);
  });

  it('each later meeting reviews the actions the one before left open, some closed and some revised', () => {
    for (let i = 1; i < meetings.length; i++) {
      const before = meetings[i - 1]!;
      const open = [...before.actions.map((a) => a.id), ...before.outstanding.filter((r) => r.status === 'open').map((r) => r.id)];
      const reviewed = meetings[i]!.outstanding.map((r) => r.id);
      expect(reviewed).toEqual(expect.arrayContaining(open));
    }
    const reviews = meetings.flatMap((m) => m.outstanding);
    expect(reviews.some((r) => r.status === 'closed')).toBe(true);
    expect(reviews.some((r) => r.status === 'open' && r.revised)).toBe(true);
    expect(reviews.some((r) => (r.update ?? '').trim().split(/\n\s*\n/).length >= 2)).toBe(true);
  });

  it('at least five new actions, owners inferred and given in an attribute block', () => {
    const actions = meetings.flatMap((m) => m.actions);
    expect(actions.length).toBeGreaterThanOrEqual(5);
    expect(meetings.some((m) => m.actions.length >= 5)).toBe(true);
    expect(actions.every((a) => a.owner)).toBe(true);
    expect(actions.some((a) => a.ownerSource === 'attribute')).toBe(true);
    expect(actions.some((a) => a.dueSource === 'attribute')).toBe(true);
    expect(actions.some((a) => a.dueSource === 'next-meeting')).toBe(true);
  });

  it('NOTED and AGREED decisions in the sentence and the list form, agenda sub-items, next meetings', () => {
    const decisions = meetings.flatMap((m) => m.decisions);
    expect(decisions.some((d) => d.verb === 'NOTED' && d.node.type === 'paragraph')).toBe(true);
    expect(decisions.some((d) => d.verb === 'NOTED' && d.node.type === 'listItem')).toBe(true);
    expect(decisions.some((d) => d.verb === 'AGREED' && d.node.type === 'listItem')).toBe(true);
    for (const m of meetings) {
      expect(m.agenda.length).toBeGreaterThanOrEqual(6);
      expect(m.agenda.some((a) => a.children.length > 0)).toBe(true);
      expect(m.nextMeetings.length).toBeGreaterThan(0);
    }
  });
});

/** Rows of the table in examples/broken/README.md: a path and the rule ids it shows. */
function brokenTable(): Array<{ path: string; rules: string[] }> {
  const text = readFileSync(join(BROKEN, 'README.md'), 'utf8');
  const rows: Array<{ path: string; rules: string[] }> = [];
  for (const line of text.split('\n')) {
    const m = /^\|\s*\[`([^`]+)`\]\([^)]*\)\s*\|(.*)\|\s*$/.exec(line);
    if (m) rows.push({ path: m[1]!.replace(/\/$/, ''), rules: [...m[2]!.matchAll(/`([a-z0-9-]+)`/g)].map((x) => x[1]!) });
  }
  return rows;
}

describe('examples/broken makes every rule fire', () => {
  const rows = brokenTable();

  it('the README lists every registered rule', () => {
    const listed = new Set(rows.flatMap((r) => r.rules));
    expect(rules.map((r) => r.id).filter((id) => !listed.has(id))).toEqual([]);
  });

  it('the README lists every broken file and nothing that does not exist', () => {
    const files = readdirSync(BROKEN, { withFileTypes: true })
      .filter((d) => d.isDirectory() || (d.name.endsWith('.md') && d.name !== 'README.md'))
      .map((d) => d.name)
      .sort();
    expect(rows.map((r) => r.path).sort()).toEqual(files);
    for (const r of rows) expect(existsSync(join(BROKEN, r.path))).toBe(true);
  });

  // In-process with every rule, each file with the folder's configuration as the CLI finds it:
  // exactly the rules the README lists fire, and no other.
  for (const row of rows) {
    if (row.rules.length === 0) continue;
    it(`${row.path} shows ${row.rules.join(', ')}`, () => {
      const path = join(BROKEN, row.path);
      const sources = statSync(path).isDirectory()
        ? folderSources(path)
        : { config: readFileSync(join(BROKEN, '.minutebook.yaml'), 'utf8'), files: { [row.path]: new Uint8Array(readFileSync(path)) } };
      const fired = new Set(checkSources(sources).messages.map((m) => m.ruleId));
      expect([...fired].sort()).toEqual([...row.rules].sort());
    });
  }
});
