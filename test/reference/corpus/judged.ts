/**
 * Findings of the first-sight run (base commit 1c24ef8, a committee folder checked with no
 * configuration), each judged by reading the minutes: `valid` true when the minutes really have
 * the problem. Paths are below ../shared/reference/; `line` as reported (the original file's
 * line). On the base code the wild committees give no finding at all (no file is read); the
 * wild entries judge the findings of the base code run with `--with-front-matter` (each file
 * given a front matter from its hand list), so that the body rules are judged as well. A
 * finding whose line falls in that added front matter has line 0.
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

  // Wild committees, base code with --with-front-matter.
  { file: "wild/01-rust-leadership-council/2023-06-15.md", rule: 'action-owner', line: 96, valid: false, why: "an \"### Action items\" list item written \"Ryan: …\": the owner is Ryan" },
  { file: "wild/01-rust-leadership-council/2023-06-15.md", rule: 'action-owner', line: 97, valid: false, why: "an \"### Action items\" list item written \"Ryan: …\": the owner is Ryan" },
  { file: "wild/01-rust-leadership-council/2023-06-15.md", rule: 'action-owner', line: 99, valid: false, why: "an \"### Action items\" list item written \"Ryan: …\": the owner is Ryan" },
  { file: "wild/01-rust-leadership-council/2023-06-15.md", rule: 'action-owner', line: 98, valid: false, why: "\"Jack: What is our absent policy?\" in the action items: Jack is named (a question, not an ownerless action)" },
  { file: "wild/01-rust-leadership-council/2023-06-22.md", rule: 'motion-outcome', line: 48, valid: false, why: "\"Seconded by Mark, agreed to do this.\": the outcome is written" },
  { file: "wild/01-rust-leadership-council/2023-08-03.md", rule: 'placeholder', line: 123, valid: false, why: "\"TBD role\" is the name of a role under discussion, ordinary prose" },
  { file: "wild/01-rust-leadership-council/2023-08-03.md", rule: 'placeholder', line: 124, valid: false, why: "\"co-TBD\" names the same role, ordinary prose" },
  { file: "wild/01-rust-leadership-council/2023-09-07.md", rule: 'placeholder', line: 58, valid: true, why: "\"**Time**: ??? minutes\": the time was never filled in" },
  { file: "wild/01-rust-leadership-council/2023-10-27.md", rule: 'action-owner', line: 76, valid: false, why: "\"**Action items**:\" is a label over \"Josh to draft email to all@\", whose owner is Josh" },
  { file: "wild/01-rust-leadership-council/2023-11-10.md", rule: 'heading-level', line: 5, valid: false, why: "the title heading repeated at the top of the notes, after the agenda: not a misplaced section" },
  { file: "wild/01-rust-leadership-council/2023-12-08.md", rule: 'placeholder', line: 70, valid: true, why: "\"(PDs, ???)\": the scribe left the list unfinished" },
  { file: "wild/01-rust-leadership-council/2024-01-05.md", rule: 'placeholder', line: 22, valid: true, why: "\"**Time**: ??\" never filled in (agenda)" },
  { file: "wild/01-rust-leadership-council/2024-01-05.md", rule: 'placeholder', line: 87, valid: true, why: "\"**Time**: ??\" never filled in (notes)" },
  { file: "wild/01-rust-leadership-council/2024-02-16.md", rule: 'action-owner', line: 60, valid: false, why: "\"Action items:\" is a label over \"Carol to …\" and \"Everyone to …\", which have owners" },
  { file: "wild/03-webassembly-cg/2022/CG-01-18.md", rule: 'duplicate-person', line: 0, valid: true, why: "\"Shravan Narayan\" is listed twice among the attendees" },
  { file: "wild/03-webassembly-cg/2022/CG-05-10.md", rule: 'duplicate-person', line: 0, valid: true, why: "\"Francis McCabe\" is listed twice among the attendees" },
  { file: "wild/03-webassembly-cg/2022/CG-05-10.md", rule: 'duplicate-person', line: 0, valid: true, why: "\"Charles Vaughn\" is listed twice among the attendees" },
  { file: "wild/03-webassembly-cg/2022/CG-01-18.md", rule: 'agenda-numbering', line: 24, valid: false, why: "a Markdown ordered list written 1. 1. 1.: numbered by the renderer, not a numbering mistake" },
  { file: "wild/03-webassembly-cg/2022/CG-01-18.md", rule: 'agenda-numbering', line: 25, valid: false, why: "a Markdown ordered list written 1. 1. 1.: numbered by the renderer, not a numbering mistake" },
  { file: "wild/03-webassembly-cg/2022/CG-01-18.md", rule: 'agenda-numbering', line: 26, valid: false, why: "a Markdown ordered list written 1. 1. 1.: numbered by the renderer, not a numbering mistake" },
  { file: "wild/03-webassembly-cg/2022/CG-01-18.md", rule: 'agenda-numbering', line: 29, valid: false, why: "\"3. Closure\" after a list written 1. 1. 1.: Markdown numbers it; not a skipped item" },
  { file: "wild/03-webassembly-cg/2022/CG-08-16.md", rule: 'agenda-numbering', line: 24, valid: false, why: "a Markdown ordered list written 1. 1. 1.: numbered by the renderer, not a numbering mistake" },
  { file: "wild/03-webassembly-cg/2022/CG-08-16.md", rule: 'agenda-numbering', line: 25, valid: false, why: "a Markdown ordered list written 1. 1. 1.: numbered by the renderer, not a numbering mistake" },
  { file: "wild/03-webassembly-cg/2022/CG-08-16.md", rule: 'agenda-numbering', line: 26, valid: false, why: "a Markdown ordered list written 1. 1. 1.: numbered by the renderer, not a numbering mistake" },
  { file: "wild/03-webassembly-cg/2022/CG-08-16.md", rule: 'agenda-numbering', line: 30, valid: false, why: "\"3. Closure\" after a list written 1. 1. 1.: Markdown numbers it; not a skipped item" },
  { file: "wild/03-webassembly-cg/2022/CG-08-30.md", rule: 'agenda-numbering', line: 24, valid: false, why: "a Markdown ordered list written 1. 1. 1.: numbered by the renderer, not a numbering mistake" },
  { file: "wild/03-webassembly-cg/2022/CG-08-30.md", rule: 'agenda-numbering', line: 25, valid: false, why: "a Markdown ordered list written 1. 1. 1.: numbered by the renderer, not a numbering mistake" },
  { file: "wild/03-webassembly-cg/2022/CG-08-30.md", rule: 'agenda-numbering', line: 26, valid: false, why: "a Markdown ordered list written 1. 1. 1.: numbered by the renderer, not a numbering mistake" },
  { file: "wild/03-webassembly-cg/2022/CG-08-30.md", rule: 'agenda-numbering', line: 30, valid: false, why: "\"3. Closure\" after a list written 1. 1. 1.: Markdown numbers it; not a skipped item" },
  { file: "wild/03-webassembly-cg/2022/CG-05-10.md", rule: 'placeholder', line: 155, valid: false, why: "\"new one is TODO\": prose saying the new charter is still to be written" },
  { file: "wild/03-webassembly-cg/2022/CG-05-10.md", rule: 'placeholder', line: 255, valid: true, why: "\"something like github ??\": the scribe missed a word" },
  { file: "wild/05-uwcs-exec/2006-12-08-uwcs-exec-minutes-fri-8th-december-2006.md", rule: 'heading-level', line: 24, valid: false, why: "the minutes open with \"### Present\" before their numbered \"##\" items: a deeper heading first, not a misplaced item" },
  { file: "wild/05-uwcs-exec/2006-12-08-uwcs-exec-minutes-fri-8th-december-2006.md", rule: 'heading-level', line: 30, valid: false, why: "the minutes open with \"### Present\" before their numbered \"##\" items: a deeper heading first, not a misplaced item" },
  { file: "wild/05-uwcs-exec/2006-12-08-uwcs-exec-minutes-fri-8th-december-2006.md", rule: 'heading-level', line: 34, valid: false, why: "the minutes open with \"### Present\" before their numbered \"##\" items: a deeper heading first, not a misplaced item" },
  { file: "wild/05-uwcs-exec/2006-12-08-uwcs-exec-minutes-fri-8th-december-2006.md", rule: 'heading-level', line: 45, valid: false, why: "the minutes open with \"### Present\" before their numbered \"##\" items: a deeper heading first, not a misplaced item" },
  { file: "wild/05-uwcs-exec/2006-12-08-uwcs-exec-minutes-fri-8th-december-2006.md", rule: 'heading-level', line: 54, valid: false, why: "the minutes open with \"### Present\" before their numbered \"##\" items: a deeper heading first, not a misplaced item" },
  { file: "wild/05-uwcs-exec/2006-12-08-uwcs-exec-minutes-fri-8th-december-2006.md", rule: 'heading-level', line: 98, valid: false, why: "the minutes open with \"### Present\" before their numbered \"##\" items: a deeper heading first, not a misplaced item" },
  { file: "wild/05-uwcs-exec/2007-01-12-uwcs-exec-minutes-fri-12th-january-2007.md", rule: 'heading-level', line: 23, valid: false, why: "the minutes open with \"### Present\" before their numbered \"##\" items: a deeper heading first, not a misplaced item" },
  { file: "wild/05-uwcs-exec/2007-01-12-uwcs-exec-minutes-fri-12th-january-2007.md", rule: 'heading-level', line: 30, valid: false, why: "the minutes open with \"### Present\" before their numbered \"##\" items: a deeper heading first, not a misplaced item" },
  { file: "wild/05-uwcs-exec/2007-01-12-uwcs-exec-minutes-fri-12th-january-2007.md", rule: 'heading-level', line: 38, valid: false, why: "the minutes open with \"### Present\" before their numbered \"##\" items: a deeper heading first, not a misplaced item" },
  { file: "wild/05-uwcs-exec/2007-01-12-uwcs-exec-minutes-fri-12th-january-2007.md", rule: 'heading-level', line: 42, valid: false, why: "the minutes open with \"### Present\" before their numbered \"##\" items: a deeper heading first, not a misplaced item" },
  { file: "wild/05-uwcs-exec/2007-01-12-uwcs-exec-minutes-fri-12th-january-2007.md", rule: 'heading-level', line: 46, valid: false, why: "the minutes open with \"### Present\" before their numbered \"##\" items: a deeper heading first, not a misplaced item" },
  { file: "wild/05-uwcs-exec/2007-01-12-uwcs-exec-minutes-fri-12th-january-2007.md", rule: 'heading-level', line: 50, valid: false, why: "the minutes open with \"### Present\" before their numbered \"##\" items: a deeper heading first, not a misplaced item" },
  { file: "wild/05-uwcs-exec/2007-01-12-uwcs-exec-minutes-fri-12th-january-2007.md", rule: 'heading-level', line: 64, valid: false, why: "the minutes open with \"### Present\" before their numbered \"##\" items: a deeper heading first, not a misplaced item" },
  { file: "wild/05-uwcs-exec/2007-01-19-uwcs-exec-minutes-fri-19th-january-2007.md", rule: 'heading-level', line: 25, valid: false, why: "the minutes open with \"### Present\" before their numbered \"##\" items: a deeper heading first, not a misplaced item" },
  { file: "wild/05-uwcs-exec/2007-01-19-uwcs-exec-minutes-fri-19th-january-2007.md", rule: 'heading-level', line: 29, valid: false, why: "the minutes open with \"### Present\" before their numbered \"##\" items: a deeper heading first, not a misplaced item" },
  { file: "wild/05-uwcs-exec/2007-01-19-uwcs-exec-minutes-fri-19th-january-2007.md", rule: 'heading-level', line: 33, valid: false, why: "the minutes open with \"### Present\" before their numbered \"##\" items: a deeper heading first, not a misplaced item" },
  { file: "wild/05-uwcs-exec/2007-01-19-uwcs-exec-minutes-fri-19th-january-2007.md", rule: 'heading-level', line: 41, valid: false, why: "the minutes open with \"### Present\" before their numbered \"##\" items: a deeper heading first, not a misplaced item" },
  { file: "wild/05-uwcs-exec/2007-01-19-uwcs-exec-minutes-fri-19th-january-2007.md", rule: 'heading-level', line: 45, valid: false, why: "the minutes open with \"### Present\" before their numbered \"##\" items: a deeper heading first, not a misplaced item" },
  { file: "wild/05-uwcs-exec/2007-01-19-uwcs-exec-minutes-fri-19th-january-2007.md", rule: 'heading-level', line: 49, valid: false, why: "the minutes open with \"### Present\" before their numbered \"##\" items: a deeper heading first, not a misplaced item" },
  { file: "wild/05-uwcs-exec/2007-01-19-uwcs-exec-minutes-fri-19th-january-2007.md", rule: 'heading-level', line: 53, valid: false, why: "the minutes open with \"### Present\" before their numbered \"##\" items: a deeper heading first, not a misplaced item" },
  { file: "wild/05-uwcs-exec/2007-01-19-uwcs-exec-minutes-fri-19th-january-2007.md", rule: 'heading-level', line: 57, valid: false, why: "the minutes open with \"### Present\" before their numbered \"##\" items: a deeper heading first, not a misplaced item" },
  { file: "wild/05-uwcs-exec/2007-01-19-uwcs-exec-minutes-fri-19th-january-2007.md", rule: 'heading-level', line: 79, valid: false, why: "the minutes open with \"### Present\" before their numbered \"##\" items: a deeper heading first, not a misplaced item" },
  { file: "wild/05-uwcs-exec/2007-01-26-uwcs-exec-minutes-fri-26th-january-2007.md", rule: 'heading-level', line: 24, valid: false, why: "the minutes open with \"### Present\" before their numbered \"##\" items: a deeper heading first, not a misplaced item" },
  { file: "wild/05-uwcs-exec/2007-01-26-uwcs-exec-minutes-fri-26th-january-2007.md", rule: 'heading-level', line: 28, valid: false, why: "the minutes open with \"### Present\" before their numbered \"##\" items: a deeper heading first, not a misplaced item" },
  { file: "wild/05-uwcs-exec/2007-01-26-uwcs-exec-minutes-fri-26th-january-2007.md", rule: 'heading-level', line: 32, valid: false, why: "the minutes open with \"### Present\" before their numbered \"##\" items: a deeper heading first, not a misplaced item" },
  { file: "wild/05-uwcs-exec/2007-01-26-uwcs-exec-minutes-fri-26th-january-2007.md", rule: 'heading-level', line: 36, valid: false, why: "the minutes open with \"### Present\" before their numbered \"##\" items: a deeper heading first, not a misplaced item" },
  { file: "wild/05-uwcs-exec/2007-01-26-uwcs-exec-minutes-fri-26th-january-2007.md", rule: 'heading-level', line: 40, valid: false, why: "the minutes open with \"### Present\" before their numbered \"##\" items: a deeper heading first, not a misplaced item" },
  { file: "wild/05-uwcs-exec/2007-01-26-uwcs-exec-minutes-fri-26th-january-2007.md", rule: 'heading-level', line: 44, valid: false, why: "the minutes open with \"### Present\" before their numbered \"##\" items: a deeper heading first, not a misplaced item" },
  { file: "wild/05-uwcs-exec/2007-01-26-uwcs-exec-minutes-fri-26th-january-2007.md", rule: 'heading-level', line: 52, valid: false, why: "the minutes open with \"### Present\" before their numbered \"##\" items: a deeper heading first, not a misplaced item" },
  { file: "wild/05-uwcs-exec/2007-01-26-uwcs-exec-minutes-fri-26th-january-2007.md", rule: 'heading-level', line: 58, valid: false, why: "the minutes open with \"### Present\" before their numbered \"##\" items: a deeper heading first, not a misplaced item" },
  { file: "wild/05-uwcs-exec/2007-01-12-uwcs-exec-minutes-fri-12th-january-2007.md", rule: 'agenda-numbering', line: 64, valid: false, why: "the items are numbered 1 to 7 without a gap" },
  { file: "wild/05-uwcs-exec/2007-01-19-uwcs-exec-minutes-fri-19th-january-2007.md", rule: 'agenda-numbering', line: 79, valid: false, why: "the items are numbered 1 to 9 without a gap (8.1 … 8.5 are sub-items)" },
  { file: "wild/05-uwcs-exec/2007-01-26-uwcs-exec-minutes-fri-26th-january-2007.md", rule: 'agenda-numbering', line: 58, valid: false, why: "the items are numbered 1 to 8 without a gap" },
  { file: "wild/05-uwcs-exec/2007-03-02-exec-minutes-2nd-march-2007.md", rule: 'action-owner', line: 43, valid: true, why: "\"**Action**: Next week's exec meeting to discuss 2007-2008.\" names no person (debatable: the next meeting is meant)" },
  { file: "wild/05-uwcs-exec/2007-03-02-exec-minutes-2nd-march-2007.md", rule: 'action-owner', line: 79, valid: false, why: "\"**Action**: Andrew and Richard: to work on database\": the owners are written first" },
  { file: "wild/05-uwcs-exec/2007-03-09-exec-minutes-9th-march-2007.md", rule: 'action-owner', line: 41, valid: true, why: "\"**Action:** Network Cable information to be included in future emails\" names nobody" },
];
