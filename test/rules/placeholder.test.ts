import { testRule } from '../helpers/rule-tester.js';
import { LKF, NOTED, minutes } from './cases/edges.js';
import { body } from './cases/front-matter-v2.js';

testRule('placeholder', {
  valid: [
    { name: '"todo" in lower case is prose', config: LKF, code: minutes(`Nothing is left todo on the rail.\n\n${NOTED}`) },
    { name: 'a TODO said of something, as its state, is prose', config: LKF, code: minutes(`The old rota (kept in the lamp room, the new one is TODO) stays up.\n\n${NOTED}`) },
  ],
  invalid: [
    {
      name: 'a long placeholder is shown shortened',
      config: LKF,
      code: minutes(`TODO: record what the Keepers said about the rail, the door, the lamp room and the gallery at length.\n\n${NOTED}`),
      findings: [{ at: '14:1-14:102', message: 'Placeholder "TODO: record what the Keepers said about the rail, the door, the lamp…" is still to be filled in' }],
    },
  ],
});

testRule('placeholder', {
  valid: [
    { name: 'post-meeting notes, lower-case words, code and a TBC next meeting', code: body('[Post-meeting] The survey was circulated. [Note post-meeting: two replies.]\n\nThe date is tbc; `a ?? b` is code; the cost was (about?) £40.\n').replace('---\n\n', 'next_meetings:\n  - date: TBC\n---\n\n') },
  ],
  invalid: [
    {
      name: 'TBD, XXX, ?? and a note in brackets',
      code: body('The owner is TBD and the cost £XXX ??\n\n[AL/TR: check with the Clerk]\n'),
      findings: [
        { at: '9:14-9:17', message: 'Placeholder "TBD" is still to be filled in' },
        { at: '9:32-9:35', message: 'Placeholder "XXX" is still to be filled in' },
        { at: '9:36-9:38', message: 'Placeholder "??" is still to be filled in' },
        { at: '11:1-11:30', message: 'Editor\'s note "[AL/TR: check with the Clerk]" is still in the minutes' },
      ],
    },
    {
      name: 'configured template phrases replace the default list',
      config: 'placeholders:\n  - "Insert names here"\n',
      code: body('Present: INSERT NAMES HERE\n\nDELETE AS APPROPRIATE is an instruction in capitals all the same.\n'),
      findings: [
        { at: '9:10-9:27', message: 'Template instruction "INSERT NAMES HERE" is still in the minutes' },
        { at: '11:1-11:22', message: 'Template instruction "DELETE AS APPROPRIATE" is still in the minutes' },
      ],
    },
  ],
});
