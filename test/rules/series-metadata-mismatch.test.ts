import { testRule } from '../helpers/rule-tester.js';
import { GOOD, seriesSources } from '../helpers/series.js';
import { THIRD, variant } from './cases/series.js';

testRule('series-metadata-mismatch', {
  valid: [{ name: 'reviews that leave the metadata to the raising meeting', ...seriesSources(GOOD) }],
  invalid: [
    {
      name: 'at each value that differs (the target after its revision)',
      ...variant((s) => (s[2]!.reviews![0]!.extra = { owner: 'Dredging Contractor', target: '2024-03-13' })),
      findings: [
        { file: THIRD, at: '12:12-12:31', message: 'The owner of HWC 1/01 is "Dredging Contractor" here but "Harbour Office" at meeting 1' },
        { file: THIRD, at: '13:13-13:23', message: 'The target of HWC 1/01 is 2024-04-10 (revised at meeting 2), not 2024-03-13; a new target goes in `revised`' },
      ],
    },
  ],
});
