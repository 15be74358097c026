import type { Nodes } from 'mdast';

const BR = /^<br\s*\/?>$/i;

/**
 * The words of a node as one line: hard breaks (`\` or two spaces at a line end, `<br>`) and the
 * boundaries between blocks read as spaces, so that two lines never run together into one word
 * ("Agreed\nto write" is "Agreed to write", not "Agreedto write").
 */
export function lineText(node: Nodes): string {
  const parts: string[] = [];
  const walk = (n: Nodes) => {
    if (n.type === 'break' || (n.type === 'html' && BR.test(n.value.trim()))) parts.push(' ');
    else if ('value' in n && n.type !== 'html' && n.type !== 'yaml') parts.push(n.value);
    else if (n.type === 'image' || n.type === 'imageReference') parts.push(n.alt ?? '');
    if ('children' in n) {
      const block = n.type === 'list' || n.type === 'listItem' || n.type === 'blockquote' || n.type === 'root' || n.type === 'table' || n.type === 'tableRow';
      for (const c of n.children as Nodes[]) {
        walk(c);
        if (block) parts.push(' ');
      }
    }
  };
  walk(node);
  return parts.join('').replace(/\s+/g, ' ').trim();
}
