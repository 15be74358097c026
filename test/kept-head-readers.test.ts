/**
 * Readers of the head of minutes kept without front matter (model/readers/kept-head.ts) that Word minutes
 * brought in by `minutebook import` need too (issue 22): a letter's dateline is not the meeting's
 * date, "21-October-2011" is a date. `check` on Markdown reads them the same. Fictional committees.
 */
import { describe, expect, it } from 'vitest';
import { keptGroups, readKeptHead, type KeptHead } from '../src/model/readers/kept-head.js';

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

  it('reads "l0th February 2005", a scanned page\'s lower-case L for the digit 1, as the 10th', () => {
    expect(head('Minutes of the meeting held on Thursday l0th February 2005 in the Village Hall\n\nPresent: Ada Pike\n').date?.iso).toBe('2005-02-10');
    expect(head('Minutes of the meeting held on Thursday l0 February 2005\n\nPresent: Ada Pike\n').date).toBeUndefined();
  });

  it('reads "21-October-2011" as a date', () => {
    const h = head('# Minutes of the Quay Users Group\n\nDate : 21-October-2011\n\nPresent: Ada Pike\n');
    expect(h.date?.iso).toBe('2011-10-21');
    expect(lists(h)).toEqual([['attendees', ['Ada Pike']]]);
  });
});

describe('who was present, as minutes kept without front matter say it', () => {
  it('reads sentences of those present, with the title a plural role gives', () => {
    expect(lists(head('# Quay Users Group, 3 March 2026\n\nDirectors Ada Pike and Tom Reeve were present.\n'))).toEqual([['attendees', ['Ada Pike', 'Tom Reeve']]]);
    expect(lists(head('# Quay Users Group, 3 March 2026\n\nCouncillors Bell, Carr and Dunn were present. Ola Berg was also present.\n'))).toEqual([
      ['attendees', ['Councillor Bell', 'Councillor Carr', 'Councillor Dunn']],
      ['participants', ['Ola Berg']],
    ]);
    // A count, or people named in lower-case words, is nobody's name.
    expect(head('# Quay Users Group, 3 March 2026\n\nApproximately forty members of the community were in attendance.\n').kind).toBe('no-attendance');
    // In the business, only a sentence with a role word counts.
    const later = '# Quay Users Group, 3 March 2026\n\n## Harbour\n\n## Quay\n\nAda Pike and Tom Reeve were present.\n';
    expect(head(later).kind).toBe('no-attendance');
  });

  it('reads "Board members in attendance were:" over a list, as "were present:" is read', () => {
    const h = head('# Quay Users Group, 3 March 2026\n\nBoard members in attendance were:\n\n- Ada Pike\n- Tom Reeve\n\n## Harbour\n');
    expect(lists(h)).toEqual([['attendees', ['Ada Pike', 'Tom Reeve']]]);
    expect(lists(head('# Quay Users Group, 3 March 2026\n\nThose present were:\n\n- Ada Pike\n'))).toEqual([['attendees', ['Ada Pike']]]);
    // A sentence that goes on is talk about attendance, not its list.
    expect(head('# Quay Users Group, 3 March 2026\n\nMembers in attendance were: keen to start early.\n').kind).toBe('no-attendance');
  });

  it('reads "Present from <site>:" groups, ": name" continuation lines and "Board Representatives Present:"', () => {
    const h = head('# Quay Users Group, 3 March 2026\n\nPresent from North Quay: Ada Pike, Tom Reeve\n\nPresent from South Quay: Ines Carver\n\nBoard Representatives Present: Ola Berg (Harbour Office).\n');
    expect(keptGroups(h).map((g) => [g.site, g.entries.map((e) => e.text)])).toEqual([['North Quay', ['Ada Pike', 'Tom Reeve']], ['South Quay', ['Ines Carver']], [undefined, ['Ola Berg (Harbour Office)']]]);
    const c = head('# Quay Users Group\n\nDate : 3 March 2026\n\nPresent : Ada Pike (Chair)\\\n: Tom Reeve\\\n: Ines Carver\n');
    expect(lists(c)).toEqual([['attendees', ['Ada Pike (Chair)', 'Tom Reeve', 'Ines Carver']]]);
  });

  it('reads tables of attendees with initials and organisation, under a label or naming themselves', () => {
    const table = '| **Attendee Name** _(present)_ | **Initials** | **Organisation** |\n| --- | --- | --- |\n| Ada PIKE | AP | Harbour Office |\n| Tom REEVE | TR | Quay Trust |\n';
    const labelled = head(`Harbourton, 09 March 2026\n\n| **Project:** | Quay | **Meeting Date/Time:** | **2026-02-23** |\n| --- | --- | --- | --- |\n| **Chairperson:** | Ada Pike | **Issue Date:** | 2026-03-09 |\n\n**List of Participants**\n\n${table}`);
    expect(labelled.date?.iso).toBe('2026-02-23');
    expect(labelled.chair?.text).toBe('Ada Pike');
    expect(keptGroups(labelled).map((g) => g.entries.map((e) => [e.text, e.initials, e.organisation]))).toEqual([[['Ada PIKE', 'AP', 'Harbour Office'], ['Tom REEVE', 'TR', 'Quay Trust']]]);
    // Under two titles, a labelled date in a table, and a table that says whom it lists.
    const bare = head(`# Quay Users Group\n\n# Report\n\n| Meeting Date/Time: | 2026-06-17, 10.00 - 11.30 |\n| --- | --- |\n\n${table}`);
    expect(bare.date).toMatchObject({ iso: '2026-06-17', source: 'body' });
    expect(lists(bare)).toEqual([['attendees', ['Ada PIKE', 'Tom REEVE']]]);
  });

  it('reads a parish council\'s run-on Present line: "together with", full stops, no comma, a list going on after a comma', () => {
    const h = head('Minutes of the Orchard Parish Council held on 8th April 2004\n\nPresent: A. Pike - Chairman. Mrs. Reeve. Mrs. Carver, Miss Berg,\n\nT. Dunn, Mrs. Hale Mrs. Lund together with 3 members of the public.\n\nApologies: Mrs Moss and Mrs Vane: Borough Councillor.\n');
    expect(lists(h)).toEqual([
      ['attendees', ['A. Pike - Chairman', 'Mrs. Reeve', 'Mrs. Carver', 'Miss Berg', 'T. Dunn', 'Mrs. Hale', 'Mrs. Lund', '3 members of the public']],
      ['apologies', ['Mrs Moss', 'Mrs Vane']],
    ]);
    // "Mrs. Vane, Borough Councillor": the title alone is nobody; "a member of the public" is a count;
    // "St. Andrews" and "Mr. E. Drew" keep their full stops.
    const g = head('Minutes of the Orchard Parish Council held on 8th April 2004\n\nPresent: E. Pike -- Chairman, Mrs. Vane, Borough Councillor, Mr. E. Dunn, Ola Berg : Field Officer and a member of the public.\n');
    expect(lists(g)).toEqual([['attendees', ['E. Pike -- Chairman', 'Mrs. Vane', 'Mr. E. Dunn', 'Ola Berg', 'a member of the public']]]);
    // "Mr. and Mrs. Tam Holt" are two people, the first taking the name of the second.
    expect(lists(head('Minutes of 8th April 2004\n\nVisitors: Ann Bell, Mr. and Mrs. Tam Holt\n'))).toEqual([['observers', ['Ann Bell', 'Mr Tam Holt', 'Mrs. Tam Holt']]]);
  });
});
