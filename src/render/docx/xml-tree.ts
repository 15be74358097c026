import { xmlAttr, xmlText } from './xml.js';

/**
 * A small XML tree for the parts this renderer writes itself: elements, attributes and text, with
 * the five named entities and character references. Comments and processing instructions inside
 * the root are dropped; the prolog before the root is kept as written. Enough to take a rendered
 * document.xml apart and put it back together (track-changes.ts), not a general XML parser.
 */
export interface XmlElement {
  type: 'element';
  name: string;
  attrs: Array<[string, string]>;
  children: XmlNode[];
}

export interface XmlText {
  type: 'text';
  text: string;
}

export type XmlNode = XmlElement | XmlText;

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decode(s: string): string {
  return s.replace(/&(#x[0-9a-fA-F]+|#\d+|\w+);/g, (m, e: string) => {
    if (e.startsWith('#x')) return String.fromCodePoint(parseInt(e.slice(2), 16));
    if (e.startsWith('#')) return String.fromCodePoint(parseInt(e.slice(1), 10));
    return NAMED[e] ?? m;
  });
}

/** Parses a part: its prolog (declaration, comments before the root) and its root element. */
export function parseXml(xml: string): { prolog: string; root: XmlElement } {
  const rootAt = /<[A-Za-z_]/.exec(xml.replace(/<!--[\s\S]*?-->|<\?[\s\S]*?\?>/g, (m) => ' '.repeat(m.length)));
  if (!rootAt) throw new Error('no root element');
  const prolog = xml.slice(0, rootAt.index);
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  const tag = /<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<!\[CDATA\[([\s\S]*?)\]\]>|<\/([^\s>]+)\s*>|<([^\s/>]+)((?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>|([^<]+)/g;
  tag.lastIndex = rootAt.index;
  let m: RegExpExecArray | null;
  while ((m = tag.exec(xml)) !== null) {
    const parent = stack[stack.length - 1];
    if (m[6] !== undefined || m[1] !== undefined) {
      if (parent) parent.children.push({ type: 'text', text: m[1] ?? decode(m[6]!) });
    } else if (m[2] !== undefined) {
      const open = stack.pop();
      if (!open || open.name !== m[2]) throw new Error(`</${m[2]}> closes ${open ? `<${open.name}>` : 'nothing'}`);
      if (stack.length === 0) break;
    } else if (m[3] !== undefined) {
      const attrs: Array<[string, string]> = [];
      for (const a of m[4]!.matchAll(/([^\s=]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) attrs.push([a[1]!, decode(a[2] ?? a[3] ?? '')]);
      const el: XmlElement = { type: 'element', name: m[3], attrs, children: [] };
      if (parent) parent.children.push(el);
      else root = el;
      if (m[5] !== '/') stack.push(el);
      else if (!parent) break;
    }
  }
  if (!root || stack.length > 0) throw new Error('the XML ends inside an element');
  return { prolog, root };
}

export function serialize(node: XmlNode): string {
  if (node.type === 'text') return xmlText(node.text);
  const attrs = node.attrs.map(([k, v]) => ` ${k}="${xmlAttr(v)}"`).join('');
  if (node.children.length === 0) return `<${node.name}${attrs}/>`;
  return `<${node.name}${attrs}>${node.children.map(serialize).join('')}</${node.name}>`;
}

export function el(name: string, attrs: Array<[string, string]> = [], children: XmlNode[] = []): XmlElement {
  return { type: 'element', name, attrs, children };
}

export const isElement = (n: XmlNode | undefined, name?: string): n is XmlElement => n?.type === 'element' && (name === undefined || n.name === name);

/** The child elements, without the white space between them. */
export function elements(node: XmlElement, name?: string): XmlElement[] {
  return node.children.filter((c): c is XmlElement => isElement(c, name));
}

export function attr(node: XmlElement, name: string): string | undefined {
  return node.attrs.find(([k]) => k === name)?.[1];
}
