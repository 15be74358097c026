import { testRule } from '../helpers/rule-tester.js';
import { BOARD } from './cases/natural-board.js';
import { LKF, minutes } from './cases/edges.js';

testRule('action-owner', {
  valid: [
    {
      name: 'initials derived from a listed name, as unknown-initials accepts them',
      config: LKF,
      code: minutes('ACTION LKF 27/01: NF to paint the rail.\n', '  Lamp Room:\n    - Nadia Ferreira\n'),
    },
  ],
  invalid: [
    {
      name: 'initials of nobody listed',
      config: LKF,
      code: minutes('ACTION LKF 27/01: QZ to paint the rail.\n', '  Lamp Room:\n    - Nadia Ferreira\n'),
      findings: [{ at: '16:19-16:21', message: 'Owner "QZ" of action "LKF 27/01" is not a known party, category, organisation or person present' }],
    },
  ],
});

// Natural notation (docs/natural-actions.md).
testRule('action-owner', {
  valid: [
    { name: 'a label with an owner', code: BOARD + 'Action: TR to sweep the path.\n' },
    { name: 'an owner in an Actions list', code: BOARD + '## Actions\n\n- 1 TR to sweep the path.\n' },
    { name: 'all members', code: BOARD + 'Action point: All members to bring a cake.\n' },
  ],
  invalid: [
    {
      name: 'a label without an owner',
      code: BOARD + 'Action point: release the plan for comment\n',
      findings: [{ at: '15:1-15:43', message: 'This action has no owner: name who is to act ("Kate to …", "Action: Clerk")' }],
    },
    {
      name: '?? and TBC name nobody',
      code: BOARD + '## Actions\n\n- 1 ?? to fix the notice board.\n- 2 TBC to repaint the shed.\n',
      findings: [
        { at: '17:1-17:32', message: 'Action "1" has no owner: "??" names nobody; write who is to act' },
        { at: '18:1-18:29', message: 'Action "2" has no owner: "TBC" names nobody; write who is to act' },
        // The same marks are editor's residue too (placeholder, NATURAL §3).
        { rule: 'placeholder', at: '17:5-17:7', message: 'Placeholder "??" is still to be filled in' },
        { rule: 'placeholder', at: '18:5-18:8', message: 'Placeholder "TBC" is still to be filled in' },
      ],
    },
  ],
});
