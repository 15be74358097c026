import { testRule } from '../helpers/rule-tester.js';
import { LKF, NOTED, minutes, review } from './cases/edges.js';

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
