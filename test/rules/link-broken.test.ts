import { testRule } from '../helpers/rule-tester.js';
import { body } from './cases/front-matter-v2.js';

testRule('link-broken', {
  valid: [
    {
      name: 'links to files beside the minutes, web pages, site paths and anchors',
      files: { '2026-03-10-hwc.md': body('See [February](2026-02-10-hwc.md), [the site](https://example.org), [maps](/maps) and [below](#dredging).\n'), '2026-02-10-hwc.md': body('').replace('2026-03-10', '2026-02-10') },
    },
  ],
  invalid: [
    {
      name: 'a misspelt file name',
      code: body('See [the February minutes](2026-02-01-hwc.md#item-3).\n'),
      findings: [{ at: '9:5-9:53', message: 'Link "the February minutes" points at "2026-02-01-hwc.md", which does not exist beside this file' }],
    },
  ],
});
