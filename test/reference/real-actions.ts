/**
 * The actions a careful secretary would track in each of the real minutes under
 * ../shared/reference/real/, written by hand from reading the minutes (not from minutebook's
 * output). This is the one place in the repository that may name the real people in them.
 *
 * `required`: actions the minutes give to someone (or to nobody, which is itself worth a
 * finding), which minutebook must find: recall is measured on these.
 * `optional`: borderline sentences (a passive "would be double checked", an "it was agreed to …"
 * with no owner, a "may organise") that a secretary might or might not track. Finding them is not
 * counted as invented, missing them is not counted as missed.
 * Anything else minutebook reports as an action is invented.
 *
 * `match` is a phrase of the action's text; `owners` the owners as the minutes name them (a role
 * such as "chair" without its article); `id` where the minutes give one.
 * `reviews`: earlier actions each meeting reviews, with the status the minutes give.
 */
export interface ExpectedAction {
  match: string;
  owners: string[];
  id?: string;
}

export interface ExpectedReview {
  match: string;
  id?: string;
  status: 'open' | 'closed';
}

export interface ExpectedFile {
  required: ExpectedAction[];
  optional: ExpectedAction[];
  reviews: ExpectedReview[];
}

export const REAL_ACTIONS: Record<string, ExpectedFile> = {
  '01-govan-community-council/2023-11-06-govan-community-council.md': {
    required: [
      // Item 3: the response to the branch closure.
      { match: 'draw up a response', owners: ['chair'] },
    ],
    optional: [
      { match: 'further effort to ensure representation', owners: ['JF'] },
      { match: 'double checked', owners: [] },
      { match: 'return to this issue at the next meeting', owners: [] },
      { match: 'invite', owners: ['We'] },
      { match: 'would chair', owners: ['Danny'] },
      { match: 'bike pump', owners: ['We'] },
      { match: 'monitor', owners: ['We'] },
    ],
    reviews: [],
  },
  '01-govan-community-council/2023-12-04-govan-community-council.md': {
    required: [
      { match: 'contact Ruby Kelly', owners: ['Esme'] },
      { match: 'come back to this issue', owners: ['Hannah'] },
      // "JF had again contacted … He would again seek to do so for the February meeting."
      { match: 'again seek', owners: ['JF'] },
    ],
    optional: [
      { match: 'write to the Scottish', owners: [] },
      { match: 'invite Bruce Kiloh', owners: [] },
      { match: 'Newsletters should be prepared', owners: [] },
      { match: 'sending it in to the bank', owners: ['chair'] },
      { match: 'accounts for audit', owners: ['Reinhild'] },
      { match: 'asked to validate', owners: ['Money Matters'] },
      { match: 'continue with Royal Mail', owners: [] },
    ],
    reviews: [],
  },
  '02-jmmp-global-ocean/2024-02-14-jmmp-global-ocean.md': {
    required: [
      { id: '1.1', match: 'updated ORCA grids', owners: ['DS'] },
      { id: '2.1', match: 'pass AM contact to Alejandro', owners: ['AA'] },
      { id: '2.2', match: 'Clivar Ocean Model Development Panel', owners: ['DB'] },
      { id: '2.3', match: "work with Tim Graham's team", owners: ['AA', 'CG', 'DS'] },
      { id: '2.4', match: 'contact Sarah Wakelin', owners: ['CG'] },
      { id: '2.5', match: 'NWP forcing', owners: ['AA', 'CG'] },
    ],
    optional: [
      { match: 'email Jerome', owners: ['DS'] },
      { match: 'move series of future meetings', owners: ['AA'] },
      { match: 'support this work', owners: ['DS', 'CG'] },
      { match: 'present his work', owners: ['Sam Hatfield'] },
    ],
    reviews: [
      { match: 'circulate list of current issues', status: 'closed' },
      { match: 'create JMMP GitHub repository', status: 'closed' },
      { id: '1.1', match: 'updated ORCA grids', status: 'open' },
    ],
  },
  '02-jmmp-global-ocean/2024-05-09-jmmp-global-ocean.md': {
    required: [
      { id: '2.4', match: 'scoping action', owners: ['AA', 'CG'] },
      { id: '2.5', match: 'NWP forcing', owners: ['AA', 'CG'] },
      { id: '3.1', match: 'timetable', owners: ['AA'] },
    ],
    optional: [{ match: 'Monsoon version', owners: ['CG'] }],
    reviews: [
      { id: '1.1', match: 'Mercator', status: 'closed' },
      { id: '2.1', match: 'pass AM contact', status: 'closed' },
      { id: '2.2', match: 'Clivar', status: 'closed' },
      { id: '2.3', match: "Tim Graham's team", status: 'closed' },
      { id: '2.4', match: 'Sarah Wakelin', status: 'open' },
      { id: '2.5', match: 'NWP forcing', status: 'open' },
    ],
  },
  '03-perth-artifactory-committee/2024-03-23-perth-artifactory-committee.md': {
    required: [
      // Reviewed as not yet complete, and carried in the Action Summary.
      { match: 'promotional banner', owners: ['Fletcher'] },
      { match: 'send draft letter to Ben', owners: ['Spondy'] },
      { match: 'start this', owners: ['Lewis'] },
      { match: 'Support Us', owners: ['Fletcher', 'Spondy'] },
    ],
    optional: [
      { match: 'assisting', owners: ['Tegan'] },
      { match: 'assist', owners: ['JC'] },
      { match: 'coordinating via Slack', owners: ['JC'] },
      { match: '2-to-sign bank account', owners: ['Fletcher', 'Renae'] },
      { match: 'interest-earning accounts', owners: ['Fletcher', 'Renae'] },
      { match: 'pinned message', owners: [] },
    ],
    reviews: [
      { match: 'promotional banner', status: 'open' },
      { match: 'aluminium trussing', status: 'closed' },
      { match: 'Update wiki', status: 'closed' },
      { match: 'Make announcements', status: 'closed' },
      { match: 'Advertise training slots', status: 'closed' },
      { match: 'signage', status: 'closed' },
    ],
  },
  '04-west-carleton-arc/2024-12-16-west-carleton-arc.md': {
    required: [
      // Reimbursement to Larissa for the plastic bins.
      { match: 'contact her', owners: ['Lawrence'] },
      { match: 'communicate the details', owners: ['Glenn'] },
    ],
    optional: [
      { match: 'organize a breakfast', owners: ['Lawrence'] },
      { match: 'try to contact people', owners: ['Mike'] },
      { match: 'bank electronic deposit form', owners: ['Glenn'] },
      { match: 'Move our bank accounts', owners: ['Glenn'] },
      { match: 'Officer signatures', owners: [] },
      { match: 'annexed to these meeting minutes', owners: [] },
      { match: 'activity schedule', owners: [] },
    ],
    reviews: [],
  },
  '05-limerick-metropolitan-district/2014-06-16-limerick-metropolitan-district.md': {
    required: [],
    optional: [
      { match: 'discussed at a Party Leaders Meeting', owners: [] },
      { match: 'inform Corporate Services', owners: ['Members'] },
    ],
    reviews: [],
  },
  '06-carpentries-executive-council/2018-07-26-carpentries-executive-council.md': {
    required: [
      { match: 'drafting RFC', owners: ['Karen', 'Ethan', 'Mateusz'] },
      { match: 'drafting of ideas', owners: ['Kate'] },
      // "Action point: release for RFC": nobody named.
      { match: 'release for RFC', owners: [] },
      { match: 'determine rules for usage', owners: ['Karen'] },
      { match: 'resolve minor comments', owners: ['Kate'] },
    ],
    optional: [
      { match: 'strategically target', owners: ['ED'] },
      { match: 'include scoping discussion', owners: [] },
      { match: 'writes blog post', owners: ['EC'] },
      { match: 'assign someone', owners: [] },
    ],
    reviews: [],
  },
};
