import { testRule } from '../helpers/rule-tester.js';
import { LKF, NOTED, minutes } from './cases/edges.js';

testRule('no-chair', {
  valid: [{ name: 'the role is compared without case', config: LKF, code: minutes(NOTED).replace('role: chair', 'role: Chair') }],
  invalid: [
    {
      name: 'a chair listed among the participants',
      config: LKF,
      code: minutes(NOTED, 'participants:\n  Coastal Survey:\n    - name: Bram Tiller\n      role: Chair\n').replace('      role: chair\n', ''),
      findings: [{ at: '4:1-4:10', message: 'No attendee has role "chair" in attendees: "Bram Tiller" has role chair but is listed in participants, not attendees' }],
    },
  ],
});
