import { testRule } from '../helpers/rule-tester.js';
import { minutes } from './cases/structure.js';

testRule('agenda-numbering', {
  valid: [
    { name: 'sections before item 1, item 0, unnumbered and procedural sections anywhere', code: minutes('## Election of Chair\n## 0. Welcome\n## Apologies\n## 1. Minutes\n## Matters arising\n## 2. Dredging\n## Any other business\n## 3. Close\n') },
    { name: 'a first number counts the unnumbered sections before it', code: minutes('## Attendance\n## 2. Minutes of the last meeting\n## 3. Dredging\n') },
    { name: 'letters and Roman numerals under numbered items, each its own scheme', code: minutes('## 1. Reports\n### a) Berths\n### b) Fenders\n### (i) Signs\n### c) Lights\n### (ii) Buoys\n') },
    { name: '`i)` after `h)` is the ninth letter', code: minutes('## a) One\n## b) Two\n## c) Three\n## d) Four\n## e) Five\n## f) Six\n## g) Seven\n## h) Eight\n## i) Nine\n## j) Ten\n') },
    { name: 'running minute numbers start anywhere and run on, headings or bold lines', code: minutes('### Minutes of the committee meeting\n\n**044/18 Review of the structure**\n\nText.\n\n**045/18 Bylaws**\n\nText.\n') },
    { name: 'multilevel numbers without a numbered parent run on by their prefix', code: minutes('## 4.1 Berths\n## 4.2 Fenders\n## 5.1 Lights\n') },
    { name: 'a title or a year is not a number', code: minutes('## 2024 budget\n## A. N. Other business\n## 1. Dredging\n') },
    { name: 'a list that starts elsewhere after one ordinary list is a list of its own', code: minutes('1. alpha\n2. beta\n\nA list that starts at five:\n\n5. epsilon\n6. zeta\n') },
    {
      name: 'items numbered as paragraphs run on across lists; a list from 1 starts a new run',
      code: minutes('1.  MINUTES OF THE LAST MEETING\n2.  MATTERS ARISING\n\na)  Berths were cleared.\n\n3.  DREDGING\n\nThe work starts in May.\n\n4.  CLOSE\n\n## Reports\n\n1. Harbour master\n\nText.\n\n1. Pilots\n2. Tugs\n\n## Lists that count for themselves\n\n1. One\n1. Two\n1. Three\n'),
    },
  ],
  invalid: [
    {
      name: 'a gap among letters, ignoring the numbered items between',
      code: minutes('## 1. Reports\n### a) Berths\n### 1. Note\n### c) Fenders\n'),
      findings: [{ at: '12:5-12:7', message: 'Sub-item number c) skips b): expected b), found c)' }],
    },
    {
      name: 'a repeated Roman numeral',
      code: minutes('## (i) Berths\n## (ii) Fenders\n## (ii) Lights\n'),
      findings: [{ at: '11:4-11:8', message: 'Agenda item number (ii) repeats the number before it: expected (iii), found (ii)' }],
    },
    {
      name: 'a skipped running minute number',
      code: minutes('## 044/18 Structure\n## 046/18 Bylaws\n'),
      findings: [{ at: '10:4-10:10', message: 'Agenda item number 046/18 skips 045/18: expected 045/18, found 046/18' }],
    },
    {
      name: 'a numbered paragraph that skips, within a list and across lists',
      code: minutes('1. Prototypes\n2. Releases\n4. Zoom\n\n## Development\n\n1. Prototypes\n\n- Tests run.\n\n2. Releases\n\n- Planned.\n\n4. Zoom\n'),
      findings: [
        { at: '11:1-11:3', message: 'Numbered paragraph 4. skips 3.: expected 3., found 4.' },
        { at: '23:1-23:3', message: 'Numbered paragraph 4. skips 3.: expected 3., found 4.' },
      ],
    },
    {
      name: 'an unnumbered section does not count: 5 after 4 and "Any other business" is expected',
      code: minutes('## 4. Dredging\n## Any other business\n## 6. Close\n'),
      findings: [
        { at: '9:4-9:6', message: 'Agenda item number 4 skips 1 to 3: expected 1, found 4' },
        { at: '11:4-11:6', message: 'Agenda item number 6 skips 5: expected 5, found 6' },
      ],
    },
  ],
});
