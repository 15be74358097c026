/**
 * Findings of the first-sight run (base commit 1c24ef8, a committee folder checked with no
 * configuration), each judged by reading the minutes: `valid` true when the minutes really have
 * the problem. Paths are below ../shared/reference/; `line` as reported (the original file's
 * line). On the base code the wild committees give no finding at all (no file is read).
 */
import type { JudgedFinding } from './types.js';

const GOVAN_DEC = 'real/01-govan-community-council/2023-12-04-govan-community-council.md';
const JMMP_MAY = 'real/02-jmmp-global-ocean/2024-05-09-jmmp-global-ocean.md';
const PERTH = 'real/03-perth-artifactory-committee/2024-03-23-perth-artifactory-committee.md';
const WCARC = 'real/04-west-carleton-arc/2024-12-16-west-carleton-arc.md';
const LIMERICK = 'real/05-limerick-metropolitan-district/2014-06-16-limerick-metropolitan-district.md';
const CARPENTRIES = 'real/06-carpentries-executive-council/2018-07-26-carpentries-executive-council.md';

export const JUDGED: JudgedFinding[] = [
  { file: GOVAN_DEC, rule: 'name-near-match', line: 149, valid: true, why: 'the body spells "Alastair Shaw" where the attendance has "Alistair Shaw": one person, two spellings' },
  { file: JMMP_MAY, rule: 'agenda-numbering', line: 106, valid: true, why: '"Progress with GOSI10" numbers its points 1., 2., 4., 5.: 3 is missing' },
  { file: PERTH, rule: 'placeholder', line: 31, valid: true, why: '"Present: REMOVE NOT PRESENT" is the wiki template\'s instruction, left in' },
  { file: WCARC, rule: 'link-broken', line: 75, valid: true, why: 'the balance sheet annex (attachments/*.pdf) is not beside the minutes in this copy' },
  { file: WCARC, rule: 'link-broken', line: 98, valid: true, why: 'the annual report annex (attachments/*.pdf) is not beside the minutes in this copy' },
  { file: LIMERICK, rule: 'motion-outcome', line: 100, valid: true, why: 'the motion on robes is moved and seconded and no outcome is recorded' },
  { file: CARPENTRIES, rule: 'action-owner', line: 60, valid: true, why: '"Action point: release for RFC" names nobody' },
];
