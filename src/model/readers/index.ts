/**
 * The readers of the model, listed as the rules are, in one table (docs/readers.md has a row for
 * each, in this order). A new committee convention is one word in the vocabulary
 * (src/vocabulary/words.ts) or one reader here.
 *
 * The tree is gone down once, by the walk (walk.ts). Each reader is a row with the kind of thing it
 * looks at and the pass it runs in, in this order:
 *
 * - `body`: read with the sections, as body.ts finds them (and, for minutes kept without front
 *   matter, the head's lines): the people every other reader resolves owners against, the v1
 *   lines whose presence decides whether the readers of prose run, bold decision verbs;
 * - `unit`: the walk's prose units (`UNIT_READERS`, in this order, each seeing what the ones
 *   before it took: motions before polls, both before prose decisions);
 * - `node`: the walk's nodes (`READERS`): each node is handed to the readers that look at its kind,
 *   in this order, and the first that claims it reads it (so a labelled line that is a review is
 *   not also read as a new action, and an owner-first sentence is tried last);
 * - `after`: the walk's paragraphs that the node readers left.
 */
import { actionHeading } from './action-heading.js';
import { actionLabel } from './action-label.js';
import { actionList } from './action-list.js';
import { actionMarker } from './action-marker.js';
import { actionTable } from './action-table.js';
import { answeredQuestion } from './answered-question.js';
import { readAttendanceChanges } from './attendance-change.js';
import { italicOwner } from './italic-owner.js';
import { mattersArising } from './matters-arising.js';
import { readMotions } from './motion.js';
import { ownerFirst } from './owner-first.js';
import { readPolls } from './poll.js';
import { decisionPatterns, motionSpans, readProseDecisions } from './prose-decision.js';
import { speakerAction } from './speaker-action.js';
import type { AnyReader, Certainty, UnitReader } from './reader.js';
import { reviewLine } from './review-line.js';
import { reviewTable } from './review-table.js';
import { taskList } from './task-list.js';

/** The readers of the walk's nodes, in the order a node is offered to them. */
export const READERS: readonly AnyReader[] = [
  actionHeading,
  reviewLine,
  actionLabel,
  mattersArising,
  actionMarker,
  italicOwner,
  speakerAction,
  answeredQuestion,
  ownerFirst,
  taskList,
  actionList,
  reviewTable,
  actionTable,
];

const spans = (xs: ReadonlyArray<{ span: { start: { offset: number }; end: { offset: number } } }>): Array<[number, number]> => xs.map((x) => [x.span.start.offset, x.span.end.offset]);

/** The readers of the walk's prose units, in the order they run. */
export const UNIT_READERS: readonly UnitReader[] = [
  {
    id: 'attendance-change',
    looksAt: 'unit',
    certainty: 'judged',
    read(c, facts) {
      if (!c.seriesOnly) facts.attendanceChanges = readAttendanceChanges(c.units, c.people, c.loc);
    },
  },
  {
    id: 'motion',
    looksAt: 'unit',
    certainty: 'judged',
    read(c, facts) {
      facts.motions = readMotions({ units: c.units, index: c.people, loc: c.loc, source: c.source, words: c.words });
    },
  },
  {
    id: 'poll',
    looksAt: 'unit',
    certainty: 'certain',
    read(c, facts) {
      // A poll's question is not also a motion's words.
      const polls = readPolls({ units: c.units, loc: c.loc, words: c.words, index: c.people, taken: spans(facts.motions) });
      if (polls.length > 0) facts.motions = [...facts.motions, ...polls].sort((a, b) => a.span.start.offset - b.span.start.offset);
    },
  },
  {
    id: 'prose-decision',
    looksAt: 'unit',
    certainty: 'judged',
    read(c, facts) {
      if (c.seriesOnly) return;
      const patterns = decisionPatterns({ committee: c.committee, code: c.code, words: c.words });
      facts.decisions = readProseDecisions({
        units: c.units,
        loc: c.loc,
        source: c.source,
        taken: [...spans(c.marked), ...motionSpans(facts.motions, c.units)],
        patterns,
        ...(c.tree ? { tree: c.tree } : {}),
        // "Jack: No objections to that": a speaker is someone of the meeting, or initials ("TL: …").
        isSpeaker: (label) => /^[A-Z]{2,3}$/.test(label) || c.people.resolve(label).kind !== 'none',
      });
    },
  },
];

/** One row of the index: a reader, what it looks at, how sure its facts are and the pass it runs in. */
export interface IndexRow {
  id: string;
  looksAt: string;
  certainty: Certainty;
  pass: 'body' | 'unit' | 'node' | 'after';
  /** Where a reader that is not a row object of its own is called from. */
  calledBy?: string;
}

/** Every reader, in the order they run. */
export const INDEX: readonly IndexRow[] = [
  { id: 'people-section', looksAt: 'the head of minutes kept without front matter', certainty: 'certain', pass: 'body', calledBy: 'people-section.ts, with the lines of the head (kept-head.ts, kept-role-sentences.ts), before the meeting is built' },
  { id: 'v1-action-line', looksAt: 'paragraph', certainty: 'certain', pass: 'body', calledBy: 'model/body.ts, with the sections' },
  { id: 'marked-decision', looksAt: 'paragraph (bold decision verb)', certainty: 'certain', pass: 'body', calledBy: 'model/body.ts, with the sections' },
  ...UNIT_READERS.map((r): IndexRow => ({ id: r.id, looksAt: r.looksAt, certainty: r.certainty, pass: 'unit' })),
  ...READERS.map((r): IndexRow => ({ id: r.id, looksAt: r.looksAt, certainty: r.certainty, pass: 'node' })),
  { id: 'prose-review', looksAt: 'paragraph', certainty: 'judged', pass: 'after', calledBy: 'model/build-meeting.ts, on the walk\'s paragraphs the node readers left' },
];
