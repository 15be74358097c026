/**
 * Issue 20 on fictional minutes: the vocabulary's columns and outcome words, people resolved once
 * (titles, initials that fit the name), certainty, and what the added tables may hold.
 */
import { describe, expect, it } from 'vitest';
import { analyse } from '../src/core/analyse.js';
import { defaultConfig } from '../src/config/types.js';
import { meetingOf, viewOf } from './helpers/natural.js';

const PEOPLE = `attendees:
  - County Councillor Joseph Keller
  - Ana Lopez (AL)
  - Tom Reeve (TR)
  - Ines Carver (TSC)
apologies:
  - Kit Morrow`;

const rules = (messages: ReturnType<typeof meetingOf>['messages']) => messages.map((m) => `${m.ruleId}: ${m.reason}`);

describe('the vocabulary in the minutes', () => {
  it('reads an action table whose owner column is headed "Resp." and its due column', () => {
    const { meeting, messages } = meetingOf(PEOPLE, '## Actions\n\n| Action | Resp. | Deadline |\n| --- | --- | --- |\n| Write to the county | AL | 2026-04-01 |\n| Book the hall | TR + AL | |\n');
    expect(meeting.actions.map((a) => a.owners.map((o) => o.text))).toEqual([['AL'], ['TR', 'AL']]);
    expect(rules(messages).filter((r) => r.startsWith('action-owner'))).toEqual([]);
  });

  it('finds the owner column by what its cells say, whatever its header, and reads the due column', () => {
    const { meeting } = meetingOf(PEOPLE, '## Actions\n\n| What | Handled by | Deadline |\n| --- | --- | --- |\n| Write to the county | AL | 2026-04-01 |\n| Book the hall | Tom Reeve | 15/05/2026 |\n');
    expect(meeting.actions.map((a) => [a.text, a.owners.map((o) => o.text), a.due])).toEqual([
      ['Write to the county', ['AL'], '2026-04-01'],
      ['Book the hall', ['Tom Reeve'], '2026-05-15'],
    ]);
  });

  it('takes "carried nem con" and "seconded … and unanimously agreed" as outcomes', () => {
    const body = '## 3. Budget\n\nProposed by Ana Lopez, seconded by Tom Reeve, that the budget be adopted. Carried nem con.\n\n## 4. Hall\n\nTom Reeve proposed that the hall be booked, seconded by Ana Lopez and unanimously agreed.\n';
    const { meeting, messages } = meetingOf(PEOPLE, body);
    expect(meeting.motions.map((m) => m.outcome)).toEqual(['carried', 'carried']);
    expect(rules(messages).filter((r) => r.startsWith('motion-outcome'))).toEqual([]);
  });
});

describe('people resolved once', () => {
  it('"Cllr. J. Keller" is "County Councillor Joseph Keller", present', () => {
    const { meeting, messages } = meetingOf(PEOPLE, '## 3. Budget\n\nProposed by Cllr. J. Keller; seconded by Ana Lopez. Carried.\n');
    expect(meeting.motions[0]!.mover?.person?.name).toBe('County Councillor Joseph Keller');
    expect(rules(messages).filter((r) => r.startsWith('acting-while-absent'))).toEqual([]);
  });

  it('a bracketed group after a name is not initials; initials that fit are', () => {
    const { meeting } = meetingOf(PEOPLE, '');
    const ines = meeting.people.find((p) => p.name.startsWith('Ines'))!;
    expect(ines.initials).toBeUndefined();
    expect(ines.parts.organisation).toBe('TSC');
    expect(meeting.people.find((p) => p.name.startsWith('Ana'))!.initials).toBe('AL');
  });

  it('resolves each owner token once, in the model', () => {
    const { meeting } = meetingOf(PEOPLE, '## 1. Hall\n\nACTION: AL/the Clerk to book the hall.\n');
    expect(meeting.actions[0]!.owners.map((o) => o.resolved?.kind)).toEqual(['person', 'role']);
  });

  it('judges whom each part of a v1 owner names in the model, so that the action-owner rule only filters', () => {
    const { meeting, messages } = meetingOf(PEOPLE, '## 1. Hall\n\nACTION: AL, Kit Morrow and Tom Reve to book the hall.\n');
    expect(meeting.actions[0]!.ownerParts!.map((p) => [p.text, p.standing, p.display ?? p.near ?? ''])).toEqual([
      ['AL', 'known', ''],
      ['Kit Morrow', 'absent', 'Kit Morrow'],
      ['Tom Reve', 'unknown', 'Tom Reeve'],
    ]);
    expect(rules(messages).filter((r) => r.startsWith('action-owner'))).toEqual([
      'action-owner: Owner "Kit Morrow" of this action is not present: Kit Morrow sent apologies (listed on line 12)',
      'action-owner: Owner "Tom Reve" of this action is not a known party, category, organisation or person present (did you mean "Tom Reeve"?)',
    ]);
  });
});

describe('the added attendance tables', () => {
  it('are left out where the minutes keep their own attendance section, list by list', () => {
    const own = viewOf(meetingOf(PEOPLE, 'Present: Ana Lopez, Tom Reeve, Ines Carver\n\n## 1. Hall\n\nThe hall is booked.\n').meeting);
    expect(own.ownAttendance).toEqual({ attendees: true, apologies: false });
    const none = viewOf(meetingOf(PEOPLE, '## 1. Hall\n\nThe hall is booked.\n').meeting);
    expect(none.ownAttendance).toEqual({ attendees: false, apologies: false });
  });
});

describe('certainty', () => {
  it('an action inferred from a sentence whose owner is no one listed is uncertain: no finding, no row', () => {
    const { meeting, messages } = meetingOf(PEOPLE, '## 2. Roads\n\nCounty Highways will resurface the lane in May.\n');
    for (const a of meeting.actions) expect(a.certain).toBe(false);
    expect(rules(messages).filter((r) => r.startsWith('action-owner') || r.startsWith('acting-while-absent'))).toEqual([]);
    expect(viewOf(meeting).newActions).toEqual([]);
  });

  it('an "ACTION:" line of minutes kept without front matter is sure only when it names a task and who does it', () => {
    const source = "# Orchard Lane Tenants' Forum 2025-03-04\n\n## Present\n\n* Wren Hadley (@wrenh)\n* Oskar Lund (@olund)\n\n## Items\n\n* Bin store\n" +
      '  * ACTION: Wren Hadley to ask the landlord for a second bin.\n  * ACTION: none.\n  * ACTION: needs a volunteer for the yard - Oskar duly volunteered\n' +
      '  * ACTION: needs a volunteer to sweep the yard\n' +
      '  * ACTION: Oskar Lund has letters to write to the council\n  * ACTION: ask the council about the lamp.\n';
    const a = analyse({ path: '2025-03-04.md', contents: source }, defaultConfig());
    expect(a.meeting!.actions.map((x) => [x.text, x.certain, x.doubt])).toEqual([
      ['Wren Hadley to ask the landlord for a second bin.', true, undefined],
      ['none.', false, 'its words name no task'],
      ['needs a volunteer for the yard - Oskar duly volunteered', false, 'names no owner at its start, but names someone of the meeting'],
      ['needs a volunteer to sweep the yard', false, 'the words before "to" are not an owner'],
      ['Oskar Lund has letters to write to the council', false, 'the words before "to" are not an owner'],
      ['ask the council about the lamp.', true, undefined],
    ]);
    // Only the sure action without an owner is reported; no ID is asked of minutes that number none.
    expect(a.file.messages.map((m) => `${m.line} ${m.ruleId}`)).toEqual(['16 action-owner']);
  });

  it('"Action items:" over sub-bullets is no action of its own: the sub-bullets are', () => {
    const { meeting } = meetingOf(PEOPLE, '## 2. Roads\n\n- Action items:\n    - Ana Lopez to write to the county.\n    - Everyone to count the potholes.\n');
    expect(meeting.actions.map((a) => [a.text, a.owners.map((o) => o.text)])).toEqual([
      ['Ana Lopez to write to the county.', ['Ana Lopez']],
      ['Everyone to count the potholes.', ['Everyone']],
    ]);
  });

  it('a labelled action that no owner leads but that names someone of the meeting is uncertain: "still awaited from" says where a matter stands', () => {
    const { meeting, messages } = meetingOf(PEOPLE, '## 2. Library\n\nAction: Book titles are still awaited from Ana Lopez.\n\nAction: book the hall.\n');
    expect(meeting.actions.map((a) => [a.certain, a.doubt])).toEqual([[false, 'names someone of the meeting, but not as its owner'], [true, undefined]]);
    expect(rules(messages).filter((r) => r.startsWith('action-owner'))).toHaveLength(1);
  });

  it('reads an owner between the label and its colon, "AI" labels, and labelled lines inside a paragraph of notes', () => {
    const body = '## 2. Roads\n\nThe county has not replied.\nACTION ALL: read the county letter before the next meeting.\nACTION TR: phone the county.\nACTION: Consensus is that we will not write again.\n\nAI - Count the potholes\n\nAI to Ana Lopez - ask the school about the crossing\n\nAction Plan: the roads group meets in May.\n\nTom Reeve volunteered to walk the lane.\n';
    const { meeting } = meetingOf(PEOPLE, body);
    expect(meeting.actions.map((a) => [a.text, a.owners.map((o) => o.text), a.span.start.line])).toEqual([
      ['read the county letter before the next meeting.', ['ALL'], 18],
      ['phone the county.', ['TR'], 19],
      ['Count the potholes', [], 22],
      ['ask the school about the crossing', ['Ana Lopez'], 24],
      ['Tom Reeve volunteered to walk the lane.', ['Tom Reeve'], 28],
    ]);
  });

  it('a whole paragraph after a label is not one action', () => {
    const long = 'Action: AL to write. '.concat('The council discussed the matter at length and many views were heard. '.repeat(6));
    const { meeting } = meetingOf(PEOPLE, `## 2. Roads\n\n${long}\n`);
    expect(meeting.actions[0]!.certain).toBe(false);
    expect(viewOf(meeting).newActions).toEqual([]);
  });
});

describe('the tables minutebook adds', () => {
  it('repeat no action the minutes list in their own table, and show no made-up ID', () => {
    const { meeting } = meetingOf(PEOPLE, '## Actions\n\n| Action | Owner |\n| --- | --- |\n| Write to the county | AL |\n');
    expect(viewOf(meeting).newActions).toEqual([]);
  });

  it('repeat no action the minutes keep as lines under their own actions heading, and show each line alone', () => {
    const { meeting } = meetingOf(PEOPLE, '## 1. Hall\n\nAna Lopez will book the hall.\n\n## Joblist\n\nAna Lopez to write to the county.  \nTom Reeve to book the hall.\n');
    expect(meeting.actions.filter((a) => a.certain).length).toBeGreaterThan(1);
    expect(viewOf(meeting).newActions).toEqual([]);
  });

  it('leave out a column empty in every row, and show an action on one line of a paragraph by its own words', () => {
    const { meeting } = meetingOf(PEOPLE, '## 1. Hall\n\nAna Lopez to write to the county.  \nTom Reeve to book the hall.\n');
    const view = viewOf(meeting);
    expect(view.newActions.map((a) => [a.content.map((c) => ('value' in c ? c.value : '')).join(''), a.owner])).toEqual([
      ['Ana Lopez to write to the county.', 'Ana Lopez'],
      ['Tom Reeve to book the hall.', 'Tom Reeve'],
    ]);
    expect(view.columns.newActions).toMatchObject({ id: false, owner: true });
  });

  it('list only sure decisions: not a speaker\'s remark, not a bare "No objections"', () => {
    const { meeting } = meetingOf(PEOPLE, '## 1. Hall\n\n- Ana Lopez: Agreed that the hall is too small for us.\n- No objections.\n- It was agreed to book the larger hall for March.\n');
    // A speaker's "Agreed" is that speaker's stance, and consent that answers no proposal decides nothing: neither is read as a decision.
    expect(meeting.decisions.map((d) => [d.text, d.certain])).toEqual([['It was agreed to book the larger hall for March.', true]]);
    expect(viewOf(meeting).decisions.map((d) => d.text)).toEqual(['It was agreed to book the larger hall for March.']);
  });

  it('hold each action once', () => {
    const { meeting } = meetingOf(PEOPLE, '## 1. Hall\n\nAction: AL to book the hall.\n\n## 2. Other\n\nAction: AL to book the hall.\n');
    expect(viewOf(meeting).newActions.map((a) => a.text)).toEqual(['AL to book the hall.']);
    for (const a of viewOf(meeting).newActions) expect(a.id).not.toMatch(/#/);
  });
});
