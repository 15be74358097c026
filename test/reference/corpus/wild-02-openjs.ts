/**
 * OpenJS Foundation Cross Project Council, July–November 2020
 * (../shared/reference/wild/02-openjs-cpc/), read by hand. HELD BACK: engineers tuning
 * heuristics for issues 20/21 must not read this file or the minutes (see README.md).
 * Every file is minutes: a "## Present" list of "Name (@handle)" (slips as written: "Rachel
 * Romof", "Divy Tolla", "Brain Warner", "Sara Chipps(@sarajo)", "Rachel Romoff (rromoff");
 * no apologies, chair or note taker recorded. Actions are written "ACTION:", "ACTION ALL:",
 * "ACTION BW:" (initials), "AI -", "AI to Jory -", and in prose bullets ("Joe will …").
 * Sampled meetings: 2020-07-21, 2020-08-18, 2020-09-01, 2020-10-06, 2020-11-03.
 */
import type { RefCommittee, RefMeeting } from './types.js';

const F = 'wild/02-openjs-cpc/2020/';
const m = (date: string, present: string[], rest: Partial<RefMeeting> = {}): RefMeeting => ({
  file: `${F}${date}.md`,
  kind: 'minutes',
  date,
  present,
  absent: [],
  ...rest,
});

export const OPENJS: RefCommittee = {
  folder: 'wild/02-openjs-cpc',
  meetings: [
    m('2020-07-21', ['Joe Sepi (@joesepi)', 'Michael Dawson (@mhdawson)', 'Robin Ginn (@rginn)', 'Rachel Romoff (@rromoff)', 'Sara Chipps (@SaraJo)', 'Christopher Hiller (@boneskull)', 'Dylan Schiemann (@dylans)', 'Jory Burson (@jorydotcom)', 'Divy Tolia (@designmoreweb)', 'Timmy Willison (@timmywil)', 'Kris Borchers (@kborchers)', 'Anton Molleda (@molant)', 'Eemeli Aro (@eemeli)'], {
      sample: {
        actions: [
          { line: 53, text: 'Create a HackMD to iterate on template ideas', owners: [] },
          { line: 77, text: 'Need to check if any new comments', owners: ['Michael'], optional: true },
          { line: 80, text: 'need to open PR for stage3', owners: ['Michael'], optional: true },
          { line: 84, text: 'Brain/Jory to get together to setup account', owners: ['Brain', 'Jory'] },
          { line: 94, text: 'Need to check if any new comments', owners: ['Michael'], optional: true },
          { line: 100, text: 'will submit PR to remove from Charter', owners: ['Eemeli'] },
        ],
        motions: [],
        decisions: [
          { lines: [67, 67], text: '“consensus yes”, ready to move to next step' },
          { lines: [70, 71], text: 'agreed with approach of including as perk that you are signed up' },
          { lines: [83, 83], text: 'consensus on opovote' },
          { lines: [77, 77], text: 'we agreed it could land after last week', optional: true },
        ],
        approvals: [],
      },
    }),
    m('2020-07-28', ['Joe Sepi (@joesepi)', 'Timmy Willison (@timmywil)', 'Michael Dawson (@mhdawson)', 'Kris Borchers (@kborchers)', 'Robin Ginn (@rginn)', 'Eemeli Aro (@eemeli)', 'Rachel Romof (@rromoff)', 'Matteo Collina (@mcollina)', 'Jordan Harband (@ljharb)', 'Tobie Langel (@tobie)', 'Christian Bromann (@christian-bromann)', 'Divy Tolia (@designmoreweb)', 'Mike Samuel (@mikesamuel)', 'Antón Molleda (@molant)']),
    m('2020-08-04', ['Joe Sepi (@joesepi)', 'Kris Borchers (@kborchers)', 'Divy Tolia (@designmoreweb)', 'Robin Ginn (@rginn)', 'Dylan Schiemann (@dylans)', 'Jory Burson (@jorydotcom)', 'Sara Chipps (@SaraJo)', 'Christopher Hiller (@boneskull)', 'Shelley Vohr (@codebytere)', 'Myles Borins (@mylesborins)', 'Brian Douglas (@bdougie)', 'Timmy Willison (@timmywil)']),
    m('2020-08-11', ['Joe Sepi (@joesepi)', 'Sendil Kumar N (@sendilkumarn)', 'Divy Tolia (@designmoreweb)', 'Matteo Collina (@mcollina)', 'Darcy Clarke (@darcyclarke)', 'Robin Ginn (@rginn)', 'Jordan Harband (@ljharb)', 'Kris Borchers (@kborchers)', 'Michael Dawson (@mhdawson)', 'Jory Burson (@jorydotcom)', 'Sara Chipps (@sarajo)', 'Chris Hiller (@boneskull)', 'Mike Samuel (@mikesamuel)', 'Tobie Langel (@tobie)', 'Eemeli Aro (@eemeli)']),
    m('2020-08-18', ['Michael Dawson (@mhdawson)', 'Joe Sepi (@joesepi)', 'Kris Borchers (@kborchers)', 'Matteo Collina (@mcollina)', 'Tierney Cyren (@bnb)', 'Divy Tolia (@designmoreweb)', 'Sendil Kumar (@sendilkumarn)', 'Dylan Schiemann (@dylans)', 'Rachel Romoff (@rromoff)', 'Shelley Vohr (@codebytere)', 'Eemeli Aro (@eemeli)', 'Agiri (@codeekage)', 'Robin Ginn (@rginn)', 'Sara Chipps (@sarajo)', 'Brian Warner (@brianwarner)'], {
      sample: {
        actions: [
          { line: 48, text: 'Should be PR this week', owners: ['Sara'], optional: true },
          { line: 51, text: 'Chris Hiller and Tobie were going to move this forward', owners: ['Chris Hiller', 'Tobie'], optional: true },
          { line: 62, text: 'Brian to follow up to see if we can make that change', owners: ['Brian'] },
          { line: 70, text: 'Joe will update issue with proposal', owners: ['Joe'] },
          { line: 71, text: 'Eemeli will create an issue asking for input', owners: ['Eemeli'] },
        ],
        motions: [],
        decisions: [],
        approvals: [],
      },
      mustNot: [{ line: 40, kind: 'action', text: 'Please review, hoping to close next week', why: 'a request in the agenda notes, no owner, not an action of the meeting' }],
    }),
    m('2020-08-25', ['Michael Dawson (@mhdawson)', 'Christian Bromann (@christian-bromann)', 'Joe Sepi (@joesepi)', 'Divy Tolia (@designmoreweb)', 'Sara Chipps (@Sarajo)', 'Shelley Vohr (@codebytere)', 'Marcin Hoppe (@MarcinHoppe)', 'Jory Burson (@jorydotcom)', 'Sendil Kumar (@sendilkumarn) - Invisible attendee', 'Mike Samuel (@mikesamuel)', 'Tobie Langel (@tobie)', 'Anton Molleda (@molant)', 'Robin Ginn (@rginn)', 'Tierney Cyren (@bnb)', 'Evgeny Poberezkin (@epoberezkin)', 'Eemeli Aro (@eemeli)', 'Timothy Willison (@timmywil)', 'Eliseo Ortiz', 'Matteo Collina (@mcollina)', 'Mary Marchini (@mmarchini)', 'Brian Warner (@brianwarner)', 'Rachel Romoff (@RRomoff)']),
    m('2020-09-01', ['Joe Sepi (@joesepi)', 'Jory Burson (@jorydotcom)', 'Robin Ginn (@rginn)', 'Jordan Harband (@ljharb)', 'Sendil Kumar (@sendilkumarn)', 'Aditya Varma', 'Myles Borins (@mylesborins)', 'Rachel Romoff (rromoff', 'Brian Warner (@brianwarner)', 'Mary Marchini (@mmarchini)', 'Kris Borchers (@kborchers)', 'Divy (@designmoreweb)', 'Marcin Hoppe (@MarcinHoppe)', 'Christian Bromann (@christian-bromann)', 'Chris Hiller (@b0neskull)', 'Tobie Langel (@tobie)'], {
      sample: {
        actions: [
          { line: 47, text: 'Joe to update issue with comments from this discussion', owners: ['Joe'] },
          { line: 53, text: 'Document this understanding where we document voting information', owners: [] },
          { line: 59, text: 'Multiple parties to review and approve', owners: ['ALL'] },
          { line: 66, text: 'review PR before upcoming meeting and respond to doodle poll', owners: ['ALL'] },
          { line: 74, text: 'attend earlier meeting next week', owners: ['ALL'] },
          { line: 79, text: 'Tobie will share doodle poll more broadly', owners: ['Tobie'] },
          { line: 84, text: 'schedule with board committee', owners: ['BW'] },
          { line: 89, text: 'Send text to MD after call today', owners: ['BW'] },
          { line: 95, text: 'Review open PRs that tie policy into the appropriate places', owners: ['ALL'] },
        ],
        motions: [{ line: 99, text: 'Mary taking over for Matteo', mover: 'Joe', outcome: 'carried', optional: true }],
        decisions: [
          { lines: [52, 52], text: 'Consensus is that we will not share specific details on the results' },
          { lines: [99, 99], text: 'Can we close this PR? YES' },
        ],
        approvals: [],
      },
      mustNot: [
        { line: 52, kind: 'action', text: 'Consensus is that we will not share specific details', why: 'written "ACTION:" but it is a decision (consensus), not a task' },
        { line: 73, kind: 'decision', text: 'Decided last meeting to alternate', why: 'recalls the last meeting\'s decision' },
        { line: 33, kind: 'motion', text: 'prepping TSC vote', why: 'an announcement about another body\'s vote' },
      ],
    }),
    m('2020-09-08', ['Joe Sepi (@joesepi)', 'Robin Ginn (@rginn)', 'Darcy Clarke (@darcyclarke)', 'Timmy Willison (@timmywil)', 'Divy Tolia (@designmoreweb)', 'Jory Burson (@jorydotcom)', 'Dylan Schiemann (@dylans)', 'Aditya Varma (@vaditya92)', 'Matteo Collina (@mcollina)', 'Nick O’Leary (@knollery)', 'Sendil Kumar (@sendilkumarn)', 'Brian Warner (@brianwarner)', 'Sara Chipps (@SaraJo)', 'Eemeli Aro (@eemeli)', 'Michael Dawson (@mhdawson)', 'Agiri Abraham (@codeekage)']),
    m('2020-09-15', ['Joe Sepi (@joesepi)', 'Michael Dawson (@mhdawson)', 'Kris Borchers (@kborchers)', 'Robin Ginn (@rginn)', 'Sara Chipps(@sarajo)', 'Tobie Langel (@tobie)', 'Dylan Schiemann (@dylans)', 'Jory Burson (@jorydotcom)', 'Rachel Romoff (@rromoff)', 'Jordan Harband (@ljharb)', 'Brian Warner (@brianwarner)', 'Shelley Vohr (@codebytere)', 'Chris Hiller (@boneskull)', 'Mary Marchini (@mmarchini)', 'Mike Samuel (@mikesamuel)']),
    m('2020-09-22', ['Joe Sepi (@joesepi)', 'Michael Dawson (@mhdawson)', 'Sendil Kumar (@sendilkumarn)', 'Jory Burson (@jorydotcom)', 'Robin Ginn (@rginn)', 'Tobie Langel (@tobie)', 'Dylan Schiemann (@dylans)', 'Brian Warner (@brianwarner)', 'Shelley Vohr (@codebytere)', 'Divy Tolla (@designmoreweb)', 'Timmy Willison (@timmywil)', 'Matteo Collina (@mcollina)', 'Tierney Cyren (@bitnbang)', 'Abraham Jr. Agiri (@codeekage)', 'Eemeli Aro (@eemeli)']),
    m('2020-09-29', ['Joe Sepi (@joesepi)', 'Michael Dawson (@mhdawson)', 'Jory Burson (@jorydotcom)', 'Eemeli Aro (@eemeli)', 'Tobie Langel (@tobie)', 'Sara Chipps (@sarajo)', 'Timothy Willison (@timmywil)', 'Tierney Cyren (@bnb)', 'Christopher Hiller (@boneskull)', 'Brian Warner (@brianwarner)', 'Divy Tolla (@designmoreweb)', 'Shelley Vohr (@codebytere)', 'Rachel Romoff (@rromoff)', 'Mary Marchini (@mmarchini)']),
    m('2020-10-06', ['Joe Sepi (@joesepi)', 'Michael Dawson (@mhdawson)', 'Rachel Romoff (@rromoff)', 'Tobie Langel (@tobie)', 'Mary Marchini (@mmarchini)', 'Darcy Clarke (@darcyclarke)', 'Mike Samuel (@mikesamuel)', 'Robin Ginn (@rginn)'], {
      sample: {
        actions: [
          { line: 45, text: 'Tobie has next action', owners: ['Tobie'] },
          { line: 48, text: 'Waiting on some additional applications from Robin', owners: ['Robin'], optional: true },
          { line: 54, text: "on Brian’s plate", owners: ['Brian'], optional: true },
          { line: 59, text: 'Tobie doing the work on the growth plan', owners: ['Tobie'], optional: true },
          { line: 65, text: 'Michael will land', owners: ['Michael'] },
        ],
        motions: [],
        decisions: [
          { lines: [27, 27], text: 'Agreed to use second half of next meeting to work on simplified proposal process' },
          { lines: [34, 34], text: 'decision made to make the OpenJS World virtual', optional: true },
        ],
        approvals: [],
      },
      mustNot: [
        { line: 23, kind: 'person', text: 'TSC', why: '"Amp TSC AMA": a committee, not a person or initials' },
        { line: 54, kind: 'decision', text: 'board approved new ICLA template', why: 'the board\'s decision, reported' },
      ],
    }),
    m('2020-10-13', ['Michael Dawson (@mhdawson)', 'Divy Tolia (@designmoreweb)', 'Joe Sepi (@joesepi)', 'Timothy Willison (@timmywil)', 'Jordan Harband (@ljharb)', 'Christian Bromann (@christian-bromann)', 'Christopher Hiller (@boneskull)', 'Rachel Romoff (@rromoff)', 'Robin Ginn (@rginn)', 'Sara Chipps (@Sarajo)', 'Dylan Schiemann (@dylans)', 'Jory Burson (@jorydotcom)', 'Tierney Cyren (@bnb)', 'Shelley Vohr (@codebytere)']),
    m('2020-10-20', ['Joe Sepi (@joesepi)', 'Michael Dawson (@mhdawson)', 'Eemeli Aro (@eemeli)', 'Christopher Hiller (@boneskull)', 'Robin Ginn (@rginn)', 'Sara Chipps (@sarajo)', 'Jordan Harband (@ljharb)', 'Myles Borins (@MylesBorins)', 'Timothy Willison (@timmywil)', 'Tobie Langel (@tobie)', 'Brian Warner (@brianwarner)', 'Anton Molleda (@molant)']),
    m('2020-10-27', ['Michael Dawson (@mhdawson)', 'Joe Sepi (@joesepi)', 'Jordan Harband (@ljharb)', 'Eemeli Aro (@eemeli)', 'Tobie Langel (@tobie)', 'Rachel Romoff (@rromoff)', 'Shelley Vohr (@codebytere)', 'Brain Warner (@brianwarner)', 'Christopher Hiller (@boneskull)', 'Robin Ginn (@rginn)', 'Sara Chipps (@SaraJo)', 'Tierney Cyren (@bnb)', 'Divy Tolia (@designmoreweb)', 'Muhammed Taha Ayan (@estharian)']),
    m('2020-11-03', ['Divy Tolia (@designmoreweb)', 'Mike Samuel (@mikesamuel)', 'Christopher Hiller (@boneskull)', 'Robin Ginn (@rginn)', 'Joe Sepi (@joesepi)', 'Rachel Romoff (@rromoff)', 'Eemeli Aro (walking)', 'Sendil Kumar (@sendilkumarn)', 'Jory Burson (@jorydotcom)', 'Myles Borins (@MylesBorins)'], {
      note: 'The Present list opens with three bodies ("OpenJS Foundation Cross Project Council", "… Project Maintainers", "… Board of Directors"), left out here: not people present. "Eemeli Aro (walking)".',
      sample: {
        actions: [
          { line: 43, text: 'ask the groups in the growth stage to weigh in', owners: ['Jory'] },
          { line: 50, text: 'see about transferring this issue / PR', owners: ['Jory'] },
          { line: 67, text: 'Jory volunteers to tackle the broader “non growth” proposals', owners: ['Jory'] },
          { line: 68, text: 'Update labels & RM agenda label', owners: [], optional: true },
        ],
        motions: [],
        decisions: [],
        approvals: [],
      },
      mustNot: [
        { line: 10, kind: 'person', text: 'OpenJS Foundation Cross Project Council', why: 'a body in the Present list, not a person' },
        { line: 11, kind: 'person', text: 'OpenJS Foundation Project Maintainers', why: 'a body, not a person' },
        { line: 12, kind: 'person', text: 'OpenJS Foundation Board of Directors', why: 'a body, not a person' },
        { line: 54, kind: 'decision', text: 'Comments resolved and PR merged', why: 'a report of a merged PR, not a decision of the meeting' },
      ],
    }),
  ],
};
