/**
 * West Dereham Parish Council, January 2004 – October 2005
 * (../shared/reference/wild/04-west-dereham-pc/), read by hand. HELD BACK: engineers tuning
 * heuristics for issues 20/21 must not read this file or the minutes (see README.md).
 * The website's front matter `date` is the month the page was posted (2004-02-01 for the
 * meeting of 8 January 2004): the dates below are the meetings' own, from the body (or, for
 * 2004-03-11, from the front matter title and the folder name: the body gives none).
 * Names as written, transcription slips kept ("K Drew" for E. Drew, "M. Chief" for M. Grief,
 * "Mrs. Cairn" / "Mrs. Carn" / "C. Cann" for Mrs. Cann). Mrs. Moir (Borough Councillor), county
 * officers and the police constable are listed as others when present; "N members of the
 * public" are counted, not named. Every file is signed "Parish Clerk" with no name: no note
 * taker is listed. Motions "It was proposed by X and seconded by Y that …" with no outcome word
 * are `implied` (the minutes treat them as agreed).
 * Sampled meetings: 2004-01-08, 2004-05-13 (annual), 2004-10-14, 2005-03-10, 2005-06-09.
 */
import type { RefCommittee, RefMeeting } from './types.js';

const F = 'wild/04-west-dereham-pc/';
const m = (path: string, date: string, present: string[], rest: Partial<RefMeeting> = {}): RefMeeting => ({
  file: `${F}${path}/index.md`,
  kind: 'minutes',
  date,
  present,
  absent: [],
  ...rest,
});
const NEXT_MEETING = (line: number, text: string) => ({ line, kind: 'date' as const, text, why: 'the next meeting\'s date, not this meeting\'s' });
const POSTED = (date: string) => ({ line: 3, kind: 'date' as const, text: date, why: 'the website\'s posting month (front matter), not the meeting\'s date' });

export const WEST_DEREHAM: RefCommittee = {
  folder: 'wild/04-west-dereham-pc',
  meetings: [
    m('2004/02/minutes-of-west-dereham-parish-council-2', '2004-01-08', ['E. Drew', 'Miss Richardson', 'B. Glover', 'M. Grief', 'Mrs Berry', 'Mrs. Fisher'], {
      chair: 'E. Drew',
      sample: {
        actions: [
          { line: 34, text: 'the Chairman volunteered to arrange for the matter to be dealt with', owners: ['Chairman'] },
          { line: 34, text: 'agreed to have the Fens Access Notice Board erected', owners: ['Chairman'] },
          { line: 34, text: 'E. Drew agreed to arrange collection and installation', owners: ['E. Drew'] },
          { line: 26, text: 'some work is to be carried out on this section of road', owners: [], optional: true },
        ],
        motions: [
          { line: 24, text: 'the 11th December 2003 minutes be signed as a correct record', mover: 'Miss Richardson', seconder: 'B. Glover', outcome: 'implied' },
          { line: 28, text: 'application be recommended for approval', mover: 'B. Glover', seconder: 'M. Grief', outcome: 'implied' },
        ],
        decisions: [
          { lines: [24, 24], text: 'the 11th December 2003 minutes be signed as a correct record' },
          { lines: [28, 28], text: 'application be recommended for approval' },
        ],
        approvals: [{ line: 24, of: '2003-12-11', outcome: 'approved', mover: 'Miss Richardson', seconder: 'B. Glover' }],
      },
      mustNot: [POSTED('2004-02-01'), { line: 18, kind: 'person', text: '3 members of the public', why: 'a count, not a person' }],
    }),
    m('2004/04/minutes-of-the-meeting-of-the-west-dereham-parish-council-held-on-thursday-11th-march-2004', '2004-03-11', ['Miss Richardson', 'M. Grief', 'Mrs. Berry', 'Mrs. Fisher', 'B. Glover'], {
      absent: ['E. Drew', 'Mrs. Moir'],
      chair: 'Miss Richardson',
      note: 'The body has no date; the front matter title and the folder name have "Thursday 11th March 2004". Mrs. Cann co-opted during the meeting.',
    }),
    m('2004/04/minutes-of-the-meeting-of-the-west-dereham-parish-council-held-on-thursday-12th-february-2004-in-the-village-hall-at-8-00-p-m', '2004-02-12', ['E. Drew', 'Mrs. Berry', 'M. Grief', 'B. Glover', 'Mrs. Fisher'], {
      others: ['Mrs. Moir'],
      absent: ['Miss Richardson'],
      chair: 'E. Drew',
    }),
    m('2004/05/minutes-of-the-meeting-of-the-west-dereham-parish-council', '2004-04-08', ['E. Drew', 'Mrs. Fisher', 'Mrs. Berry', 'Mrs. Cann', 'B. Glover', 'M. Grief', 'Miss Richardson'], { chair: 'E. Drew' }),
    m('2004/06/minutes-of-the-annual-west-dereham-parish-council-meeting', '2004-05-13', ['E Drew', 'M Grief', 'B Glover', 'Mrs Fisher', 'Mrs Berry', 'Miss Richardson'], {
      absent: ['Mrs Cann', 'Mrs Moir'],
      chair: 'E Drew',
      note: '"Tuesday, 13th May 2004" (13 May 2004 was a Thursday): the date is kept, the weekday is a slip.',
      sample: {
        actions: [
          { line: 68, text: 'Miss Richardson is still dealing with this matter', owners: ['Miss Richardson'], optional: true },
          { line: 64, text: 'Norfolk County Council Questionnaire to be completed', owners: [], optional: true },
        ],
        motions: [
          { line: 26, text: 'E Drew was proposed', mover: 'B Glover', seconder: 'M Grief', outcome: 'carried' },
          { line: 30, text: 'Miss Richardson was proposed', mover: 'M Grief', seconder: 'Mrs Fisher', outcome: 'carried' },
          { line: 44, text: 'Cornhill Insurance plc', mover: 'Miss Richardson', seconder: 'M Grief', outcome: 'implied' },
          { line: 52, text: 'the accounts be adopted as presented', mover: 'Mrs Fisher', seconder: 'Mrs Berry', outcome: 'implied' },
          { line: 56, text: 'the Clerk be appointed', mover: 'B Glover', seconder: 'Mrs Berry', outcome: 'implied' },
          { line: 60, text: 'burial of bodies over 12 years old', mover: 'B Glover', seconder: 'M Grief', outcome: 'carried' },
        ],
        decisions: [
          { lines: [26, 26], text: 'E Drew was duly elected and took the Chair' },
          { lines: [30, 30], text: 'Miss Richardson was duly elected' },
          { lines: [34, 34], text: 'minutes of the meeting held on 8th April 2004 be duly signed' },
          { lines: [44, 44], text: 'Cornhill Insurance - pass for payment' },
          { lines: [52, 52], text: 'accounts be adopted as presented' },
          { lines: [56, 56], text: 'the Clerk be appointed' },
          { lines: [60, 60], text: 'burial fees increased by £5.00 each' },
          { lines: [68, 68], text: 'it was agreed that the subject is now satisfactory', optional: true },
        ],
        approvals: [{ line: 34, of: '2004-04-08', outcome: 'approved' }],
      },
      mustNot: [POSTED('2004-06-01'), { line: 26, kind: 'person', text: 'clerk', why: '"The clerk asked for nominations": a role, and not the mover' }],
    }),
    m('2004/08/west-dereham-parish-council-minutes-2', '2004-07-08', ['E. Drew', 'M. Grief', 'Mrs. Berry', 'Mrs. Cairn', 'Mrs. Fisher', 'Miss Richardson', 'B. Glover'], {
      others: ['P.C. Bell'],
      chair: 'E. Drew',
      mustNot: [{ line: 14, kind: 'person', text: 'a member of the public', why: 'not a person\'s name' }],
    }),
    m('2004/10/minutes-of-west-dereham-pc-september', '2004-09-09', ['E. Drew', 'Miss Richardson', 'Mrs. Berry', 'B. Glover'], {
      absent: ['M. Grief', 'Mrs. Cann', 'Mrs. Fisher', 'P.C. Bell'],
      chair: 'E. Drew',
    }),
    m('2004/11/minutes-of-the-meeting-of-the-west-dereham-parish-council-2', '2004-10-14', ['Mr. E. Drew', 'Mrs. Berry', 'Mrs. Cann', 'Mrs. Fisher', 'Miss Richardson', 'M. Grief'], {
      chair: 'Mr. E. Drew',
      sample: {
        actions: [
          { line: 25, text: 'Chairman agreed to deal with the matter', owners: ['Chairman'] },
          { line: 25, text: 'clerk to forward suggestions to organisers', owners: ['clerk'] },
          { line: 25, text: 'Chairman agreed to contact the County Council again', owners: ['Chairman'] },
          { line: 33, text: 'another is to be obtained', owners: [], optional: true },
          { line: 33, text: 'All vacant allotments are to be cleaned and tidied', owners: [], optional: true },
        ],
        motions: [
          { line: 23, text: 'the minutes of the September meeting be signed as a correct record', mover: 'Miss Richardson', seconder: 'Mrs. Berry', outcome: 'implied' },
          { line: 29, text: 'pass for payment', mover: 'M. Grief', seconder: 'Miss Richardson', outcome: 'implied' },
        ],
        decisions: [
          { lines: [23, 23], text: 'minutes of the September meeting be signed as a correct record' },
          { lines: [29, 29], text: 'pass for payment' },
        ],
        approvals: [{ line: 23, of: '2004-09-09', outcome: 'approved', mover: 'Miss Richardson', seconder: 'Mrs. Berry' }],
      },
      mustNot: [NEXT_MEETING(35, 'THURSDAY 25th NOVEMBER 2004'), POSTED('2004-11-01')],
    }),
    m('2005/01/west-dereham-parish-council-minutes-november', '2004-11-25', ['E. Drew', 'M. Grief', 'Miss Richardson', 'Mrs. Cairn', 'Mrs. Berry', 'Mrs. Fisher', 'B. Glover'], {
      chair: 'E. Drew',
      mustNot: [NEXT_MEETING(25, 'WEDNESDAY 15th'), POSTED('2005-01-01')],
    }),
    m('2005/02/minutes-of-the-meeting-of-the-west-dereham-parish-council-january', '2005-01-13', ['Miss Richardson', 'Mrs. Berry', 'Mrs. Cann', 'B. Glover', 'M. Grief', 'Mrs. Fisher'], {
      absent: ['E. Drew', 'Mrs. Moir'],
      chair: 'Miss Richardson',
    }),
    m('2005/03/west-dereham-parish-council-minutes-3', '2005-02-10', ['E. Drew', 'Mrs. Berry', 'Miss Richardson', 'M. Grief', 'Mrs. Cann', 'Mrs. Fisher'], {
      chair: 'E. Drew',
      note: '"Thursday l0th February 2005": a lower-case L for the digit 1.',
    }),
    m('2005/05/minutes-of-west-dereham-parish-council-7th-april-2005', '2005-04-07', ['E. Drew', 'B. Glover', 'Miss Richardson', 'Mrs. Fisher', 'Mrs. Berry', 'Mrs Cairn'], {
      absent: ['M. Grief', 'Mrs. Moir'],
      chair: 'E. Drew',
      note: '"The meeting closed at 7.15 p.m." with no start time: the meeting followed the Public Meeting.',
    }),
    m('2005/05/west-dereham-parish-council-minutes-10-march-2005', '2005-03-10', ['E. Drew', 'Miss Richardson', 'Mrs. Berry', 'Mrs. Fisher', 'M. Chief', 'Mrs Cairn'], {
      absent: ['B. Glover'],
      chair: 'E. Drew',
      sample: {
        actions: [
          { line: 22, text: 'the Chairman has agreed to harrow 15 meters of land', owners: ['Chairman'] },
          { line: 22, text: 'The clerk is to contact various other Authorities and personnel', owners: ['clerk'] },
          { line: 26, text: 'clerk to notify that the Parish Council wish to be involved', owners: ['clerk'] },
          { line: 30, text: 'Miss Richardson is going to try and find out who is riding', owners: ['Miss Richardson'] },
          { line: 30, text: 'clerk is to contact Borough Council', owners: ['clerk'] },
          { line: 28, text: 'Mrs. Cairn confirmed that she is still in contact with the Borough Council', owners: ['Mrs. Cairn'], optional: true },
          { line: 30, text: 'donation is to be agreed and forwarded at the next meeting', owners: [], optional: true },
        ],
        motions: [
          { line: 22, text: 'go ahead with the project', mover: 'Mrs. Cairn', seconder: 'Mrs. Fisher', outcome: 'carried' },
          { line: 24, text: "Clerk's annual salary", mover: 'M. Grief', seconder: 'Mrs. Fisher', outcome: 'implied' },
        ],
        decisions: [
          { lines: [20, 20], text: 'minutes of the meeting held on 10th February 2005 be signed as a correct record' },
          { lines: [22, 22], text: 'it was agreed to go ahead with the project' },
          { lines: [24, 24], text: "Clerk's annual salary - pass for payment" },
        ],
        approvals: [{ line: 20, of: '2005-02-10', outcome: 'approved' }],
      },
      mustNot: [POSTED('2005-05-01')],
    }),
    m('2005/06/minutes-of-the-annual-west-dereham-parish-council', '2005-05-12', ['E. Drew', 'Mrs. Berry', 'Miss Richardson', 'Mrs. Fisher', 'M. Chief', 'Mrs. Cairn', 'B. Glover'], {
      chair: 'E. Drew',
      note: 'E. Drew elected chairman at the meeting and "took the Chair"; B. Glover "(arrived late)".',
    }),
    m('2005/07/minutes-of-the-west-dereham-parish-council-meeting', '2005-06-09', ['K Drew', 'M. Grief', 'Mrs. Berry', 'Mrs. Cairn', 'Miss Richardson', 'Mrs. Fisher'], {
      others: ['Mr. Rockliffe', 'Mr. Eastgate'],
      chair: 'K Drew',
      sample: {
        actions: [
          { line: 32, text: 'Chairman to attend', owners: ['Chairman'] },
          { line: 36, text: 'a meeting between the Contractor and Churchwarden be arranged', owners: [], optional: true },
        ],
        motions: [
          { line: 24, text: 'minutes of the Annual Parish Council meeting held on the 12th May 2005', mover: 'Mrs. Fisher', seconder: 'Miss Richardson', outcome: 'carried' },
          { line: 30, text: 'pass for payment', mover: 'M Grief', seconder: 'Mrs. Fisher', outcome: 'implied' },
        ],
        decisions: [
          { lines: [22, 22], text: 'minutes of the 12th May 2005 Parish Meeting were agreed as a correct record' },
          { lines: [24, 24], text: 'minutes of the Annual Parish Council meeting … were agreed' },
          { lines: [30, 30], text: 'pass for payment' },
          { lines: [36, 36], text: 'it was agreed that a meeting between the Contractor and Churchwarden be arranged' },
          { lines: [28, 28], text: 'Rebuild of 33KV Overhead Line - no objections', optional: true },
        ],
        approvals: [
          { line: 22, of: '2005-05-12', outcome: 'approved' },
          { line: 24, of: '2005-05-12', outcome: 'approved', mover: 'Mrs. Fisher', seconder: 'Miss Richardson' },
        ],
      },
      mustNot: [
        { line: 34, kind: 'action', text: 'None', why: '"8. Actions: None"' },
        { line: 26, kind: 'action', text: 'more lay bys are going to be constructed', why: 'the County Council\'s work, reported; no action of this council' },
        POSTED('2005-07-01'),
      ],
    }),
    m('2005/08/minutes-of-the-west-dereham-parish-council', '2005-07-14', ['E. Drew', 'Mrs. Berry', 'Mrs. Cairn', 'Miss Richardson', 'M. Grief', 'B. Glover'], {
      absent: ['Mrs. Fisher'],
      chair: 'E. Drew',
      note: 'The Present line runs over two paragraphs (lines 16 and 18); names separated by full stops and commas.',
    }),
    m('2005/10/minutes-of-the-meeting-of-the-west-dereham-parish-council-3', '2005-09-08', ['Miss Richardson', 'Mrs. Carn', 'Mrs. Fisher', 'Mrs. Berry', 'M. Grief', 'B. Glover'], {
      others: ['Mrs. D. Moir', 'Ms Janice Howell'],
      absent: ['E. Drew'],
      chair: 'Miss Richardson',
      note: 'Present list under "1\\. Present:" on the next paragraph; "Mrs. D. Moir : Borough Councillor, Ms Janice Howell : Field Officer from …".',
    }),
    m('2005/11/west-dereham-pc-minutes', '2005-10-13', ['E. Drew', 'Miss Richardson', 'Mrs. Cann', 'Mrs. Berry', 'Mrs. Fisher', 'B. Glover'], {
      others: ['P.C. Bell'],
      absent: ['M. Grief'],
      chair: 'E. Drew',
      note: '"Mrs. Berry Mrs. Fisher" without a comma between them.',
    }),
  ],
};
