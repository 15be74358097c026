import { testRule } from '../helpers/rule-tester.js';

/** Minutes of a fictional parish council whose body is the given paragraphs. */
const minutes = (...body: string[]) => `---
committee: Fernbrook Parish Council
code: FPC
meeting: 7
date: 2026-03-10
attendees:
  - Petra Ashdown (chair)
  - Dafydd Rhys
  - Joel Kettering
---

## 1. Harbour lights

${body.join('\n\n')}
`;

testRule('acting-while-absent', {
  valid: [
    {
      name: 'a member who left and rejoined moves a motion after coming back',
      code: minutes(
        'Joel Kettering left the meeting.',
        'Joel Kettering rejoined the meeting.',
        'Joel Kettering moved that the lights be replaced. Seconded by Dafydd Rhys. The motion was carried.',
      ),
    },
    {
      name: 'a member moves a motion before leaving',
      code: minutes('Joel Kettering moved that the lights be replaced. Seconded by Dafydd Rhys. The motion was carried.', 'Joel Kettering left the meeting.'),
    },
    {
      name: 'a mover written with a slip of the pen for someone present ("Mrs. Feirn" for "Mrs. Fenn") is not surely absent',
      code: minutes('It was proposed by Mrs. Feirn and seconded by Dafydd Rhys that the lights be replaced. Carried.').replace('Joel Kettering', 'Mrs. Fenn'),
    },
  ],
  invalid: [
    {
      name: 'a mover on no list whose name is no slip for anyone present',
      code: minutes('It was proposed by Mrs. Vane and seconded by Dafydd Rhys that the lights be replaced. Carried.'),
      findings: [{ at: '14:20-14:29', message: '"Mrs. Vane" moved a motion but is on no list of the meeting (attendees, participants, apologies)' }],
    },
    {
      name: 'a member who left and has not come back moves a motion',
      code: minutes(
        'Joel Kettering left the meeting.',
        'Joel Kettering moved that the lights be replaced. Seconded by Dafydd Rhys. The motion was carried.',
      ),
      findings: [{ at: '16:1-16:15', message: '"Joel Kettering" moved a motion after leaving the meeting (line 14)' }],
    },
  ],
});
