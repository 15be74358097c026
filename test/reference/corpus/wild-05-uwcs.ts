/**
 * University of Warwick Computing Society executive, 2006–07 (../shared/reference/wild/05-uwcs-exec/),
 * read by hand. Names as written ("Full Name (nick)" where the minutes give both; Markdown
 * escapes rendered: "Fluff_eei"). No chair is named in any file; a note taker only on 2006-12-08.
 * The TOML `date` agrees with the body in every file.
 * Sampled meetings: 2006-11-10, 2006-11-17, 2007-01-19, 2007-03-09, 2007-03-14, 2007-06-19.
 */
import type { RefCommittee, RefMeeting } from './types.js';

const F = 'wild/05-uwcs-exec/';
const m = (name: string, present: string[], rest: Partial<RefMeeting> = {}): RefMeeting => ({
  file: F + name,
  kind: 'minutes',
  date: name.slice(0, 10),
  present,
  absent: [],
  ...rest,
});
const BRUCE = 'Bruce Tinton (Bruce)';
const CANDLE = 'Andrew Wheat (Candle)';
const MORLARK = 'Sean Connolly (Morlark)';
const FRED = 'Frederick Emmott (Fred)';
const KIM = 'Kim Tibbetts-Harlow (Kim)';
const LAURENCE = 'Laurence Hurst (Laurence)';
const POLAR = 'Arun Prasannan (Polar)';
const BUCKO = 'David Buckley (Bucko)';
const SADIQ = 'Sadiq Jaffer (Sadiq)';

export const UWCS: RefCommittee = {
  folder: 'wild/05-uwcs-exec',
  meetings: [
    m('2006-09-29-compsoc-minutes-29-09-2006.md', [BRUCE, CANDLE, MORLARK, FRED, KIM, LAURENCE, 'Tim Retout (Tim)', SADIQ, 'Graham Hayward (Covbob)']),
    m('2006-10-20-compsoc-minutes-20-10-2006.md', [BRUCE, CANDLE, MORLARK, FRED, KIM, LAURENCE, POLAR, BUCKO]),
    m('2006-11-03-compsoc-minutes-03-11-2006.md', [BRUCE, CANDLE, FRED, LAURENCE, POLAR, BUCKO, SADIQ, 'Daniel Watkins (Odd_bloke)']),
    m('2006-11-10-compsoc-exec-minutes-2006-11-10.md', ['Bruce', 'Bucko', 'Candle', 'Fred', 'Kim', 'Polar'], {
      absent: ['Laurence'],
      sample: {
        actions: [
          { line: 26, text: 'Polar will call Yvonne tomorrow to check', owners: ['Polar'], optional: true },
          { line: 48, text: 'Fred will organise this', owners: ['Fred'], optional: true },
          { line: 61, text: 'Polar will be making posters and flyers', owners: ['Polar'], optional: true },
          { line: 70, text: 'Kim will be phoning tomorrow to book', owners: ['Kim'], optional: true },
          { line: 82, text: 'Polar to call Yvonne tomorrow regarding Hursley trip', owners: ['Polar'] },
          { line: 83, text: 'Candle to cancel coach booking', owners: ['Candle'] },
          { line: 84, text: 'Candle to organise food and transport', owners: ['Candle'] },
          { line: 85, text: 'Fred to talk to Loughborough University', owners: ['Fred'] },
          { line: 86, text: 'Bruce to write irc rules', owners: ['Bruce'] },
          { line: 87, text: 'Bruce to tell Faux to write a flood protection script', owners: ['Bruce'] },
          { line: 88, text: 'Fred to organise techteam for Game Coding Event', owners: ['Fred'] },
          { line: 89, text: 'Polar to design flyers for guest lecture', owners: ['Polar'] },
          { line: 90, text: 'Bruce to print flyers for guest lecture', owners: ['Bruce'] },
          { line: 91, text: 'Kim to book Christmas meal tomorrow', owners: ['Kim'] },
        ],
        motions: [],
        decisions: [
          { lines: [43, 43], text: 'The exec decided to move away from the stance that past execs have taken' },
          { lines: [52, 52], text: 'It has been decided to be reassigned to Crazy_Piglet' },
          { lines: [70, 70], text: 'It was decided to book for 30 people' },
          // Added (h20w3): two decisions of the same form as those listed ("The exec agreed/decided that …"), left out when the list was written.
          { lines: [38, 38], text: 'The exec agreed that there had to be no possibility of any user abusing this' },
          { lines: [70, 70], text: 'The exec decided that if The Virgin & Castle was unavailable then The Old Clarence would not be a suitable alternative' },
          { lines: [36, 36], text: 'There were no issues or objections raised with the rules', optional: true },
        ],
        approvals: [],
      },
      mustNot: [{ line: 32, kind: 'finding', text: "last week's joblist", why: 'the joblist could not be reviewed: not an action never followed up' }],
    }),
    m('2006-11-17-compsoc-exec-minutes-17-11-2006.md', [BRUCE, CANDLE, FRED, LAURENCE, POLAR, BUCKO, KIM, MORLARK, 'Timothy Retout (Tim)', 'Daniel Watkins (Odd_bloke)', 'Richard Warburton (Mulletron)'], {
      sample: {
        actions: [
          { line: 44, text: 'Flyers', owners: ['Polar'] },
          { line: 45, text: 'Newsletter with academic events and social events below', owners: ['Laurence'] },
          { line: 46, text: 'X-Mas meal and bowling events on the website', owners: ['Kim'] },
          { line: 47, text: 'Put events on the compsoc calender', owners: ['Polar'] },
          { line: 48, text: 'poke virgin and castle for prices and menus', owners: ['Candle'] },
          { line: 49, text: 'Include an apology in the next newsletter', owners: ['Laurence'] },
          { line: 50, text: 'Organise pub crawl for Thursday week 9', owners: ['Kim'] },
          { line: 51, text: 'Include above pub crawl in newsletter', owners: ['Laurence'] },
          { line: 52, text: 'Sort out bugzilla to kim', owners: ['Fred'] },
          { line: 53, text: 'Make clear that pub social is not about the drinking', owners: ['Laurence'] },
          { line: 54, text: 'Add lug organised events to website', owners: ['Morlark'] },
          { line: 55, text: 'Newsletter 5 unnamed t-shirts for sale', owners: ['Laurence'] },
          { line: 56, text: 'Documentation for the next tech officer', owners: ['Fred'] },
          { line: 57, text: 'become a “google campus ambassador”', owners: ['Bucko'] },
          { line: 58, text: 'Organise bugflug @ lan', owners: ['Morlark'] },
          { line: 124, text: 'Fred said he would do', owners: ['Fred'], optional: true },
          { line: 126, text: 'he would schedule a tech team meeting', owners: ['Fred'], optional: true },
        ],
        motions: [{ line: 72, text: 'the agreement was unanimously agreed', outcome: 'carried', optional: true }],
        decisions: [
          { lines: [64, 64], text: "The LUG's constitution was generally agreed to be acceptable" },
          { lines: [72, 72], text: 'the agreement was unanimously agreed by the compsoc exec' },
          { lines: [86, 86], text: 'it was decided to try and re-organise this for Thursday of week 9' },
        ],
        approvals: [],
      },
      mustNot: [{ line: 43, kind: 'action', text: 'Person | Item', why: 'the header row of the joblist (bold cells under an empty header), not an action' }],
    }),
    m('2006-12-01-compsoc-minutes-01-12-2006.md', [BRUCE, CANDLE, FRED, POLAR, MORLARK, LAURENCE, 'Timothy Retout (Tim)', SADIQ], {
      note: 'Lines 12-25 hold an HTML-escaped copy of the minutes ("<p>h4. Present …"); the Markdown minutes start at line 28.',
    }),
    m('2006-12-08-uwcs-exec-minutes-fri-8th-december-2006.md', ['Andrew Wheat (Candle)', 'Fred Emmott (fred)', BRUCE, POLAR, 'David Buckley (bucko)', 'Tim Retout (Tim)'], {
      absent: [LAURENCE],
      noteTaker: 'Tim Retout',
      note: 'Apologies from Laurence; Kim had resigned; "No one knew where Sean Connolly (Morlark) was" (absent, no apology). Roles after " - " (President, Acting Chief Minuter).',
      mustNot: [{ line: 32, kind: 'decision', text: 'we would have approved them', why: 'the previous minutes were not approved (no one had them)' }],
    }),
    m('2007-01-12-uwcs-exec-minutes-fri-12th-january-2007.md', [BRUCE, 'Arun Prassanan (Polar)', 'Tim Retout (Tim)', 'Richard Warburton (mulletron)', 'Daniel Watkins (Odd_Bloke)'], {
      absent: [MORLARK, 'David Buckley (bucko)', 'Fred Emmott (fred)', CANDLE],
    }),
    m('2007-01-19-uwcs-exec-minutes-fri-19th-january-2007.md', [CANDLE, 'David Buckley (bucko)', 'Fred Emmott (fred)', 'Arun Prassanan (Polar)', BRUCE, 'Tim Retout (Tim)', 'Richard Warburton (mulletron)'], {
      absent: ['Daniel Watkins'],
      sample: {
        actions: [
          { line: 69, text: 'Arun was tasked with planning the promotion of the event', owners: ['Arun'] },
          { line: 77, text: 'David was tasked with arranging the details of the joint LAN', owners: ['David'] },
          { line: 73, text: 'An email notice of this was to be sent out', owners: [], optional: true },
          { line: 47, text: 'Candle offered to help with development', owners: ['Candle'], optional: true },
        ],
        motions: [
          { line: 61, text: 'moving the weekly pub socials to campus', mover: 'Fred', outcome: 'none', optional: true },
        ],
        decisions: [
          { lines: [31, 31], text: 'It was hence agreed to move it to Wednesday week 7' },
          { lines: [43, 43], text: 'it was agreed that open tickets should be raised at exec meetings' },
          { lines: [51, 51], text: 'it was agreed that a test would be a barrier', optional: true },
        ],
        approvals: [],
      },
      mustNot: [{ line: 81, kind: 'date', text: '26th January 2007', why: 'the next meeting, not this meeting\'s date' }],
    }),
    m('2007-01-26-uwcs-exec-minutes-fri-26th-january-2007.md', [CANDLE, 'David Buckley (bucko)', 'Arun Prassanan (Polar)', BRUCE, 'Tim Retout (Tim)', 'Chris Lamb (lamby)'], {
      absent: ['Fred Emmott'],
      note: 'Apologies also from "the WUGLUG organising committee" (a body, not a person).',
    }),
    m('2007-03-02-exec-minutes-2nd-march-2007.md', [], { note: 'Minutes with no attendance recorded.' }),
    m('2007-03-09-exec-minutes-9th-march-2007.md', [], {
      attendanceAll: true,
      note: '"**Present** All, Candle and Bucko slightly late".',
      sample: {
        actions: [
          { line: 32, text: 'All to read minutes with next 2 days', owners: ['All'] },
          { line: 41, text: 'Network Cable information to be included in future emails', owners: [] },
          { line: 42, text: 'Tech Team to provide script for news letters', owners: ['Tech Team'] },
          { line: 43, text: 'Disk quota to be included in future newsletters', owners: [] },
          { line: 44, text: 'Newsletters to be sent to exec before being sent out', owners: [] },
          { line: 55, text: 'Signup to be included in newsletter', owners: [] },
          { line: 56, text: 'Si and Bucko to investigate needing a car', owners: ['Si', 'Bucko'] },
          { line: 69, text: 'Mullet/Si to talk to Mike Joy', owners: ['Mullet', 'Si'] },
          { line: 71, text: 'Tech Team need to prepare gaming installers', owners: ['Tech Team'] },
          { line: 81, text: 'Bruce to book MS.03 for next exec meeting', owners: ['Bruce'] },
          { line: 27, text: 'Simon said he would try to sort this out', owners: ['Simon'], optional: true },
        ],
        motions: [],
        decisions: [],
        approvals: [],
      },
      mustNot: [
        { line: 24, kind: 'decision', text: 'Previous Minutes', why: 'the previous minutes are not approved here (they were unavailable)' },
        { line: 12, kind: 'person', text: 'All', why: '"Present All": not a person' },
      ],
    }),
    m('2007-03-14-exec-minutes-planning-meeting-14th-march-2007.md', [], {
      attendanceAll: true,
      absent: ['Bruce', 'Candle', 'Morlark'],
      note: '"**Present** All except Bruce …, Candle who had no apologies and Morlark …".',
      sample: {
        actions: [
          { line: 29, text: 'Si is to email Union with regards this issue', owners: ['Si'] },
          { line: 49, text: 'Bucko to speak to Bruce about payment', owners: ['Bucko'] },
        ],
        motions: [],
        decisions: [
          { lines: [23, 23], text: 'General agreement that minutes will be accepted unless anyone objects before hand' },
          { lines: [39, 39], text: 'the status quo will continue without any change', optional: true },
        ],
        approvals: [{ line: 23, of: '2007-03-09', outcome: 'approved' }],
      },
    }),
    m('2007-04-23-exec-minutes-23-april-2007.md', ['Bucko', 'Bruce', 'Mullet', 'Si', 'Polar', 'Dan', 'Fluff_eei', 'Sadiq']),
    m('2007-05-01-exec-minutes-1st-may-2007.md', ['Bucko', 'Bruce', 'Mullet', 'Si', 'Polar', 'Odd Bloke', 'Fluff_eei', 'Tim', 'Sadiq']),
    m('2007-05-08-exec-minutes-8th-may-2007.md', ['Mullet', 'Si', 'Dan', 'Lamby', 'Bruce', 'Fluff_eei', 'Polar', 'Sadiq', 'Pete', 'Bucko'], { absent: ['Tim'] }),
    m('2007-05-15-exec-minutes-15th-may-2007.md', ['Mullet', 'Sadiq', 'Odd Bloke', 'Bruce', 'Fluff_eei', 'Bucko'], { absent: ['Tim', 'Polar'] }),
    m('2007-05-22-exec-minutes-22nd-may-2007.md', ['Mullet', 'Sadiq', 'Odd Bloke', 'Bruce', 'Fluff_eei', 'Bucko', 'Tim'], { absent: ['Polar'] }),
    m('2007-05-29-exec-minutes-29th-may-2007.md', ['Tim', 'Mullet', 'Sadiq', 'Si', 'Bruce', 'Fluff_eei', 'Bucko'], { absent: ['Polar', 'Odd Bloke'] }),
    m('2007-06-05-exec-minutes-5-june-2007.md', ['Si', 'Mullet', 'Tim', 'Polar', 'Odd_Bloke', 'Fluff_eei', 'Bucko', 'Bruce', 'Sadiq']),
    m('2007-06-12-exec-minutes-12th-june-2007.md', ['Mullet', 'Sadiq', 'Si', 'Monk', 'OddBloke', 'Polar', 'Fluffeei', 'Bruce', 'Lucidion'], { absent: ['Tim'] }),
    m('2007-06-19-exec-minutes-19th-june-2007.md', ['Mullet', 'Sadiq', 'Si', 'OddBloke', 'Polar', 'Fluffeei', 'Bruce', 'Bucko'], {
      absent: ['Tim'],
      sample: {
        actions: [
          { line: 25, text: 'Action Points to go on Wiki when servers become available', owners: [] },
          { line: 33, text: 'Fluffeei to send email to members about BFL', owners: ['Fluffeei'] },
          { line: 41, text: "Fluffeei - to put into email if people aren't coming", owners: ['Fluffeei'] },
          { line: 51, text: 'Bucko to print name plates on new laser printer', owners: ['Bucko'] },
          { line: 59, text: 'Fluffeei to add server to list of items which are restricted', owners: ['Fluffeei'] },
          { line: 67, text: 'Polar and Fluffeei to update UWCS website', owners: ['Polar', 'Fluffeei'] },
          { line: 81, text: 'Fluffeei to ring Sicilian to ask for offers', owners: ['Fluffeei'] },
          { line: 87, text: 'Polar/Fluffeei to create Pizza order event', owners: ['Polar', 'Fluffeei'] },
          { line: 89, text: 'Bucko to scan Sicilian Menu for LAN', owners: ['Bucko'] },
          { line: 91, text: 'Fluffeei to decide on BFL socials', owners: ['Fluffeei'] },
          { line: 99, text: 'Fluffeei to create spreadsheet', owners: ['Fluffeei'] },
          { line: 101, text: 'Polar to create a tech team rota', owners: ['Polar'] },
          { line: 113, text: 'Polar to return new Accenture form', owners: ['Polar'] },
          { line: 121, text: 'Mullet to email Stig', owners: ['Mullet'] },
          { line: 125, text: 'All Exec to check availability and post to Exec list', owners: ['All Exec'] },
          { line: 131, text: 'Newsletter - competition will be open to anyone', owners: [] },
          { line: 141, text: 'Mullet/Bucko to talk to each other about rain cover', owners: ['Mullet', 'Bucko'] },
          { line: 153, text: 'Si to email Union to ask what situation is about this', owners: ['Si'] },
          { line: 49, text: 'Bucko said he will print them', owners: ['Bucko'], optional: true },
          { line: 145, text: 'Mullet will keep in his room', owners: ['Mullet'], optional: true },
        ],
        motions: [],
        decisions: [
          { lines: [37, 37], text: 'Exec agreed to allocate these in order to reserves' },
          { lines: [43, 43], text: 'Exec agreed to close the signups on Friday evening' },
          { lines: [65, 65], text: 'Exec agrees to deal with incidents on a per-incident basis' },
        ],
        approvals: [],
      },
      mustNot: [{ line: 131, kind: 'owner', text: 'Newsletter', why: '"Newsletter - …" names where the item goes, not an owner' }],
    }),
  ],
};
