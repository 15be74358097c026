import { testRule } from '../helpers/rule-tester.js';
import { LKF, minutes } from './cases/edges.js';

testRule('action-syntax', {
  valid: [{ name: 'the canonical form', config: LKF, code: minutes('ACTION LKF 27/01: The Keepers to paint the rail.\n') }],
  invalid: [
    {
      name: 'no space after the colon',
      config: LKF,
      code: minutes('ACTION LKF 27/01:The Keepers to paint the rail.\n'),
      findings: [{ at: '14:1-14:18', message: 'Action line "ACTION LKF 27/01:" needs a space after the colon (check --fix rewrites it)' }],
    },
  ],
});
