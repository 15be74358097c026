import { testRule } from '../helpers/rule-tester.js';
import { BOARD } from './cases/natural-board.js';
import { LKF, minutes } from './cases/edges.js';

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

// Natural notation (docs/natural-actions.md).
testRule('action-id-format', {
  valid: [{ name: 'no action_id configured: an action needs no ID', code: BOARD + 'Action: TR to sweep the path.\n' }],
  invalid: [
    {
      name: 'action_id configured: the next free number, fixable',
      config: 'action_id: "{meeting}.{seq:1}"\n',
      code: BOARD + 'Action: TR to sweep the path.\n\n**Action point**: TR to mend the gate.\n\n## Actions\n\n- 4.9 TR to book the hall.\n- TR to send the minutes.\n',
      findings: [
        { at: '15:1-15:7', message: 'Action without an ID: `check --fix` writes "4.10"' },
        { at: '17:1-17:15', message: 'Action without an ID: `check --fix` writes "4.11"' },
        { at: '22:1-22:3', message: 'Action without an ID: `check --fix` writes "4.12"' },
      ],
    },
  ],
});

// Minutes kept as a committee keeps them (no front matter): "ACTION:" is their label, not a v1 line missing its ID.
const KEPT = "# Orchard Lane Tenants' Forum Meeting 2025-03-04\n\n## Present\n\n* Wren Hadley (@wrenh)\n* Oskar Lund (@olund)\n\n## Items\n\n";
testRule('action-id-format', {
  valid: [{ name: 'kept minutes that number none of their actions: no ID is asked', code: KEPT + '* Bin store\n  * ACTION: Wren Hadley to ask the landlord for a second bin.\n  * ACTION: Oskar Lund to sweep the yard.\n' }],
  invalid: [
    {
      name: 'kept minutes that number one of their actions: the others are asked for theirs',
      code: KEPT + 'ACTION OLT 3/01: Wren Hadley to ask the landlord for a second bin.\n\nACTION: Oskar Lund to sweep the yard.\n',
      findings: [{ at: '12:1-12:7', message: 'ACTION line without an ID: write "ACTION CODE N/02: …"' }],
    },
    {
      name: 'kept minutes whose configuration sets action_id',
      config: 'action_id: "{yyyy}-{seq}"\n',
      code: KEPT + 'ACTION: Oskar Lund to sweep the yard.\n',
      findings: [{ at: '10:1-10:7', message: 'ACTION line without an ID: write "ACTION 2025-01: …" (`check --fix` writes it)' }],
    },
  ],
});
