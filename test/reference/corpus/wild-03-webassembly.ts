/**
 * W3C WebAssembly Community Group video calls of 2022 (../shared/reference/wild/03-webassembly-cg/),
 * read by hand. Nine files hold minutes ("### Attendees" or "### Introduction of attendees" under
 * "Meeting Notes"); nine hold only the agenda (cancelled, or "To be added after the meeting").
 * Present lists are as written, slips and duplicates included ("Thomas LIvely", "Francis McCabe"
 * twice); the scorer compares distinct names. No chair or note taker is named in the minutes.
 * Sampled meetings: CG-01-18, CG-02-15, CG-03-15, CG-05-10, CG-08-30. Polls are motions with no
 * mover; "for" counts SF + F, "abstain" counts N, "against" A + SA.
 */
import type { RefCommittee, RefMeeting } from './types.js';

const F = 'wild/03-webassembly-cg/2022/';
const agenda = (mmdd: string, note: string): RefMeeting => ({
  file: `${F}CG-${mmdd}.md`,
  kind: 'agenda-only',
  date: `2022-${mmdd}`,
  present: [],
  absent: [],
  note,
  mustNot: [{ kind: 'finding', text: 'any finding of a minutes rule', why: 'an agenda only, not minutes' }],
});
const minutes = (mmdd: string, present: string[], rest: Partial<RefMeeting> = {}): RefMeeting => ({
  file: `${F}CG-${mmdd}.md`,
  kind: 'minutes',
  date: `2022-${mmdd}`,
  present,
  absent: [],
  ...rest,
});
const AGENDA_POLL = (line: number, text: string) => ({ line, kind: 'motion' as const, text, why: 'a poll planned in the agenda, not one held' });

export const WASM: RefCommittee = {
  folder: 'wild/03-webassembly-cg',
  meetings: [
    agenda('01-04', 'Meeting Notes section empty.'),
    minutes('01-18', ['Thomas LIvely', 'Pat Hickey', 'Johnnie Birch', 'Michael Knyszek', 'Lars Hansen', 'Francis McCabe', 'Ben Titzer', 'Yuri Iozzelli', 'Yury Delendik', 'Deepti Gandluri', 'Richard Winterton', 'Chris Fallin', 'Andrew Brown', 'Slava Kuzmich', 'Conrad Watt', 'Radu Matei', 'Paolo Severini', 'Manos Koukoutos', 'Dan Gohman', 'Adam Klein', 'Sabine Schmaltz', 'Arun Purushan', 'Petr Penzin', 'Alon Zakai', 'Alex Crichton', 'Sergey Rubanov', 'Jacob Abraham', 'Jakob Kummerow', 'Sean Jensen-Grey', 'Emanuel Zeigler', 'Sam Clegg', 'Luke Wagner', 'Mingqiu Sun', 'Charles Vaughn', 'Derek Schuff', 'Zalim (Bashorov?)', 'Shravan Narayan', 'Peter Huene', 'Heejin Ahn', 'Jay (Phelps?)', 'Nick Fitzgerald', 'Shravan Narayan', 'bhayes', 'Is', 'Oran'], {
      sample: {
        actions: [{ line: 180, text: 'Will take this discussions and split it into issues', owners: ['DG'] }],
        motions: [{ line: 176, endLine: 178, text: 'any objections to phase 1', outcome: 'carried' }],
        decisions: [{ lines: [176, 178], text: 'Unanimous consent achieved' }],
        approvals: [],
      },
      mustNot: [AGENDA_POLL(28, 'Poll for phase 1')],
    }),
    agenda('02-01', 'Meeting Notes section empty.'),
    minutes('02-15', ['Derek Schuff', 'Deepti Gandluri', 'Saúl Cabrera', 'Keith Winstein', 'Jeff Charles', 'Zalim Bashorov', 'Nick', 'Mingqui Sun', 'Slava Kuzmich', 'Ryan Nunt', 'Rick Battagline', 'Sam Clegg', 'Alex Crichton', 'Bailey Hayes', 'Lars Hansen', 'Yury Delendik', 'Conrad Watt', 'Alon Zakai', 'Heejin Ahn', 'Radu Matei', 'Keith Miller', 'Adam Klein', 'Paolo Severini', 'Richard Winterton', 'Manos Koukoutos', 'Yuri Iozzelli', 'Ioanna Dimitriou', 'Emanuel Ziegler', 'Johnnie Birch', 'Jakob Kummerow', 'Andreas Rossberg', 'Shravan Narayan', 'Francis McCabe', 'Asumu Takikawa', 'David Piepgrass', 'Andrew Brown', 'Oran Collins', 'Sean Jensen-Grey', 'Sam Lindley', 'Sergey Rubanov'], {
      sample: {
        actions: [],
        motions: [{ line: 106, endLine: 112, text: 'GC proposal to Phase 2', outcome: 'implied', for: 32, against: 0, abstain: 5 }],
        decisions: [{ lines: [106, 112], text: 'GC proposal to Phase 2' }],
        approvals: [],
      },
      mustNot: [AGENDA_POLL(27, 'Poll: Advance GC to phase 2'), { line: 108, kind: 'person', text: 'SF', why: 'a poll column (strongly for), not a person' }],
    }),
    minutes('03-01', ['Deepti Gandluri', 'Derek Schuff', 'Asumu Takikawa', 'Pat Hickey', 'Yuri Iozzelli', 'Sergey Rubanov', 'Jeff Charles', 'Saul Cabrera', 'Danielle Church', 'Yury Delendik', 'Ryan Hunt', 'Chris Fallin', 'Zalim Bashorov', 'Sabine', 'Radu Matei', 'Keith Miller', 'Paolo Severini', 'Francis McCabe', 'Conrad Watt', 'Is', 'Guy Bedford', 'Mingqiu Sun', 'Sam Clegg', 'Alon Zakai', 'Emanuel Ziegler', 'Ben Titzer', 'Thomas LIvely', 'Dan Gohman', 'Nabeel Al-Shamma', 'Peter Huene', 'Johnnie Birch', 'Richard Winterton', 'Jakob Kummerow', 'Nick Fitzgerald', 'Manos Koukoutos', 'Andrew Brown', 'Ioanna Dimitriou', 'Slava Kuzmich', 'Jacob Abraham', 'Bailey Hayes', 'fitzgen']),
    minutes('03-15', ['Derek Schuff', 'Yuri Iozelli', 'Bailey Hayes', 'Frank Denis', 'George Kulakowski', 'Yury Delendik', 'Jeff Charles', 'Saul Cabrera', 'Sam Clegg', 'Conrad Watt', 'Thomas Lively', 'Francis McCabe', 'Luke Wagner', 'Jay Phelps', 'Lars Hansen', 'Paolo Severini', 'Rick Battagline', 'Alex Crichton', 'Zhi An Ng', 'Ryan Hunt', 'Chris Fallin', 'Jakob Kummerow', 'Michał Kawalec', 'Manos Koukoutos', 'Andrew Brown', 'Ben Titzer', 'Adam Klein', 'Mingqiu Sun', 'Jacob Abraham', 'Ioanna Dimitriou', 'Emanuel Ziegler', 'Dan Gohman', 'Richard Winterton', 'Asumu Takikawa', 'Andreas Rossberg', 'Jonnnie Birch', 'Zalim Bashorov'], {
      sample: {
        actions: [{ line: 275, text: 'work through conditional sections for that restriction', owners: ['TL'] }],
        motions: [
          { line: 107, endLine: 112, text: 'POLL for phase 3', outcome: 'implied', for: 27, against: 0, abstain: 2 },
          { line: 130, endLine: 132, text: 'any objections to phase 1 for gc-js-customization', outcome: 'carried' },
        ],
        decisions: [
          { lines: [107, 112], text: 'extended-const to phase 3' },
          { lines: [130, 132], text: 'No objections, poll passes' },
        ],
        approvals: [],
      },
      mustNot: [AGENDA_POLL(28, 'Poll to Phase 2 or Phase 3'), { line: 119, kind: 'decision', text: 'decided to defer that', why: 'reports a subgroup decision, not one of this meeting' }],
    }),
    agenda('03-29', 'Meeting Notes section empty.'),
    minutes('04-12', ['Derek Schuff', 'Deepti Gandluri', 'Sean Westfall', 'Yuri Iozzelli', 'Radu Matei', 'Sabine Schmaltz', 'Francis McCabe', 'George Kulakowski', 'Yury Delendik', 'Nick Fitzgerald', 'Sébastien Deleuze', 'Sean Jensen Grey', 'Jeff Charles', 'Conrad Watt', 'Ryan Hunt', 'Rick Battagline', 'Sebastien Deleuze', 'Paolo Severini', 'Jacob Abraham', 'Keith', 'Saúl Cabrera', 'Luke Wagner', 'Zhi An Ng', 'Manos Koukoutos', 'Thomas Lively', 'Andrew Brown', 'Mingqiu Sun', 'Zalim Bashorov', 'Slava Kuzmich', 'Andreas R', 'Peter Huene', 'Jakob Kummerow', 'Gordon A', 'Emanuel Ziegler', 'Alex Crichton', 'jlbirch']),
    agenda('04-26', '"To be added after the meeting."'),
    minutes('05-10', ['Yurii Rashkovskii', 'Francis McCabe', 'Yury Delendik', 'Zalim Bashrov', 'Ezzat Chamudi', 'Eric Prud’Hommeaux', 'Ashley Nelson', 'Jeff Charles', 'Dan Gohman', 'Francis McCabe', 'Sam Clegg', 'Yuri Iozzelli', 'Chris Fallin', 'Paolo Severini', 'Slava Kuzmich', 'Rick Battagline', 'Ilya Rezvov', 'Jacob Abraham', 'Michal Kawalec', 'Charles Vaughn', 'Keith Miller', 'Ryan Hunt', 'Asumu Takikawa', 'Ben Titzer', 'Luke Wagner', 'Mingqui Sun', 'Igor Iakovlev', 'Johnnie Birch', 'Heejin Ahn', 'Andreas Rossberg', 'Sebastien Deleuze', 'Peter Heune', 'rrw', 'Sean Jensen-Grey', 'Deepti Gandluri', 'Kevin Moore', 'Andrew Brown', 'Paul Schoenfelder', 'Charles Vaughn', 'Sergey Rubanov', 'Alex Chricton', 'Jakob Kummerow', 'George Kulakowski'], {
      sample: {
        actions: [],
        motions: [
          { line: 102, endLine: 104, text: 'Sam Clegg to take over as champion for the Memory64 proposal', outcome: 'carried' },
          { line: 145, endLine: 233, text: 'Adopt new versioning scheme', outcome: 'carried' },
        ],
        decisions: [
          { lines: [102, 104], text: 'Sam Clegg to take over as champion for the Memory64 proposal' },
          { lines: [231, 233], text: 'Adopt new versioning scheme (POLL again: No objections)' },
        ],
        approvals: [],
      },
      mustNot: [
        AGENDA_POLL(29, 'Poll: Adopt new versioning scheme'),
        { line: 116, kind: 'decision', text: 'we chose to adopt the EverGreen model', why: 'recalls an earlier decision' },
        { line: 102, kind: 'action', text: 'Sam Clegg to take over as champion', why: 'the subject of a poll, decided in the meeting, not a task' },
      ],
    }),
    agenda('05-24', 'Meeting Notes section empty.'),
    agenda('06-07', 'Meeting Notes section empty.'),
    minutes('06-21', ['Alex Crichton', 'Andreas Rossberg', 'Ashley Nelson', 'Asumu Takiwaka', 'Andrew Brown', 'Bailey Hayes', 'Chris Fallin', 'Deepti Gandluri', 'Derek Schuff', 'George Kulakowski', 'Jacob Abraham', 'Jakob Kummerow', 'Jeff Charles', 'Luke Wagner', 'Nick Fitzgerald', 'Paolo Severini', 'Petr Penzin', 'Richard Winterton', 'Ryan Hunt', 'Sabine Schmaltz', 'Thomas Lively', 'Zalim Bashorov']),
    agenda('07-05', '"Cancelled due to US holiday."'),
    agenda('07-19', 'Meeting Notes section empty.'),
    agenda('08-02', 'Cancelled (agenda items only).'),
    minutes('08-16', ['Kloud Koder', 'Derek Schuff', 'Sean Westfall', 'Keith Winstein', 'Igor Iakovlev', 'Conrad Watt', 'Yury Delendik', 'Rick Battagline', 'Paolo Severini', 'Yuri Iozzelli', 'Johnnie Birch', 'Luke Wagner', 'Chris Woods', 'Ilya Rezvov', 'Jacob Abraham', 'Chris Fallin', 'Francis McCabe', 'Alon Zakai', 'Sam Clegg', 'Mingqiu Sun', 'Ben Titzer', 'Deepti Gandluri', 'Andrew Brown', 'Richard Winterton', 'Heejin Ahn', 'Mossaka', 'Jakob Kummerow', 'Melanie Riise', 'Bailey Hayes']),
    minutes('08-30', ['Deepti Gandluri', 'Derek Schuff', 'Sean Westfall', 'Zalim Bashorov', 'Yury Delendik', 'Justin Michaud', 'Francis McCabe', 'Rick Battagline', 'Jeff Charles', 'Nick Fitzgerald', 'Sebastien Deleuze', 'Asumu Takikawa', 'Ezzat Chamudi', 'Ryan Hunt', 'Andrew Brown', 'Paolo Severini', 'Jacob Abraham', 'Brendan Dahl', 'Richard Winterton', 'Conrad Watt', 'Luke Wagner', 'Saul Cabrera', 'Ilya Rezvov', 'Sam Lindley', 'Andreas Rossberg', 'Jakob Kummerow', 'Alon Zakai', 'Manos Koukoutos', 'Thomas Lively', 'Yuri Iozzelli', 'Alex Crichton', 'Petr Penzin', 'Benjamin Titzer', 'Johnnie Birch', 'Melanie Riise', 'Bailey Hayes', 'Yuri Rashovskii', 'David Piepgrass'], {
      sample: {
        actions: [{ line: 160, text: 'I can. I guess I should reopen the issue', owners: ['AR'], optional: true }],
        motions: [
          { line: 142, endLine: 154, text: 'add a non-normative note in the spec', mover: 'DG', outcome: 'carried', optional: true },
          // Lines 262-264 (AR's question, "<no objections raised, consensus is unanimous>"); first written 255-257, where BT and AR discuss repeated sections.
          { line: 262, endLine: 264, text: 'fixing the spec to match the implementations', mover: 'AR', outcome: 'carried' },
        ],
        decisions: [
          { lines: [142, 154], text: 'It sounds like we like this idea', optional: true },
          { lines: [261, 264], text: 'no objections raised, consensus is unanimous' },
        ],
        approvals: [],
      },
      mustNot: [AGENDA_POLL(29, 'Poll: pick web/interpreter semantics')],
    }),
  ],
};
