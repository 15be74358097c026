import { testRule } from '../helpers/rule-tester.js';
import { minutes } from './cases/structure.js';

testRule('title-mismatch', {
  valid: [
    { name: 'a # heading in the author\'s words, without `title`', code: minutes('# Minutes of the Annual General Meeting on 10 March\n\n## 1. Dredging\n') },
    { name: 'the heading matches `title`, spacing aside', code: minutes('#  Harbour   Works AGM\n', 'title: Harbour Works AGM\n') },
  ],
  invalid: [
    {
      name: 'the heading contradicts an explicit `title`',
      code: minutes('# Harbour Works Meeting\n', 'title: Harbour Works AGM\n'),
      findings: [{ at: '10:3-10:24', message: 'The heading "Harbour Works Meeting" differs from `title`: "Harbour Works AGM"' }],
    },
  ],
});
