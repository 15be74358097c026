/**
 * How sure the model is of an action it read (issue 20, item 5). A guess must not become a
 * finding or a row of a table minutebook adds: it is shown by `inspect`, marked, and used by
 * nothing that reports or prints. Certain are the notations that say "action" (v1 lines,
 * labels, headings, markers, the entries of an actions list or table) with words of a task's
 * length; an action inferred from a sentence ("Esme will contact …") or an italic owner is
 * certain only when every owner resolves to someone or some office of the meeting.
 */
import type { PersonIndex } from './person-match.js';
import type { Patterns } from '../vocabulary/patterns.js';
import type { Decision, Meeting, Motion, NewAction } from './types.js';
import { EARLIER } from './readers/prose-decision.js';

/** Longer than this, the text is a paragraph of discussion, not one action's words. */
const MAX_TEXT = 320;
/** More sentences than this, likewise. */
const MAX_SENTENCES = 3;

const EXPLICIT = new Set<NewAction['notation']>(['v1', 'label', 'dash', 'heading', 'marker', 'list', 'table']);

/** What judging an action may ask of its meeting. */
export interface ActionContext {
  /** The meeting's people, to tell whether an action's words name one of them. */
  people: PersonIndex;
  /** Minutes kept without front matter, whose `ACTION:` is the committee's label, not minutebook's v1 line. */
  kept: boolean;
  words: Patterns;
}

export function judgeAction(a: NewAction, context?: ActionContext): { certain: boolean; doubt?: string } {
  if (a.notation === 'v1') return context?.kept ? judgeKeptLine(a, context) : { certain: true };
  // "Action: Book titles are still awaited from Mrs. Vane.": no owner leads it, yet it names someone
  // of the meeting; whether that person owes it, or it only says where a matter stands, is a guess.
  if (context && a.owners.length === 0 && a.ownerPlaceholder === undefined && namesSomeone(a.text, context.people)) return { certain: false, doubt: 'names someone of the meeting, but not as its owner' };
  if (a.text.length > MAX_TEXT || a.text.split(/(?<=[.!?])\s+(?=\p{Lu})/u).length > MAX_SENTENCES) return { certain: false, doubt: 'a whole paragraph, not one action' };
  if (a.text.trim() === '') return { certain: false, doubt: 'no words of its own' };
  const resolved = a.owners.length > 0 && a.owners.every((o) => o.resolved !== undefined && o.resolved.kind !== 'unknown' && o.resolved.kind !== 'ambiguous');
  if (EXPLICIT.has(a.notation)) {
    if ((a.notation === 'list' || a.notation === 'table') && a.owners.length === 0 && a.ownerPlaceholder === undefined) return { certain: false, doubt: 'an entry of the list that names no owner' };
    if (a.notation === 'table' && a.owners.length > 0 && !resolved) return { certain: false, doubt: 'its owner is no one the meeting lists' };
    return { certain: true };
  }
  return resolved ? { certain: true } : { certain: false, doubt: 'its owner is no one the meeting lists' };
}

/**
 * An `ACTION:` line of minutes kept without front matter is the committee's own label: sure,
 * unless its words name no task ("ACTION: none."), it names no owner at its start but names
 * someone of the meeting further on ("ACTION: needs a volunteer - Nick duly volunteered"), or
 * what stands before "to" is a clause, not a name ("Brian Warner has documentation to create").
 */
function judgeKeptLine(a: NewAction, context: ActionContext): { certain: boolean; doubt?: string } {
  const words = a.text.trim().replace(/[.!]+$/, '');
  if (words === '' || context.words.ownerPlaceholder.test(words)) return { certain: false, doubt: 'its words name no task' };
  if (a.owners.length === 0 && a.ownerPlaceholder === undefined) {
    return namesSomeone(a.text, context.people) ? { certain: false, doubt: 'names no owner at its start, but names someone of the meeting' } : { certain: true };
  }
  const unresolved = a.owners.filter((o) => o.resolved === undefined || o.resolved.kind === 'unknown' || o.resolved.kind === 'ambiguous');
  if (unresolved.some((o) => CLAUSE.test(o.text))) return { certain: false, doubt: 'the words before "to" are not an owner' };
  return { certain: true };
}

/** A lower-case word in an owner no one resolves: "Brian Warner has documentation", "needs a volunteer", not "Keepres". */
const CLAUSE = /(?<![\p{L}])(?!(?:the|and|with)(?![\p{L}]))\p{Ll}{3,}/u;

/** One or two capitalised words that the person index resolves to one person of the meeting. */
const CAPITALISED = /(?<![\p{L}])\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?/gu;

function namesSomeone(text: string, people: PersonIndex): boolean {
  for (const x of text.matchAll(CAPITALISED)) {
    if (people.resolve(x[0]).kind === 'one') return true;
    // "Nick O", "Sara to": the first word alone.
    const first = x[0].split(/\s+/)[0]!;
    if (first !== x[0] && people.resolve(first).kind === 'one') return true;
  }
  return false;
}

/**
 * A motion is certain when the minutes say who moved or seconded it, keep it in a table of
 * motions, or record a poll with its answer; a run of prose the reader took for a motion with
 * none of these is a guess.
 */
export function judgeMotion(x: Motion): { certain: boolean; doubt?: string } {
  // A poll is read only with its answer (a tally, or consent): the minutes record that it was put and how it went.
  if (x.source === 'table' || x.source === 'poll' || x.mover !== undefined || x.seconder !== undefined) return { certain: true };
  return { certain: false, doubt: 'names no mover or seconder' };
}

/**
 * A decision is certain when the minutes mark it (v1 bold verb), when it is a certain motion's
 * outcome, or when the prose that records it is one decision's words, not a paragraph of discussion.
 */
export function judgeDecision(d: Decision, people?: PersonIndex): { certain: boolean; doubt?: string } {
  if (d.kind === 'motion') {
    if (d.motion?.certain === false) return { certain: false, doubt: `a motion that ${d.motion.doubt ?? 'is not certain'}` };
    // "It was proposed by X and seconded by Y that …" and nothing more: a decision the record implies, not one it states.
    if (d.motion && d.motion.outcome === undefined) return { certain: false, doubt: 'moved and seconded, but the minutes record no outcome' };
    // "Moved by X; seconded by Y. Agreed": a summary row would say who, not what.
    return d.text.trim() === '' ? { certain: false, doubt: 'the minutes do not say what was moved' } : { certain: true };
  }
  if (d.kind !== 'prose') return { certain: true };
  if (d.text.trim() === '') return { certain: false, doubt: 'no words of its own' };
  if (people && spokenBy(d, people)) return { certain: false, doubt: "one participant's words, not the meeting's decision" };
  // "No objections", "Agreed.": consent recorded, but not what to; a summary row would say nothing.
  if (d.text.trim().split(/\s+/).length < 3) return { certain: false, doubt: 'does not say what was decided' };
  if (EARLIER.test(d.text)) return { certain: false, doubt: 'a decision of an earlier meeting, reported' };
  if (d.text.length > MAX_TEXT * 2 || d.text.split(/(?<=[.!?])\s+(?=\p{Lu})/u).length > MAX_SENTENCES) return { certain: false, doubt: 'a whole paragraph, not one decision' };
  return { certain: true };
}

/** Sets the certainty of every motion and decision of a meeting (actions are judged as they are read). */
export function judgeFacts(m: Pick<Meeting, 'motions' | 'decisions'>, people?: PersonIndex): void {
  for (const x of m.motions) Object.assign(x, judgeMotion(x));
  for (const d of m.decisions) Object.assign(d, judgeDecision(d, people));
}


/** "Ana: No objections to that", "KM: Agreement on …": a remark the notes give to a speaker. */
const SPEAKER = /^\s*(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2}):\s/u;

/** Whether the paragraph or list item of a decision opens with a speaker label: a listed person, or initials. */
function spokenBy(d: Decision, people: PersonIndex): boolean {
  const label = SPEAKER.exec(plainText(d.node.type === 'listItem' ? (d.node.children[0] ?? d.node) : d.node))?.[1];
  if (label === undefined) return false;
  if (/^[A-Z]{2,3}$/.test(label)) return true;
  return people.resolve(label).kind !== 'none';
}

const plainText = (n: unknown): string => {
  const x = n as { value?: unknown; children?: unknown[] };
  return typeof x.value === 'string' ? x.value : x.children ? x.children.map(plainText).join('') : ' ';
};
