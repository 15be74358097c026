import { testRule } from '../helpers/rule-tester.js';

const CONFIG = 'committee: Harbour Works Committee\ncode: HWC\n';

/** Minutes of meeting 12 with the given `attendees` entries (YAML, indented under the key). */
const minutes = (attendees: string) => `---
meeting: 12
date: 2026-03-10
attendees:
  Chair:
    - name: Alice Marlow
      role: chair
${attendees}---

## 1. Dredging programme

The HWC **NOTED** the update.
`;

const quorum = (q: string) => `${CONFIG}quorum:\n${q}`;

testRule('quorum', {
  valid: [
    {
      name: 'enough members',
      config: quorum('  total: 3\n'),
      code: minutes('  Port Operators:\n    - Owen Castle\n    - Greta Lindqvist\n'),
    },
    {
      name: 'an alternate counts for the member they stand in for',
      config: quorum('  total: 2\n  categories:\n    Port Operators: 1\n'),
      code: minutes('  Port Operators:\n    - name: Nadia Ferreira\n      alternate_for: Owen Castle\n'),
    },
    {
      name: 'categories compare without regard to case or spacing',
      config: quorum('  categories:\n    port  operators: 1\n'),
      code: minutes('  Port Operators:\n    - Owen Castle\n'),
    },
    {
      name: 'no quorum configured',
      config: CONFIG,
      code: minutes('  Port Operators:\n    - Owen Castle\n'),
    },
  ],
  invalid: [
    {
      name: 'a member and their alternate count once',
      config: quorum('  total: 3\n'),
      code: minutes('  Port Operators:\n    - Owen Castle\n    - name: Nadia Ferreira\n      alternate_for: Owen Castle\n'),
      findings: [
        { at: '4:1-4:10', message: 'Quorum not met: 2 members present, 3 needed' },
        {
          rule: 'alternate-member-present',
          at: '11:22-11:33',
          message: '"Nadia Ferreira" is the alternate for "Owen Castle", but "Owen Castle" is present too, listed in attendees (Port Operators) on line 9',
        },
      ],
    },
    {
      name: 'a member and their alternate count once in their category too',
      config: quorum('  categories:\n    Port Operators: 2\n'),
      code: minutes('  Port Operators:\n    - Owen Castle\n    - name: Nadia Ferreira\n      alternate_for: Owen Castle\n'),
      findings: [
        { at: '4:1-4:10', message: 'Quorum not met: "Port Operators": 1 present, 2 needed' },
        {
          rule: 'alternate-member-present',
          at: '11:22-11:33',
          message: '"Nadia Ferreira" is the alternate for "Owen Castle", but "Owen Castle" is present too, listed in attendees (Port Operators) on line 9',
        },
      ],
    },
    {
      name: 'a name written twice counts once',
      config: quorum('  total: 3\n'),
      code: minutes('  Port Operators:\n    - Owen Castle\n    - owen  castle\n'),
      findings: [
        { at: '4:1-4:10', message: 'Quorum not met: 2 members present, 3 needed' },
        { rule: 'duplicate-person', at: '10:7-10:19', message: '"owen  castle" is listed twice: already in attendees (Port Operators) on line 9 as "Owen Castle"' },
      ],
    },
    {
      name: 'participants are not members',
      config: quorum('  total: 2\n'),
      code: minutes('participants:\n  Harbour Authority:\n    - Priya Okafor\n'),
      findings: [{ at: '4:1-4:10', message: 'Quorum not met: 1 member present, 2 needed' }],
    },
    {
      name: 'a category short, with a suggestion for a category not written in the minutes',
      config: quorum('  categories:\n    Port Operator: 1\n    Chair: 2\n'),
      code: minutes('  Port Operators:\n    - Owen Castle\n'),
      findings: [{ at: '4:1-4:10', message: 'Quorum not met: "Port Operator": 0 present, 1 needed (did you mean "Port Operators"?); "Chair": 1 present, 2 needed' }],
    },
    {
      name: 'with a roster, only members within their period count',
      config: quorum('  total: 2\n') + 'roster:\n  Chair:\n    - Alice Marlow\n  Port Operators:\n    - name: Greta Lindqvist\n      until: 2026-01-31\n',
      code: minutes('  Port Operators:\n    - Greta Lindqvist\n'),
      findings: [
        { at: '4:1-4:10', message: 'Quorum not met: 1 member present, 2 needed (1 attendee is not in the roster or not a member on this date, and not counted)' },
        { rule: 'not-in-roster', at: '9:7-9:22', message: '"Greta Lindqvist" was a member only until 2026-01-31, before this meeting (2026-03-10)' },
      ],
    },
    {
      name: 'the severity comes from the configuration',
      config: quorum('  total: 2\n') + 'rules:\n  quorum: warn\n',
      code: minutes(''),
      findings: [{ at: '4:1-4:10', severity: 'warning', message: 'Quorum not met: 1 member present, 2 needed' }],
    },
  ],
});
