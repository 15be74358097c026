/**
 * Made by hand from reading the minutes (not from minutebook's output): the decisions a secretary
 * would put in a decisions summary, and the motions with mover, seconder and outcome, for the seed
 * and every file of the real minutes in the shared reference folder. Lines are the file's own
 * (front matter included; for the seed, the text file's lines). A decision is the range of lines
 * that records it; a recognised decision counts when its lines overlap that range.
 *
 * This is the one place in the project that names the real people of those minutes.
 */

export interface RefDecision {
  /** Path below the shared reference folder. */
  file: string;
  lines: [number, number];
  what: string;
}

export interface RefMotion {
  file: string;
  /** A line of the motion (its mover, or its table row). */
  line: number;
  /** A word of the mover's and seconder's names as written; absent when the minutes give none. */
  mover?: string;
  seconder?: string;
  outcome: 'carried' | 'lost' | 'implied' | 'none';
  /** Votes for, when the minutes count them. */
  for?: number;
}

export const SEED = 'opsg-41-minutes-2021-01-25.txt';
const GOVAN_NOV = 'real/01-govan-community-council/2023-11-06-govan-community-council.md';
const GOVAN_DEC = 'real/01-govan-community-council/2023-12-04-govan-community-council.md';
const JMMP_FEB = 'real/02-jmmp-global-ocean/2024-02-14-jmmp-global-ocean.md';
const JMMP_MAY = 'real/02-jmmp-global-ocean/2024-05-09-jmmp-global-ocean.md';
const PERTH = 'real/03-perth-artifactory-committee/2024-03-23-perth-artifactory-committee.md';
const WCARC = 'real/04-west-carleton-arc/2024-12-16-west-carleton-arc.md';
const LIMERICK = 'real/05-limerick-metropolitan-district/2014-06-16-limerick-metropolitan-district.md';
const CARPENTRIES = 'real/06-carpentries-executive-council/2018-07-26-carpentries-executive-council.md';

export const REFERENCE_FILES = [SEED, GOVAN_NOV, GOVAN_DEC, JMMP_FEB, JMMP_MAY, PERTH, WCARC, LIMERICK, CARPENTRIES];

const d = (file: string, a: number, b: number, what: string): RefDecision => ({ file, lines: [a, b], what });

export const DECISIONS: RefDecision[] = [
  d(SEED, 76, 76, 'noted the update on outstanding actions'),
  d(SEED, 124, 124, 'noted the SEC Panel reports'),
  d(SEED, 134, 134, 'noted the outcomes of the CH Returns Report workshop'),
  d(SEED, 135, 135, 'agreed the requirements identified in the workshop'),
  d(SEED, 153, 153, 'noted the PMR'),
  d(SEED, 171, 171, 'noted the Major Incident Review'),
  d(SEED, 172, 172, 'agreed to publish the review report to all SEC Parties'),
  d(SEED, 180, 180, 'noted the CBA presentation'),

  d(GOVAN_NOV, 54, 55, 'minutes of the October meeting approved'),
  d(GOVAN_NOV, 72, 73, 'further effort to ensure Living Rent representation'),
  d(GOVAN_NOV, 133, 134, 'return to the afternoon surgery proposal at the next meeting'),

  d(GOVAN_DEC, 44, 45, 'minutes of the November meeting approved'),
  d(GOVAN_DEC, 86, 90, 'two public meetings a year, in April and September'),
  d(GOVAN_DEC, 121, 124, 'write to the Scottish and Westminster governments on taxation'),
  d(GOVAN_DEC, 178, 180, 'invite the SPTE head of transport planning'),

  d(JMMP_FEB, 101, 101, 'move initial conditions to a version of WOA'),
  d(JMMP_FEB, 103, 103, 'stay with JRA55-do forcing for now'),
  d(JMMP_FEB, 105, 105, 'forcing ensemble useful but not for every test'),
  d(JMMP_FEB, 109, 109, 'run longer standard tests, period to be agreed'),

  d(JMMP_MAY, 80, 80, 'do not move to the new ORCA grids at this stage'),

  d(PERTH, 59, 59, 'previous minutes accepted'),
  d(PERTH, 80, 80, 'online vote: RFID key for a member'),
  d(PERTH, 81, 81, 'online vote: RFID key for a member'),
  d(PERTH, 82, 82, 'online vote: RFID key for a member'),
  d(PERTH, 83, 83, 'online vote: workshop fees'),
  d(PERTH, 120, 120, 'authorise a 2-to-sign bank account'),
  d(PERTH, 122, 122, 'authorise interest-earning accounts'),
  ...[138, 139, 140, 141, 142, 143, 144].map((l) => d(PERTH, l, l, 'full membership approved')),
  d(PERTH, 250, 250, 'new chairperson elected unopposed'),

  d(WCARC, 66, 66, 'agenda adopted'),
  d(WCARC, 70, 70, 'previous minutes adopted'),
  d(WCARC, 75, 75, 'yearly financial statement adopted'),
  d(WCARC, 93, 98, "president's report adopted with changes"),
  d(WCARC, 108, 108, 'vice president elected by acclamation'),
  d(WCARC, 109, 109, 'treasurer elected by acclamation'),
  d(WCARC, 113, 113, 'cancel participation in the December MAD day'),

  d(LIMERICK, 58, 90, 'Mayor elected'),
  d(LIMERICK, 106, 138, 'Deputy Mayor elected'),
  d(LIMERICK, 142, 142, 'schedule of meetings deferred'),
  d(LIMERICK, 146, 146, 'rules of procedure deferred'),

  d(CARPENTRIES, 32, 32, 'vision to include "diverse" (informal vote)'),
  d(CARPENTRIES, 33, 33, 'change the last "and" to "&"'),
  d(CARPENTRIES, 36, 36, 'separate the values into their own RFC'),
  d(CARPENTRIES, 39, 39, 'not to add "community" for now'),
  d(CARPENTRIES, 41, 43, 'mission and vision draft released for comment'),
  d(CARPENTRIES, 45, 45, 'future motions voted as GitHub issues'),
  d(CARPENTRIES, 51, 51, 'remove the fundraising language from the bylaws'),
];

export const MOTIONS: RefMotion[] = [
  { file: GOVAN_NOV, line: 55, mover: 'Salome', seconder: 'Clark', outcome: 'implied' },
  { file: GOVAN_DEC, line: 45, mover: 'Salome', seconder: 'Clark', outcome: 'implied' },
  { file: PERTH, line: 59, mover: 'Lewis', seconder: 'Fletcher', outcome: 'carried' },
  { file: PERTH, line: 80, outcome: 'carried', for: 5 },
  { file: PERTH, line: 81, outcome: 'carried', for: 6 },
  { file: PERTH, line: 82, outcome: 'carried', for: 7 },
  { file: PERTH, line: 83, outcome: 'carried', for: 6 },
  ...[138, 139, 140, 141, 142, 143, 144].map((line): RefMotion => ({ file: PERTH, line, mover: 'Fletcher', seconder: 'Renae', outcome: 'carried' })),
  { file: WCARC, line: 66, mover: 'Bert', seconder: 'Wayne', outcome: 'carried' },
  { file: WCARC, line: 70, mover: 'Bert', seconder: 'Luc', outcome: 'carried' },
  { file: WCARC, line: 75, mover: 'Lawrence', seconder: 'Bert', outcome: 'carried' },
  { file: WCARC, line: 93, mover: 'Mike', seconder: 'Bert', outcome: 'carried' },
  { file: LIMERICK, line: 58, mover: 'Hourigan', seconder: 'Collins', outcome: 'carried', for: 11 },
  { file: LIMERICK, line: 64, mover: 'McCreesh', seconder: 'Ceallaigh', outcome: 'lost', for: 7 },
  { file: LIMERICK, line: 70, mover: 'Keller', seconder: 'Loftus', outcome: 'lost', for: 3 },
  { file: LIMERICK, line: 100, mover: 'Hanlon', seconder: 'Hourigan', outcome: 'none' },
  { file: LIMERICK, line: 106, mover: 'Hourigan', seconder: 'Collins', outcome: 'carried', for: 11 },
  { file: LIMERICK, line: 112, mover: 'Daly', seconder: 'Secas', outcome: 'lost', for: 7 },
  { file: LIMERICK, line: 118, mover: 'Prendiville', seconder: 'Keller', outcome: 'lost', for: 3 },
  { file: CARPENTRIES, line: 42, mover: 'Amy', seconder: 'Karen', outcome: 'carried' },
];

/** The seed is plain text without front matter; the measurement gives it this one (its lines are not counted). */
export const SEED_FRONT_MATTER = '---\ncommittee: Operations Group\ncode: OPSG\nmeeting: 41\ndate: 2021-01-25\nattendees:\n  - Dave Warner (Chair)\n---\n';
