/**
 * approved-changed in-process (no git history, so the finding stands at the digest): what is a
 * change to approved minutes and what is not.
 */
import { writeApproval } from '../../src/core/approve.js';
import { testRule } from '../helpers/rule-tester.js';
import { approvalMeetingText } from '../helpers/approval-series.js';

const draft = approvalMeetingText({ n: 2, date: '2024-02-14', minutes: 'The minutes of the meeting held on 10 January were approved as a correct record.' });
const approved = writeApproval(draft, { by: '3', date: '2024-03-13', amendments: [] });
const withCorrection = writeApproval(draft, { by: '3', date: '2024-03-13', amendments: [{ text: 'x', was: 'on the quay works', now: 'on the south quay works' }] });
const MESSAGE = 'These minutes were approved on 2024-03-13 and their text no longer matches the approved digest; approved minutes are corrected only by a later meeting: record the correction in its minutes and add it to `approved.amendments` here as `{ was, now }`, or undo the edit';
const AT = '13:11-13:82';

import { CONFIG } from '../helpers/series.js';

const one = (code: string) => ({ config: CONFIG, code });

testRule('approved-changed', {
  valid: [
    { name: 'as approved', ...one(approved) },
    { name: 'white space at line ends and CRLF line endings', ...one(approved.replace(/\.\n/g, '.   \r\n')) },
    { name: 'the status changed back: not part of the sealed text', ...one(approved.replace('status: approved', 'status: final')) },
    { name: 'a correction recorded as was/now, applied', ...one(withCorrection.replace('on the quay works', 'on the south quay works')) },
    { name: 'a correction recorded as was/now, not yet applied', ...one(withCorrection) },
    { name: 'draft minutes: nothing sealed', ...one(draft.replace('quay', 'pier')) },
  ],
  invalid: [
    { name: 'a word of the body changed', ...one(approved.replace('quay works', 'pier works')), findings: [{ at: AT, message: MESSAGE }] },
    { name: 'a person of the front matter changed', ...one(approved.replace('Bram Oakley', 'Bram Oakely')), findings: [{ at: AT, message: MESSAGE }] },
    { name: 'a paragraph added', ...one(`${approved}\nThe Chair closed the meeting.\n`), findings: [{ at: AT, message: MESSAGE }] },
    { name: 'more than the recorded correction', ...one(withCorrection.replace('on the quay works', 'on the south quay works').replace('NOTED', 'AGREED')), findings: [{ at: AT, message: MESSAGE }] },
  ],
});
