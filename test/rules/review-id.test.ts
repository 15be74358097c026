import { testRule } from '../helpers/rule-tester.js';
import { LKF, NOTED, minutes, review } from './cases/edges.js';

testRule('review-id', {
  valid: [
    { name: 'a date-based ID of an earlier month', config: `${LKF}action_id: "{code}-{yyyy}-{mm}-{seq}"\n`, code: minutes(NOTED, `outstanding:\n${review('LKF-2025-08-02')}`) },
    { name: 'a date-based ID of this month', config: `${LKF}action_id: "{code}-{yyyy}-{mm}-{seq}"\n`, code: minutes(NOTED, `outstanding:\n${review('LKF-2025-09-01')}`) },
  ],
  invalid: [
    {
      name: 'a date-based ID of a later month',
      config: `${LKF}action_id: "{code}-{yyyy}-{mm}-{seq}"\n`,
      code: minutes(NOTED, `outstanding:\n${review('LKF-2025-10-01')}${review('LKF-2025-08-02')}`),
      findings: [{ at: '11:9-11:23', message: 'Action review ID "LKF-2025-10-01" is dated 2025-10, after this meeting (2025-09-15): only actions of earlier meetings can be reviewed' }],
    },
    {
      name: 'a two-digit year after this one',
      config: `${LKF}action_id: "{code}-{yy}-{seq:3}"\n`,
      code: minutes(NOTED, `outstanding:\n${review('LKF-26-001')}`),
      findings: [{ at: '11:9-11:19', message: 'Action review ID "LKF-26-001" is dated 2026, after this meeting (2025-09-15): only actions of earlier meetings can be reviewed' }],
    },
  ],
});
