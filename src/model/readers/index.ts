/**
 * The readers of the model, listed as the rules are (docs/readers.md has a row for each). A new
 * committee convention is one word in the vocabulary (src/vocabulary/words.ts) or one reader here.
 *
 * `READERS` run in the one walk over the tree (walk.ts): each node is handed to the readers that
 * look at its kind, in this order, and the first that claims it reads it (so a labelled line that
 * is a review is not also read as a new action, and an owner-first sentence is tried last).
 *
 * `OWN_PASSES` are readers that do not run in that walk yet, each for the reason given: they read
 * before the walk what it needs (v1 lines, people), or read units of prose across blocks, or
 * after it what the actions left.
 */
import { actionHeading } from './action-heading.js';
import { actionLabel } from './action-label.js';
import { actionList } from './action-list.js';
import { actionMarker } from './action-marker.js';
import { actionTable } from './action-table.js';
import { answeredQuestion } from './answered-question.js';
import { italicOwner } from './italic-owner.js';
import { mattersArising } from './matters-arising.js';
import { ownerFirst } from './owner-first.js';
import { speakerAction } from './speaker-action.js';
import type { AnyReader, Certainty } from './reader.js';
import { reviewLine } from './review-line.js';
import { reviewTable } from './review-table.js';
import { taskList } from './task-list.js';

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

/** A reader that runs as its own pass: where it is and why it is not in the walk. */
export interface OwnPass {
  id: string;
  /** What it reads. */
  looksAt: string;
  certainty: Certainty;
  /** The module that reads it, in this folder (src/model/readers/). */
  module: string;
  /** Why it is its own pass. */
  why: string;
}

export const OWN_PASSES: readonly OwnPass[] = [
  { id: 'people-section', looksAt: 'the head of minutes kept without front matter', certainty: 'certain', module: 'people-section.ts (the lines of the head: kept-head.ts, kept-role-sentences.ts)', why: 'read before the tree is walked: every other reader resolves owners against the people it gives' },
  { id: 'v1-action-line', looksAt: 'paragraph', certainty: 'certain', module: 'v1-action-line.ts (called by model/body.ts)', why: 'read in the body pass that finds sections, before the walk: whether a file writes v1 lines decides whether owner-first sentences, action lists and action tables are read' },
  { id: 'marked-decision', looksAt: 'paragraph (bold decision verb)', certainty: 'certain', module: 'marked-decision.ts (called by model/body.ts)', why: 'read with the sections by the body pass; prose decisions leave their sentences alone' },
  { id: 'attendance-change', looksAt: 'prose units (sentences across paragraphs and list entries)', certainty: 'judged', module: 'attendance-change.ts', why: 'reads prose units (prose-units.ts), which join blocks, not single nodes' },
  { id: 'motion', looksAt: 'prose units', certainty: 'judged', module: 'motion.ts', why: 'a motion spans sentences and blocks (moved … seconded … carried); reads prose units' },
  { id: 'poll', looksAt: 'prose units', certainty: 'certain', module: 'poll.ts', why: 'a poll and its answer are several blocks (the question, then a tally in lines, a list or a table, or a line of consent); reads prose units after the motions' },
  { id: 'prose-decision', looksAt: 'prose units', certainty: 'judged', module: 'prose-decision.ts', why: 'reads prose units, after motions and marked decisions, and leaves the sentences they took' },
  { id: 'prose-review', looksAt: 'paragraph', certainty: 'judged', module: 'prose-review.ts', why: 'reads what the walk left: paragraphs that name an action by ID outside the action and review notations' },
];
