/**
 * The digest of approved minutes (src/model/seal.ts) and what `approve` writes (src/core/approve.ts),
 * in-process: what counts as a change and what does not, and that approving changes no other byte.
 */
import { describe, expect, it } from 'vitest';
import { digestOf, firstDifference, sealedLines } from '../src/model/seal.js';
import { writeApproval } from '../src/core/approve.js';
import { approvalMeetingText } from './helpers/approval-series.js';

const text = approvalMeetingText({ n: 2, date: '2024-02-14', minutes: 'The minutes of the meeting held on 10 January were approved as a correct record.', front: 'status: draft\n' });
const record = { by: '3', date: '2024-03-13', amendments: [] };

describe('digest', () => {
  it('does not count white space at line ends, line endings, a byte order mark or blank lines at the end', () => {
    const d = digestOf(text);
    expect(digestOf(text.replace(/\n/g, '\r\n'))).toBe(d);
    expect(digestOf(text.replace(/\n/g, '\r'))).toBe(d);
    expect(digestOf(text.replace(/\.\n/g, '.  \t\n'))).toBe(d);
    expect(digestOf(`\uFEFF${text}\n\n\n`)).toBe(d);
  });

  it('counts every other change, in the body and in the front matter', () => {
    const d = digestOf(text);
    expect(digestOf(text.replace('quay works', 'pier works'))).not.toBe(d);
    expect(digestOf(text.replace('Bram Oakley', 'Bram Oakely'))).not.toBe(d);
    expect(digestOf(text.replace('reported on', 'reported  on'))).not.toBe(d);
    expect(digestOf(text.replace('## Quay', '\n## Quay'))).not.toBe(d);
  });

  it('leaves out the status line and the approved block, wherever they stand', () => {
    const d = digestOf(text);
    expect(digestOf(text.replace('status: draft', 'status: approved'))).toBe(d);
    expect(digestOf(text.replace('status: draft\n', ''))).toBe(d);
    expect(digestOf(text.replace('date: 2024-02-14\n', 'date: 2024-02-14\napproved:\n  by: 3\n  digest: sha256:00\n  amendments:\n    - a\n'))).toBe(d);
    // A key after the block is read again.
    expect(sealedLines(text.replace('attendees:', 'approved:\n  by: 3\nattendees:')).map((l) => l.text)).toContain('attendees:');
  });

  it('accepts exactly the amendments recorded as was/now, applied or not', () => {
    const amendments = [{ text: 'x', was: 'on the quay works', now: 'on the south quay works' }];
    const d = digestOf(text, amendments);
    expect(digestOf(text.replace('on the quay works', 'on the south quay works'), amendments)).toBe(d);
    expect(digestOf(text.replace('on the quay works', 'on the north quay works'), amendments)).not.toBe(d);
    expect(digestOf(text.replace('on the quay works', 'on the south quay works').replace('NOTED', 'AGREED'), amendments)).not.toBe(d);
  });

  it('names the first line that differs, as a line of the current file', () => {
    const now = text.replace('status: draft\n', 'status: approved\napproved:\n  by: 3\n').replace('quay works', 'pier works');
    const line = now.split('\n').findIndex((l) => l.includes('pier works')) + 1;
    expect(firstDifference(text, now)).toEqual({ line, was: 'The Harbour Office reported on the quay works.', now: 'The Harbour Office reported on the pier works.' });
    expect(firstDifference(text, text.replace(/\n/g, '\r\n'))).toBeUndefined();
  });
});

describe('writeApproval', () => {
  it('rewrites the status line in place and adds the block before the closing fence, nothing else', () => {
    const out = writeApproval(text, record);
    const digest = digestOf(text);
    expect(out).toBe(text.replace('status: draft\n', `status: approved\napproved:\n  by: 3\n  date: 2024-03-13\n  digest: ${digest}\n`));
    expect(digestOf(out)).toBe(digest);
  });

  it('adds the status when there is none, in the file\'s own line endings and with its byte order mark', () => {
    const crlf = `\uFEFF${text.replace('status: draft\n', '').replace(/\n/g, '\r\n')}`;
    const out = writeApproval(crlf, record);
    const fence = crlf.indexOf('---\r\n', 5);
    expect(out).toBe(`${crlf.slice(0, fence)}status: approved\r\napproved:\r\n  by: 3\r\n  date: 2024-03-13\r\n  digest: ${digestOf(crlf)}\r\n${crlf.slice(fence)}`);
  });

  it('writes the amendments, quoted so that YAML reads them back as written', () => {
    const out = writeApproval(text, { ...record, amendments: [{ text: 'in item 2, for "north" read "south": done' }, { text: 'for “a” read “b”', was: 'a: b', now: '#c' }] });
    expect(out).toContain('  amendments:\n    - "in item 2, for \\"north\\" read \\"south\\": done"\n    - was: "a: b"\n      now: "#c"\n');
  });

  it('replaces an earlier approved block (approve --force)', () => {
    const once = writeApproval(text, record);
    const twice = writeApproval(once, { ...record, by: '4', date: '2024-04-10' });
    expect(twice).toBe(once.replace('by: 3\n  date: 2024-03-13', 'by: 4\n  date: 2024-04-10'));
  });

  it('gives a file without front matter a block of status and approval only, at its top', () => {
    const body = '# Harbour Works Committee\n\nThe Harbour Office reported on the quay works.\n';
    const out = writeApproval(body, record);
    expect(out).toBe(`---\nstatus: approved\napproved:\n  by: 3\n  date: 2024-03-13\n  digest: ${digestOf(body)}\n---\n${body}`);
    // The block added is itself left out of the digest: the approved file matches.
    expect(digestOf(out)).toBe(digestOf(body).replace(/.*/, digestOf(out)));
  });
});
