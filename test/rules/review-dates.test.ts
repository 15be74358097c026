import { testRule } from '../helpers/rule-tester.js';
import { LKF, NOTED, datedReview, minutes, review } from './cases/edges.js';

testRule('review-dates', {
  valid: [
    {
      name: 'a target on the day raised, raised on the day of the meeting, a revised target later',
      config: LKF,
      code: minutes(NOTED, `outstanding:\n${datedReview('LKF 26/01', '    raised: 2025-09-15\n    target: 2025-09-15\n')}${datedReview('LKF 26/02', '    raised: 2025-08-01\n    target: 2025-09-01\n    revised: 2025-10-01\n')}`),
    },
  ],
  invalid: [
    {
      name: 'a target before the day raised',
      config: LKF,
      code: minutes(NOTED, `outstanding:\n${datedReview('LKF 26/01', '    raised: 2025-08-02\n    target: 2025-08-01\n')}`),
      findings: [{ at: '15:13-15:23', message: 'Action LKF 26/01: `target` 2025-08-01 is before the date raised, 2025-08-02' }],
    },
  ],
});
