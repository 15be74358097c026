/**
 * Labelled actions: `Action: AL to survey …`, `Action point: …`, `**Action 2.1**: DS to …`,
 * `**Action** Kit to …`, and the dashed `ACTION - Priya - contact the county …` whose owner stands
 * between dashes. A v1 line already read is left alone (claimed, no fact). Several labels joined
 * by hard line breaks in one paragraph (`**Action:** AL to …␠␠⏎**Action:** Clerk to …`) are one
 * action each; a line without a label continues the action above it.
 */
import type { Paragraph, PhrasingContent } from 'mdast';
import type { ActionNotation } from '../types.js';
import { isEveryone, isPlaceholder, isRole } from '../action-owners.js';
import { afterLabel, DASH_OWNER, labelOf, leadingOwner, lineText, looksLikeOwner, resolvesAll } from './recognise.js';
import { spanOf, type Fact, type NaturalAction, type NaturalOptions, type Place, type Reader } from './reader.js';
import { decisionPatterns, type DecisionPatterns } from './prose-decision.js';
import type { Patterns } from '../../vocabulary/patterns.js';

export const actionLabel: Reader<'paragraph'> = {
  id: 'action-label',
  looksAt: 'paragraph',
  certainty: 'judged',
  read({ p, text }, place, o) {
    const label = labelOf(p, text);
    if (!label || !ownerKnown(label, o)) return o.taken.has(p) ? undefined : laterLines(p, o);
    if (o.taken.has(p)) return [];
    const lines = labelledLines(p);
    // "- Action items:" over sub-bullets: a heading of the actions below it, which are read as entries of their own.
    if (lines.length === 1 && label.groups!.rest!.trim() === '' && place.item?.children.some((c) => c.type === 'list')) return [];
    if (lines.length === 1) return readLabelled(p, text, place.item ?? p, o);
    return lines.flatMap((line) => readLabelled(line, lineText(line).replace(/\s+/g, ' ').trim(), line, o));
  },
};

/** An owner written between the label and its colon (`ACTION BW:`) must be someone or something of the meeting. */
function ownerKnown(label: RegExpExecArray, o: NaturalOptions): boolean {
  const owner = label.groups!.owner?.trim();
  return owner === undefined || isEveryone(owner, o.words) || isRole(owner, o.words) || (looksLikeOwner(owner, o.words) && resolvesAll(owner, o.owners, o.words));
}

/**
 * A paragraph of notes whose later lines open with a label ("Approval would be easier …⏎ACTION:
 * Joe to update the issue."): each such line is an action of its own; the lines before the first
 * label are discussion. Undefined when no later line has a label.
 */
function laterLines(p: Paragraph, o: NaturalOptions): Fact[] | undefined {
  const start = p.position?.start.offset;
  const end = p.position?.end.offset;
  if (start === undefined || end === undefined) return undefined;
  const raw = o.source.slice(start, end);
  if (!raw.includes('\n')) return undefined;
  const out: Fact[] = [];
  let at = raw.indexOf('\n') + 1;
  while (at > 0 && at < raw.length) {
    const next = raw.indexOf('\n', at);
    const stop = next === -1 ? raw.length : next;
    const written = raw.slice(at, stop);
    const lead = written.length - written.trimStart().length;
    const value = written.trim();
    if (value !== '') {
      const from = start + at + lead;
      const line: Paragraph = { type: 'paragraph', children: [{ type: 'text', value, position: pointsOf(o, from, from + value.length) }], position: pointsOf(o, from, from + value.length) };
      const label = labelOf(line, value);
      if (label && ownerKnown(label, o)) out.push(...readLabelled(line, value, line, o));
    }
    at = next + 1;
  }
  return out.length > 0 ? out : undefined;
}

const pointsOf = (o: NaturalOptions, from: number, to: number) => {
  const span = o.loc.span(from, to);
  return { start: { line: span.start.line, column: span.start.column, offset: from }, end: { line: span.end.line, column: span.end.column, offset: to } };
};

/** One labelled action: `node` is what its span covers (the whole paragraph or list entry, or its own line). */
function readLabelled(p: Paragraph, text: string, node: NaturalAction['node'], o: NaturalOptions): Fact[] {
  const label = labelOf(p, text)!;
  // "ACTION: Consensus is that we will not share …": a decision recorded under the label, not a task.
  if (recordsDecision(label.groups!.rest!, o)) return [];
  const id = label.groups!.id ?? '';
  const dashed = /[-–—]/.test(label.groups!.sep!);
  const notation: ActionNotation = dashed ? 'dash' : 'label';
  const rest = label.groups!.rest!.trim().replace(/\s*[-–—]?\s*$/, '');
  // `ACTION - Priya - contact …`: the text is the task, the owner stands apart.
  const task = dashed ? DASH_OWNER.exec(rest) : null;
  const a: Omit<NaturalAction, 'section'> = { id, notation, text: task && looksLikeOwner(task.groups!.owner!, o.words) ? task.groups!.task!.trim() : rest, content: p.children, node, span: spanOf(o, node) };
  const owner = label.groups!.owner?.trim() ?? leadingOwner(rest, o.words) ?? (label.groups!.sep === ':' && isPlaceholder(rest.split(/\s+/)[0] ?? '', o.words) ? rest.split(/\s+/)[0] : undefined);
  if (owner && topicBeforeDash(rest, owner, o)) a.text = rest;
  else if (owner) a.ownerText = owner;
  if (!id) {
    const at = afterLabel(o.source, p.position!.start.offset!);
    if (at !== undefined) a.idInsert = { at, form: 'after-label' };
  }
  return [{ reader: 'action-label', kind: 'action', action: a }];
}

const DECISIONS = new WeakMap<Patterns, DecisionPatterns>();

/** Whether words after a label are a decision as the prose-decision reader reads one ("Consensus is that …", "Agreed to …"). */
function recordsDecision(rest: string, o: NaturalOptions): boolean {
  let d = DECISIONS.get(o.words);
  if (!d) {
    d = decisionPatterns({ words: o.words });
    DECISIONS.set(o.words, d);
  }
  const t = rest.trim();
  return d.subjectVerb.test(t) || [...d.rest, ...d.stance].some((r) => r.test(t) && r.source.startsWith('^'));
}

/**
 * Whether the owner read is the part before a dash that is a topic (`Newsletter - competition will
 * be open to anyone`): what follows the dash is a clause with its own subject and verb, not a task,
 * and the word before it names no one of the meeting, no office and not everyone.
 */
function topicBeforeDash(rest: string, owner: string, o: NaturalOptions): boolean {
  const d = DASH_OWNER.exec(rest);
  if (d === null || d.groups!.owner!.trim() !== owner || !CLAUSE.test(d.groups!.task!)) return false;
  return !(isRole(owner, o.words) || isEveryone(owner, o.words) || isPlaceholder(owner, o.words) || resolvesAll(owner, o.owners, o.words));
}

/** A subject and an auxiliary verb: "competition will be open …", "the hall is booked". */
const CLAUSE = /^(?:the\s+)?[\p{L}\p{N}'’-]+\s+(?:will|would|is|are|was|were|should|can|could|must|has|have|had)\s/iu;

/**
 * The paragraph cut at each hard line break that a new label follows, each line a paragraph of
 * its own with its own position; one line when no label follows a break.
 */
function labelledLines(p: Paragraph): Paragraph[] {
  const runs: PhrasingContent[][] = [[]];
  p.children.forEach((c, i) => {
    const next = p.children[i + 1];
    if (c.type === 'break' && next && startsWithLabel(p.children.slice(i + 1))) runs.push([]);
    else runs.at(-1)!.push(c);
  });
  if (runs.length === 1) return [p];
  return runs.filter((r) => r.length > 0 && r[0]!.position && r.at(-1)!.position).map((children) => ({
    type: 'paragraph',
    children,
    position: { start: children[0]!.position!.start, end: children.at(-1)!.position!.end },
  }));
}

function startsWithLabel(children: PhrasingContent[]): boolean {
  const line: Paragraph = { type: 'paragraph', children };
  return labelOf(line, lineText(line).replace(/\s+/g, ' ').trim()) !== undefined;
}
