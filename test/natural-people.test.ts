/** People as minutes write them: parsing (NATURAL §2), flat and category lists, matching. Fictional names. */
import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../src/config/types.js';
import { looksLikePersonalName, nearMatch, personIndex } from '../src/model/person-match.js';
import { parsePerson, type PersonParts } from '../src/model/person-parse.js';
import { meetingOf, viewOf } from './helpers/natural.js';

describe('parsePerson: the forms of NATURAL §2', () => {
  const cases: Array<[string, Partial<PersonParts>]> = [
    ['Cllr Mrs P Ashdown', { titles: ['Cllr', 'Mrs'], name: 'P Ashdown', given: 'P', surname: 'Ashdown', full: 'Cllr Mrs P Ashdown' }],
    ['Dr Ana Lopez (AL - chair)', { titles: ['Dr'], name: 'Ana Lopez', initials: 'AL', role: 'chair' }],
    ['Tom Reeve (TR), NorthLab, Data Services', { name: 'Tom Reeve', initials: 'TR', organisation: 'NorthLab, Data Services' }],
    ['Ines Carver, Hollins Trust (via phone)', { name: 'Ines Carver', organisation: 'Hollins Trust', remote: true }],
    ['Maya Odell (representing Ravi Sood MP)', { name: 'Maya Odell', representing: 'Ravi Sood MP' }],
    ['Kit Morrow (Alternate for Yusuf Carrow)', { name: 'Kit Morrow', alternateFor: 'Yusuf Carrow' }],
    ['Joel Kettering (Part)(agenda item 4)', { name: 'Joel Kettering', part: true, items: ['4'] }],
    ['12 members of the public', { count: 12, public: true }],
    ['Ravi Sood MP', { titles: ['MP'], name: 'Ravi Sood' }],
    ['Mr. P. Dowling', { titles: ['Mr.'], name: 'P. Dowling', given: 'P.', surname: 'Dowling' }],
    ['Comhairleoir Ó Briain', { titles: ['Comhairleoir'], name: 'Ó Briain', surname: 'Ó Briain' }],
    ['Anke van der Berg', { name: 'Anke van der Berg', given: 'Anke', surname: 'van der Berg' }],
    ['Wren', { titles: [], name: 'Wren', surname: 'Wren' }],
    ['Dave Kern (DK - minutes)', { initials: 'DK', role: 'minutes' }],
    ['Wren Hadley (@wrenh', { name: 'Wren Hadley', surname: 'Hadley', handle: '@wrenh' }],
  ];
  for (const [written, parts] of cases) {
    it(written, () => expect(parsePerson(written)).toMatchObject(parts));
  }
  it('a configured title is ignored like the built-in ones', () => {
    const { meeting } = meetingOf('attendees:\n  - Canon Ada Pike', '', { ...defaultConfig(), titles: ['Canon'] });
    expect(meeting.people[0]!.parts).toMatchObject({ titles: ['Canon'], name: 'Ada Pike' });
  });
});

describe('people lists: flat lists and category maps', () => {
  it('a flat list keeps its order and parses each string', () => {
    const { meeting, messages } = meetingOf(
      'attendees:\n  - Dr Ana Lopez (AL - chair)\n  - Tom Reeve (TR), NorthLab\n  - Cllr Mrs P Ashdown\napologies:\n  - Ines Carver\nabsent:\n  - Kit Morrow\nobservers:\n  - 12 members of the public\nin_attendance:\n  - Olu Bankole, Fernbrook Trust',
      'Text.\n',
    );
    expect(messages.filter((m) => m.ruleId === 'value-type' || m.ruleId === 'unknown-key')).toEqual([]);
    expect(meeting.attendees.map((g) => [g.name, g.people.map((p) => p.name)])).toEqual([['', ['Dr Ana Lopez', 'Tom Reeve', 'Cllr Mrs P Ashdown']]]);
    const lopez = meeting.attendees[0]!.people[0]!;
    expect([lopez.role, lopez.initials, lopez.written]).toEqual(['chair', 'AL', 'Dr Ana Lopez (AL - chair)']);
    expect(meeting.people.map((p) => p.list)).toEqual(['attendees', 'attendees', 'attendees', 'participants', 'observers', 'apologies', 'absent']);
    expect(meeting.observers[0]!.people[0]!.parts).toMatchObject({ public: true, count: 12 });
  });

  it('a map of categories still works, and maps take representing, organisation and part as text', () => {
    const { meeting, messages } = meetingOf(
      'attendees:\n  Members:\n    - { name: Dafydd Rhys, role: chair }\n    - { name: Maya Odell, representing: Ravi Sood MP, organisation: Hollins Trust }\napologies:\n  Members:\n    - { name: Ed Blyth, part: 2nd part of the meeting }',
      'Text.\n',
    );
    expect(messages.filter((m) => m.ruleId === 'value-type')).toEqual([]);
    expect(meeting.attendees[0]!.name).toBe('Members');
    expect(meeting.people[1]).toMatchObject({ representing: 'Ravi Sood MP', organisation: 'Hollins Trust' });
    expect(meeting.people[2]).toMatchObject({ part: true, partText: '2nd part of the meeting' });
  });

  it('outputs show a string entry as written, and a map entry with its annotations', () => {
    const { meeting } = meetingOf('attendees:\n  - Tom Reeve (TR), NorthLab\n  - { name: Maya Odell, representing: Ravi Sood MP }', 'Text.\n');
    const vm = viewOf(meeting);
    expect(vm.attendees[0]!.people.map((p) => p.display)).toEqual(['Tom Reeve (TR), NorthLab', 'Maya Odell (representing Ravi Sood MP)']);
  });
});

describe('personIndex: matching', () => {
  // Built inside each test (a mutation run changes the code between tests, not between files).
  const people = () =>
    meetingOf(
      'attendees:\n  - Dafydd Rhys\n  - Cllr Mrs P Ashdown\n  - Tom Reeve (TR)\n  - Mike Hale\n  - Bertrand Voss\n  - Councillor Quill\nparticipants:\n  - Mike Orme\n  - { name: Ms. L. Fane, role: Town Clerk }',
      'Text.\n',
    ).meeting.people;
  const who = (s: string) => {
    const r = personIndex(people(), { aliases: { 'Dafydd Rhys': ['Dai'] } }).resolve(s);
    return r.kind === 'one' ? r.person.name : r.kind;
  };
  const cases: Array<[string, string]> = [
    ['Dafydd Rhys', 'Dafydd Rhys'],
    ['D. Rhys', 'Dafydd Rhys'],
    ['Cllr Rhys', 'Dafydd Rhys'],
    ['Councillor Dafydd Rhys', 'Dafydd Rhys'],
    ['Dai', 'Dafydd Rhys'],
    ['Mrs Ashdown', 'Cllr Mrs P Ashdown'],
    ['P. Ashdown', 'Cllr Mrs P Ashdown'],
    ['TR', 'Tom Reeve'],
    ['Tom', 'Tom Reeve'],
    ['Mike', 'ambiguous'],
    ['Bert', 'Bertrand Voss'],
    ['Councillor Ann Quill', 'Councillor Quill'],
    ['the Town Clerk', 'Ms. L. Fane'],
    ['E. Rhys', 'none'],
    ['Nadia Quell', 'none'],
    ['him', 'none'],
  ];
  for (const [written, expected] of cases) it(`${written} → ${expected}`, () => expect(who(written)).toBe(expected));

  it('nearMatch: near misses, not short forms or other people', () => {
    const listed = people();
    const near = (s: string) => nearMatch(s, listed)?.name;
    expect(near('Tom Reed')).toBe('Tom Reeve');
    expect(near('Daffyd Rhys')).toBe('Dafydd Rhys');
    expect(near('Cllr Mr Ashdown')).toBe('Cllr Mrs P Ashdown');
    expect(near('Tom Reeve')).toBeUndefined();
    expect(near('Bert Voss')).toBeUndefined();
    expect(near('Jane Quill')).toBeUndefined();
  });

  it('looksLikePersonalName: full names and titled surnames, not roles, parties or single words', () => {
    expect(['Nadia Quell', 'Cllr Rhys', 'Mr. P. Dowling'].map((s) => looksLikePersonalName(s))).toEqual([true, true, true]);
    expect(['the Clerk', 'DCC', 'The DCC', 'Spondy', 'All members'].map((s) => looksLikePersonalName(s))).toEqual([false, false, false, false, false]);
  });
});
