/**
 * `minutebook inspect`: the facts of the model, in-process on a small fictional meeting, and
 * through the real CLI (table and JSON) on the example series.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../src/config/types.js';
import { analyse } from '../src/core/analyse.js';
import { formatInspectTable, inspectAnalyses, type InspectReport } from '../src/inspect/inspect.js';
import { ROOT, runCli } from './helpers/cli.js';

const MINUTES = `---
committee: Harbour Works Committee
code: HWC
meeting: 4
date: 2026-05-11
attendees:
  Members:
    - name: Ada Quill
      role: chair
    - name: Bo Tern
      initials: BT
apologies:
  Members:
    - Cy Gull
---

## 1. Dredging

The dredging plan was **AGREED**.

ACTION HWC 4/01: The Harbour Office to publish the plan. {owner="Harbour Office" due=2026-06-01}

## Any other business
`;

function inspect(text: string): InspectReport {
  const config = { ...defaultConfig(), parties: ['Harbour Office'] };
  const a = analyse({ path: 'hwc-4.md', contents: text }, config);
  return inspectAnalyses([a], () => undefined)[0]!;
}

describe('inspect, in-process', () => {
  it('gives the meeting, sections, people, actions and decisions with their positions', () => {
    const r = inspect(MINUTES);
    expect(r.meeting).toEqual({ committee: 'Harbour Works Committee', code: 'HWC', number: '4', date: '2026-05-11', key: '4', readFrom: 'front matter' });
    expect(r.facets.sections).toEqual([
      { number: '1.', scheme: 'decimal', title: 'Dredging', kind: 'business', level: 1, at: '17:1' },
      { number: undefined, scheme: undefined, title: 'Any other business', kind: 'procedural', level: 1, at: '23:1' },
    ]);
    expect(r.facets.people!.map((p) => [p.name, p.list, p.role, p.initials, p.at])).toEqual([
      ['Ada Quill', 'attendees', 'chair', undefined, '8:13'],
      ['Bo Tern', 'attendees', undefined, 'BT', '10:13'],
      ['Cy Gull', 'apologies', undefined, undefined, '14:7'],
    ]);
    expect(r.facets.actions).toEqual([
      { id: 'HWC 4/01', owners: ['Harbour Office'], text: 'The Harbour Office to publish the plan.', due: '2026-06-01', section: '1', notation: 'v1', sure: 'yes', at: '21:1' },
    ]);
    expect(r.facets.decisions).toEqual([{ verb: 'AGREED', kind: 'marked', text: 'The dredging plan was AGREED.', section: '1', sure: 'yes', at: '19:1' }]);
    expect(r.facets.reviews).toEqual([]);
  });

  it('gives people’s parsed parts, motions with mover, seconder and votes, attendance changes and prose decisions', () => {
    const r = inspect(`---
committee: Harbour Works Committee
code: HWC
meeting: 5
date: 2026-06-08
attendees:
  - Cllr Mrs Ada Quill (AQ - chair)
  - Bo Tern, Tern Marine (via phone)
  - Dee Gannet
apologies:
  - Cy Gull
---

## 1. Dredging

Bo Tern moved that the plan be adopted. Seconded by Cllr Quill. Carried by 2 votes to 1.

Dee Gannet left the meeting.

It was agreed to meet the contractor.
`);
    expect(r.facets.people!.slice(0, 2)).toEqual([
      { name: 'Cllr Mrs Ada Quill (AQ - chair)', list: 'attendees', group: undefined, titles: ['Cllr', 'Mrs'], given: 'Ada', surname: 'Quill', role: 'chair', initials: 'AQ', organisation: undefined, notes: undefined, at: '7:5' },
      { name: 'Bo Tern, Tern Marine (via phone)', list: 'attendees', group: undefined, titles: undefined, given: 'Bo', surname: 'Tern', role: undefined, initials: undefined, organisation: 'Tern Marine', notes: ['remote'], at: '8:5' },
    ]);
    expect(r.facets.motions).toEqual([
      { text: 'That the plan be adopted.', mover: 'Bo Tern (attendees)', seconder: 'Cllr Quill → Cllr Mrs Ada Quill (attendees)', outcome: 'carried (Carried)', votes: ['2 for, 1 against'], section: '1', source: 'prose', sure: 'yes', at: '16:1' },
    ]);
    expect(r.facets.attendance).toEqual([{ kind: 'left', who: 'Dee Gannet (attendees)', item: undefined, section: '1', at: '18:1' }]);
    expect(r.facets.decisions!.map((d) => [d.verb, d.kind, d.text])).toEqual([
      ['Carried', 'motion', 'That the plan be adopted.'],
      ['agreed', 'prose', 'It was agreed to meet the contractor.'],
    ]);
    // Every person the text names, read once by the model and resolved by the one matcher.
    const named = r.facets.mentions!.map((x) => [x.written, x.reader, x.person, x.sure]);
    expect(named).toContainEqual(['Bo Tern', 'mover', 'Bo Tern (attendees)', 'yes']);
    expect(named).toContainEqual(['Cllr Quill', 'seconder', 'Cllr Mrs Ada Quill (attendees)', 'yes']);
    expect(named).toContainEqual(['Dee Gannet', 'attendance-change', 'Dee Gannet (attendees)', 'yes']);
    expect(named).toContainEqual(['Dee Gannet', 'name-in-text', 'Dee Gannet (attendees)', 'yes']);
  });

  it('says what it could not read instead of a model', () => {
    const a = analyse({ path: 'bad.md', contents: 'no front matter\n' }, defaultConfig());
    const [r] = inspectAnalyses([a], () => undefined);
    expect(r!.unreadable).toMatch(/^1:1 The file has no front matter, and neither its first lines nor its name give the meeting's date/);
    expect(formatInspectTable([r!])).toContain('not understood: 1:1 The file has no front matter');
  });
});

describe('inspect, through the CLI', () => {
  const file = join(ROOT, 'examples', 'dxog', '2026-02-16-dxog-18.md');

  it('prints JSON with the series place and the reviews linked to the meeting that raised them', () => {
    const r = runCli(['inspect', '--format', 'json', file]);
    expect(r.code, r.stderr).toBe(0);
    const [report] = JSON.parse(r.stdout) as InspectReport[];
    expect(report!.meeting).toMatchObject({ code: 'DXOG', number: '18', date: '2026-02-16', key: '18', place: 2 });
    expect(report!.facets.actions!.map((a) => a.id)).toEqual(['DXOG 18/01', 'DXOG 18/02', 'DXOG 18/03', 'DXOG 18/04', 'DXOG 18/05']);
    const raisedAt17 = report!.facets.reviews!.filter((x) => x.raisedIn === '2026-01-19');
    expect(raisedAt17.length).toBeGreaterThan(0);
    expect(report!.facets.reviews!.every((x) => x.source === 'front-matter')).toBe(true);
  });

  it('prints a table per facet', () => {
    const r = runCli(['inspect', file]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('Meeting: Data Exchange Operations Group, meeting 18, 2026-02-16, 2nd in its series (key 18)');
    expect(r.stdout).toMatch(/Actions: 5\n\s+id\s+owners\s+text/);
    expect(r.stdout).toMatch(/DXOG 18\/01\s+HubCo\s+The HubCo to set out/);
  });

  it('exits 1 for a file it cannot read as minutes', () => {
    const r = runCli(['inspect', join(ROOT, 'examples', 'broken', 'no-front-matter.md')]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('not understood:');
  });
});
