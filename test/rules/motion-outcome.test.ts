import { testRule } from '../helpers/rule-tester.js';

/** Minutes of a fictional parish council whose body is the given text. */
const minutes = (body: string) => `---
committee: Fernbrook Parish Council
code: FPC
meeting: 7
date: 2026-03-10
attendees:
  - Petra Ashdown (chair)
  - Dafydd Rhys
  - Joel Kettering
---

## 1. Accounts

${body}
`;

testRule('motion-outcome', {
  valid: [
    { name: 'a motion carried', code: minutes('Joel Kettering moved that the accounts be accepted. Seconded by Dafydd Rhys. The motion was carried.') },
    {
      // docs/rules/motion-outcome.md: rows of a motions table are not reported, even when the
      // result cell holds no outcome word.
      name: 'a row of a motions table, whatever its result cell holds',
      code: minutes('| Motion | Moved by | Seconded by | Result |\n| --- | --- | --- | --- |\n| Accept the accounts | Joel Kettering | Dafydd Rhys | See item 4 |'),
    },
  ],
  invalid: [
    {
      name: 'a motion moved and seconded, with no outcome',
      code: minutes('Joel Kettering moved that the accounts be accepted. Seconded by Dafydd Rhys.'),
      findings: [{ at: '14:1-14:77', message: 'The motion "That the accounts be accepted." was moved and seconded but the minutes record no outcome (carried, lost, withdrawn or deferred)' }],
    },
  ],
});
