import { testRule } from '../helpers/rule-tester.js';
import { GOOD, seriesSources } from '../helpers/series.js';
import { THIRD, variant } from './cases/series.js';

testRule('series-closed-reviewed', {
  valid: [{ name: 'a closed action left out of later meetings', ...seriesSources(GOOD) }],
  invalid: [
    {
      name: 'an action closed at meeting 2 reviewed again at meeting 3',
      ...variant((s) => s[2]!.reviews!.push({ id: 'HWC 1/02', status: 'closed' })),
      findings: [{ file: THIRD, at: '17:9-17:17', message: 'Action HWC 1/02 was closed at meeting 2 (2024-02-14) and is reviewed again; remove this review' }],
    },
  ],
});
