/**
 * One sentence that approves the minutes of several meetings ("the minutes for 17 November and 19
 * January were approved") approves each of them (issue 22: the imported archive's minutes-unapproved
 * findings were false where a sentence listed two or three meetings). Fictional committee.
 */
import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../src/config/types.js';
import { analyse } from '../src/core/analyse.js';
import { readBodyApprovals } from '../src/model/approvals.js';
import { walkTree } from '../src/model/readers/walk.js';
import { patternsOf } from '../src/vocabulary/patterns.js';
import type { Motion } from '../src/model/types.js';
import { createLocator } from '../src/parse/locate.js';
import { parseMarkdown } from '../src/parse/markdown.js';

const approved = (sentence: string) => {
  const text = `---\ncommittee: Quay Users Group\ndate: 2004-05-19\nattendees:\n  - Ada Pike\n---\n\n# Quay Users Group\n\n**Minutes:** ${sentence}\n`;
  const m = analyse({ path: '2004-05-19-qug.md', contents: text }, defaultConfig()).meeting!;
  return m.approvals.map((a) => a.target.value);
};

describe('approvals of several meetings in one sentence', () => {
  it('reads every date of a list joined by commas and "and"', () => {
    expect(approved('Minutes from the March 20, 2004, April 17, 2004, and May 5, 2004 meetings were approved as presented.')).toEqual(['2004-03-20', '2004-04-17', '2004-05-05']);
    expect(approved('The March 17, 2004 minutes and the April 21, 2004 minutes were approved as presented.')).toEqual(['2004-03-17', '2004-04-21']);
    expect(approved('The minutes from our November 19, 2003 meeting were approved as presented, as were the minutes from our January 21, 2004 meeting.')).toEqual(['2003-11-19', '2004-01-21']);
  });

  it('the date the minutes name, not a report\'s period before it', () => {
    expect(approved('Treasurer’s Report of Sept 19-Oct 16 2003 and minutes from April 21 2004 were approved.')).toEqual(['2004-04-21']);
  });

  it('not a date further off in the sentence', () => {
    expect(approved('The minutes of March 17, 2004 were approved; the balance as of April 30, 2004 was read.')).toEqual(['2004-03-17']);
  });
});

describe('an approval taken from a motion is as sure as the motion (issue 20, item 5)', () => {
  const source = 'Motion to approve the minutes of 12 February 2004. Carried.\n';
  const tree = parseMarkdown(source);
  const loc = createLocator(source);
  const units = walkTree(tree, { source, words: patternsOf(), taken: new Set() }).units;
  const motion = (mover?: string): Motion => ({
    certain: true,
    counts: [],
    source: 'prose',
    outcome: 'carried',
    outcomeText: 'Carried',
    text: 'Motion to approve the minutes of 12 February 2004',
    span: loc.span(0, source.length - 1),
    ...(mover !== undefined ? { mover: { written: mover, span: loc.span(0, 0) } } : {}),
  });
  const read = (m: Motion) => readBodyApprovals({ units, motions: [m], sections: new Map(), date: '2004-05-19', loc, source }).map((a) => [a.reader, a.certainty, a.target.value]);

  it('a motion that names its mover gives a certain approval', () => {
    expect(read(motion('Bram Oakley'))).toEqual([['motion', 'certain', '2004-02-12']]);
  });

  it('a motion the model is unsure of (no mover, no seconder) gives an unsure approval, which no rule reports', () => {
    expect(read(motion())).toEqual([['motion', 'uncertain', '2004-02-12']]);
  });
});
