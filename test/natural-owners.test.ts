/** Owners as minutes write them, split into tokens (action-owners.ts), and who each token is (owner-resolve.ts). */
import { describe, expect, it } from 'vitest';
import { defaultConfig, type RosterMember } from '../src/config/types.js';
import { isEveryone, isPlaceholder, isRole, parseOwners } from '../src/model/action-owners.js';
import { rosterIdentities, peopleIndex, presentByKey } from '../src/model/identity.js';
import { ownerIndex } from '../src/model/owner-resolve.js';
import { meetingOf } from './helpers/natural.js';

describe('parseOwners', () => {
  const cases: Array<[string, ReturnType<typeof parseOwners>]> = [
    ['', { owners: [] }],
    ['  .;  ', { owners: [] }],
    ['??', { owners: [], placeholder: '??' }],
    [' TBC. ', { owners: [], placeholder: 'TBC' }],
    ['TR and ?', { owners: [], placeholder: 'TR and ?' }],
    ['All members', { owners: [{ text: 'All members', kind: 'everyone' }] }],
    ['AL/TR', { owners: [{ text: 'AL', kind: 'initials' }, { text: 'TR', kind: 'initials' }] }],
    ['TR & KM;', { owners: [{ text: 'TR', kind: 'initials' }, { text: 'KM', kind: 'initials' }] }],
    ['TR,,KM', { owners: [{ text: 'TR', kind: 'initials' }, { text: 'KM', kind: 'initials' }] }],
    ['Cllrs. D. Rhys and M. Oakes', { owners: [{ text: 'D. Rhys', kind: 'name' }, { text: 'M. Oakes', kind: 'name' }] }],
    ['the Clerk', { owners: [{ text: 'the Clerk', kind: 'role' }] }],
    ['Our Deputy Chair with the Treasurer', { owners: [{ text: 'Our Deputy Chair', kind: 'role' }, { text: 'the Treasurer', kind: 'role' }] }],
    ['the Smith family', { owners: [{ text: 'Smith family', kind: 'name' }] }],
    ['TR and all members', { owners: [{ text: 'TR', kind: 'initials' }, { text: 'all members', kind: 'everyone' }] }],
    ['tr + ABCDE', { owners: [{ text: 'tr', kind: 'name' }, { text: 'ABCDE', kind: 'name' }] }],
  ];
  for (const [written, parsed] of cases) it(JSON.stringify(written), () => expect(parseOwners(written)).toEqual(parsed));

  it('the word tests ignore white space around the phrase', () => {
    expect([isRole(' the Clerk '), isEveryone(' everyone '), isPlaceholder(' tbc ')]).toEqual([true, true, true]);
    expect([isRole('the Clerk of works'), isEveryone('everyone else'), isPlaceholder('tbc soon')]).toEqual([false, false, false]);
  });
});

describe('ownerIndex', () => {
  const front = `attendees:
  - Cllr Ann Reed (Chair)
  - Bo Hale
  - Bo Lind
  - Tom Reeve (TRV)
  - Cher`;
  const roster: RosterMember[] = [{ name: 'Harbour Trust', category: 'Partners', aliases: ['HT'], span: undefined as never, fields: {} }];
  const config = { ...defaultConfig(), parties: ['NorthLab'], roster };
  // Built in each test, so that the index is made by the code under test at that moment.
  const who = (token: string) => {
    const r = ownerIndex(meetingOf(front, 'Noted.\n').meeting, config).resolve(token);
    return r?.kind === 'person' ? `person ${r.person.name}` : r?.kind === 'body' ? `body ${r.name}` : (r?.kind ?? 'nobody');
  };
  const cases: Array<[string, string]> = [
    ['Ann Reed', 'person Cllr Ann Reed'],
    ['Cllr Ann Reed', 'person Cllr Ann Reed'],
    ['  ann   REED ', 'person Cllr Ann Reed'],
    ['Ann', 'person Cllr Ann Reed'],
    ['Reed', 'person Cllr Ann Reed'],
    ['AR', 'person Cllr Ann Reed'],
    ['chair', 'person Cllr Ann Reed'],
    ['TRV', 'person Tom Reeve'],
    ['TR', 'person Tom Reeve'],
    ['Hale', 'person Bo Hale'],
    ['Bo', 'nobody'],
    ['BH', 'person Bo Hale'],
    ['Cher', 'person Cher'],
    ['C', 'nobody'],
    ['the Clerk', 'role'],
    ['everyone', 'everyone'],
    ['NorthLab', 'body NorthLab'],
    ['the NorthLab', 'body the NorthLab'],
    ['FPC', 'body FPC'],
    ['Fernbrook Parish Council', 'body Fernbrook Parish Council'],
    ['Partners', 'body Partners'],
    ['Harbour Trust', 'body Harbour Trust'],
    ['HT', 'body HT'],
    ['', 'nobody'],
    ['Cllr', 'nobody'],
    ['Someone Else', 'nobody'],
  ];
  for (const [token, expected] of cases) it(JSON.stringify(token), () => expect(who(token)).toBe(expected));
});

describe('identities and presentByKey', () => {
  const member = (name: string, aliases: string[] = []): RosterMember => ({ name, category: 'Members', aliases, span: undefined as never, fields: {} });

  it("a member's own name wins over another member's alias; the first of two equal aliases wins; blank names are not names", () => {
    const blank = member('  ', ['Nobody']);
    const ann = member('Ann Reed', ['Bob']);
    const bob = member('Bob');
    const ann2 = member('Ann Reed-Smith', ['A. Reed', 'Bob']);
    const ids = rosterIdentities([blank, ann, bob, ann2]);
    expect(ids.member('bob')).toBe(bob);
    expect(ids.member('a.  reed')).toBe(ann2);
    expect(ids.member('')).toBeUndefined();
    expect(ids.member('Nobody')).toBe(blank);
    expect(ids.key('Ann Reed')).toBe(ids.key('ANN REED'));
    expect(ids.key('Ann Reed')).not.toBe(ids.key('Ann Reed-Smith'));
    expect(rosterIdentities([]).key(' Jo  Bloggs ')).toBe('name:jo bloggs');
  });

  it('keeps the first listing of each person present, and leaves out apologies', () => {
    const { meeting } = meetingOf('attendees:\n  - Ann Reed (Chair)\n  - ann reed\n  - Bo Hale\napologies:\n  - Cy Lund', 'Noted.\n');
    const present = presentByKey(meeting, rosterIdentities([]));
    expect([...present.values()].map((p) => p.name)).toEqual(['Ann Reed', 'Bo Hale']);
  });

  it('peopleIndex is built once per meeting and roster, and again for another roster', () => {
    const { meeting } = meetingOf('attendees:\n  - Ann Reed\n  - A. Reed\napologies:\n  - Cy Lund', 'Noted.\n');
    const none: RosterMember[] = [];
    const first = peopleIndex(meeting, none);
    expect(peopleIndex(meeting, none)).toBe(first);
    expect(first.key('Ann Reed')).not.toBe(first.key('A. Reed'));
    expect([...first.present.values()].map((p) => p.name)).toEqual(['Ann Reed', 'A. Reed']);
    const withAlias = peopleIndex(meeting, [member('Ann Reed', ['A. Reed'])]);
    expect(withAlias).not.toBe(first);
    expect(withAlias.key('Ann Reed')).toBe(withAlias.key('a. reed'));
    expect([...withAlias.present.values()].map((p) => p.name)).toEqual(['Ann Reed']);
  });
});
