import { testRule } from '../helpers/rule-tester.js';
import { THIRD, variant } from './cases/series.js';

testRule('series-unknown-review', {
  valid: [
    {
      name: 'an action from before the series, with its full metadata',
      ...variant((s) => (s[0]!.reviews = [{ id: 'HWC 0/01', status: 'closed', extra: { action: 'Survey the slipway.', owner: 'Harbour Office', raised: '2023-12-06', target: '2024-01-10' } }])),
    },
  ],
  invalid: [
    {
      name: 'a mistyped ID: at the ID, with the nearest known one',
      ...variant((s) => (s[2]!.reviews![1]!.id = 'HWC 2/07')),
      findings: [
        {
          file: THIRD,
          at: '14:9-14:17',
          message: 'Reviewed action HWC 2/07 is unknown: no earlier meeting of the series raised it (did you mean "HWC 2/01"?); give `action`, `owner`, `raised`, `target` in the review, or correct the ID',
        },
        { file: THIRD, rule: 'series-missing-review', at: '10:1-10:12', message: 'Action HWC 2/01 (raised at meeting 2) is not reviewed in `outstanding`: add it with its status and update' },
      ],
    },
  ],
});
