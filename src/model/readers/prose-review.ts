/**
 * Reviews written in running prose (NATURAL §3): a paragraph or list item that names an action by
 * ID ("Action 2.3 was completed in March", "Actions 1.2 and 1.4 remain open"). The model only
 * records the candidates; which of them are reviews is decided where the series is known: the
 * meeting drops IDs it raises itself (`**Action 2.1**` pointing at its own closing list), and the
 * register keeps only those that name an open action of an earlier meeting (register.ts).
 * A sentence with a status phrase is a review with that status; without one it is a mention.
 */
import type { RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Locator } from '../../parse/locate.js';
import { splitSentences, statusOf } from './recognise.js';
import type { ReviewStatus, Span } from '../types.js';
import type { ProseParagraph } from './walk.js';

export interface ProseMention {
  id: string;
  /** The sentence that names it. */
  text: string;
  status?: ReviewStatus;
  statusWord?: string;
  span: Span;
}

const ID = String.raw`[A-Z]{0,3}\d+(?:[./]\d+)*[a-z]?`;
/** "Action 2.3", "action point 4", "Actions 1.2, 1.4 and 1.5": the word "action" must stand before the IDs. */
const MENTION = new RegExp(String.raw`\bactions?(?:\s+(?:points?|items?))?\s+(?:no\.?\s*)?(${ID}(?:\s*(?:,|&|\band\b)\s*${ID})*)(?![\p{L}\p{N}/])`, 'giu');
const EACH_ID = new RegExp(ID, 'g');

/**
 * The status a sentence gives, in the one vocabulary of reviews (statusOf), with two guards for
 * running prose: a bare "open" or "outstanding" counts only after a verb of state ("remains
 * open"; "open data" is not a status), and a word after "to", "will", "should"… is a plan, not a
 * status ("DS will complete the runs", "needs to be closed").
 */
export function proseStatus(sentence: string): { status: ReviewStatus; word: string } | undefined {
  const said = sentence
    .replace(/\b(?:to|will|would|shall|should|must|can|could|cannot|may|might)\s+(?:not\s+)?(?:be\s+|have\s+been\s+)?\p{L}+/giu, ' ')
    .replace(/(?<!\b(?:remains?|remained|is|are|was|were|still|left|kept|stays?)\s+(?:still\s+)?)\b(?:open|outstanding)\b/gi, ' ');
  return statusOf(said);
}

/**
 * Every action ID named in the prose of the body (the paragraphs the walk gives, walk.ts), outside
 * the nodes already read as actions or reviews: a paragraph is left when it, or a block it stands
 * in, is.
 */
export function readProseMentions(paragraphs: readonly ProseParagraph[], loc: Locator, read: (n: RootContent) => boolean): ProseMention[] {
  const out: ProseMention[] = [];
  for (const { p, at, within } of paragraphs) {
    if (!at.position || within.some(read)) continue;
    const span = loc.span(at.position.start.offset!, at.position.end.offset!);
    for (const sentence of splitSentences(toString(p).replace(/\s+/g, ' ').trim())) {
      const ids = [...sentence.matchAll(MENTION)].flatMap((m) => m[1]!.match(EACH_ID) ?? []);
      if (ids.length === 0) continue;
      const status = proseStatus(sentence);
      for (const id of ids) out.push({ id, text: sentence, span, ...(status ? { status: status.status, statusWord: status.word } : {}) });
    }
  }
  return out;
}
