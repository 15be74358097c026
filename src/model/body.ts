import type { Heading, ListItem, Paragraph, PhrasingContent, Root, RootContent, Strong } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Locator } from '../parse/locate.js';
import type { IdPattern } from './action-id.js';
import { readActionLine, type ActionLine } from './action-line.js';
import type { AgendaItem, Decision, OutstandingPlacement } from './types.js';

const NUMBER = /^[ \t]*(\d+(?:\.\d+)*)(\.?)[ \t]+/;
const MARKER = /^<!--\s*outstanding-actions\s*-->\s*$/i;

export interface Body {
  titleHeading?: Heading;
  preamble: RootContent[];
  agenda: AgendaItem[];
  /** Action lines in document order, with the agenda item number they stand in. */
  actionLines: Array<ActionLine & { item?: string }>;
  decisions: Decision[];
  outstandingPlacement: OutstandingPlacement;
}

export interface BodyOptions {
  source: string;
  loc: Locator;
  idPattern: IdPattern;
  decisionVerbs: ReadonlySet<string>;
}

export function readBody(root: Root, o: BodyOptions): Body {
  const body: Body = { preamble: [], agenda: [], actionLines: [], decisions: [], outstandingPlacement: { kind: 'before-agenda' } };
  let top: AgendaItem | undefined;
  let current: AgendaItem | undefined;
  let marker: RootContent | undefined;

  for (const node of root.children) {
    if (node.type === 'yaml') continue;
    if (node.type === 'html' && MARKER.test(node.value)) marker ??= node;
    if (node.type === 'heading' && node.depth === 1 && !body.titleHeading && body.agenda.length === 0) {
      body.titleHeading = node;
      continue;
    }
    if (node.type === 'heading' && (node.depth === 2 || (node.depth === 3 && top))) {
      const parent = node.depth === 3 ? top : undefined;
      const siblings = parent ? parent.children : body.agenda;
      const item = readHeading(node, siblings, parent, o.loc);
      siblings.push(item);
      if (node.depth === 2) top = item;
      current = item;
      continue;
    }
    if (current) current.content.push(node);
    else body.preamble.push(node);
  }

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

function findActionsItem(items: AgendaItem[]): AgendaItem | undefined {
  for (const item of items) {
    if (/action/i.test(item.title)) return item;
    const sub = findActionsItem(item.children);
    if (sub) return sub;
  }
  return undefined;
}

function readHeading(h: Heading, siblings: AgendaItem[], parent: AgendaItem | undefined, loc: Locator): AgendaItem {
  const titleContent = h.children.map((c) => ({ ...c }) as PhrasingContent);
  const first = titleContent[0];
  let number: string | undefined;
  let writtenNumber: string | undefined;
  let numberSpan;
  if (first && first.type === 'text') {
    const m = NUMBER.exec(first.value);
    if (m) {
      number = m[1]!;
      writtenNumber = m[1]! + m[2]!;
      titleContent[0] = { ...first, value: first.value.slice(m[0].length) };
      const start = first.position?.start.offset;
      if (start !== undefined) {
        const lead = m[0].length - m[0].trimStart().length;
        numberSpan = loc.span(start + lead, start + lead + writtenNumber.length);
      }
    }
  }
  const numbered = number !== undefined;
  if (!numbered) {
    const prev = siblings[siblings.length - 1];
    const last = prev ? Number(prev.number.split('.').pop()) : 0;
    number = parent ? `${parent.number}.${last + 1}` : String(last + 1);
  }
  const item: AgendaItem = {
    number: number!,
    numbered,
    title: toString({ type: 'heading', depth: h.depth, children: titleContent }).trim(),
    titleContent: titleContent.filter((c) => !(c.type === 'text' && c.value === '')),
    depth: h.depth as 2 | 3,
    heading: h,
    span: loc.span(h.position!.start.offset!, h.position!.end.offset!),
    content: [],
    children: [],
    decisions: [],
    actions: [],
  };
  if (writtenNumber !== undefined && writtenNumber !== number) item.writtenNumber = writtenNumber;
  if (numberSpan) item.numberSpan = numberSpan;
  return item;
}

function collect(node: RootContent, item: AgendaItem | undefined, body: Body, o: BodyOptions): void {
  if (node.type === 'paragraph') {
    const line = readActionLine(node, o.source, o.idPattern, o.loc);
    if (line) {
      body.actionLines.push(item ? { ...line, item: item.number } : line);
      return;
    }
    const d = decision(node, node, item, o);
    if (d) {
      body.decisions.push(d);
      item?.decisions.push(d);
    }
    return;
  }
  if (node.type === 'listItem') {
    const para = node.children.find((c): c is Paragraph => c.type === 'paragraph');
    const d = para ? decision(node, para, item, o) : undefined;
    if (d) {
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

function decision(node: Paragraph | ListItem, para: Paragraph, item: AgendaItem | undefined, o: BodyOptions): Decision | undefined {
  const strong = para.children.find((c): c is Strong => c.type === 'strong' && o.decisionVerbs.has(toString(c).trim()));
  if (!strong?.position || !node.position) return undefined;
  const d: Decision = {
    verb: toString(strong).trim(),
    text: toString(node).replace(/\s+/g, ' ').trim(),
    node,
    span: o.loc.span(node.position.start.offset!, node.position.end.offset!),
    verbSpan: o.loc.span(strong.position.start.offset!, strong.position.end.offset!),
  };
  if (item) d.item = item.number;
  return d;
}
