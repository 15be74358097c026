/**
 * Branches the fixtures do not reach: date-based action IDs, a missing space after the colon, reviews
 * without an ID, long placeholders, a chair listed outside the attendees, minutes without a code.
 */
import { testRule } from '../helpers/rule-tester.js';

const LKF = "committee: Lighthouse Keepers' Forum\ncode: LKF\n";

/** Minutes of LKF meeting 27 with `extra` front matter and `body` under item 1. */
const minutes = (body: string, extra = '') => `---
meeting: 27
date: 2025-09-15
attendees:
  Chair:
    - name: Marta Quenby
      role: chair
  Keepers:
    - Idris Penhallow
${extra}---

## 1. Lamp maintenance

${body}`;

const NOTED = 'The LKF **NOTED** the update.\n';
const review = (id: string) => `  - id: ${id}\n    action: Paint the rail.\n    owner: Keepers\n    raised: 2025-08-01\n    target: 2025-10-01\n    status: open\n    update: Begun.\n`;

testRule('review-id', {
  valid: [
    { name: 'a date-based ID of an earlier month', config: `${LKF}action_id: "{code}-{yyyy}-{mm}-{seq}"\n`, code: minutes(NOTED, `outstanding:\n${review('LKF-2025-08-02')}`) },
    { name: 'a date-based ID of this month', config: `${LKF}action_id: "{code}-{yyyy}-{mm}-{seq}"\n`, code: minutes(NOTED, `outstanding:\n${review('LKF-2025-09-01')}`) },
  ],
  invalid: [
    {
      name: 'a date-based ID of a later month',
      config: `${LKF}action_id: "{code}-{yyyy}-{mm}-{seq}"\n`,
      code: minutes(NOTED, `outstanding:\n${review('LKF-2025-10-01')}${review('LKF-2025-08-02')}`),
      findings: [{ at: '11:9-11:23', message: 'Action review ID "LKF-2025-10-01" is dated 2025-10, after this meeting (2025-09-15): only actions of earlier meetings can be reviewed' }],
    },
    {
      name: 'a two-digit year after this one',
      config: `${LKF}action_id: "{code}-{yy}-{seq:3}"\n`,
      code: minutes(NOTED, `outstanding:\n${review('LKF-26-001')}`),
      findings: [{ at: '11:9-11:19', message: 'Action review ID "LKF-26-001" is dated 2026, after this meeting (2025-09-15): only actions of earlier meetings can be reviewed' }],
    },
  ],
});

testRule('action-syntax', {
  valid: [{ name: 'the canonical form', config: LKF, code: minutes('ACTION LKF 27/01: The Keepers to paint the rail.\n') }],
  invalid: [
    {
      name: 'no space after the colon',
      config: LKF,
      code: minutes('ACTION LKF 27/01:The Keepers to paint the rail.\n'),
      findings: [{ at: '14:1-14:18', message: 'Action line "ACTION LKF 27/01:" needs a space after the colon (check --fix rewrites it)' }],
    },
  ],
});

testRule('review-status', {
  valid: [{ name: 'open and closed', config: LKF, code: minutes(NOTED, `outstanding:\n${review('LKF 26/01')}${review('LKF 26/02').replace('open', 'closed')}`) }],
  invalid: [
    {
      name: 'reviews without an ID are named by their action, shortened',
      config: LKF,
      code: minutes(
        NOTED,
        'outstanding:\n  - action: The Keepers to paint the whole of the gallery rail, the door and the lamp room.\n    owner: Keepers\n    raised: 2025-08-01\n    target: 2025-10-01\n    update: Begun.\n  - action: The Keepers to paint the door.\n    owner: Keepers\n    raised: 2025-08-01\n    target: 2025-10-01\n    update: Begun.\n',
      ),
      findings: [
        { rule: 'required-key', at: '11:5-11:5', message: 'Missing required key "id" in `outstanding[0]`' },
        { at: '11:5-16:1', message: 'The review of "The Keepers to paint the whole of the gallery r…" has no status: add `status: open` or `status: closed`' },
        { rule: 'required-key', at: '16:5-16:5', message: 'Missing required key "id" in `outstanding[1]`' },
        { at: '16:5-21:1', message: 'The review of "The Keepers to paint the door." has no status: add `status: open` or `status: closed`' },
      ],
    },
  ],
});

testRule('placeholder', {
  valid: [{ name: '"todo" in lower case is prose', config: LKF, code: minutes(`Nothing is left todo on the rail.\n\n${NOTED}`) }],
  invalid: [
    {
      name: 'a long placeholder is shown shortened',
      config: LKF,
      code: minutes(`TODO: record what the Keepers said about the rail, the door, the lamp room and the gallery at length.\n\n${NOTED}`),
      findings: [{ at: '14:1-14:102', message: 'Placeholder "TODO: record what the Keepers said about the rail, the door, the lamp…" is still to be filled in' }],
    },
  ],
});

testRule('no-chair', {
  valid: [{ name: 'the role is compared without case', config: LKF, code: minutes(NOTED).replace('role: chair', 'role: Chair') }],
  invalid: [
    {
      name: 'a chair listed among the participants',
      config: LKF,
      code: minutes(NOTED, 'participants:\n  Coastal Survey:\n    - name: Bram Tiller\n      role: Chair\n').replace('      role: chair\n', ''),
      findings: [{ at: '4:1-4:10', message: 'No attendee has role "chair" in attendees: "Bram Tiller" has role chair but is listed in participants, not attendees' }],
    },
  ],
});

testRule('action-id-format', {
  valid: [{ name: 'an ID in the configured form', config: LKF, code: minutes('ACTION LKF 27/01: The Keepers to paint the rail.\n') }],
  invalid: [
    {
      name: 'without a committee code the expected ID shows a placeholder',
      code: minutes('ACTION 27/1: The Keepers to paint the rail.\n'),
      findings: [
        { rule: 'required-key', at: '2:1-2:1', message: 'Missing required key "committee" in the front matter' },
        { at: '14:8-14:12', message: 'Action ID "27/1" is malformed: expected "CODE 27/01" (IDs have the form {code} {meeting}/{seq})' },
      ],
    },
  ],
});

const datedReview = (id: string, dates: string) => `  - id: ${id}\n    action: Paint the rail.\n    owner: Keepers\n${dates}    status: open\n    update: Begun.\n`;

testRule('review-dates', {
  valid: [
    {
      name: 'a target on the day raised, raised on the day of the meeting, a revised target later',
      config: LKF,
      code: minutes(NOTED, `outstanding:\n${datedReview('LKF 26/01', '    raised: 2025-09-15\n    target: 2025-09-15\n')}${datedReview('LKF 26/02', '    raised: 2025-08-01\n    target: 2025-09-01\n    revised: 2025-10-01\n')}`),
    },
  ],
  invalid: [
    {
      name: 'a target before the day raised',
      config: LKF,
      code: minutes(NOTED, `outstanding:\n${datedReview('LKF 26/01', '    raised: 2025-08-02\n    target: 2025-08-01\n')}`),
      findings: [{ at: '15:13-15:23', message: 'Action LKF 26/01: `target` 2025-08-01 is before the date raised, 2025-08-02' }],
    },
  ],
});

const byDate = (pattern: string) => `${LKF}action_id: "${pattern}"\n`;

testRule('action-id-meeting', {
  valid: [
    { name: 'a meeting number written with a leading zero', config: LKF, code: minutes('ACTION LKF 027/01: The Keepers to paint the rail.\n') },
    { name: "a date-based ID of this meeting's year and month", config: byDate('{code}-{yyyy}-{mm}-{seq}'), code: minutes('ACTION LKF-2025-09-01: The Keepers to paint the rail.\n') },
  ],
  invalid: [
    {
      name: 'another month, another year',
      config: byDate('{code}-{yyyy}-{mm}-{seq}'),
      code: minutes('ACTION LKF-2025-09-01: The Keepers to paint the rail.\n\nACTION LKF-2025-08-02: The Keepers to paint the door.\n\nACTION LKF-2024-09-03: The Keepers to paint the lamp.\n'),
      findings: [
        { at: '16:8-16:22', message: 'Action ID "LKF-2025-08-02" is not this meeting\'s: its month is 08, this meeting\'s is 09 (expected "LKF-2025-09-02")' },
        { at: '18:8-18:22', message: 'Action ID "LKF-2024-09-03" is not this meeting\'s: its year is 2024, this meeting\'s is 2025 (expected "LKF-2025-09-03")' },
      ],
    },
    {
      name: 'a two-digit year',
      config: byDate('{code}-{yy}-{seq:3}'),
      code: minutes('ACTION LKF-25-001: The Keepers to paint the rail.\n\nACTION LKF-24-002: The Keepers to paint the door.\n'),
      findings: [{ at: '16:8-16:18', message: 'Action ID "LKF-24-002" is not this meeting\'s: its year is 24, this meeting\'s is 25 (expected "LKF-25-002")' }],
    },
  ],
});

testRule('action-id-sequence', {
  valid: [{ name: 'a line without an ID does not take a number', config: LKF, code: minutes('ACTION LKF 27/01: The Keepers to paint the rail.\n\nACTION LKF 27/02: The Keepers to paint the door.\n') }],
  invalid: [
    {
      name: 'malformed IDs are numbered by their last digits; a line without an ID is skipped',
      config: LKF,
      code: minutes('ACTION LKF 27/01: The Keepers to paint the rail.\n\nACTION: The Keepers to paint the door.\n\nACTION LKF 27-02: The Keepers to paint the lamp.\n\nACTION LKF 27-04: The Keepers to paint the gate.\n'),
      findings: [
        { rule: 'action-id-format', at: '16:1-16:7', message: 'ACTION line without an ID: write "ACTION LKF 27/02: …"' },
        { rule: 'action-id-format', at: '18:8-18:17', message: 'Action ID "LKF 27-02" is malformed: expected "LKF 27/02" (IDs have the form {code} {meeting}/{seq})' },
        { rule: 'action-id-format', at: '20:8-20:17', message: 'Action ID "LKF 27-04" is malformed: expected "LKF 27/04" (IDs have the form {code} {meeting}/{seq})' },
        { at: '20:8-20:17', message: 'Action ID "LKF 27-04" is out of sequence: expected 03 here ("LKF 27/03"); 03 is skipped. Actions are numbered 01, 02, 03… in the order they appear' },
      ],
    },
  ],
});

testRule('required-key', {
  valid: [{ name: 'a review with its ID', config: LKF, code: minutes(NOTED, `outstanding:\n${review('LKF 26/01')}`) }],
  invalid: [
    {
      // series-unknown-review once called it "Reviewed action  is unknown": there is no ID to call unknown.
      name: 'a review without an ID is a missing key and nothing else',
      config: LKF,
      code: minutes(NOTED, 'outstanding:\n  - status: open\n    update: Begun.\n'),
      findings: [{ at: '11:5-11:5', message: 'Missing required key "id" in `outstanding[0]`' }],
    },
  ],
});

testRule('action-owner', {
  valid: [
    {
      name: 'initials derived from a listed name, as unknown-initials accepts them',
      config: LKF,
      code: minutes('ACTION LKF 27/01: NF to paint the rail.\n', '  Lamp Room:\n    - Nadia Ferreira\n'),
    },
  ],
  invalid: [
    {
      name: 'initials of nobody listed',
      config: LKF,
      code: minutes('ACTION LKF 27/01: QZ to paint the rail.\n', '  Lamp Room:\n    - Nadia Ferreira\n'),
      findings: [{ at: '16:19-16:21', message: 'Owner "QZ" of action "LKF 27/01" is not a known party, category, organisation or person present' }],
    },
  ],
});
