import { testRule } from '../helpers/rule-tester.js';
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
