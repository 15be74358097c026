import { testRule } from '../helpers/rule-tester.js';
import { minutes } from './cases/structure.js';

testRule('heading-level', {
  valid: [
    { name: '### sections under a # title', code: minutes('# Minutes of the Harbour Works Committee\n\n### Opening\n### Dredging\n#### North quay\n### Close\n') },
    { name: 'one ### heading that names the minutes is the title', code: minutes('### Minutes of the Harbour Works Committee, 10 March\n\n## 1. Dredging\n') },
    { name: 'minutes that open with a deeper attendance heading before their first item', code: minutes('### Present\n\nTwo members.\n\n## 1. Apologies\n## 2. Dredging\n') },
  ],
  invalid: [
    {
      name: 'an ## among ### sections and a #### under an ##',
      code: minutes('### Harbour dues\n## Dredging\n#### North quay\n'),
      findings: [
        { at: '10:1-10:12', message: '"Dredging" is a `##` heading among `###` sections: expected `###`' },
        { at: '11:1-11:16', message: '"North quay" is a `####` heading under a `##` section: expected `###`' },
      ],
    },
  ],
});
