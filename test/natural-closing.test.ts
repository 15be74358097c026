/**
 * What follows the business (NATURAL §3): trailing annex and signature sections, and a signature
 * block of short lines at the very end of the last section or of the preamble.
 */
import type { RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { describe, expect, it } from 'vitest';
import { meetingOf } from './helpers/natural.js';

const FRONT = 'attendees:\n  - Ann Reed (Chair)\n  - Bo Hale';
const texts = (nodes: RootContent[]) => nodes.map((n) => toString(n));
const closingOf = (body: string) => meetingOf(FRONT, body).meeting.closing;

describe('closing: trailing sections', () => {
  it('takes the annex and signature sections at the end, in order, and the block before them', () => {
    const c = closingOf('## 1. Finance\n\nThe budget was noted.\n\nSigned: ________\n\nChair\n\n## Annex A: Budget\n\nFigures.\n\n## Signature\n\nSigned as a true record.\n');
    expect(c.sections.map((s) => s.title)).toEqual(['Annex A: Budget', 'Signature']);
    expect(texts(c.blocks)).toEqual(['Signed: ________', 'Chair']);
  });

  it('takes a lone signature section, and an annex that is the only trailing section', () => {
    expect(closingOf('## 1. Finance\n\nNoted.\n\n## Signed\n\nAnn Reed\n').sections.map((s) => s.title)).toEqual(['Signed']);
    expect(closingOf('## 1. Finance\n\nNoted.\n\n## Appendix 1\n\nA table.\n').sections.map((s) => s.title)).toEqual(['Appendix 1']);
  });

  it('takes nothing when business follows the annex, and every section when all are closing ones', () => {
    expect(closingOf('## 1. Finance\n\nNoted.\n\n## Annex A\n\nFigures.\n\n## 2. Any other business\n\nNone.\n').sections).toEqual([]);
    const all = closingOf('## Annex A\n\nFigures.\n\n## Signature\n\nSigned.\n');
    expect(all.sections.map((s) => s.title)).toEqual(['Annex A', 'Signature']);
  });
});

describe('closing: the signature block', () => {
  it('is the run of short lines from "Signed" to the end of the last section', () => {
    const c = closingOf('## 1. Finance\n\nThe budget was noted.\n\nSigned ........................\n\nChair, 12 April 2026\n\n---\n\nDate: ..........\n');
    expect(texts(c.blocks)).toEqual(['Signed ........................', 'Chair, 12 April 2026', '', 'Date: ..........']);
    expect(c.blocks.map((n) => n.type)).toEqual(['paragraph', 'paragraph', 'thematicBreak', 'paragraph']);
  });

  it('is read from the last sub-section of the last section', () => {
    const c = closingOf('## 1. Finance\n\nNoted.\n\n### 1.1 Budget\n\nAgreed.\n\n### 1.2 Audit\n\nNoted.\n\nSignature: Ann Reed\n');
    expect(texts(c.blocks)).toEqual(['Signature: Ann Reed']);
  });

  it('is read from the preamble when there are no sections', () => {
    expect(texts(closingOf('The meeting opened at 7pm.\n\nSínithe: Ann Reed\n\nCathaoirleach\n').blocks)).toEqual(['Sínithe: Ann Reed', 'Cathaoirleach']);
  });

  it('is not a block when a long paragraph follows "Signed", or "Signed" opens a long paragraph', () => {
    const long = 'The clerk reported that the contract was signed by both parties and filed with the other papers of the council for the year, as agreed.';
    expect(long.length).toBeGreaterThan(80);
    expect(closingOf(`## 1. Finance\n\nSigned ........\n\n${long}\n`).blocks).toEqual([]);
    const opening = `Signed ${'as above, '.repeat(17)}`.trim();
    expect(opening.length).toBeGreaterThan(160);
    expect(closingOf(`## 1. Finance\n\n${opening}\n`).blocks).toEqual([]);
    // Up to twice the short length, the opening line itself may be long.
    const mid = `Signed ${'as above, '.repeat(12)}`.trim();
    expect(mid.length).toBeGreaterThan(80);
    expect(mid.length).toBeLessThanOrEqual(160);
    expect(texts(closingOf(`## 1. Finance\n\n${mid}\n`).blocks)).toEqual([mid]);
  });

  it('is looked for only among the last ten blocks, and only in paragraphs', () => {
    const tail = Array.from({ length: 10 }, (_, i) => `Line ${i + 1}.`).join('\n\n');
    expect(closingOf(`## 1. Finance\n\nSigned\n\n${tail}\n`).blocks).toEqual([]);
    const nine = Array.from({ length: 9 }, (_, i) => `Line ${i + 1}.`).join('\n\n');
    expect(texts(closingOf(`## 1. Finance\n\nSigned\n\n${nine}\n`).blocks)).toHaveLength(10);
    expect(closingOf('## 1. Finance\n\n- Signed: Ann Reed\n').blocks).toEqual([]);
    expect(closingOf('## 1. Finance\n\nNoted.\n').blocks).toEqual([]);
  });

  it('takes lines of exactly the short length (80, and 160 for the opening line), and no list after "Signed"', () => {
    const eighty = `Date ${'.'.repeat(75)}`;
    expect(eighty).toHaveLength(80);
    expect(texts(closingOf(`## 1. Finance\n\nSigned\n\n${eighty}\n`).blocks)).toEqual(['Signed', eighty]);
    const opening = `Signed ${'.'.repeat(153)}`;
    expect(opening).toHaveLength(160);
    expect(texts(closingOf(`## 1. Finance\n\n${opening}\n`).blocks)).toEqual([opening]);
    expect(closingOf('## 1. Finance\n\nSigned\n\n- Chair\n').blocks).toEqual([]);
  });

  it('reads "Signed" after white space the text begins with (a non-breaking space)', () => {
    expect(texts(closingOf('## 1. Finance\n\n&nbsp;Signed: Ann Reed\n').blocks)).toEqual(['\u00a0Signed: Ann Reed']);
  });
});
