import { testRule } from '../helpers/rule-tester.js';
import { people } from './cases/front-matter-v2.js';

testRule('end-before-start', {
  valid: [
    { name: 'times with the same zone in order', code: `---\ncommittee: Harbour Works Committee\ndate: 2026-03-10\nstart: "15:00 GMT"\nend: "16:30 GMT"\n${people}---\n` },
    { name: 'times in two zones are not compared', code: `---\ncommittee: Harbour Works Committee\ndate: 2026-03-10\nstart: "15:00 GMT"\nend: "15:30 CET"\n${people}---\n` },
  ],
  invalid: [
    {
      name: 'an end before the start in one zone',
      code: `---\ncommittee: Harbour Works Committee\ndate: 2026-03-10\nstart: "17:30 CET"\nend: "16:00 CET"\n${people}---\n`,
      findings: [{ at: '5:6-5:17', message: '`end` 16:00 CET is before `start` 17:30 CET: the meeting must end after it starts' }],
    },
  ],
});
