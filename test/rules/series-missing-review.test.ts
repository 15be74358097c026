import { testRule } from '../helpers/rule-tester.js';
import { MISSING, second } from './cases/prose-reviews.js';
import { GOOD, seriesSources } from '../helpers/series.js';
import { THIRD, extraordinary, variant } from './cases/series.js';

testRule('series-missing-review', {
  valid: [
    { name: 'every open action reviewed', ...seriesSources(GOOD) },
    { name: 'an extraordinary meeting need not review every open action', ...seriesSources(extraordinary()) },
  ],
  invalid: [
    {
      name: 'a review forgotten: at `outstanding`, naming the ID',
      ...variant((s) => (s[2]!.reviews = [{ id: 'HWC 1/01', status: 'closed' }])),
      findings: [{ file: THIRD, at: '10:1-10:12', message: 'Action HWC 2/01 (raised at meeting 2) is not reviewed in `outstanding`: add it with its status and update' }],
    },
    {
      name: 'no `outstanding` at all: each open action at the heading of the actions section',
      ...variant((s) => delete s[2]!.reviews),
      findings: [
        { file: THIRD, at: '14:1-14:26', message: 'Action HWC 1/01 (left open at meeting 2) is not reviewed at this meeting: say where it stands here, or add it to `outstanding`' },
        { file: THIRD, at: '14:1-14:26', message: 'Action HWC 2/01 (raised at meeting 2) is not reviewed at this meeting: say where it stands here, or add it to `outstanding`' },
      ],
    },
    {
      name: 'what an extraordinary meeting left out, the next ordinary one must review',
      ...seriesSources(extraordinary({ ...GOOD[2]!, reviews: [{ id: 'HWC 1/01', status: 'open' }] })),
      findings: [{ file: THIRD, at: '10:1-10:12', message: 'Action HWC 2/01 (raised at meeting 2) is not reviewed in `outstanding`: add it with its status and update' }],
    },
  ],
});

// Reviews written in prose (docs/natural-actions.md).
testRule('series-missing-review', {
  valid: [
    { name: 'a paragraph saying the earlier action was completed', ...second('## Paths\n\nAction 2.1 was completed in January; the map is on the noticeboard.\n') },
    { name: 'a list item saying it remains open', ...second('## Paths\n\n- Kit reported on action 2.1: the printer is broken, so it remains open.\n') },
    { name: 'a paragraph that only mentions it', ...second('## Paths\n\nKit spoke about the plot map (Action 2.1) and the new gate.\n') },
    { name: 'several IDs in one sentence', ...second('## Paths\n\nActions 2.1 and 1.4 are done.\n') },
  ],
  invalid: [
    {
      name: "a cross-reference to the meeting's own action is not a review",
      ...second('## Paths\n\nThe path is muddy and needs gravel. **Action 3.1**\n\n## Actions\n\n- 3.1 Tomas to order gravel.\n'),
      findings: [{ file: '2.md', at: '16:1-16:11', message: MISSING }],
    },
    {
      name: 'a paragraph naming an ID no earlier meeting raised is not a review',
      ...second('## Paths\n\nAction 7.4 was completed in January.\n\n## Actions\n\n- 3.1 Tomas to order gravel.\n'),
      findings: [{ file: '2.md', at: '16:1-16:11', message: MISSING }],
    },
    {
      name: 'action 2.10 is not action 2.1',
      ...second('## Paths\n\nAction 2.10 will be completed by Kit.\n\n## Actions\n\n- 3.1 Tomas to order gravel.\n'),
      findings: [{ file: '2.md', at: '16:1-16:11', message: MISSING }],
    },
  ],
});

// Minutes kept as a committee keeps them: an action with neither an ID nor an owner cannot be found again surely.
const keptMeeting = (date: string, body: string) => `# Orchard Lane Tenants' Forum ${date}\n\n## Present\n\n* Wren Hadley (@wrenh)\n* Oskar Lund (@olund)\n\n## Items\n\n${body}`;
testRule('series-missing-review', {
  valid: [
    {
      name: '"ACTION: none." is no action to review',
      files: { '2025-03-04.md': keptMeeting('2025-03-04', '* Bin store\n  * ACTION: none.\n'), '2025-04-01.md': keptMeeting('2025-04-01', '* Yard\n  * Swept.\n') },
    },
  ],
  invalid: [
    {
      name: 'an action with an owner is owed its review; one with neither an ID nor an owner is not',
      files: {
        '2025-03-04.md': keptMeeting('2025-03-04', '* Bin store\n  * Action: Wren Hadley to ask the landlord for a second bin\n  * Action: sweep the yard\n'),
        '2025-04-01.md': keptMeeting('2025-04-01', '* Yard\n  * Swept.\n'),
      },
      findings: [
        { file: '2025-03-04.md', rule: 'action-owner', at: '12:3-12:27', message: 'This action has no owner: name who is to act ("Kate to …", "Action: Clerk")' },
        { file: '2025-04-01.md', at: '1:1', message: 'Action "Wren Hadley to ask the landlord for a second bin" (raised at meeting 2025-03-04) is not reviewed at this meeting: say where it stands here' },
      ],
    },
  ],
});

// Minutes that keep their business in an issue tracker take an action's subject up again by citing its issue.
testRule('series-missing-review', {
  valid: [
    {
      name: 'an action raised under an issue that the next meeting cites again',
      files: {
        '2025-03-04.md': keptMeeting('2025-03-04', '* Bin store [#12](https://example.invalid/issues/12)\n\nThe landlord has not replied.\nACTION: Wren Hadley to phone the landlord.\n'),
        '2025-04-01.md': keptMeeting('2025-04-01', '* Bin store [#12](https://example.invalid/issues/12)\n  * Still no reply.\n'),
      },
    },
  ],
  invalid: [
    {
      name: 'an action raised under an issue that the next meeting does not cite',
      files: {
        '2025-03-04.md': keptMeeting('2025-03-04', '* Bin store [#12](https://example.invalid/issues/12)\n\nThe landlord has not replied.\nACTION: Wren Hadley to phone the landlord.\n'),
        '2025-04-01.md': keptMeeting('2025-04-01', '* Yard [#14](https://example.invalid/issues/14)\n  * Swept.\n'),
      },
      findings: [{ file: '2025-04-01.md', at: '1:1', message: 'Action "Wren Hadley to phone the landlord." (raised at meeting 2025-03-04) is not reviewed at this meeting: say where it stands here' }],
    },
  ],
});
