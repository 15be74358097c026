/**
 * Front matter as natural minutes write it (NATURAL §2): no meeting number, the date from the file
 * name, next meetings as a month or words, times with a zone; and editor's residue and relative
 * links in the body (NATURAL §3).
 */
import { testRule } from '../helpers/rule-tester.js';

const people = `attendees:
  Members:
    - { name: Alice Marlow, role: chair }
`;

testRule('required-key', {
  valid: [
    { name: 'no meeting number and no code: the date identifies the meeting', code: `---\ncommittee: Harbour Works Committee\ndate: 2026-03-10\n${people}---\n\n## Dredging\n` },
    { name: 'the date from the file name', files: { '2026-03-10-harbour-works.md': `---\ncommittee: Harbour Works Committee\n${people}---\n\n## Dredging\n` } },
  ],
  invalid: [
    {
      name: 'no date anywhere',
      files: { 'harbour-works.md': `---\ncommittee: Harbour Works Committee\n${people}---\n` },
      findings: [{ at: '2:1-2:1', message: 'Missing required key "date" in the front matter' }],
    },
  ],
});

testRule('next-meeting-date', {
  valid: [
    {
      name: 'a month, words and a date with a time and zone',
      code: `---\ncommittee: Harbour Works Committee\ndate: 2026-03-10\n${people}next_meetings:\n  - date: 2026-03\n  - date: TBC\n  - date: in April, 19:00\n  - date: 2026-04-14 15:00 GMT\n---\n`,
    },
  ],
  invalid: [
    {
      name: 'a month already past',
      code: `---\ncommittee: Harbour Works Committee\ndate: 2026-03-10\n${people}next_meetings:\n  - date: 2026-02\n---\n`,
      findings: [{ at: '8:11-8:18', message: 'The next meeting month 2026-02 is before this meeting (2026-03-10): a next meeting comes after this one' }],
    },
  ],
});

testRule('end-before-start', {
  valid: [
    { name: 'times with the same zone in order', code: `---\ncommittee: Harbour Works Committee\ndate: 2026-03-10\nstart: "15:00 GMT"\nend: "16:30 GMT"\n${people}---\n` },
    { name: 'times in two zones are not compared', code: `---\ncommittee: Harbour Works Committee\ndate: 2026-03-10\nstart: "15:00 GMT"\nend: "15:30 CET"\n${people}---\n` },
  ],
  invalid: [
    {
      name: 'an end before the start in one zone',
      code: `---\ncommittee: Harbour Works Committee\ndate: 2026-03-10\nstart: "17:30 CET"\nend: "16:00 CET"\n${people}---\n`,
      findings: [{ at: '5:6-5:17', message: '`end` 16:00 CET is before `start` 17:30 CET: the meeting must end after it starts' }],
    },
  ],
});

const body = (text: string) => `---\ncommittee: Harbour Works Committee\ndate: 2026-03-10\n${people}---\n\n${text}`;

testRule('placeholder', {
  valid: [
    { name: 'post-meeting notes, lower-case words, code and a TBC next meeting', code: body('[Post-meeting] The survey was circulated. [Note post-meeting: two replies.]\n\nThe date is tbc; `a ?? b` is code; the cost was (about?) £40.\n').replace('---\n\n', 'next_meetings:\n  - date: TBC\n---\n\n') },
  ],
  invalid: [
    {
      name: 'TBD, XXX, ?? and a note in brackets',
      code: body('The owner is TBD and the cost £XXX ??\n\n[AL/TR: check with the Clerk]\n'),
      findings: [
        { at: '9:14-9:17', message: 'Placeholder "TBD" is still to be filled in' },
        { at: '9:32-9:35', message: 'Placeholder "XXX" is still to be filled in' },
        { at: '9:36-9:38', message: 'Placeholder "??" is still to be filled in' },
        { at: '11:1-11:30', message: 'Editor\'s note "[AL/TR: check with the Clerk]" is still in the minutes' },
      ],
    },
    {
      name: 'configured template phrases replace the default list',
      config: 'placeholders:\n  - "Insert names here"\n',
      code: body('Present: INSERT NAMES HERE\n\nDELETE AS APPROPRIATE is an instruction in capitals all the same.\n'),
      findings: [
        { at: '9:10-9:27', message: 'Template instruction "INSERT NAMES HERE" is still in the minutes' },
        { at: '11:1-11:22', message: 'Template instruction "DELETE AS APPROPRIATE" is still in the minutes' },
      ],
    },
  ],
});

testRule('link-broken', {
  valid: [
    {
      name: 'links to files beside the minutes, web pages, site paths and anchors',
      files: { '2026-03-10-hwc.md': body('See [February](2026-02-10-hwc.md), [the site](https://example.org), [maps](/maps) and [below](#dredging).\n'), '2026-02-10-hwc.md': body('') },
    },
  ],
  invalid: [
    {
      name: 'a misspelt file name',
      code: body('See [the February minutes](2026-02-01-hwc.md#item-3).\n'),
      findings: [{ at: '9:5-9:53', message: 'Link "the February minutes" points at "2026-02-01-hwc.md", which does not exist beside this file' }],
    },
  ],
});
