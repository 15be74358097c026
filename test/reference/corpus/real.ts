/**
 * The real minutes of ../shared/reference/real/ as hand lists for `npm run corpus`. Attendance,
 * chair and note taker were read from the bodies (the front matter of these files was itself
 * written by hand from them). Every meeting is sampled: its actions come from real-actions.ts,
 * its decisions and motions from decisions.ts (hand-made before this file), so the existing
 * tests and the scorer read one list. Lines count the front matter; the scorer shifts them when
 * it strips the front matter.
 */
import { DECISIONS, MOTIONS } from '../decisions.js';
import { REAL_ACTIONS } from '../real-actions.js';
import type { RefApproval, RefCommittee, RefMeeting, Sample } from './types.js';

const sampleOf = (file: string, approvals: RefApproval[]): Sample => {
  const acts = REAL_ACTIONS[file];
  if (!acts) throw new Error(`no hand list of actions for ${file}`);
  const path = `real/${file}`;
  return {
    actions: [
      ...acts.required.map((a) => ({ text: a.match, owners: a.owners, ...(a.id ? { id: a.id } : {}) })),
      ...acts.optional.map((a) => ({ text: a.match, owners: a.owners, ...(a.id ? { id: a.id } : {}), optional: true })),
    ],
    motions: MOTIONS.filter((mo) => mo.file === path).map((mo) => ({
      line: mo.line,
      text: '',
      ...(mo.mover ? { mover: mo.mover } : {}),
      ...(mo.seconder ? { seconder: mo.seconder } : {}),
      outcome: mo.outcome,
      ...(mo.for !== undefined ? { for: mo.for } : {}),
    })),
    decisions: DECISIONS.filter((d) => d.file === path).map((d) => ({ lines: d.lines, text: d.what })),
    approvals,
  };
};

const meeting = (folder: string, name: string, rest: Omit<RefMeeting, 'file' | 'kind' | 'date' | 'sample'>, approvals: RefApproval[] = []): RefMeeting => ({
  file: `real/${folder}/${name}`,
  kind: 'minutes',
  date: name.slice(0, 10),
  ...rest,
  sample: sampleOf(`${folder}/${name}`, approvals),
});

const GOVAN = '01-govan-community-council';
const JMMP = '02-jmmp-global-ocean';

export const REAL_COMMITTEES: RefCommittee[] = [
  {
    folder: `real/${GOVAN}`,
    meetings: [
      meeting(GOVAN, '2023-11-06-govan-community-council.md', {
        present: ['Esme Clark', "Daniel O'Neill", 'Hannah Salome', 'Reinhild Gorniak', 'John Foster', 'Ruby Kelly', 'Robert Preston', 'Gina Preston', 'Cllr Richard Bell', 'Cllr Dan Hutchison', 'Alistair Shaw'],
        others: ['Gordon MacKay', 'Andre Vidola'],
        absent: ['Betty Ross', 'Annie Morgan', 'Cllr Alam', 'Cllr Dornan', 'Chris Stephens MP', 'Alan Bell'],
        noteTaker: 'John Foster',
        mustNot: [{ kind: 'person', text: 'Maslows', why: '"representing Maslows": an organisation' }],
      }, [{ line: 54, of: 'previous', outcome: 'approved', mover: 'Hannah Salome', seconder: 'Esme Clark' }]),
      meeting(GOVAN, '2023-12-04-govan-community-council.md', {
        present: ['Esme Clark', "Daniel O'Neill", 'Hannah Salome', 'Reinhild Gorniak', 'Betty Ross', 'John Foster', 'Councillor Stephen Dornan', 'Alistair Shaw'],
        others: ['Gordon MacKay'],
        absent: ['Annie Morgan', 'Cllr Alam', 'Cllr Bell', 'Chris Stephens MP', 'Alan Bell'],
        noteTaker: 'John Foster',
      }, [{ line: 44, of: '2023-11-06', outcome: 'approved', mover: 'Hannah Salome', seconder: 'Esme Clark' }]),
    ],
  },
  {
    folder: `real/${JMMP}`,
    meetings: [
      meeting(JMMP, '2024-02-14-jmmp-global-ocean.md', {
        present: ['Ana Aguiar', 'Alex Megann', 'Amber Walsh', "Catherine Guiavarci'h", 'Dave Storkey', 'Diego Bruciaferri', 'Ed Blockley', 'Isabella Ascione', 'Kristian Mogensen', 'Richard Renshaw', 'Sarah Keeley'],
        absent: ['Adam Blaker', 'Mike Bell', 'Chris Wilson'],
        chair: 'Ana Aguiar',
        noteTaker: 'Dave Storkey',
        mustNot: [{ line: 40, kind: 'person', text: 'AA - chair', why: '"(AA - chair)" gives initials and a role, not a person called "chair"' }],
      }),
      meeting(JMMP, '2024-05-09-jmmp-global-ocean.md', {
        present: ['Ana Aguiar', 'Alex Megann', 'Amber Walsh', 'Adam Blaker', "Catherine Guiavarc'h", 'Dave Storkey', 'Diego Bruciaferri', 'Isabella Ascione', 'Kristian Mogensen', 'Richard Renshaw', 'Sarah Keeley', 'Tim Graham', 'Martin Price', 'Samuel Hatfield'],
        absent: ['Daley Calvert', 'Ed Blockley', 'Mike Bell', 'Chris Wilson'],
        chair: 'Ana Aguiar',
        noteTaker: 'Dave Storkey',
        note: 'The agenda says "approve the minutes from 14 Feb 2024"; the minutes do not record the approval, so none is listed.',
      }),
    ],
  },
  {
    folder: 'real/03-perth-artifactory-committee',
    meetings: [
      meeting('03-perth-artifactory-committee', '2024-03-23-perth-artifactory-committee.md', {
        present: ['Ben Connor', 'Fletcher Boyd', 'Johannes Chuah', 'Joshua Rospondek', 'Lewis Yip', 'Renae Currie', 'Tegan Murphy'],
        absent: [],
        chair: 'JC',
        mustNot: [{ line: 31, kind: 'person', text: 'REMOVE NOT PRESENT', why: 'the wiki template\'s instruction, not a person' }],
      }, [{ line: 59, of: 'previous', outcome: 'approved', mover: 'Lewis', seconder: 'Fletcher' }]),
    ],
  },
  {
    folder: 'real/04-west-carleton-arc',
    meetings: [
      meeting('04-west-carleton-arc', '2024-12-16-west-carleton-arc.md', {
        present: ['Bertrand Zauhar', 'Lawrence Dobranski', 'Mike Kennedy', 'Luc Pernot', 'Glenn MacDonell', 'Norman Siemens', 'Wayne Getchell', 'Ray Perrin', 'Randy Nordlund', 'John McGowan'],
        others: ['Greg Danylchenko', 'Charles Guerin', 'Mike Kelly', 'Craig Delmage'],
        absent: [],
        chair: 'Mike',
        mustNot: [{ line: 66, kind: 'owner', text: 'VE2ZAZ', why: 'a call sign after the name, not initials or a second person' }],
      }, [{ line: 70, of: '2024-11', outcome: 'approved', mover: 'Bert', seconder: 'Luc' }]),
    ],
  },
  {
    folder: 'real/05-limerick-metropolitan-district',
    meetings: [
      meeting('05-limerick-metropolitan-district', '2014-06-16-limerick-metropolitan-district.md', {
        present: ['Butler', 'Byrne', 'Clifford', 'Collins', 'Crowley', 'Daly', 'Gilligan', 'Hourigan', 'Hurley', 'Keller', 'Leddin', 'Loftus', 'Lynch', 'McCreesh', 'Ó Ceallaigh', "O'Dea", "O'Hanlon", 'Prendiville', 'Quinlivan', 'Secas', 'Sheahan'],
        others: ['Mr. P. Dowling', 'Mr. E. Griffin', 'Ms. L. Creamer'],
        absent: [],
        chair: 'Deputy Chief Executive',
        note: 'Members written "Councillors Butler, Byrne, …": surnames only.',
      }),
    ],
  },
  {
    folder: 'real/06-carpentries-executive-council',
    meetings: [
      meeting('06-carpentries-executive-council', '2018-07-26-carpentries-executive-council.md', {
        present: ['Sue', 'Amy', 'Mateusz', 'Elizabeth', 'Kate', 'Karen', 'Tracy', 'Ethan'],
        absent: ['Lex', 'Raniere'],
      }),
    ],
  },
];
