/**
 * Readers of the head of minutes kept without front matter (model/kept-head.ts) that Word minutes
 * brought in by `minutebook import` need too (issue 22): a letter's dateline is not the meeting's
 * date, "21-October-2011" is a date. `check` on Markdown reads them the same. Fictional committees.
 */
import { describe, expect, it } from 'vitest';
import { keptGroups, readKeptHead, type KeptHead } from '../src/model/kept-head.js';

const head = (text: string): KeptHead => readKeptHead(text, 0, 'minutes.md');
const lists = (h: KeptHead) => keptGroups(h).map((g) => [g.list, g.entries.map((e) => e.text)]);

describe('the date of minutes kept without front matter', () => {
  it('skips a dateline ("Harbourton, 09 March 2026": when the report was written) for the meeting date below it', () => {
    const h = head('Harbourton, 09 March 2026\n\nReport on the 4th meeting of the Quay Users Group\n\n| Project: | Quay | Meeting date: | 2026-02-23 |\n| --- | --- | --- | --- |\n\nPresent: Ada Pike, Tom Reeve\n');
    expect(h.date?.iso).toBe('2026-02-23');
  });

  it('still reads "Monday, 9 March 2026" alone on a line as the date', () => {
    expect(head('Monday, 9 March 2026\n\nPresent: Ada Pike\n').date?.iso).toBe('2026-03-09');
  });

  it('reads "Sept 19 2018", and not the date of the minutes a meeting approves', () => {
    expect(head('Minutes of Sept 19 2018\n\nDirectors Present: Ada Pike, Tom Reeve\n').date?.iso).toBe('2018-09-19');
    // The title gives no date: the approval line names the last meeting, not this one.
    const h = head('Minutes of Annual Meeting\n\nDirectors Present: Ada Pike, Tom Reeve.\n\nMinutes. The March 15, 2017 minutes were approved with one correction.\n');
    expect(h.date).toBeUndefined();
  });

  it('reads "21-October-2011" as a date', () => {
    const h = head('# Minutes of the Quay Users Group\n\nDate : 21-October-2011\n\nPresent: Ada Pike\n');
    expect(h.date?.iso).toBe('2011-10-21');
    expect(lists(h)).toEqual([['attendees', ['Ada Pike']]]);
  });
});
