/**
 * Actions and reviews as committees write them (NATURAL §3), in-process: each notation of
 * test/fixtures/actions/natural/ read into the model and shown by the inspect facets, owners split
 * as written, sentences that only look like actions left alone, and the rule findings on them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../src/config/types.js';
import { analyse } from '../src/core/analyse.js';
import { inspectAnalyses } from '../src/inspect/inspect.js';
import { parseOwners } from '../src/model/action-owners.js';
import { ROOT } from './helpers/cli.js';

const DIR = join(ROOT, 'test', 'fixtures', 'actions', 'natural');

function facts(text: string, path = 'minutes.md') {
  const a = analyse({ path, contents: text }, defaultConfig());
  return inspectAnalyses([a], () => undefined)[0]!.facets;
}
const fixture = (name: string) => readFileSync(join(DIR, name), 'utf8');

describe('notations', () => {
  it('reads every notation of notations.md with its ID or identity, owners, text and place', () => {
    const rows = facts(fixture('notations.md'), 'notations.md').actions!.map((a) => [a.notation, a.id, a.owners, a.text, a.at]);
    expect(rows).toEqual([
      ['v1', '2026-04-14#1', ['Clerk'], 'The Clerk to write to the water company about the frozen standpipes.', '24:1'],
      ['label', '2026-04-14#2', ['AL', 'TR'], 'AL/TR to survey the lagging on every standpipe.', '26:1'],
      ['label', '2026-04-14#3', ['TR', 'KM'], 'TR & KM to price a frost-proof tap.', '28:1'],
      ['dash', '2026-04-14#4', ['Priya'], 'contact the county about the leak at plot 12', '30:1'],
      ['label', '2.1', ['D. Rhys', 'M. Oakes'], 'Cllrs. D. Rhys and M. Oakes to raise the water rates at the council.', '32:1'],
      ['marker', '2026-04-14#6', ['Clerk'], 'The path by the shed needs gravel before the summer.', '36:1'],
      ['marker', '2026-04-14#7', ['KM'], 'KM would fix it before the open day.', '38:1'],
      ['italic-owner', '2026-04-14#8', ['Clerk'], 'The Board thanked the volunteers and the Clerk would write to each of them.', '40:1'],
      ['heading', '3', ['TR'], 'TR to order two tonnes of gravel', '42:1'],
      ['prose', '2026-04-14#10', ['Kit Morrow'], 'Kit Morrow will book the marquee for the open day.', '46:1'],
      ['prose', '2026-04-14#11', ['Alma'], 'Alma to ask the bakery for a stall.', '48:1'],
      ['prose', '2026-04-14#12', ['All board members'], 'All board members to bring a cake.', '50:1'],
      ['list', '4.1', ['AL'], 'AL to send the minutes to the county.', '58:1'],
      ['list', '4.2', [], '?? to fix the notice board.', '59:1'],
      ['list', '4.3', [], 'TBC to repaint the shed.', '60:1'],
    ]);
  });

  it('reads reviews from labels with a status, sub-bullets, tables and paragraphs', () => {
    const rows = facts(fixture('reviews.md'), 'reviews.md').reviews!.map((r) => [r.action, r.status, r.source, r.at]);
    expect(rows).toEqual([
      ['2.1', 'closed', 'list', '14:1'],
      ['4.1', 'open', 'list', '15:1'],
      ['Priya - contact the county about the leak at plot 12', 'closed', 'list', '17:1'],
      ['Kit - price a frost-proof tap', 'open', 'list', '19:1'],
      ['3', 'closed', 'table', '24:1'],
      ['AL to circulate the plot list - done. Closed.', 'closed', 'paragraph', '28:1'],
    ]);
    expect(facts(fixture('reviews.md')).actions).toEqual([]);
  });

  const HEAD = `---
committee: Riverside Allotments Board
date: 2026-04-14
attendees:
  - Alma Linton
  - Tomas Reyes
  - name: Kit Morrow
    initials: KM
---

## 1. Paths

`;
  const notActions: Array<[string, string]> = [
    ['a plain word before "to"', 'Plan to hold the raffle at noon.'],
    ['a wish, not a task', 'Alma would like to hear from the schools.'],
    ['a report in the passive', 'Tomas will be asked to report.'],
    ['a body that is not an owner', 'The Partnership would also plan the survey.'],
    ['someone not listed', 'Jonah will contact the county.'],
    ['"may"', 'Alma may organise a breakfast.'],
    ['a cross-reference to a numbered action', 'KM will not attend. **Action 2.1**'],
    ['a status in italics', 'The path is clear. _Closed_'],
    ['"Actions were noted"', 'Actions were noted by the Board.'],
  ];
  for (const [name, text] of notActions) {
    it(`leaves alone ${name}: ${text}`, () => {
      expect(facts(HEAD + text + '\n').actions).toEqual([]);
    });
  }

  it('reads an offer outside an election, not inside one', () => {
    const offer = 'Alma offered to contact the county.\n';
    expect(facts(HEAD + offer).actions!.map((a) => a.owners)).toEqual([['Alma']]);
    expect(facts(HEAD.replace('## 1. Paths', '## 1. Election of officers') + offer).actions).toEqual([]);
  });

  it('takes "He would …" for the person the paragraph was about', () => {
    const rows = facts(HEAD + 'KM had written to the county. He would again seek an answer for May.\n').actions!;
    expect(rows.map((a) => [a.owners, a.text])).toEqual([[['KM'], 'He would again seek an answer for May.']]);
  });

  it('reads no owner-first sentence and no Actions list in a file that writes v1 ACTION lines', () => {
    const v1 = HEAD.replace('date:', 'code: RAB\nmeeting: 4\ndate:') + 'ACTION RAB 4/01: Alma to write.\n\nKit Morrow will book the marquee.\n\n## Actions\n\n- Tomas to sweep.\n';
    expect(facts(v1).actions!.map((a) => a.id)).toEqual(['RAB 4/01']);
  });
});

describe('owners as written', () => {
  const cases: Array<[string, Array<[string, string]>, string?]> = [
    ['AL/TR', [['AL', 'initials'], ['TR', 'initials']]],
    ['TR & KM', [['TR', 'initials'], ['KM', 'initials']]],
    ['Cllrs. D. Rhys and M. Oakes', [['D. Rhys', 'name'], ['M. Oakes', 'name']]],
    ['the Clerk', [['the Clerk', 'role']]],
    ['Our chair', [['Our chair', 'role']]],
    ['All members', [['All members', 'everyone']]],
    ['all board members', [['all board members', 'everyone']]],
    ['Karen, Ethan & Mateusz', [['Karen', 'name'], ['Ethan', 'name'], ['Mateusz', 'name']]],
    ['??', [], '??'],
    ['TBC', [], 'TBC'],
    ['', []],
  ];
  for (const [written, owners, placeholder] of cases) {
    it(`"${written}"`, () => {
      const p = parseOwners(written);
      expect(p.owners.map((o) => [o.text, o.kind])).toEqual(owners);
      expect(p.placeholder).toBe(placeholder);
    });
  }
});
