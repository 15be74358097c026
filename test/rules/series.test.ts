/**
 * The series rules, in-process, on small generated series (test/helpers/series.ts): three meetings
 * in good order, each case changing one thing. Every file of the series is checked, with every rule.
 */
import { testRule } from '../helpers/rule-tester.js';
import { GOOD, seriesSources, type MeetingSpec } from '../helpers/series.js';

const THIRD = '2024-03-13-hwc-3.md';

const variant = (change: (s: MeetingSpec[]) => void) => {
  const s = structuredClone(GOOD);
  change(s);
  return seriesSources(s);
};
const extraordinary = (third = GOOD[2]!): MeetingSpec[] => [GOOD[0]!, GOOD[1]!, { n: '2x', date: '2024-02-28', reviews: [{ id: 'HWC 1/01', status: 'open' }] }, third];

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
