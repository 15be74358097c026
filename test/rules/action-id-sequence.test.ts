import { testRule } from '../helpers/rule-tester.js';
import { LKF, minutes } from './cases/edges.js';

const CONFIG = "committee: Lighthouse Keepers' Forum\ncode: LKF\nparties:\n  - Coastal Survey\n";

/** Meeting 27 of a fictional forum, raising the given action IDs in order. */
const meeting27 = (...ids: string[]) => `---
meeting: 27
date: 2025-09-15
attendees:
  Keepers:
    - { name: Marta Quenby, role: chair }
---

## 1. Lamp maintenance

${ids.map((id) => `ACTION ${id}: The Coastal Survey to check the lamp.`).join('\n\n')}
`;

testRule('action-id-sequence', {
  valid: [
    { name: 'numbered 01, 02, 03 in order', config: CONFIG, code: meeting27('LKF 27/01', 'LKF 27/02', 'LKF 27/03') },
    { name: 'one action', config: CONFIG, code: meeting27('LKF 27/01') },
  ],
  invalid: [
    {
      name: 'only the first break is reported: the later numbers are off by the same slip',
      config: CONFIG,
      code: meeting27('LKF 27/01', 'LKF 27/03', 'LKF 27/04', 'LKF 27/06'),
      findings: [{ at: '13:8-13:17', message: 'Action ID "LKF 27/03" is out of sequence: expected 02 here ("LKF 27/02"); 02 is skipped. Actions are numbered 01, 02, 03… in the order they appear' }],
    },
    {
      name: 'a number used twice',
      config: CONFIG,
      code: meeting27('LKF 27/01', 'LKF 27/02', 'LKF 27/02'),
      findings: [
        { at: '15:8-15:17', message: 'Action ID "LKF 27/02" is out of sequence: expected 03 here ("LKF 27/03"); 02 is used twice. Actions are numbered 01, 02, 03… in the order they appear' },
        { rule: 'action-id-duplicate', at: '15:8-15:17', message: 'Action ID "LKF 27/02" is raised twice: it was first raised on line 13' },
      ],
    },
  ],
});

testRule('action-id-sequence', {
  valid: [{ name: 'a line without an ID does not take a number', config: LKF, code: minutes('ACTION LKF 27/01: The Keepers to paint the rail.\n\nACTION LKF 27/02: The Keepers to paint the door.\n') }],
  invalid: [
    {
      name: 'malformed IDs are numbered by their last digits; a line without an ID is skipped',
      config: LKF,
      code: minutes('ACTION LKF 27/01: The Keepers to paint the rail.\n\nACTION: The Keepers to paint the door.\n\nACTION LKF 27-02: The Keepers to paint the lamp.\n\nACTION LKF 27-04: The Keepers to paint the gate.\n'),
      findings: [
        { rule: 'action-id-format', at: '16:1-16:7', message: 'ACTION line without an ID: write "ACTION LKF 27/02: …"' },
        { rule: 'action-id-format', at: '18:8-18:17', message: 'Action ID "LKF 27-02" is malformed: expected "LKF 27/02" (IDs have the form {code} {meeting}/{seq})' },
        { rule: 'action-id-format', at: '20:8-20:17', message: 'Action ID "LKF 27-04" is malformed: expected "LKF 27/04" (IDs have the form {code} {meeting}/{seq})' },
        { at: '20:8-20:17', message: 'Action ID "LKF 27-04" is out of sequence: expected 03 here ("LKF 27/03"); 03 is skipped. Actions are numbered 01, 02, 03… in the order they appear' },
      ],
    },
  ],
});
