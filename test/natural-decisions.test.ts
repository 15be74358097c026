/**
 * Decisions in prose, motions and attendance changes, pattern by pattern, on fictional minutes:
 * each pattern that must be recognised, and the ordinary discussion that must not be.
 */
import { describe, expect, it } from 'vitest';
import { strFromU8, unzipSync } from 'fflate';
import { builtinTemplatesDir, readTemplateFolder } from '../src/cli/read-templates.js';
import { defaultConfig } from '../src/config/types.js';
import { build } from '../src/core/build.js';
import { decisionRows, formatDecisions } from '../src/series/decisions.js';
import { meetingOf, viewOf } from './helpers/natural.js';

const PEOPLE = `attendees:
  - Cllr Mrs Petra Ashdown (PA - chair)
  - Tom Reeve (TR), NorthLab
  - Dafydd Rhys
  - Wren Talbot
  - Joel Kettering
participants:
  - Olu Bankole, Fernbrook Trust
apologies:
  - Ines Carver`;

const decisionsIn = (body: string) => meetingOf(PEOPLE, `## 1. Item\n\n${body}\n`).meeting.decisions.map((d) => [d.kind, d.verb, d.text]);

describe('decisions in prose', () => {
  const recognised: Array<[string, string, string]> = [
    ['It was agreed to write to the county.', 'agreed', 'It was agreed to write to the county.'],
    ['After some debate it was unanimously RESOLVED to close the slipway.', 'RESOLVED', 'After some debate it was unanimously RESOLVED to close the slipway.'],
    ['The committee authorises the Clerk to open an account.', 'authorises', 'The committee authorises the Clerk to open an account.'],
    ['The Council agreed to fund the lights.', 'agreed', 'The Council agreed to fund the lights.'],
    ['The meeting agreed to hold two public meetings a year.', 'agreed', 'The meeting agreed to hold two public meetings a year.'],
    ['The Fernbrook Parish Council resolved to adopt the plan.', 'resolved', 'The Fernbrook Parish Council resolved to adopt the plan.'],
    ['The FPC approved the budget.', 'approved', 'The FPC approved the budget.'],
    ['Agreed to remove the fundraising clause.', 'Agreed', 'Agreed to remove the fundraising clause.'],
    ['Discussed and decided to change the logo.', 'decided', 'Discussed and decided to change the logo.'],
    ['RESOLVED that the accounts be approved.', 'RESOLVED', 'RESOLVED that the accounts be approved.'],
    ['_Moorings_: Consensus is that we should keep the fees.', 'Consensus', 'Moorings: Consensus is that we should keep the fees.'],
    ['General agreement that we should wait for the survey.', 'agreement', 'General agreement that we should wait for the survey.'],
    ['Wren Talbot elected unopposed.', 'elected unopposed', 'Wren Talbot elected unopposed.'],
    ['Dafydd Rhys was voted in by acclamation as Treasurer.', 'by acclamation', 'Dafydd Rhys was voted in by acclamation as Treasurer.'],
    ['This item was deferred to the next meeting.', 'deferred', 'This item was deferred to the next meeting.'],
    // Consent decides what was put before it (alone, "There were no objections." decides nothing).
    ['The chair proposed a later start. There were no objections.', 'no objections', 'The chair proposed a later start. There were no objections.'],
    ['We can run longer tests and agreed that we should.', 'agreed', 'We can run longer tests and agreed that we should.'],
  ];
  for (const [body, verb, text] of recognised) {
    it(`recognises: ${body}`, () => expect(decisionsIn(body)).toEqual([['prose', verb, text]]));
  }

  const discussion = [
    'The Harbour Trust noted that the lights had failed.',
    'The Panel had decided that fees would not be pursued.',
    'The committee noted the update.',
    'It was noted that the survey was late.',
    'It was felt that the charge would lead to dumping.',
    'Members said that this was a new chapter.',
    'Two members have agreed to pay annually.',
    'Wren Talbot and Tom Reeve proposed that a surgery be held monthly.',
    'Then very significant grants were agreed.',
    'The agreed plan was circulated.',
  ];
  for (const body of discussion) it(`leaves alone: ${body}`, () => expect(decisionsIn(body)).toEqual([]));

  it('quotes the sentence and the list items a colon introduces, not the whole paragraph', () => {
    const d = decisionsIn('The accounts were presented at length by the Treasurer, who took questions on every line. The committee agreed that the:\n\n- budget be approved;\n- reserves be kept.');
    expect(d).toEqual([['prose', 'agreed', 'The committee agreed that the: budget be approved; reserves be kept.']]);
  });

  it('a bold verb keeps its own sentence only', () => {
    const d = decisionsIn('The Harbour Trust reported at length on the lights and their costs. The committee **AGREED** to replace them.');
    expect(d).toEqual([['marked', 'AGREED', 'The committee AGREED to replace them.']]);
  });

  it('configured verbs and subjects widen what is recognised', () => {
    const config = { ...defaultConfig(), proseDecisionVerbs: ['ratified'], decisionSubjects: ['the trustees'] };
    const m = meetingOf(PEOPLE, '## 1. Item\n\nThe trustees ratified the lease.\n', config).meeting;
    expect(m.decisions.map((d) => d.verb)).toEqual(['ratified']);
  });
});

describe('motions', () => {
  const motionsIn = (body: string) =>
    meetingOf(PEOPLE, `## 1. Item\n\n${body}\n`).meeting.motions.map((x) => ({
      text: x.text,
      mover: x.mover?.person?.name ?? x.mover?.written,
      seconder: x.seconder?.person?.name ?? x.seconder?.written,
      outcome: x.outcome,
      counts: x.counts.map(({ span: _, ...c }) => c),
    }));

  it('"Proposed by X; Seconded by Y;" blocks with the motion in quotes', () => {
    expect(motionsIn('Proposed by Cllr Rhys;\n\nSeconded by Councillor Talbot;\n\n“That the slipway be closed”\n\nCarried.')).toEqual([
      { text: 'That the slipway be closed', mover: 'Dafydd Rhys', seconder: 'Wren Talbot', outcome: 'carried', counts: [] },
    ]);
  });

  it('"X moved that …; Y seconded", the outcome and the counts', () => {
    expect(motionsIn('Tom Reeve moved that the fees be frozen. Wren Talbot seconded the motion. Carried by 3 votes to 1, with 1 abstention.')).toEqual([
      { text: 'That the fees be frozen.', mover: 'Tom Reeve', seconder: 'Wren Talbot', outcome: 'carried', counts: [{ for: 3, against: 1, abstain: 1 }] },
    ]);
  });

  it('"Moved by him": the person the sentence before named', () => {
    expect(motionsIn('Tom Reeve presented the minutes. Moved by him that they be adopted. Seconded by D. Rhys. The motion was carried nem con.')[0]).toMatchObject({ mover: 'Tom Reeve', seconder: 'Dafydd Rhys', outcome: 'carried', counts: [{ nemCon: true }] });
  });

  it('a motion stated before its mover, and its outcome in the next bullet', () => {
    expect(motionsIn('- vote on the following motion: The council moves to adopt the plan.\n- Moved by Wren. Seconded by Joel.\n- Approved unanimously.')).toEqual([
      { text: 'The council moves to adopt the plan.', mover: 'Wren Talbot', seconder: 'Joel Kettering', outcome: 'carried', counts: [{ unanimous: true }] },
    ]);
  });

  it('"moved as correct by X and Y": the minutes approved, the second name seconding', () => {
    expect(motionsIn('These were moved as correct by Wren Talbot and Tom Reeve')[0]).toMatchObject({ mover: 'Wren Talbot', seconder: 'Tom Reeve', outcome: 'implied' });
  });

  it('tables with Moved / Seconded / Status columns, and online votes with their counts', () => {
    const body = '| Motion Text | Moved by | Seconded by | Status |\n| --- | --- | --- | --- |\n| Accept the minutes | Wren | Tom | Accepted |\n\n| Date raised | Motion text | Outcome |\n| --- | --- | --- |\n| 2026-02-01 | Issue a key to a member | Passed. 5 in favour. 1 abstained. 2 did not participate. |';
    const m = meetingOf(PEOPLE, `## 1. Item\n\n${body}\n`).meeting.motions;
    expect(m.map((x) => [x.text, x.mover?.person?.name, x.seconder?.person?.name, x.outcome, x.offline ?? false, x.counts.map(({ span: _, ...c }) => c)])).toEqual([
      ['Accept the minutes', 'Wren Talbot', 'Tom Reeve', 'carried', false, []],
      ['Issue a key to a member', undefined, undefined, 'carried', true, [{ for: 5, abstain: 1 }]],
    ]);
  });

  it('competing motions decided by a named vote: the largest count carried, the others lost', () => {
    const body = 'Proposed by Councillor Rhys;\n\nSeconded by Councillor Reeve;\n\n“That Councillor Wren Talbot be appointed Chair”\n\nProposed by Councillor Kettering;\n\nSeconded by Councillor Ashdown;\n\n“That Councillor Tom Reeve be appointed Chair”\n\nA vote was taken which resulted as follows :\n\n**For Councillor Talbot**\n\nCouncillors Rhys, Reeve and Talbot (3)\n\n**For Councillor Reeve**\n\nCouncillors Kettering and Ashdown (2)\n\nThe Clerk declared Councillor Wren Talbot elected as Chair.';
    const { meeting } = meetingOf(PEOPLE, `## 1. Item\n\n${body}\n`);
    expect(meeting.motions.map((x) => [x.outcome, x.counts.map((c) => c.for)])).toEqual([['carried', [3]], ['lost', [2]]]);
    // The declaration is the winning motion's outcome, not a second decision.
    expect(meeting.decisions.map((d) => d.kind)).toEqual(['motion']);
  });

  it('a proposal nobody seconded, with no outcome, is not a motion', () => {
    expect(motionsIn('Wren Talbot proposed that the hall be repainted.')).toEqual([]);
  });

  it('the decisions summary and the decisions command show mover, seconder and result', () => {
    const { meeting } = meetingOf(PEOPLE, '## 1. Fees\n\nTom Reeve moved that the fees be frozen. Wren Talbot seconded. Carried by 3 votes to 1.\n');
    expect(viewOf(meeting).decisions).toEqual([
      { verb: 'Carried', text: 'That the fees be frozen.', mover: 'Tom Reeve', seconder: 'Wren Talbot', result: 'carried, 3 for, 1 against', item: '1', itemTitle: 'Fees' },
    ]);
    const rows = decisionRows([meeting], {});
    expect(rows[0]).toMatchObject({ mover: 'Tom Reeve', seconder: 'Wren Talbot', result: 'carried, 3 for, 1 against' });
    expect(formatDecisions(rows, 'markdown')).toContain('| moved Tom Reeve; seconded Wren Talbot; carried, 3 for, 1 against | That the fees be frozen. |');
  });
});

describe('attendance changes', () => {
  const changesIn = (body: string) =>
    meetingOf(PEOPLE, `## 1. Item\n\n${body}\n`).meeting.attendanceChanges.map((c) => [c.kind, c.who.person?.name ?? c.who.written, c.interestItem]);
  const cases: Array<[string, [string, string, string | undefined]]> = [
    ['Wren Talbot took the chair.', ['took-chair', 'Wren Talbot', undefined]],
    ['The Chair was taken by Cllr Ashdown pending the election.', ['took-chair', 'Cllr Mrs Petra Ashdown', undefined]],
    ['TR assumed chairperson duties for the meeting.', ['took-chair', 'Tom Reeve', undefined]],
    ['Joel Kettering left the meeting.', ['left', 'Joel Kettering', undefined]],
    ['Joel Kettering joined the meeting at 7.30pm.', ['joined', 'Joel Kettering', undefined]],
    ['Cllr Rhys declared a pecuniary interest in item 4.', ['declared-interest', 'Dafydd Rhys', '4']],
  ];
  for (const [body, change] of cases) it(body, () => expect(changesIn(body)).toEqual([change]));

  it('nothing from ordinary sentences', () => {
    expect(changesIn('The chair thanked everyone. Joel Kettering left a note for the Clerk.')).toEqual([]);
  });

  it('places the person where the name is written, also in a later sentence and after other words', () => {
    const source = '## 1. Item\n\nThe report was noted. After the vote the Chair was taken by Wren Talbot.\n';
    const { meeting } = meetingOf(PEOPLE, source);
    const [change] = meeting.attendanceChanges;
    expect(change?.who.person?.name).toBe('Wren Talbot');
    // The file as meetingOf writes it: the span must point at "Wren Talbot" in it.
    const lines = `---\ncommittee: Fernbrook Parish Council\ncode: FPC\nmeeting: 7\ndate: 2026-03-10\n${PEOPLE.trim()}\n---\n\n${source}`.split('\n');
    const { start, end } = change!.who.span;
    expect(lines[start.line - 1]!.slice(start.column - 1, end.column - 1)).toBe('Wren Talbot');
  });

  it('records no item outside a section, and an interest item only for a declared interest', () => {
    const [outside] = meetingOf(PEOPLE, 'Joel Kettering left the meeting.\n').meeting.attendanceChanges;
    expect(outside?.kind).toBe('left');
    expect(outside && 'item' in outside).toBe(false);
    const [left] = meetingOf(PEOPLE, '## 1. Item\n\nJoel Kettering left the meeting during the debate in item 5.\n').meeting.attendanceChanges;
    expect(left?.kind).toBe('left');
    expect(left && 'interestItem' in left).toBe(false);
  });

  it('reads paragraphs only: not headings or table cells', () => {
    expect(changesIn('### Joel Kettering left the meeting')).toEqual([]);
    expect(changesIn('| Note |\n| --- |\n| Joel Kettering left the meeting. |')).toEqual([]);
  });

  it('the outputs list them with the attendance', () => {
    const { meeting } = meetingOf(PEOPLE, '## 1. Item\n\nJoel Kettering left the meeting.\n');
    expect(viewOf(meeting).attendanceChanges).toEqual([{ kind: 'left', text: 'Joel Kettering left the meeting.', item: '1' }]);
  });
});

describe('the outputs: decisions summary with motions, attendance changes, people as written', () => {
  const source = `---
committee: Fernbrook Parish Council
code: FPC
meeting: 7
date: 2026-03-10
${PEOPLE}
---

## 1. Fees

Tom Reeve moved that the fees be frozen. Wren Talbot seconded. Carried by 3 votes to 1.

Joel Kettering left the meeting.

It was agreed to write to the county.
`;
  const outputs = async () => {
    const report = await build([{ path: 'fpc-7.md', contents: source }], {
      configFor: () => defaultConfig(),
      formats: ['html', 'docx'],
      templatesFor: () => readTemplateFolder(builtinTemplatesDir()),
      outputPath: (p, ext) => p.replace(/\.md$/, ext),
    });
    const out = report.results[0]!.outputs;
    const html = strFromU8(out.find((o) => o.format === 'html')!.bytes);
    const docx = strFromU8(unzipSync(out.find((o) => o.format === 'docx')!.bytes)['word/document.xml']!);
    return { html, docx };
  };

  it('HTML and DOCX show the motion with mover, seconder and result, the prose decision, the change of attendance and the people as written', async () => {
    const { html, docx } = await outputs();
    for (const text of [html, docx]) {
      expect(text).toContain('Moved by Tom Reeve; seconded by Wren Talbot. Result: carried, 3 for, 1 against');
      expect(text).toContain('That the fees be frozen.');
      expect(text).toContain('It was agreed to write to the county.');
      expect(text).toContain('Joel Kettering left the meeting. (item 1)');
      expect(text).toContain('Tom Reeve (TR), NorthLab');
    }
  });
});
