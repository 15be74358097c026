import type { Patterns } from '../vocabulary/patterns.js';
import type { Heading, ListItem, Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Locator } from '../parse/locate.js';
import type { IdPattern } from './action-id.js';
import { readActionLine, type ActionLine } from './readers/v1-action-line.js';
import { readMarkedDecision } from './readers/marked-decision.js';
import { readNumber, sectionKind, type WrittenNumber } from './numbering.js';
import type { AgendaItem, Decision, HeadingJump, NumberedParagraph, OutstandingPlacement } from './types.js';

const MARKER = /^<!--\s*outstanding-actions\s*-->\s*$/i;
const SUMMARIES = /^<!--\s*summaries\s*-->\s*$/i;

export interface Body {
  titleHeading?: Heading;
  preamble: RootContent[];
  agenda: AgendaItem[];
  /** Action lines in document order, with the agenda item number they stand in. */
  actionLines: Array<ActionLine & { item?: string }>;
  decisions: Decision[];
  outstandingPlacement: OutstandingPlacement;
  headingJumps: HeadingJump[];
  summariesMarker?: RootContent;
  /** Runs of numbered paragraphs (ordered lists at a section's top level, continuing each other). */
  numberedParagraphs: NumberedParagraph[][];
}

export interface BodyOptions {
  source: string;
  loc: Locator;
  idPattern: IdPattern;
  decisionVerbs: ReadonlySet<string>;
  /** The vocabulary's patterns: procedural section titles. */
  words?: Patterns;
}

export function readBody(root: Root, o: BodyOptions): Body {
  const body: Body = { preamble: [], agenda: [], actionLines: [], decisions: [], outstandingPlacement: { kind: 'before-agenda' }, headingJumps: [], numberedParagraphs: [] };
  let marker: RootContent | undefined;
  const children = root.children.filter((n) => n.type !== 'yaml');
  const titleAt = titleIndex(children);
  // Sections nest by heading depth; `open` holds the current section of each level.
  const open: AgendaItem[] = [];
  let topDepth: number | undefined;

  children.forEach((node, index) => {
    if (node.type === 'html' && MARKER.test(node.value)) marker ??= node;
    if (node.type === 'html' && SUMMARIES.test(node.value)) body.summariesMarker ??= node;
    if (index === titleAt) {
      body.titleHeading = node as Heading;
      return;
    }
    const heading = node.type === 'heading' ? node : minuteParagraph(node, topDepth ?? 2);
    if (!heading) {
      const current = open[open.length - 1];
      if (current) current.content.push(node);
      else body.preamble.push(node);
      return;
    }
    const form = node.type === 'heading' ? 'heading' : 'paragraph';
    topDepth ??= heading.depth;
    // Minutes may open with a deeper heading before their first item ("### Present", then
    // "## 1. Apologies"): while every section so far is an unnumbered procedural one, a shallower
    // heading sets the top level.
    if (heading.depth < topDepth && form === 'heading' && body.agenda.length > 0 && allItems(body.agenda).every((i) => i.written === undefined && i.kind === 'procedural')) topDepth = heading.depth;
    // A heading above the first section's level stands among the top sections: the level jumps.
    let depth: number = heading.depth;
    if (depth < topDepth) {
      body.headingJumps.push({ heading, expected: topDepth, siblings: true });
      depth = topDepth as Heading['depth'];
    }
    while (open.length > 0 && open[open.length - 1]!.depth >= depth) open.pop();
    const parent = open[open.length - 1];
    // Levels are counted as written: a `####` under an `##` skips one even when that `##` stood among `###`s.
    const expectedDepth = parent ? parent.heading.depth + 1 : topDepth;
    if (form === 'heading' && heading.depth > expectedDepth) body.headingJumps.push({ heading, expected: expectedDepth, siblings: false });
    const siblings = parent ? parent.children : body.agenda;
    const item = readHeading(heading, depth, form, siblings, parent, o.loc, o.words);
    siblings.push(item);
    open.push(item);
  });

  const scan = (nodes: RootContent[], item: AgendaItem | undefined) => {
    for (const n of nodes) collect(n, item, body, o);
  };
  scan(body.preamble, undefined);
  const walkItems = (items: AgendaItem[]) => {
    for (const item of items) {
      scan(item.content, item);
      walkItems(item.children);
    }
  };
  walkItems(body.agenda);

  body.numberedParagraphs = [body.preamble, ...allItems(body.agenda).map((i) => i.content)].flatMap((c) => numberedRuns(c, o));

  if (marker) body.outstandingPlacement = { kind: 'marker', node: marker };
  else {
    const first = findActionsItem(body.agenda);
    if (first) {
      const para = first.content.find((n) => n.type === 'paragraph');
      body.outstandingPlacement = { kind: 'after', node: para ?? first.heading };
    }
  }
  return body;
}

/**
 * The heading that says what the meeting was: a `#` heading before any other heading, or the
 * first heading when it is the only one of its level and names minutes or a meeting
 * ("### Minutes of the executive council meeting, 26 July").
 */
function titleIndex(nodes: RootContent[]): number | undefined {
  const first = nodes.findIndex((n) => n.type === 'heading');
  if (first < 0) return undefined;
  const h = nodes[first] as Heading;
  if (h.depth === 1) return first;
  const sameLevel = nodes.filter((n) => n.type === 'heading' && n.depth === h.depth).length;
  return sameLevel === 1 && /\b(minutes|meeting)\b/i.test(toString(h)) ? first : undefined;
}

const MINUTE_NUMBER = /^\d{1,4}\/\d{2,4}[ \t]/;

/**
 * A paragraph that is all bold and starts with a running minute number (`**044/18 Bylaws**`):
 * minutes that number minutes this way write each one as such a line instead of a heading.
 */
function minuteParagraph(node: RootContent, depth: number): Heading | undefined {
  if (node.type !== 'paragraph' || node.children.length !== 1) return undefined;
  const strong = node.children[0]!;
  if (strong.type !== 'strong' || strong.children[0]?.type !== 'text' || !MINUTE_NUMBER.test(strong.children[0].value)) return undefined;
  const h: Heading = { type: 'heading', depth: depth as Heading['depth'], children: strong.children };
  if (node.position) h.position = node.position;
  return h;
}

function allItems(items: AgendaItem[]): AgendaItem[] {
  return items.flatMap((i) => [i, ...allItems(i.children)]);
}

/**
 * Minutes that number their items as paragraphs (`1.  MINUTES OF THE LAST MEETING`, then prose,
 * then `2.  MATTERS ARISING`) write one ordered list per item: a list that starts where the one
 * before it ended continues the run, and so does any list above 1 once lists continue each other;
 * a list that starts at 0 or 1 begins a new run.
 */
function numberedRuns(nodes: RootContent[], o: BodyOptions): NumberedParagraph[][] {
  const runs: NumberedParagraph[][] = [];
  let run: NumberedParagraph[] | undefined;
  let lists = 0;
  for (const n of nodes) {
    if (n.type !== 'list' || !n.ordered) continue;
    const start = n.start ?? 1;
    // A list that starts elsewhere after one ordinary list ("A list that starts at five") is a
    // list of its own; once lists continue each other, a gap among them is a skip.
    const continues = run !== undefined && run.length > 0 && start > 1 && (start === run[run.length - 1]!.number + 1 || lists >= 2);
    if (!continues) {
      runs.push((run = []));
      lists = 0;
    }
    lists++;
    // `1.` `1.` `1.`: Markdown numbers the list itself, so the numbers written in it are not the author's.
    if (writtenNumber(n.children[1], o) !== undefined && writtenNumber(n.children[1], o) === writtenNumber(n.children[0], o)) {
      run = undefined;
      continue;
    }
    let next = n.start ?? 1;
    for (const item of n.children) {
      const number = (item.data as { number?: number } | undefined)?.number ?? next;
      next = number + 1;
      const at = item.position?.start.offset;
      const written = at === undefined ? undefined : /^\d{1,9}[.)]/.exec(o.source.slice(at, at + 11))?.[0];
      if (at !== undefined && written) run!.push({ number, text: written, span: o.loc.span(at, at + written.length) });
    }
  }
  return runs.filter((r) => r.length > 0);
}

function writtenNumber(item: RootContent | undefined, o: BodyOptions): number | undefined {
  const at = item?.position?.start.offset;
  const m = at === undefined ? null : /^(\d{1,9})[.)]/.exec(o.source.slice(at, at + 11));
  return m ? Number(m[1]) : undefined;
}

function findActionsItem(items: AgendaItem[]): AgendaItem | undefined {
  for (const item of items) {
    if (/action/i.test(item.title)) return item;
    const sub = findActionsItem(item.children);
    if (sub) return sub;
  }
  return undefined;
}

function readHeading(h: Heading, depth: number, form: 'heading' | 'paragraph', siblings: AgendaItem[], parent: AgendaItem | undefined, loc: Locator, words?: Patterns): AgendaItem {
  const titleContent = h.children.map((c) => ({ ...c }) as PhrasingContent);
  const first = titleContent[0];
  // The siblings' numbers settle `i)` (letter or numeral).
  const previous = siblings.flatMap((s) => (s.written ? [s.written] : []));
  let written: WrittenNumber | undefined;
  let numberSpan;
  if (first && first.type === 'text') {
    written = readNumber(first.value, previous);
    if (written) {
      titleContent[0] = { ...first, value: first.value.slice(written.length) };
      const start = first.position?.start.offset;
      if (start !== undefined) numberSpan = loc.span(start + written.offset, start + written.offset + written.text.length);
    }
  }
  const title = toString({ type: 'heading', depth: h.depth, children: titleContent }).trim();
  const item: AgendaItem = {
    number: keyOf(written, siblings, parent),
    numbered: written !== undefined,
    kind: sectionKind(title, words),
    form,
    title,
    titleContent: titleContent.filter((c) => !(c.type === 'text' && c.value === '')),
    depth,
    level: parent ? parent.level + 1 : 1,
    heading: h,
    span: loc.span(h.position!.start.offset!, h.position!.end.offset!),
    content: [],
    children: [],
    decisions: [],
    actions: [],
  };
  if (written) {
    item.written = written;
    const plain = written.text.replace(/[.)]$/, '');
    if (written.text !== plain || written.scheme !== 'decimal') item.writtenNumber = written.text;
  }
  if (numberSpan) item.numberSpan = numberSpan;
  return item;
}

/**
 * The key other parts of the minutes use for a section: its decimal number as written (`3`,
 * `3.1`, what part attendance and v1 action lines name), its other number without brackets (`a`,
 * `iii`, `044/18`), or, unnumbered, `#` and its place among its siblings: never shown.
 */
function keyOf(written: WrittenNumber | undefined, siblings: AgendaItem[], parent: AgendaItem | undefined): string {
  if (written?.scheme === 'decimal' || written?.scheme === 'multilevel') return written.parts.join('.');
  const own = written ? written.text.replace(/[().:]/g, '') : `#${siblings.length + 1}`;
  return parent ? `${parent.number}/${own}` : own;
}

function collect(node: RootContent, item: AgendaItem | undefined, body: Body, o: BodyOptions): void {
  if (node.type === 'paragraph') {
    const line = readActionLine(node, o.source, o.idPattern, o.loc);
    if (line) {
      body.actionLines.push(item ? { ...line, item: item.number } : line);
      return;
    }
    const d = readMarkedDecision(node, node, item, o);
    if (d) {
      body.decisions.push(d);
      item?.decisions.push(d);
    }
    return;
  }
  if (node.type === 'listItem') {
    const para = node.children.find((c): c is Paragraph => c.type === 'paragraph');
    const d = para ? readMarkedDecision(node, para, item, o) : undefined;
    if (d) {
      // Renderers style the verb of a list-item decision as they do a paragraph decision's.
      node.data = { ...node.data, decisionVerb: d.verb } as ListItem['data'];
      body.decisions.push(d);
      item?.decisions.push(d);
      for (const c of node.children) if (c !== para) collect(c, item, body, o);
      return;
    }
  }
  if ('children' in node && node.type !== 'heading' && node.type !== 'table') {
    for (const c of node.children as RootContent[]) collect(c, item, body, o);
  }
}
