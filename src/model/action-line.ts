import type { Paragraph, PhrasingContent, Text } from 'mdast';
import type { Locator } from '../parse/locate.js';
import type { IdPattern } from './action-id.js';
import type { NewAction, Span } from './types.js';
import { toString } from 'mdast-util-to-string';

/** `ACTION`, any case, then an optional separator: the start of every action line and near-miss. */
const LEAD = /^[ \t]*(action)\b[ \t]*([:\-–—.]?)[ \t]*/i;
const SEP = /^[ \t]*([:\-–—.]?)[ \t]*/;
/** `ACTION <anything>:` in capitals: an action line whose ID does not fit the pattern. */
const MALFORMED = /^ACTION ([^:\n]{1,40}?):[ \t]+/;
/** The trailing `{owner="…" due=…}` block. */
const ATTRS = /[ \t]*\{([^{}\n]*)\}[ \t]*$/;
const PAIR = /([A-Za-z_][\w-]*)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'}]+))/g;
/** "The DCC to …", "CSP N to …": the owner is the party before " to ". */
const OWNER = /^(?:the\s+)?([^,;:.()]{1,60}?)\s+to\s+\S/i;

export type ActionLine = Omit<NewAction, 'item' | 'due' | 'dueSource' | 'idWellFormed' | 'idParts'> & { attrSpans: Record<string, Span> };

/**
 * Recognises a paragraph as an action line, canonical or near-miss. Returns undefined for ordinary
 * prose such as "Actions were noted…" or "Action was taken…".
 */
export function readActionLine(p: Paragraph, source: string, pattern: IdPattern, loc: Locator): ActionLine | undefined {
  const first = p.children[0];
  if (!first || first.type !== 'text' || !first.position) return undefined;
  const value = first.value;
  const lead = LEAD.exec(value);
  if (!lead) return undefined;
  const afterLead = value.slice(lead[0].length);
  let id: string;
  let prefixLength: number;
  let canonical: boolean;
  const idMatch = pattern.prefix.exec(afterLead);
  if (idMatch) {
    const sep = SEP.exec(afterLead.slice(idMatch[0].length))!;
    id = idMatch[0].replace(/\s+/g, ' ');
    prefixLength = lead[0].length + idMatch[0].length + sep[0].length;
    canonical = value.slice(0, prefixLength) === `ACTION ${id}: `;
  } else {
    const bad = MALFORMED.exec(value);
    if (!bad) return undefined;
    id = bad[1]!.trim();
    prefixLength = bad[0].length;
    canonical = true; // the form is right; the ID itself is reported by action-id-format
  }

  const start = first.position.start.offset!;
  // Offsets are exact only where the text node's source has no escapes or entities.
  const exact = source.slice(start, start + prefixLength) === value.slice(0, prefixLength);
  const idStart = start + (idMatch ? lead[0].length : value.indexOf(id));
  const line: ActionLine = {
    id,
    text: '',
    content: [],
    attributes: {},
    attrSpans: {},
    node: p,
    span: loc.span(p.position!.start.offset!, p.position!.end.offset!),
    idSpan: loc.span(idStart, idStart + id.length),
  };
  if (!canonical) {
    const written = value.slice(0, prefixLength).trimEnd();
    line.nearMiss = {
      written,
      span: loc.span(start, start + written.length),
      ...(exact ? { fix: { start, end: start + prefixLength, text: `ACTION ${id}: ` } } : {}),
    };
  }

  // Content: the inline nodes minus the prefix and the attribute block.
  const content: PhrasingContent[] = p.children.map((c) => ({ ...c }) as PhrasingContent);
  const head = content[0] as Text;
  content[0] = { ...head, value: head.value.slice(prefixLength) };
  const lastIndex = content.length - 1;
  const last = content[lastIndex];
  if (last && last.type === 'text') {
    const m = ATTRS.exec(last.value);
    if (m) {
      const textEnd = last.position?.end.offset;
      const exactLast = textEnd !== undefined && source.slice(textEnd - last.value.length, textEnd) === last.value;
      const blockStart = exactLast ? textEnd! - last.value.length + m.index : undefined;
      content[lastIndex] = { ...last, value: last.value.slice(0, m.index) };
      for (const pair of m[1]!.matchAll(PAIR)) {
        const key = pair[1]!;
        line.attributes[key] = pair[2] ?? pair[3] ?? pair[4] ?? '';
        if (blockStart !== undefined) {
          const at = blockStart + m[0].indexOf('{') + 1 + pair.index!;
          line.attrSpans[key] = loc.span(at, at + pair[0].length);
        }
      }
    }
  }
  line.content = content.filter((c) => !(c.type === 'text' && c.value === ''));
  line.text = toString({ type: 'paragraph', children: line.content }).trim();

  const ownerAttr = line.attributes.owner;
  if (ownerAttr !== undefined && ownerAttr.trim() !== '') {
    line.owner = ownerAttr.trim();
    line.ownerSource = 'attribute';
    if (line.attrSpans.owner) line.ownerSpan = line.attrSpans.owner;
  } else {
    const m = OWNER.exec(line.text);
    if (m) {
      line.owner = m[1]!.trim();
      line.ownerSource = 'text';
      const ownerAt = start + prefixLength + (m[0].indexOf(m[1]!));
      if (exact && source.slice(ownerAt, ownerAt + line.owner.length) === line.owner) line.ownerSpan = loc.span(ownerAt, ownerAt + line.owner.length);
    }
  }
  return line;
}
