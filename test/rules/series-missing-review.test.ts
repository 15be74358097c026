import { testRule } from '../helpers/rule-tester.js';
import { GOOD, seriesSources } from '../helpers/series.js';
import { THIRD, extraordinary, variant } from './cases/series.js';

testRule('series-missing-review', {
  valid: [
    { name: 'every open action reviewed', ...seriesSources(GOOD) },
    { name: 'an extraordinary meeting need not review every open action', ...seriesSources(extraordinary()) },
  ],
  invalid: [
    {
      name: 'a review forgotten: at `outstanding`, naming the ID',
      ...variant((s) => (s[2]!.reviews = [{ id: 'HWC 1/01', status: 'closed' }])),
      findings: [{ file: THIRD, at: '10:1-10:12', message: 'Action HWC 2/01 (raised at meeting 2) is not reviewed in `outstanding`: add it with its status and update' }],
    },
    {
      name: 'no `outstanding` at all: each open action at the heading of the actions section',
      ...variant((s) => delete s[2]!.reviews),
      findings: [
        { file: THIRD, at: '14:1-14:26', message: 'Action HWC 1/01 (left open at meeting 2) is not reviewed at this meeting: say where it stands here, or add it to `outstanding`' },
        { file: THIRD, at: '14:1-14:26', message: 'Action HWC 2/01 (raised at meeting 2) is not reviewed at this meeting: say where it stands here, or add it to `outstanding`' },
      ],
    },
    {
      name: 'what an extraordinary meeting left out, the next ordinary one must review',
      ...seriesSources(extraordinary({ ...GOOD[2]!, reviews: [{ id: 'HWC 1/01', status: 'open' }] })),
      findings: [{ file: THIRD, at: '10:1-10:12', message: 'Action HWC 2/01 (raised at meeting 2) is not reviewed in `outstanding`: add it with its status and update' }],
    },
  ],
});
