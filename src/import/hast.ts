/** Small helpers over the hast tree of mammoth's HTML. */
import type { Element, ElementContent, Nodes, Parent, Root, RootContent } from 'hast';
import { toText } from 'hast-util-to-text';

/** With tag names, the type narrows to those tags only, so an `else` still sees the other elements. */
export function isElement<T extends string>(n: Nodes | undefined, ...tags: T[]): n is Element & { tagName: T } {
  return n?.type === 'element' && (tags.length === 0 || (tags as string[]).includes(n.tagName));
}

export function textOf(n: Nodes): string {
  return toText(n, { whitespace: 'normal' }).replace(/\s+/g, ' ').trim();
}

export function classOf(e: Element): string[] {
  const c: unknown = e.properties?.className;
  return Array.isArray(c) ? c.map(String) : typeof c === 'string' ? c.split(/\s+/) : [];
}

/** Every element under `parent` (depth first, parents before children) with its parent. */
export function* elements(parent: Parent): Generator<[Element, Parent]> {
  for (const child of parent.children) {
    if (child.type !== 'element') continue;
    yield [child, parent];
    yield* elements(child);
  }
}

export const el = (tagName: string, children: ElementContent[], properties: Element['properties'] = {}): Element => ({ type: 'element', tagName, properties, children });
export const text = (value: string) => ({ type: 'text' as const, value });

export const HEADINGS = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'];

export type Block = RootContent;
export const rootOf = (children: RootContent[]): Root => ({ type: 'root', children });
