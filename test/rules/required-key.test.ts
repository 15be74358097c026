import { testRule } from '../helpers/rule-tester.js';
import { LKF, NOTED, minutes, review } from './cases/edges.js';
import { people } from './cases/front-matter-v2.js';

testRule('required-key', {
  valid: [{ name: 'a review with its ID', config: LKF, code: minutes(NOTED, `outstanding:\n${review('LKF 26/01')}`) }],
  invalid: [
    {
      // series-unknown-review once called it "Reviewed action  is unknown": there is no ID to call unknown.
      name: 'a review without an ID is a missing key and nothing else',
      config: LKF,
      code: minutes(NOTED, 'outstanding:\n  - status: open\n    update: Begun.\n'),
      findings: [{ at: '11:5-11:5', message: 'Missing required key "id" in `outstanding[0]`' }],
    },
  ],
});

testRule('required-key', {
  valid: [
    { name: 'no meeting number and no code: the date identifies the meeting', code: `---\ncommittee: Harbour Works Committee\ndate: 2026-03-10\n${people}---\n\n## Dredging\n` },
    { name: 'the date from the file name', files: { '2026-03-10-harbour-works.md': `---\ncommittee: Harbour Works Committee\n${people}---\n\n## Dredging\n` } },
  ],
  invalid: [
    {
      name: 'no date anywhere',
      files: { 'harbour-works.md': `---\ncommittee: Harbour Works Committee\n${people}---\n` },
      findings: [{ at: '2:1-2:1', message: 'Missing required key "date" in the front matter' }],
    },
  ],
});
