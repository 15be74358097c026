import { testRule } from '../helpers/rule-tester.js';
import { LKF, minutes } from './cases/edges.js';

testRule('action-id-format', {
  valid: [{ name: 'an ID in the configured form', config: LKF, code: minutes('ACTION LKF 27/01: The Keepers to paint the rail.\n') }],
  invalid: [
    {
      name: 'without a committee code the expected ID shows a placeholder',
      code: minutes('ACTION 27/1: The Keepers to paint the rail.\n'),
      findings: [
        { rule: 'required-key', at: '2:1-2:1', message: 'Missing required key "committee" in the front matter' },
        { at: '14:8-14:12', message: 'Action ID "27/1" is malformed: expected "CODE 27/01" (IDs have the form {code} {meeting}/{seq})' },
      ],
    },
  ],
});
