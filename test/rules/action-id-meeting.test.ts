import { testRule } from '../helpers/rule-tester.js';
import { LKF, byDate, minutes } from './cases/edges.js';

testRule('action-id-meeting', {
  valid: [
    { name: 'a meeting number written with a leading zero', config: LKF, code: minutes('ACTION LKF 027/01: The Keepers to paint the rail.\n') },
    { name: "a date-based ID of this meeting's year and month", config: byDate('{code}-{yyyy}-{mm}-{seq}'), code: minutes('ACTION LKF-2025-09-01: The Keepers to paint the rail.\n') },
  ],
  invalid: [
    {
      name: 'another month, another year',
      config: byDate('{code}-{yyyy}-{mm}-{seq}'),
      code: minutes('ACTION LKF-2025-09-01: The Keepers to paint the rail.\n\nACTION LKF-2025-08-02: The Keepers to paint the door.\n\nACTION LKF-2024-09-03: The Keepers to paint the lamp.\n'),
      findings: [
        { at: '16:8-16:22', message: 'Action ID "LKF-2025-08-02" is not this meeting\'s: its month is 08, this meeting\'s is 09 (expected "LKF-2025-09-02")' },
        { at: '18:8-18:22', message: 'Action ID "LKF-2024-09-03" is not this meeting\'s: its year is 2024, this meeting\'s is 2025 (expected "LKF-2025-09-03")' },
      ],
    },
    {
      name: 'a two-digit year',
      config: byDate('{code}-{yy}-{seq:3}'),
      code: minutes('ACTION LKF-25-001: The Keepers to paint the rail.\n\nACTION LKF-24-002: The Keepers to paint the door.\n'),
      findings: [{ at: '16:8-16:18', message: 'Action ID "LKF-24-002" is not this meeting\'s: its year is 24, this meeting\'s is 25 (expected "LKF-25-002")' }],
    },
  ],
});
