import { testRule } from '../helpers/rule-tester.js';
import { people } from './cases/front-matter-v2.js';

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
