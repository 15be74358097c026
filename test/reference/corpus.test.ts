/**
 * The scorer of `npm run corpus` (test/reference/corpus/score.ts), checked on a small fictional
 * meeting: names are matched tolerantly but not loosely, each item is matched once, optional
 * items count neither way, and precision and recall are what the README says. Also: every hand
 * list names a file that exists in the shared reference folder, when it is present.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SHARED } from '../helpers/cli.js';
import { COMMITTEES } from './corpus/index.js';
import {
  isoDate,
  mustNotBroken,
  namesMatch,
  ownersMatch,
  readInspectEntry,
  scoreActions,
  scoreApprovals,
  scoreDecisions,
  scoreMotions,
  scoreNames,
  textMatch,
} from './corpus/score.js';
import type { RefMeeting } from './corpus/types.js';

describe('corpus scorer: names', () => {
  it('folds case, titles, punctuation and accents, and reads "Full Name (nick)"', () => {
    expect(namesMatch('Cllr. J. Plumtree', 'County Councillor J Plumtree')).toBe(true);
    expect(namesMatch('Mrs. Fennimore', 'fennimore')).toBe(true);
    expect(namesMatch('Ödön Vass (odie)', 'odie')).toBe(true);
    expect(namesMatch('Ödön Vass (odie)', 'Odon Vass')).toBe(true);
    expect(namesMatch('Quill_bot', 'Quillbot')).toBe(true);
    expect(namesMatch('Marta', 'Marta Quince')).toBe(true);
    expect(namesMatch('Winifred Hale - Chairman', 'Winifred Hale')).toBe(true);
    expect(namesMatch('Hale → Winifred Hale (attendees)', 'Winifred Hale')).toBe(true);
  });

  it('reads capital initials against a full name only', () => {
    expect(namesMatch('WH', 'Winifred Hale')).toBe(true);
    expect(namesMatch('WH', 'Walter')).toBe(false);
    expect(namesMatch('wh', 'Winifred Hale')).toBe(false);
  });

  it('does not match different people who share a word in the middle or a title', () => {
    expect(namesMatch('Marta Quince', 'Marta Hale')).toBe(false);
    expect(namesMatch('Cllr Hale', 'Cllr Quince')).toBe(false);
    expect(namesMatch('Anne Marie Hale', 'Marie')).toBe(false);
  });

  it('owners match as sets, with nothing left over', () => {
    expect(ownersMatch(['Marta', 'WH'], ['Winifred Hale', 'Marta Quince'])).toBe(true);
    expect(ownersMatch(['Marta'], ['Marta Quince', 'Winifred Hale'])).toBe(false);
    expect(ownersMatch([], [])).toBe(true);
    expect(ownersMatch(['Marta'], [])).toBe(false);
  });

  it('matches text by the hand phrase, ignoring case and Markdown', () => {
    expect(textMatch('order the new benches', '**Action:** Marta to *order the new benches* by May')).toBe(true);
    expect(textMatch('order the new benches', 'Marta to order chairs')).toBe(false);
  });
});

// A fictional meeting of the Ashgrove Allotment Society, as `inspect --format json` might show it.
const meeting: RefMeeting = {
  file: 'wild/99-ashgrove/2031-04-02.md',
  kind: 'minutes',
  date: '2031-04-02',
  present: ['Winifred Hale (Win)', 'Marta Quince', 'Cllr. Odo Plumtree'],
  absent: ['Basil Ferrand'],
  sample: {
    actions: [
      { line: 20, text: 'order the new benches', owners: ['Marta'] },
      { line: 22, text: 'write to the water board', owners: ['Win', 'Odo Plumtree'] },
      { line: 24, text: 'think about a rota', owners: [], optional: true },
      { line: 30, text: 'mend the gate', owners: ['Basil'] },
    ],
    motions: [{ line: 12, text: 'raise the fee', mover: 'Plumtree', seconder: 'Quince', outcome: 'carried', for: 5 }],
    decisions: [{ lines: [12, 13], text: 'fee raised to five pounds' }],
    approvals: [{ line: 8, of: '2031-03-05', outcome: 'approved' }],
  },
};

const inspected = readInspectEntry({
  path: '/x/wild/99-ashgrove/2031-04-02.md',
  meeting: { date: '2031-04-02' },
  facets: {
    people: [
      { name: 'Winifred Hale', list: 'attendees' },
      { name: 'Marta Quince', list: 'attendees' },
      { name: 'County Councillor Odo Plumtree', list: 'attendees' },
      { name: 'Basil Ferrand', list: 'attendees' },
      { name: 'Ashgrove', list: 'attendees' },
    ],
    actions: [
      { text: 'Marta to order the new benches', owners: ['Marta Quince'], at: '20:3' },
      { text: 'Win and Odo to write to the water board', owners: ['Winifred Hale'], at: '22:1' },
      { text: 'Think about a rota', owners: [], at: '24:1' },
      { text: 'The meeting closed at nine', owners: [], at: '40:1' },
      { text: 'Marta to order the new benches', owners: ['Marta Quince'], at: '20:3' },
    ],
    motions: [{ text: 'That the fee be raised', mover: 'Odo Plumtree', seconder: 'Marta Quince', outcome: 'carried (agreed)', at: '13:1' }],
    decisions: [
      { text: 'fee raised to five pounds', at: '13:1' },
      { text: 'Minutes of the March meeting approved', at: '8:1' },
    ],
  },
});

describe('corpus scorer: a fictional meeting', () => {
  it('reads the inspect entry defensively, lines from "line:column"', () => {
    expect(inspected.read).toBe(true);
    expect(inspected.date).toBe('2031-04-02');
    expect(inspected.actions.map((a) => a.line)).toEqual([20, 22, 24, 40, 20]);
    // With no approvals facet, a decision about minutes stands for one.
    expect(inspected.approvals.map((a) => a.line)).toEqual([8]);
    expect(readInspectEntry({ path: 'x.md', unreadable: '1:1 no front matter', facets: {} }).read).toBe(false);
    expect(readInspectEntry(null).people).toEqual([]);
  });

  it('actions: each recognised item matches once; optional ones count neither way', () => {
    const t = scoreActions(meeting.sample!.actions, inspected.actions);
    // Recognised 5, one of them the optional rota: 4 counted; right: benches and water board.
    expect(t.recognised).toBe(4);
    expect(t.correct).toBe(2);
    expect(t.expected).toBe(3);
    expect(t.found).toBe(2);
    // Owners right for the benches only: the water board misses Odo.
    expect(t.detailed).toBe(1);
    expect(t.missed).toEqual(['30: mend the gate [Basil]']);
    expect(t.unmatched).toHaveLength(2);
  });

  it('motions, decisions and approvals by line or words', () => {
    const mo = scoreMotions(meeting.sample!.motions, inspected.motions);
    expect([mo.correct, mo.recognised, mo.found, mo.expected, mo.detailed]).toEqual([1, 1, 1, 1, 1]);
    const de = scoreDecisions(meeting.sample!.decisions, inspected.decisions);
    expect([de.correct, de.recognised, de.found, de.expected]).toEqual([1, 2, 1, 1]);
    const ap = scoreApprovals(meeting.sample!.approvals, inspected.approvals);
    expect([ap.found, ap.expected]).toEqual([1, 1]);
  });

  it('names: a present person filed under the wrong list counts as read, not as right list', () => {
    const n = scoreNames(meeting, inspected);
    expect(n.expected).toBe(4);
    expect(n.found).toBe(4);
    expect(n.recognised).toBe(5);
    expect(n.correct).toBe(4);
    expect(n.rightList).toBe(3);
    expect(n.unmatched).toEqual(['Ashgrove (attendees)']);
  });

  it('must-not facts: a body read as a person, a posting date read as the meeting\'s', () => {
    expect(mustNotBroken({ kind: 'person', text: 'Ashgrove', why: 'a place' }, inspected, [])).toBe(true);
    expect(mustNotBroken({ kind: 'person', text: 'Basil', why: 'x' }, inspected, [])).toBe(false);
    expect(mustNotBroken({ kind: 'date', text: 'THURSDAY 2nd APRIL 2031', why: 'x' }, inspected, [])).toBe(true);
    expect(mustNotBroken({ kind: 'date', text: '2031-04-01', why: 'x' }, inspected, [])).toBe(false);
    expect(mustNotBroken({ kind: 'finding', line: 7, text: 'any', why: 'x' }, inspected, [{ rule: 'placeholder', line: 7 }])).toBe(true);
    expect(isoDate('held on Thursday 25th November 2004')).toBe('2004-11-25');
    expect(isoDate('WEDNESDAY 15th')).toBeUndefined();
  });

  it('nothing recognised: recall 0, precision has no denominator', () => {
    const t = scoreActions(meeting.sample!.actions, []);
    expect([t.recognised, t.correct, t.found, t.expected]).toEqual([0, 0, 0, 3]);
  });
});

const REFERENCE = join(SHARED, 'reference');
describe.skipIf(!existsSync(REFERENCE))('corpus hand lists', () => {
  it('name files that exist, once each, and every real and wild folder listed has all its files', () => {
    for (const c of COMMITTEES) {
      const files = c.meetings.map((m) => m.file);
      expect(new Set(files).size).toBe(files.length);
      for (const f of files) expect(existsSync(join(REFERENCE, f)), f).toBe(true);
      const onDisk = readdirSync(join(REFERENCE, c.folder), { recursive: true })
        .map(String)
        .filter((f) => f.endsWith('.md') && !/README\.md$/i.test(f))
        .map((f) => `${c.folder}/${f}`)
        .sort();
      expect([...files].sort()).toEqual(onDisk);
    }
  });
});
