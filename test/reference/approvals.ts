/**
 * Which meetings approve which minutes, in every file of the reference committees used for
 * tuning (real/, wild/01, wild/03, wild/05; never the held-back wild/02 and wild/04), written by
 * hand from reading the minutes, not from minutebook's output. Lines are those of the files as
 * they are in ../shared/reference/.
 *
 * `approvals`: the approvals of earlier minutes the minutes record (a record of the outcome);
 * `of` is the approved meeting's date, a month (`YYYY-MM`) for "the October meeting", or
 * `outside` when the minutes name the previous meeting and it is not in the folder.
 * `notApprovals`: lines about approving minutes that record no approval (an agenda line, a
 * wish): recognising them as certain approvals is wrong.
 * A file not listed records nothing about approving minutes.
 */
export interface HandApproval {
  line: number;
  of: string;
}

export interface HandFile {
  approvals: HandApproval[];
  notApprovals?: Array<{ line: number; why: string }>;
}

export const APPROVALS: Record<string, Record<string, HandFile>> = {
  'real/01-govan-community-council': {
    // "1. MINUTES OF THE OCTOBER MEETING\ These were moved as correct by Hannah Salome and Esme Clark"
    '2023-11-06-govan-community-council.md': { approvals: [{ line: 55, of: '2023-10' }] },
    '2023-12-04-govan-community-council.md': { approvals: [{ line: 45, of: '2023-11-06' }] },
  },
  'real/02-jmmp-global-ocean': {
    '2024-02-14-jmmp-global-ocean.md': { approvals: [], notApprovals: [{ line: 47, why: 'agenda: "Review actions/approve minutes of the previous meeting"' }] },
    '2024-05-09-jmmp-global-ocean.md': { approvals: [], notApprovals: [{ line: 59, why: 'agenda: "approve the minutes from 14 Feb 2024"; no outcome recorded' }] },
  },
  'real/03-perth-artifactory-committee': {
    // Motions table: "Accept the previous meeting minutes | Lewis | Fletcher | Accepted" (2024-01-20, not in the folder).
    '2024-03-23-perth-artifactory-committee.md': { approvals: [{ line: 59, of: 'outside' }] },
  },
  'real/04-west-carleton-arc': {
    // "… posted a draft version of the November 2024 meeting minutes … Moved by him that the minutes be adopted as posted …"
    '2024-12-16-west-carleton-arc.md': { approvals: [{ line: 70, of: '2024-11' }] },
  },
  'real/05-limerick-metropolitan-district': {},
  'real/06-carpentries-executive-council': {},
  'wild/01-rust-leadership-council': {
    '2023-06-22.md': {
      approvals: [],
      notApprovals: [
        { line: 9, why: 'agenda: "Approve minutes from previous meeting"' },
        { line: 43, why: 'the item is discussed (publishing the minutes), no approval recorded' },
      ],
    },
  },
  'wild/03-webassembly-cg': {},
  'wild/05-uwcs-exec': {
    '2006-12-08-uwcs-exec-minutes-fri-8th-december-2006.md': { approvals: [], notApprovals: [{ line: 32, why: '"No one had the previous week\'s minutes, but I\'m sure we would have approved them"' }] },
    // "All accept previous minutes without problem."
    '2007-03-14-exec-minutes-planning-meeting-14th-march-2007.md': { approvals: [{ line: 23, of: '2007-03-09' }] },
    // "#### Previous Minutes / Accepted by all." The agenda says "(BF Planning Meeting)": the planning meeting of 14 March, the one before.
    '2007-04-23-exec-minutes-23-april-2007.md': { approvals: [{ line: 34, of: '2007-03-14' }] },
  },
};
