/**
 * The approval rules (minutes-unapproved, approval-unknown) on small fictional series: each case
 * one way of recording, or not recording, the approval of the previous minutes.
 */
import { testRule } from '../helpers/rule-tester.js';
import { approvalSeries, type ApprovalMeeting } from '../helpers/approval-series.js';

const approved = (date: string) => `The minutes of the meeting held on ${date} were approved as a correct record.`;
const four = (third: string | undefined, front = ''): ApprovalMeeting[] => [
  { n: 1, date: '2024-01-10' },
  { n: 2, date: '2024-02-14', minutes: approved('10 January') },
  { n: 3, date: '2024-03-13', ...(third !== undefined ? { minutes: third } : {}), front },
  { n: 4, date: '2024-04-10', minutes: approved('13 March') },
];

testRule('minutes-unapproved', {
  valid: [
    { name: 'every meeting approves the one before', ...approvalSeries(four(approved('14 February'))) },
    { name: 'in the front matter', ...approvalSeries(four(undefined, 'approves: 2\n')) },
    { name: 'proposed, seconded and agreed', ...approvalSeries(four('It was proposed by Bram Oakley, seconded by Cleo Marsh and agreed that the minutes of the meeting held on 14 February 2024 were correct.')) },
    { name: 'a motion that passed', ...approvalSeries(four('Motion to approve minutes from February 14. Motion passed.')) },
    { name: 'signed by the chair', ...approvalSeries(four('The minutes of the last meeting were signed by the Chair as a correct record.')) },
    { name: 'subject to an amendment', ...approvalSeries(four('The minutes of the previous meeting were approved subject to the following amendment: in item 2, for "north quay" read "south quay".')) },
    { name: 'moved as correct, in a section on the minutes', ...approvalSeries(four('These were moved as correct by Bram Oakley and Cleo Marsh.')) },
    { name: 'adopted as posted', ...approvalSeries(four('Moved by Bram Oakley that the minutes be adopted as posted. Seconded by Cleo Marsh. Carried.')) },
    { name: 'silence is not a finding where the series does not record approvals every time', ...approvalSeries([{ n: 1, date: '2024-01-10' }, { n: 2, date: '2024-02-14' }, { n: 3, date: '2024-03-13' }, { n: 4, date: '2024-04-10', minutes: approved('13 March') }]) },
    { name: 'only an agenda line: unsure, so silent', ...approvalSeries(four('To approve the minutes of the previous meeting.')) },
    { name: 'a gap in the numbers: the next meeting is not certain', ...approvalSeries([{ n: 1, date: '2024-01-10' }, { n: 2, date: '2024-02-14', minutes: approved('10 January') }, { n: 4, date: '2024-04-10' }, { n: 5, date: '2024-05-08', minutes: approved('10 April') }, { n: 6, date: '2024-06-12', minutes: approved('8 May') }]) },
    { name: 'approved late, by a later meeting', ...approvalSeries([...four('The minutes of the previous meeting were not available and were deferred.').slice(0, 3), { n: 4, date: '2024-04-10', minutes: `${approved('14 February')} ${approved('13 March')}` }]) },
    { name: 'the file says it is approved', ...approvalSeries([{ n: 1, date: '2024-01-10' }, { n: 2, date: '2024-02-14', minutes: approved('10 January'), front: 'status: approved\n' }, { n: 3, date: '2024-03-13' }, { n: 4, date: '2024-04-10', minutes: approved('13 March') }, { n: 5, date: '2024-05-08', minutes: approved('10 April') }]) },
  ],
  invalid: [
    {
      name: 'one meeting forgets, where every other records it',
      ...approvalSeries(four('The Harbour Master welcomed the members.')),
      findings: [{ file: '2024-03-13-hwc-3.md', at: '3:1-3:5', message: 'This meeting does not record approving the minutes of meeting 2 (2024-02-14), as every other meeting of the series records the minutes before it: record it ("The minutes of the meeting held on … were approved as a correct record"), or `approves: 2`' }],
    },
    {
      name: 'deferred and never approved',
      ...approvalSeries([{ n: 1, date: '2024-01-10' }, { n: 2, date: '2024-02-14', minutes: 'Approval of the minutes of the meeting held on 10 January was deferred.' }]),
      findings: [{ file: '2024-02-14-hwc-2.md', at: '13:1-13:72', message: 'The minutes of meeting 1 (2024-01-10) were not approved at this meeting, and no later meeting of the series approves them: record their approval when it is given' }],
    },
    {
      name: 'the next meeting approves an older meeting instead',
      ...approvalSeries([{ n: 1, date: '2024-01-10' }, { n: 2, date: '2024-02-14', minutes: approved('10 January') }, { n: 3, date: '2024-03-13', minutes: approved('10 January') }]),
      findings: [{ file: '2024-03-13-hwc-3.md', at: '13:1-13:81', message: 'This meeting approved the minutes of meeting 1 (2024-01-10) but not those of meeting 2 (2024-02-14), the meeting in between: record their approval, or `approves: 2`' }],
    },
  ],
});

testRule('approval-unknown', {
  valid: [
    { name: 'a date of the series', ...approvalSeries([{ n: 1, date: '2024-01-10' }, { n: 2, date: '2024-02-14', minutes: approved('10 January 2024') }]) },
    { name: 'a date before the first meeting of the series: the repository starts later', ...approvalSeries([{ n: 1, date: '2024-01-10', minutes: approved('6 December 2023') }, { n: 2, date: '2024-02-14', minutes: approved('10 January') }]) },
    { name: 'a month', ...approvalSeries([{ n: 1, date: '2024-01-10' }, { n: 2, date: '2024-02-14', minutes: 'The minutes of the January meeting were approved.' }]) },
  ],
  invalid: [
    {
      name: 'a date after the approving meeting',
      ...approvalSeries([{ n: 1, date: '2024-01-10' }, { n: 2, date: '2024-02-14', front: 'approves: 2024-03-13\n' }]),
      findings: [
        { file: '2024-02-14-hwc-2.md', at: '9:1-9:21', message: 'The minutes approved here are those of the meeting of "2024-03-13", which is not an earlier meeting than this one (meeting 2, 2024-02-14): name the meeting whose minutes were approved' },
      ],
    },
    {
      name: 'a date no meeting has, with the nearest',
      ...approvalSeries([{ n: 1, date: '2024-01-10' }, { n: 2, date: '2024-02-14' }, { n: 3, date: '2024-03-13', minutes: approved('12 February') }]),
      findings: [{ file: '2024-03-13-hwc-3.md', at: '13:1-13:82', message: 'The minutes approved here are those of the meeting of "12 February" (2024-02-12), but the series has no such meeting (did you mean the meeting of 2024-02-14?): correct the date or number, or add that meeting\'s minutes' }],
    },
    {
      name: 'a number no meeting has',
      ...approvalSeries([{ n: 1, date: '2024-01-10' }, { n: 2, date: '2024-02-14', front: 'approves: 7\n' }]),
      findings: [{ file: '2024-02-14-hwc-2.md', at: '9:1-9:12', message: 'The minutes approved here are those of meeting "7", which is not an earlier meeting than this one (meeting 2, 2024-02-14): name the meeting whose minutes were approved' }],
    },
  ],
});
