/**
 * The `marked-decision` reader: a paragraph or list entry with a decision verb in bold
 * ("**Agreed** to plant the hedge"), where the configuration's `decisionVerbs` name the verb. The
 * body pass (body.ts) hands it each paragraph and list entry as it files them under their sections.
 */
import type { ListItem, Paragraph, Strong } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Locator } from '../../parse/locate.js';
import { lineText } from '../text.js';
import type { AgendaItem, Decision } from '../types.js';

export function readMarkedDecision(node: Paragraph | ListItem, para: Paragraph, item: AgendaItem | undefined, o: { loc: Locator; decisionVerbs: ReadonlySet<string> }): Decision | undefined {
  const strong = para.children.find((c): c is Strong => c.type === 'strong' && o.decisionVerbs.has(toString(c).trim()));
  if (!strong?.position || !node.position) return undefined;
  const d: Decision = {
    verb: toString(strong).trim(),
    text: lineText(node),
    node,
    span: o.loc.span(node.position.start.offset!, node.position.end.offset!),
    verbSpan: o.loc.span(strong.position.start.offset!, strong.position.end.offset!),
  };
  if (item) d.item = item.number;
  return d;
}
