import { testRule } from '../helpers/rule-tester.js';
import { GOOD, seriesSources } from '../helpers/series.js';
import { variant } from './cases/series.js';

testRule('series-order', {
  valid: [{ name: 'numbers and dates increase', ...seriesSources(GOOD) }],
  invalid: [
    {
      name: 'a later meeting repeating a number: at its `meeting` value',
      ...variant((s) => (s[2]!.n = 2)),
      findings: [
        { file: '2024-03-13-hwc-2.md', at: '2:10-2:11', message: 'Meeting 2 appears twice in the series: 2024-02-14-hwc-2.md has the same number' },
        {
          file: '2024-03-13-hwc-2.md',
          rule: 'review-id',
          at: '14:9-14:17',
          message: 'Action review ID "HWC 2/01" belongs to this meeting (2): actions raised at this meeting are recorded as ACTION lines, and reviewed from the next one',
        },
      ],
    },
    {
      name: 'a later date with a lower number',
      ...variant((s) => {
        s[2]!.n = 1;
        s[2]!.reviews = [];
        s[1]!.next = undefined;
      }),
      findings: [
        { file: '2024-03-13-hwc-1.md', at: '2:10-2:11', message: 'Meeting 1 (2024-03-13) comes after meeting 2 (2024-02-14) by date but has a lower number: correct the number or the date' },
        { file: '2024-03-13-hwc-1.md', rule: 'series-missing-review', at: '14:1-14:26', message: 'Action HWC 1/01 (left open at meeting 2) is not reviewed at this meeting: say where it stands here, or add it to `outstanding`' },
        { file: '2024-03-13-hwc-1.md', rule: 'series-missing-review', at: '14:1-14:26', message: 'Action HWC 2/01 (raised at meeting 2) is not reviewed at this meeting: say where it stands here, or add it to `outstanding`' },
      ],
    },
    {
      name: "two meetings on one date: at the later one's date",
      ...variant((s) => {
        s[2]!.date = '2024-02-14';
        s[1]!.next = undefined;
      }),
      findings: [{ file: '2024-02-14-hwc-3.md', at: '3:7-3:17', message: 'Meeting 3 has the same date as meeting 2 (2024-02-14): dates must increase along the series' }],
    },
  ],
});
